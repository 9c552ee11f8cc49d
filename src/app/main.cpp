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
#include <cstring>
#include <memory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("Tunebench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tunebench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
}

// --help and --version answer without a display (over ssh, in packaging checks): a QApplication
// would abort looking for one first.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app(onlyAsksForInformation(argc, argv) ? new QCoreApplication(argc, argv)
                                                                            : new QApplication(argc, argv));
    setApplicationNames();

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
    parser.process(*app); // exits here for --help and --version
    // Lets Wayland and X11 desktops match the window to the installed desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(TB_APP_ID));
    QApplication::setWindowIcon(tb::gui::appIcon());

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
