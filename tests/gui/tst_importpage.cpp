#include "gui/findings/findingsdock.h"
#include "gui/import/importpage.h"
#include "gui/mainwindow.h"
#include "import/importrunner.h"
#include "models/findingsmodel.h"
#include "models/projectsession.h"
#include "models/settings/appsettings.h"
#include "store/store.h"
#include "support/testsupport.h"
#include "util/timeutil.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace tb;
using gui::ImportPage;
using gui::MainWindow;

namespace {

constexpr int kSlow = 120000; // ms: a loaded test machine reads 300,000 lines slowly

void sendDrop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY2(enter.isAccepted(), "the window accepts files dragged onto it");
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

std::int64_t ms(int y, unsigned mo, unsigned d, unsigned h, unsigned mi)
{
    return *core::timeutil::toEpochMs(y, mo, d, h, mi, 0);
}

void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("TB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let pending layout requests settle, as they would before the next frame
    window->grab().save(dir + QLatin1Char('/') + name);
}

struct Snapshot {
    std::uint64_t messages = 0, conversations = 0;
    std::size_t participants = 0, sources = 0;
    std::uint64_t errors = 0, warnings = 0, infos = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const core::Store &store)
{
    const auto s = store.stats();
    return { s.messages, s.conversations, s.participants.size(), s.sources.size(), s.errors, s.warnings, s.infos };
}

} // namespace

class TestImportPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("tunebench-tests"));
        QApplication::setApplicationName(QStringLiteral("tst_importpage"));
    }

    void init() { models::AppSettings::defaultDateOrder.reset(); }

    void idle_nothingPreviewed_showsHowToStart()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.path() + QStringLiteral("/p.tunebench")));
        window.showPage(MainWindow::Page::Import);
        auto *choose = child<QPushButton>(&window, "chooseExportButton");
        QVERIFY2(choose && choose->isVisible(), "the idle page offers a Choose Export button");
        QVERIFY2(child<QPushButton>(&window, "chooseFolderButton")->isVisible(), "and one for unpacked folders");
        QVERIFY2(child<QLabel>(&window, "startHint")->text().contains(QStringLiteral("Drop")),
            "it says that files can be dropped");
        QVERIFY2(!child<QPushButton>(&window, "importButton")->isVisible(), "nothing to import yet");
        saveScreenshot(&window, QStringLiteral("import-idle.png"));
    }

    void drop_whatsAppChat_previewsThenImports()
    {
        QTemporaryDir dir;
        const QString chat
            = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ana.txt"), tb::test::whatsAppChat(30));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.path() + QStringLiteral("/p.tunebench")));
        const std::uint64_t before = window.session()->store()->stats().messages;

        sendDrop(&window, { chat });
        auto *page = child<ImportPage>(&window, "importPage");
        auto *importButton = child<QPushButton>(&window, "importButton");
        QCOMPARE(window.currentPage(), MainWindow::Page::Import);
        QTRY_VERIFY2(importButton->isVisible() && importButton->isEnabled(), "the preview finishes and offers Import");
        QCOMPARE(child<QLabel>(&window, "messagesValue")->text(), QStringLiteral("30"));
        QVERIFY2(child<QLabel>(&window, "formatValue")->text().contains(QStringLiteral("WhatsApp")),
            qPrintable(child<QLabel>(&window, "formatValue")->text()));
        QCOMPARE(child<QLabel>(&window, "dateRangeValue")->text(), QStringLiteral("13 Jan 2022 – 13 Jan 2022"));
        auto *people = child<QTableView>(&window, "participantsView");
        QCOMPARE(people->model()->rowCount(), 2);
        QCOMPARE(people->model()->index(0, 0).data().toString(), QStringLiteral("Ana"));
        QCOMPARE(people->model()->index(0, 1).data().toString(), QStringLiteral("20"));
        QVERIFY2(!child<QComboBox>(&window, "dateOrderCombo")->isVisible(), "a decided order asks nothing");
        QCOMPARE(window.session()->store()->stats().messages, before); // a preview writes nothing
        saveScreenshot(&window, QStringLiteral("import-preview.png"));

        QSignalSpy finished(page, &ImportPage::importFinished);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(window.session()->store()->stats().messages, before + 30);
        QVERIFY2(!page->isBusy(), "the import is over");
        QCOMPARE(window.currentPage(), MainWindow::Page::Browse);
    }

    void drop_severalExports_previewsAndImportsEachInTurn()
    {
        QTemporaryDir dir;
        const QString first
            = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ana.txt"), tb::test::whatsAppChat(12));
        const QString second
            = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ben.txt"), tb::test::whatsAppChat(7));
        const QString notAnExport
            = tb::test::writeFile(dir.path(), QStringLiteral("notes.md"), "# groceries\n- milk\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.path() + QStringLiteral("/p.tunebench")));
        sendDrop(&window, { first, second, notAnExport });
        auto *importButton = child<QPushButton>(&window, "importButton");
        QTRY_VERIFY2(importButton->isEnabled(), "both chats are read");
        QCOMPARE(importButton->text(), QStringLiteral("&Import 2 Exports"));
        auto *list = child<QListWidget>(&window, "exportList");
        QVERIFY2(list->isVisible() && list->count() == 3, "every dropped path is listed");
        list->setCurrentRow(2);
        QTRY_VERIFY2(child<QLabel>(&window, "bannerLabel")
                         ->text()
                         .contains(QStringLiteral("not an export Tunebench recognises")),
            qPrintable(child<QLabel>(&window, "bannerLabel")->text()));
        QVERIFY2(child<QLabel>(&window, "bannerLabel")->text().contains(QStringLiteral("Choose a Slack")),
            "the error says what to choose instead");
        saveScreenshot(&window, QStringLiteral("import-error.png"));

        auto *page = child<ImportPage>(&window, "importPage");
        QSignalSpy finished(page, &ImportPage::importFinished);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(window.session()->store()->stats().messages, std::uint64_t(19));
        QCOMPARE(window.session()->store()->stats().sources.size(), std::size_t(2));
    }

    void cancel_runningImport_leavesProjectExactlyAsItWas()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        {
            // Something in the project already: cancelling must keep it and add nothing.
            auto store = core::Store::open(project.toStdString());
            QVERIFY(store);
            const QString small = tb::test::writeFile(
                dir.path(), QStringLiteral("WhatsApp Chat with Small.txt"), tb::test::whatsAppChat(5));
            QVERIFY(core::ImportRunner(**store).run(small.toStdString(), {}).error.empty());
        }
        const QString big = tb::test::writeFile(
            dir.path(), QStringLiteral("WhatsApp Chat with Everyone.txt"), tb::test::whatsAppChat(300000));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(project));
        const Snapshot before = snapshot(*window.session()->store());
        QCOMPARE(before.messages, std::uint64_t(5));

        sendDrop(&window, { big });
        auto *page = child<ImportPage>(&window, "importPage");
        auto *importButton = child<QPushButton>(&window, "importButton");
        QTRY_VERIFY2_WITH_TIMEOUT(
            importButton->isVisible() && importButton->isEnabled(), "the preview finishes", kSlow);
        QCOMPARE(child<QLabel>(&window, "messagesValue")->text(), QLocale().toString(300000));

        QTest::mouseClick(importButton, Qt::LeftButton);
        auto *progress = child<QProgressBar>(&window, "progressBar");
        auto *cancel = child<QPushButton>(&window, "cancelButton");
        QVERIFY2(
            page->isBusy() && cancel->isVisible() && cancel->isEnabled(), "an import can be cancelled while it runs");
        QTRY_VERIFY2_WITH_TIMEOUT(progress->value() > 0, "the first stored batch moves the progress bar", kSlow);
        const QString line = child<QLabel>(&window, "progressLabel")->text();
        QVERIFY2(line.contains(QStringLiteral("of %1 messages").arg(QLocale().toString(300000))), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("0 of 1 file")), qPrintable(line));
        saveScreenshot(&window, QStringLiteral("import-running.png"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!page->isBusy(), "the cancelled import ends", kSlow);

        QVERIFY2(snapshot(*window.session()->store()) == before, "the project is exactly as before the import");
        QVERIFY2(child<QLabel>(&window, "bannerLabel")->text().contains(QStringLiteral("cancelled")),
            qPrintable(child<QLabel>(&window, "bannerLabel")->text()));
        QCOMPARE(window.currentPage(), MainWindow::Page::Import);
        // The same holds for a fresh look at the file.
        auto reopened = core::Store::open(project.toStdString());
        QVERIFY(reopened);
        QVERIFY2(snapshot(**reopened) == before, "nothing of the cancelled import is left in the file");
    }

    void dateOrder_ambiguous_offersChoiceThatChangesTimestamps()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.path() + QStringLiteral("/p.tunebench")));
        window.importPaths({ test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")) });
        auto *importButton = child<QPushButton>(&window, "importButton");
        QTRY_VERIFY2(importButton->isEnabled(), "the preview finishes");
        auto *combo = child<QComboBox>(&window, "dateOrderCombo");
        QVERIFY2(combo->isVisible() && combo->isEnabled(), "01/02/2024 could be either: the page asks");
        QCOMPARE(combo->currentData().toInt(), int(core::DateOrder::DayMonthYear));
        QVERIFY2(child<QLabel>(&window, "dateOrderValue")->text().contains(QStringLiteral("does not tell")),
            qPrintable(child<QLabel>(&window, "dateOrderValue")->text()));
        QCOMPARE(child<QLabel>(&window, "dateRangeValue")->text(), QStringLiteral("1 Feb 2024 – 3 Apr 2024"));
        saveScreenshot(&window, QStringLiteral("import-date-order.png"));

        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // the user picks month/day/year
        QCOMPARE(combo->currentData().toInt(), int(core::DateOrder::MonthDayYear));
        QTRY_COMPARE(child<QLabel>(&window, "dateRangeValue")->text(), QStringLiteral("2 Jan 2024 – 4 Mar 2024"));
        QTRY_VERIFY(importButton->isEnabled());
        QCOMPARE(combo->currentData().toInt(), int(core::DateOrder::MonthDayYear));

        QSignalSpy finished(child<ImportPage>(&window, "importPage"), &ImportPage::importFinished);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        const auto stats = window.session()->store()->stats();
        QCOMPARE(stats.messages, std::uint64_t(3));
        QCOMPARE(stats.firstMs, std::optional<std::int64_t>(ms(2024, 1, 2, 10, 0)));
        QCOMPARE(stats.lastMs, std::optional<std::int64_t>(ms(2024, 3, 4, 9, 0)));
        QCOMPARE(stats.warnings, std::uint64_t(0)); // a person chose: nothing left to warn about
    }

    void dateOrder_defaultSetting_isTheInitialChoice()
    {
        models::AppSettings::defaultDateOrder.set(QStringLiteral("mdy"));
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.path() + QStringLiteral("/p.tunebench")));
        window.importPaths({ test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")) });
        QTRY_VERIFY(child<QPushButton>(&window, "importButton")->isEnabled());
        QCOMPARE(
            child<QComboBox>(&window, "dateOrderCombo")->currentData().toInt(), int(core::DateOrder::MonthDayYear));
        QCOMPARE(child<QLabel>(&window, "dateRangeValue")->text(), QStringLiteral("2 Jan 2024 – 4 Mar 2024"));
        models::AppSettings::defaultDateOrder.reset();
    }

    void findings_importWithWarnings_showsDockAndActivationRequestsMessage()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.path() + QStringLiteral("/p.tunebench")));
        auto *dock = child<gui::FindingsDock>(&window, "findingsDock");
        QVERIFY2(!dock->isVisible(), "no findings yet, no dock");

        sendDrop(&window, { test::dataPath(QStringLiteral("slack/broken")) });
        auto *importButton = child<QPushButton>(&window, "importButton");
        QTRY_VERIFY2(importButton->isEnabled(), "the broken export still has messages to import");
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY2(dock->isVisible(), "an import with warnings shows the findings");

        auto *view = child<QTableView>(dock, "findingsView");
        QAbstractItemModel *model = view->model();
        QVERIFY2(model->rowCount() > 0, "the dock lists the import's findings");
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (!model->index(r, 0).data(models::FindingsModel::MessageKeyRole).toString().isEmpty())
                row = r;
        }
        QVERIFY2(row >= 0, "the message without ts has a finding that names it");
        const QModelIndex index = model->index(row, models::FindingsModel::ReasonColumn);
        const QString key = index.data(models::FindingsModel::MessageKeyRole).toString();
        QVERIFY2(window.session()->store()->messageByKey(key.toStdString()), "the key is a message of the project");
        saveScreenshot(&window, QStringLiteral("import-findings.png"));

        QSignalSpy requested(dock, &gui::FindingsDock::messageRequested);
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), key);

        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // as a person does: press, then the second click
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY2(requested.count() >= 2, "a double-click asks for the message too");
        QCOMPARE(requested.last().at(0).toString(), key);

        // A finding that names no message asks for nothing.
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(models::FindingsModel::MessageKeyRole).toString().isEmpty()) {
                const int before = static_cast<int>(requested.count());
                view->setCurrentIndex(model->index(r, 0));
                QTest::keyClick(view, Qt::Key_Return);
                QCOMPARE(static_cast<int>(requested.count()), before);
                break;
            }
        }
    }
};

QTEST_MAIN(TestImportPage)
#include "tst_importpage.moc"
