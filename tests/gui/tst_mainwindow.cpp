// The window around the pages: welcome screen, opening projects, the sample, settings, shortcuts.
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"
#include "models/projectsession.h"
#include "models/settings/appsettings.h"
#include "store/store.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using tb::gui::MainWindow;
using tb::models::AppSettings;

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TunebenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void start_withoutProject_showsWelcomeWithItsButtons()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY2(welcome && welcome->isVisible(), "with no project open the welcome page must show");
        for (const char *name : {"newProjectButton", "openProjectButton", "sampleProjectButton"}) {
            auto *button = welcome->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(button && button->isVisible(), name);
        }
        QVERIFY2(!window.findChild<QWidget *>(QStringLiteral("pageList"))->isVisible(),
                 "the pages are not offered before a project is open");
    }

    void sampleButton_opensTheSampleProjectOnBrowse()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sampleProjectButton")), Qt::LeftButton);
        QVERIFY2(window.session()->isOpen(), "the sample project must open");
        QCOMPARE(window.currentPage(), MainWindow::Page::Browse);
        const auto stats = window.session()->store()->stats();
        QCOMPARE(stats.sources.size(), std::size_t(4)); // Slack, WhatsApp, Twitter, script
        QVERIFY(stats.messages > 150);
        QVERIFY(window.windowTitle().contains(QStringLiteral("sample.tunebench")));
        QCOMPARE(AppSettings::recentProjects.get().value(0), window.session()->path());

        // Opening it again imports nothing twice.
        QVERIFY(window.openSampleProject());
        QCOMPARE(window.session()->store()->stats().messages, stats.messages);
    }

    void closeProject_returnsToWelcomeListingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.tunebench"));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QVERIFY2(!window.session()->isOpen(), "Ctrl+W closes the project");
        auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentProjectsList"));
        QVERIFY(recent && recent->isVisible());
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(path).absoluteFilePath());
    }

    void pageShortcuts_switchPages()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("p.tunebench"))));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Import);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Participants);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Browse);
    }

    void menus_showTheShortcutsOfCommonActions()
    {
        MainWindow window;
        QStringList missing;
        const auto actions = window.findChildren<QAction *>();
        for (const QString &text : {QStringLiteral("&New Project…"), QStringLiteral("&Open Project…"),
                                    QStringLiteral("&Import…"), QStringLiteral("&Find Messages…"),
                                    QStringLiteral("&Settings…"), QStringLiteral("&Quit")}) {
            const bool found = std::any_of(actions.begin(), actions.end(), [&](QAction *a) {
                return a->text() == text && !a->shortcut().isEmpty();
            });
            if (!found)
                missing << text;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without a shortcut: ") + missing.join(QStringLiteral(", "))));
    }

    void openProject_onAFileThatIsNotAProject_failsAndStaysOnWelcome()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.tunebench"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database");
        file.close();
        MainWindow window;
        window.show();
        // The warning box is modal; close it as soon as it shows.
        QTimer::singleShot(0, &window, [] {
            QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
            QApplication::activeModalWidget()->close();
        });
        QVERIFY2(!window.openProject(path), "a text file must not open as a project");
        QVERIFY(!window.session()->isOpen());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
    }

    void settingsDialog_savesOnOkOnly_andRestoresDefaults()
    {
        {
            tb::gui::SettingsDialog dialog;
            dialog.findChild<QCheckBox *>(QStringLiteral("repliesInlineCheck"))->setChecked(true);
            dialog.findChild<QSpinBox *>(QStringLiteral("searchLimitSpin"))->setValue(500);
            dialog.reject();
        }
        QCOMPARE(AppSettings::repliesInline.get(), false);
        {
            tb::gui::SettingsDialog dialog;
            dialog.findChild<QCheckBox *>(QStringLiteral("repliesInlineCheck"))->setChecked(true);
            dialog.findChild<QSpinBox *>(QStringLiteral("searchLimitSpin"))->setValue(500);
            dialog.accept();
        }
        QCOMPARE(AppSettings::repliesInline.get(), true);
        QCOMPARE(AppSettings::searchResultLimit.get(), 500);
        tb::gui::SettingsDialog dialog;
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("searchLimitSpin"))->value(), 500);
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("searchLimitSpin"))->value(),
                 AppSettings::searchResultLimit.defaultValue());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
