#include "gui/mainwindow.h"
#include "gui/participants/mergeparticipantsdialog.h"
#include "gui/participants/participantspage.h"
#include "import/importrunner.h"
#include "models/participantsmodel.h"
#include "models/projectsession.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <set>

using namespace tb;
using models::ParticipantsModel;

namespace {

const QString kSlackMaya = QStringLiteral("slack:U0ACME0001");
const QString kSlackBot = QStringLiteral("slack:U0ACME0BOT");
const QString kWhatsAppAlex = QStringLiteral("whatsapp:Alex Morgan");

struct SampleProject {
    QString path;
    std::map<std::string, std::int64_t> importOf; // export file name -> its import id
};

// A project with the sample exports NAMES (all four when empty) imported; empty path on failure.
SampleProject makeProject(const QTemporaryDir &dir, QStringList names = {})
{
    const QDir sample(qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample"));
    if (names.isEmpty())
        names = sample.entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    SampleProject project;
    const QString path = dir.filePath(QStringLiteral("p.tunebench"));
    auto store = core::Store::open(path.toStdString());
    if (!store)
        return project;
    core::ImportRunner runner(**store);
    for (const QString &name : names) {
        const auto report = runner.run(sample.filePath(name).toStdString(), {});
        if (!report.error.empty())
            return project;
        project.importOf[name.toStdString()] = report.importId;
    }
    project.path = path;
    return project;
}

std::optional<core::ParticipantInfo> stored(core::Store &store, const QString &key)
{
    for (auto &p : store.participants(core::ParticipantCounts::Skip)) {
        if (p.key == key.toStdString())
            return p;
    }
    return std::nullopt;
}

qint64 idOf(core::Store &store, const QString &key)
{
    const auto p = stored(store, key);
    return p ? p->id : 0;
}

std::set<std::string> authorsOf(core::Store &store, const QString &query)
{
    std::set<std::string> authors;
    if (const auto hits = store.search(core::SearchQuery::parse(query.toStdString()), 1000)) {
        for (const auto &hit : *hits)
            authors.insert(hit.message.authorKey);
    }
    return authors;
}

// The table row (column COLUMN) of the participant with ID, as the view shows it.
QModelIndex rowOf(QTreeView *table, qint64 id, int column = ParticipantsModel::Name)
{
    const std::function<QModelIndex(const QModelIndex &)> search = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < table->model()->rowCount(parent); ++row) {
            const QModelIndex at = table->model()->index(row, 0, parent);
            if (at.data(ParticipantsModel::IdRole).toLongLong() == id)
                return at.siblingAtColumn(column);
            if (const QModelIndex inside = search(at); inside.isValid())
                return inside;
        }
        return {};
    };
    return search({});
}

// Clicks the row of FIRST, then ctrl-clicks the rows of the others, as a user would.
void clickRows(QTreeView *table, const std::vector<qint64> &ids)
{
    bool first = true;
    for (const qint64 id : ids) {
        const QModelIndex at = rowOf(table, id);
        table->scrollTo(at);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier,
                          table->visualRect(at).center());
        first = false;
    }
}

// Accepts the merge dialog once it shows, keeping the name of KEEP.
void acceptMergeDialog(QWidget *parent, const QString &keepName)
{
    auto *dialog = parent->findChild<gui::MergeParticipantsDialog *>(QStringLiteral("mergeParticipantsDialog"));
    QVERIFY2(dialog && dialog->isVisible(), "Ctrl+G opens the dialog that asks which name to keep");
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("namesList"));
    const auto items = list->findItems(keepName, Qt::MatchStartsWith);
    QVERIFY2(!items.isEmpty(), qPrintable(QStringLiteral("the dialog offers the name %1").arg(keepName)));
    list->setCurrentItem(items.first());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergeOkButton")), Qt::LeftButton);
}

} // namespace

class TestParticipantsPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void setMe_viaPage_isStillSetAfterReopening()
    {
        QTemporaryDir dir;
        const auto project = makeProject(dir, {QStringLiteral("slack-acme")});
        QVERIFY2(!project.path.isEmpty(), "the sample Slack export could not be imported");
        qint64 maya = 0;
        {
            models::ProjectSession session;
            QVERIFY(session.open(project.path));
            gui::ParticipantsPage page(&session);
            page.resize(1100, 600);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *table = page.findChild<QTreeView *>(QStringLiteral("participantsTable"));
            QVERIFY(table);
            maya = idOf(*session.store(), kSlackMaya);
            clickRows(table, {maya});
            QCOMPARE(page.selectedIds(), std::vector<qint64>{maya});
            auto *meButton = page.findChild<QToolButton *>(QStringLiteral("meButton"));
            QVERIFY2(meButton->text().contains(QStringLiteral("Ctrl+M")), "the button shows its shortcut");
            QTest::mouseClick(meButton, Qt::LeftButton);
            QCOMPARE(rowOf(table, maya, ParticipantsModel::Me).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            QTRY_VERIFY2(
                page.findChild<QLabel *>(QStringLiteral("meSummaryLabel"))->text().contains(QStringLiteral("maya")),
                "the page says who is marked as you");
            session.close();
        }
        models::ProjectSession reopened;
        QVERIFY(reopened.open(project.path));
        QVERIFY2(stored(*reopened.store(), kSlackMaya)->isMe, "\"me\" is saved in the project");
        gui::ParticipantsPage page(&reopened);
        auto *table = page.findChild<QTreeView *>(QStringLiteral("participantsTable"));
        QCOMPARE(rowOf(table, maya, ParticipantsModel::Me).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void undoRedo_everyEditKind_throughTheUndoStack()
    {
        QTemporaryDir dir;
        const auto project
            = makeProject(dir, { QStringLiteral("slack-acme"), QStringLiteral("WhatsApp Chat with Sam Rivera.txt") });
        QVERIFY(!project.path.isEmpty());
        models::ProjectSession session;
        QVERIFY(session.open(project.path));
        gui::ParticipantsPage page(&session);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTreeView *>(QStringLiteral("participantsTable"));
        core::Store &store = *session.store();
        QUndoStack *stack = session.undoStack();
        const qint64 maya = idOf(store, kSlackMaya), bot = idOf(store, kSlackBot), alex = idOf(store, kWhatsAppAlex);

        // Me, by shortcut.
        clickRows(table, {maya});
        QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(stored(store, kSlackMaya)->isMe);
        stack->undo();
        QVERIFY2(!stored(store, kSlackMaya)->isMe, "undo takes \"me\" back");
        QCOMPARE(rowOf(table, maya, ParticipantsModel::Me).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        stack->redo();
        QVERIFY(stored(store, kSlackMaya)->isMe);

        // Bot, by the checkbox in the table.
        const QModelIndex botCell = rowOf(table, bot, ParticipantsModel::Bot);
        QVERIFY(botCell.data(Qt::CheckStateRole).toInt() == Qt::Checked);
        QVERIFY(table->model()->setData(botCell, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY2(!stored(store, kSlackBot)->isBot, "unticking Bot marks them a person");
        QVERIFY(stored(store, kSlackBot)->botOverridden);
        stack->undo();
        QVERIFY2(stored(store, kSlackBot)->isBot && !stored(store, kSlackBot)->botOverridden,
                 "undo gives the decision back to the export");
        stack->redo();
        QVERIFY(!stored(store, kSlackBot)->isBot);

        // Rename, inline with F2; two renames in a row are one undo step.
        const int before = stack->count();
        for (const QString &name : {QStringLiteral("Maya C"), QStringLiteral("Maya Chen")}) {
            clickRows(table, {maya});
            QTest::keyClick(table, Qt::Key_F2);
            auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY2(editor, "F2 opens the name for editing");
            editor->selectAll();
            QTest::keyClicks(editor, name);
            QTest::keyClick(editor, Qt::Key_Return);
            // The delegate commits on Return through a queued call.
            QTRY_COMPARE(QString::fromStdString(stored(store, kSlackMaya)->name()), name);
        }
        QCOMPARE(stored(store, kSlackMaya)->name(), std::string("Maya Chen"));
        QCOMPARE(stack->count(), before + 1);
        QVERIFY2(stack->undoText().contains(QStringLiteral("Maya Chen")), qPrintable(stack->undoText()));
        stack->undo();
        QVERIFY2(!stored(store, kSlackMaya)->customName, "one undo takes back both renames");
        stack->redo();
        QCOMPARE(stored(store, kSlackMaya)->name(), std::string("Maya Chen"));

        // Merge, then unmerge.
        clickRows(table, {maya, alex});
        QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier);
        acceptMergeDialog(&page, QStringLiteral("Maya Chen"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(stored(store, kWhatsAppAlex)->aliasOf, std::optional<std::int64_t>(maya));
        QVERIFY2(rowOf(table, alex).parent().data(ParticipantsModel::IdRole).toLongLong() == maya,
                 "the alias is listed under the person it belongs to");
        stack->undo();
        QVERIFY(!stored(store, kWhatsAppAlex)->aliasOf);
        QVERIFY(!rowOf(table, alex).parent().isValid());
        stack->redo();
        QCOMPARE(stored(store, kWhatsAppAlex)->aliasOf, std::optional<std::int64_t>(maya));

        clickRows(table, {alex});
        QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(!stored(store, kWhatsAppAlex)->aliasOf, "Ctrl+Shift+G unmerges");
        stack->undo();
        QCOMPARE(stored(store, kWhatsAppAlex)->aliasOf, std::optional<std::int64_t>(maya));
        stack->redo();
        QVERIFY(!stored(store, kWhatsAppAlex)->aliasOf);

        // Same person as, chosen in the table's own column.
        const qint64 sam = idOf(store, QStringLiteral("whatsapp:Sam Rivera")),
                     jonas = idOf(store, QStringLiteral("slack:U0ACME0002"));
        const QModelIndex sameAs = rowOf(table, sam, ParticipantsModel::SameAs);
        table->scrollTo(sameAs);
        // QTest's double click for widgets is the second click only: the first comes before it.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(sameAs).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(sameAs).center());
        auto *combo = table->viewport()->findChild<QComboBox *>(QStringLiteral("sameAsEditor"));
        QVERIFY2(combo, "a double click on Same person as offers the people to choose from");
        QTest::keyClicks(combo, QStringLiteral("jonas"));
        QTRY_COMPARE(stored(store, QStringLiteral("whatsapp:Sam Rivera"))->aliasOf, std::optional<std::int64_t>(jonas));
        QVERIFY2(stack->undoText().contains(QStringLiteral("Sam Rivera")), qPrintable(stack->undoText()));
        stack->undo();
        QVERIFY(!stored(store, QStringLiteral("whatsapp:Sam Rivera"))->aliasOf);
        stack->redo();
        QCOMPARE(stored(store, QStringLiteral("whatsapp:Sam Rivera"))->aliasOf, std::optional<std::int64_t>(jonas));

        // All the way back.
        while (stack->canUndo())
            stack->undo();
        const auto m = stored(store, kSlackMaya);
        QVERIFY2(!m->isMe && !m->customName && stored(store, kSlackBot)->isBot && !stored(store, kWhatsAppAlex)->aliasOf
                && !stored(store, QStringLiteral("whatsapp:Sam Rivera"))->aliasOf,
            "undoing everything leaves the participants as imported");
    }

    void undoRedo_ctrlZAndCtrlShiftZ_inTheMainWindow()
    {
        QTemporaryDir dir;
        const auto project = makeProject(dir, {QStringLiteral("slack-acme")});
        QVERIFY(!project.path.isEmpty());
        gui::MainWindow window;
        QVERIFY(window.openProject(project.path));
        window.showPage(gui::MainWindow::Page::Participants);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *page = window.findChild<gui::ParticipantsPage *>(QStringLiteral("participantsPage"));
        QVERIFY(page && page->isVisible());
        auto *table = page->findChild<QTreeView *>(QStringLiteral("participantsTable"));
        core::Store &store = *window.session()->store();
        const qint64 maya = idOf(store, kSlackMaya);

        clickRows(table, {maya});
        QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier);
        QVERIFY2(stored(store, kSlackMaya)->isBot, "Ctrl+B marks the selected participant as a bot");
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(!stored(store, kSlackMaya)->isBot, "Ctrl+Z undoes the bot mark");
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(stored(store, kSlackMaya)->isBot, "Ctrl+Shift+Z redoes it");
        QCOMPARE(rowOf(table, maya, ParticipantsModel::Bot).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void merge_slackUserAndWhatsAppSender_searchFromEitherNameFindsBoth()
    {
        QTemporaryDir dir;
        const auto project = makeProject(dir);
        QVERIFY(!project.path.isEmpty());
        models::ProjectSession session;
        QVERIFY(session.open(project.path));
        gui::ParticipantsPage page(&session);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTreeView *>(QStringLiteral("participantsTable"));
        core::Store &store = *session.store();
        const qint64 maya = idOf(store, kSlackMaya), alex = idOf(store, kWhatsAppAlex);
        QCOMPARE(authorsOf(store, QStringLiteral("from:\"Alex Morgan\"")),
            std::set<std::string> { kWhatsAppAlex.toStdString() });

        // Find them with the filter, as a user would among many.
        auto *filter = page.findChild<QLineEdit *>(QStringLiteral("participantsFilter"));
        QTest::keyClicks(filter, QStringLiteral("a"));
        clickRows(table, {maya, alex});
        QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier);
        acceptMergeDialog(&page, QStringLiteral("Alex Morgan"));
        if (QTest::currentTestFailed())
            return;

        const std::set<std::string> both{kSlackMaya.toStdString(), kWhatsAppAlex.toStdString()};
        QCOMPARE(authorsOf(store, QStringLiteral("from:\"Alex Morgan\"")), both);
        QCOMPARE(authorsOf(store, QStringLiteral("from:maya")), both);
        QVERIFY2(!stored(store, kWhatsAppAlex)->aliasOf && stored(store, kSlackMaya)->aliasOf == alex,
                 "the person goes by the name chosen in the dialog");
        QCOMPARE(rowOf(table, alex, ParticipantsModel::SameAs).data().toString(), QStringLiteral("1 other name"));
        QCOMPARE(rowOf(table, maya, ParticipantsModel::SameAs).data().toString(), QStringLiteral("Alex Morgan"));
    }

    void edit_participantGoneFromTheProject_saysSoAndKeepsTheStackRight()
    {
        QTemporaryDir dir;
        const QString whatsapp = QStringLiteral("WhatsApp Chat with Sam Rivera.txt");
        const auto project = makeProject(dir, {QStringLiteral("slack-acme"), whatsapp});
        QVERIFY(!project.path.isEmpty());
        models::ProjectSession session;
        QVERIFY(session.open(project.path));
        gui::ParticipantsPage page(&session);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTreeView *>(QStringLiteral("participantsTable"));
        core::Store &store = *session.store();
        const qint64 alex = idOf(store, kWhatsAppAlex), sam = idOf(store, QStringLiteral("whatsapp:Sam Rivera"));
        QUndoStack *stack = session.undoStack();
        auto *error = page.findChild<QLabel *>(QStringLiteral("errorLabel"));

        clickRows(table, {sam});
        QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(stack->count(), 1);
        // Another part of the app takes the WhatsApp import back without telling this page, which
        // still lists its people.
        QVERIFY(store.discardImport(project.importOf.at(whatsapp.toStdString())));
        QVERIFY(!stored(store, kWhatsAppAlex));
        QVERIFY(rowOf(table, alex).isValid());

        // An edit of someone gone: said on the page, and nothing to undo.
        clickRows(table, {alex});
        QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier);
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("no longer in the project")),
                 qPrintable(QStringLiteral("a failed edit is explained on the page: %1").arg(error->text())));
        QCOMPARE(stack->count(), 1);
        QVERIFY2(!rowOf(table, alex).isValid(), "after the failure the table shows the project as it is");

        // Undoing an edit of someone gone: said too, and the edit leaves the stack.
        page.findChild<QToolButton *>(QStringLiteral("errorCloseButton"))->click();
        QVERIFY(!error->isVisible());
        stack->undo();
        QVERIFY2(
            error->isVisible() && error->text().startsWith(QStringLiteral("Undo failed — Set “Sam Rivera” as Me:")),
            qPrintable(error->text()));
        QCOMPARE(stack->count(), 0);
        QVERIFY2(!stack->canRedo(), "an edit that cannot be undone is taken off the stack, not left to redo");
    }

    void screenshot_sampleProject_looksRight()
    {
        QTemporaryDir dir;
        const auto project = makeProject(dir);
        QVERIFY(!project.path.isEmpty());
        models::ProjectSession session;
        QVERIFY(session.open(project.path));
        core::Store &store = *session.store();
        QVERIFY(store.setMe(idOf(store, kSlackMaya), true));
        QVERIFY(store.setMe(idOf(store, kWhatsAppAlex), true));
        QVERIFY(store.setAliasOf(idOf(store, kWhatsAppAlex), idOf(store, kSlackMaya)));
        QVERIFY(store.setCustomName(idOf(store, kSlackMaya), std::string("Maya Chen")));
        QVERIFY(store.setBotOverride(idOf(store, QStringLiteral("slack:U0ACME0005")), true));
        gui::ParticipantsPage page(&session);
        page.resize(1100, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *model = page.findChild<ParticipantsModel *>();
        QTRY_VERIFY2(!model->countsPending(), "the message counts arrive");
        page.selectIds({idOf(store, kWhatsAppAlex)});
        const QString file = QDir::temp().filePath(QStringLiteral("tunebench-participants.png"));
        QVERIFY2(page.grab().save(file), qPrintable(file));
        auto *table = page.findChild<QTreeView *>(QStringLiteral("participantsTable"));
        QVERIFY2(table->model()->rowCount() >= 10, "every participant of the four sample exports is listed");
        session.close();

        // And as it sits in the window, beside the page list.
        gui::MainWindow window;
        QVERIFY(window.openProject(project.path));
        window.showPage(gui::MainWindow::Page::Participants);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *inWindow = window.findChild<gui::ParticipantsPage *>(QStringLiteral("participantsPage"))
                             ->findChild<ParticipantsModel *>();
        QTRY_VERIFY(!inWindow->countsPending());
        const QString windowFile = QDir::temp().filePath(QStringLiteral("tunebench-participants-window.png"));
        QVERIFY2(window.grab().save(windowFile), qPrintable(windowFile));
    }
};

QTEST_MAIN(TestParticipantsPage)
#include "tst_participantspage.moc"
