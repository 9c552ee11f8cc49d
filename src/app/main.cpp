// tunebench: the desktop workbench. Options, logging, window, exec() — nothing else lives here.
#include "gui/appicon.h"
#include "gui/mainwindow.h"
#include "gui/screenshots.h"
#include "models/settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tunebench"));
    QApplication::setOrganizationName(QStringLiteral("Tunebench"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // Lets Wayland and X11 desktops match the window to the installed desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(TB_APP_ID));
    QApplication::setWindowIcon(tb::gui::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Turn chat history into fine-tuning datasets"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Open the bundled sample project."));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Open PROJECT."), QStringLiteral("project"));
    // For docs/screenshots: grab the window once it has drawn, save it and quit.
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to FILE and quit."),
                                        QStringLiteral("file"));
    parser.addOption(sample);
    parser.addOption(project);
    parser.addOption(screenshot);
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Save pictures of every page on the sample project to DIR and quit."),
                                         QStringLiteral("dir"));
    parser.addOption(screenshots);
    parser.process(app);

    spdlog::set_level(qEnvironmentVariableIsSet("TB_DEBUG") ? spdlog::level::debug : spdlog::level::warn);

    tb::gui::MainWindow window;
    if (parser.isSet(sample))
        window.openSampleProject();
    else if (parser.isSet(project))
        window.openProject(parser.value(project));
    else if (tb::models::AppSettings::reopenLastProject.get() && !tb::models::AppSettings::recentProjects.get().isEmpty())
        window.openProject(tb::models::AppSettings::recentProjects.get().first());
    window.show();
    if (parser.isSet(screenshots)) {
        tb::gui::takeScreenshots(&window, parser.value(screenshots), [](int saved) {
            std::printf("saved %d pictures\n", saved);
            QApplication::quit();
        });
    } else if (parser.isSet(screenshot)) {
        QTimer::singleShot(800, &window, [&window, file = parser.value(screenshot)] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
