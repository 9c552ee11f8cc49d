#include "support/screenshot.h"
#include "gui/browse/browsepage.h"
#include "gui/browse/messagedelegate.h"
#include "gui/browse/messageview.h"
#include "models/conversationtreemodel.h"
#include "models/messagelistmodel.h"
#include "models/projectsession.h"
#include "models/searchresultsmodel.h"
#include "models/settings/appsettings.h"
#include "support/sampleproject.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using tb::gui::BrowsePage;
using tb::models::AppSettings;
using tb::models::ConversationTreeModel;
using tb::models::MessageListModel;
using tb::models::ProjectSession;
using tb::models::SearchResultsModel;

namespace {

const QString kPostersRoot = QStringLiteral("slack:C0ACMEGEN1:1709541900.000114");
const QString kPostersLastReply = QStringLiteral("slack:C0ACMEGEN1:1709544000.000135");

QString keyOf(const QModelIndex &index)
{
    return index.data(MessageListModel::KeyRole).toString();
}

// For looking at the page: TB_SCREENSHOT_DIR=/tmp saves what the test sees.
} // namespace

class TestBrowsePage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_project = tb::test::createSampleProject(m_dir.path(), &error);
        QVERIFY2(!m_project.isEmpty(), qPrintable(error));
    }

    void init()
    {
        AppSettings::repliesInline.reset();
        AppSettings::searchResultLimit.reset();
        m_session = std::make_unique<ProjectSession>();
        m_page = std::make_unique<BrowsePage>(m_session.get());
        m_page->resize(1200, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_field = m_page->findChild<QLineEdit *>(QStringLiteral("searchField"));
        m_results = m_page->findChild<QListView *>(QStringLiteral("searchResults"));
        m_view = m_page->findChild<QTreeView *>(QStringLiteral("messageView"));
        m_tree = m_page->findChild<QTreeView *>(QStringLiteral("conversationTree"));
        QVERIFY2(
            m_field && m_results && m_view && m_tree, "the page lacks its search field, results, tree or message view");
        QVERIFY(m_session->open(m_project));
        QTRY_VERIFY2_WITH_TIMEOUT(m_view->model()->rowCount() > 0, "no conversation was shown after opening", 5000);
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        AppSettings::repliesInline.reset();
    }

    void open_sampleProject_showsTheFirstConversation()
    {
        const auto *tree = static_cast<ConversationTreeModel *>(m_tree->model());
        QCOMPARE(m_tree->currentIndex(), tree->firstConversation());
        QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("Sam Rivera"));
        QCOMPARE(m_view->model()->rowCount(), 61);
        QVERIFY(m_view->model()
                    ->index(1, 0)
                    .data(MessageListModel::TextRole)
                    .toString()
                    .startsWith(QStringLiteral("Okay I finally")));
        const auto *title = m_page->findChild<QLabel *>(QStringLiteral("conversationTitle"));
        QVERIFY2(title->text().contains(QStringLiteral("Sam Rivera")), qPrintable(title->text()));
        QVERIFY2(m_view->visualRect(m_view->model()->index(0, 0)).isValid(), "the first message is not on screen");
        tb::test::saveScreenshot(m_page.get(), QStringLiteral("browse-page.png"));
    }

    void searchField_enter_jumpsToTheHitInItsConversation()
    {
        QTest::keyClicks(m_field, QStringLiteral("bearings"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results->model()->rowCount(), 3, 5000);
        QVERIFY2(m_results->isVisible(), "the results list is hidden while there are results");
        const QString hit = m_results->model()->index(0, 0).data(SearchResultsModel::KeyRole).toString();
        tb::test::saveScreenshot(m_page.get(), QStringLiteral("browse-search.png"));

        QTest::keyClick(m_field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(keyOf(m_view->currentIndex()), hit, 5000);
        QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("robotics"));
        const QRect shown = m_view->visualRect(m_view->currentIndex());
        QVERIFY2(shown.isValid() && m_view->viewport()->rect().intersects(shown), "the hit is not scrolled into view");
        tb::test::saveScreenshot(m_page.get(), QStringLiteral("browse-search-jump.png"));
    }

    void searchField_enterBeforeTheResults_jumpsWhenTheyCome()
    {
        QTest::keyClicks(m_field, QStringLiteral("ramen"));
        QTest::keyClick(m_field, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_view->currentIndex().data(MessageListModel::TextRole).toString().contains(QStringLiteral("ramen")),
            "Enter did not open the newest hit", 5000);
        QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("random"));
    }

    void searchResult_clicked_showsThatMessage()
    {
        QTest::keyClicks(m_field, QStringLiteral("bearings"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results->model()->rowCount(), 3, 5000);
        const QModelIndex oldest = m_results->model()->index(2, 0);
        QTest::mouseClick(m_results->viewport(), Qt::LeftButton, {}, m_results->visualRect(oldest).center());
        QTRY_COMPARE_WITH_TIMEOUT(
            keyOf(m_view->currentIndex()), oldest.data(SearchResultsModel::KeyRole).toString(), 5000);
    }

    void searchField_escape_clearsTheSearch()
    {
        QTest::keyClicks(m_field, QStringLiteral("bearings"));
        QTRY_COMPARE_WITH_TIMEOUT(m_results->model()->rowCount(), 3, 5000);
        QTest::keyClick(m_field, Qt::Key_Escape);
        QVERIFY(m_field->text().isEmpty());
        QVERIFY2(!m_results->isVisible(), "the results stay after Esc");
        QCOMPARE(m_results->model()->rowCount(), 0);
    }

    void searchField_badDate_showsTheProblemBesideTheResults()
    {
        QTest::keyClicks(m_field, QStringLiteral("bearings after:2024-3"));
        const auto *problems = m_page->findChild<QLabel *>(QStringLiteral("searchProblems"));
        QTRY_VERIFY2_WITH_TIMEOUT(problems->isVisible(), "a date that cannot be read is not pointed out", 5000);
        QVERIFY2(problems->text().contains(QStringLiteral("YYYY-MM-DD")), qPrintable(problems->text()));
        QCOMPARE(m_results->model()->rowCount(), 3);
    }

    void showMessage_threadReply_expandsItsThreadAndSelectsIt()
    {
        QVERIFY(m_page->showMessage(kPostersLastReply));
        QTRY_COMPARE_WITH_TIMEOUT(keyOf(m_view->currentIndex()), kPostersLastReply, 5000);
        const QModelIndex current = m_view->currentIndex();
        QCOMPARE(keyOf(current.parent()), kPostersRoot);
        QVERIFY2(m_view->isExpanded(current.parent()), "the reply's thread is not expanded");
        QCOMPARE(m_tree->currentIndex().data().toString(), QStringLiteral("general"));
        QVERIFY(!m_page->showMessage(QStringLiteral("slack:nowhere:1")));
    }

    void messageView_repliesLinkClicked_opensAndClosesTheThread()
    {
        QVERIFY(m_page->showMessage(kPostersRoot));
        QTRY_COMPARE_WITH_TIMEOUT(keyOf(m_view->currentIndex()), kPostersRoot, 5000);
        const QModelIndex root = m_view->currentIndex();
        QVERIFY(!m_view->isExpanded(root));
        auto *view = static_cast<tb::gui::MessageView *>(m_view);
        const QRect link = view->messageDelegate()->repliesRect(m_view->visualRect(root), root);
        QVERIFY2(link.isValid(), "a thread's first message shows no replies link");
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, link.center());
        QTRY_VERIFY2_WITH_TIMEOUT(m_view->isExpanded(root) && m_view->model()->rowCount(root) == 3,
            "clicking \"3 replies\" did not show the replies", 5000);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, link.center());
        QVERIFY2(!m_view->isExpanded(root), "clicking the link again did not close the thread");
    }

    void inspector_selectedMessage_showsItsRawText()
    {
        QVERIFY(m_page->showMessage(kPostersLastReply));
        QTRY_COMPARE_WITH_TIMEOUT(keyOf(m_view->currentIndex()), kPostersLastReply, 5000);
        const auto *raw = m_page->findChild<QPlainTextEdit *>(QStringLiteral("inspectorRawText"));
        const auto *shown = m_page->findChild<QPlainTextEdit *>(QStringLiteral("inspectorText"));
        QVERIFY(raw && shown);
        QCOMPARE(raw->toPlainText(), QStringLiteral("Perfect, drafts in <#C0ACMERND1> by Wednesday then."));
        QCOMPARE(shown->toPlainText(), QStringLiteral("Perfect, drafts in #random by Wednesday then."));
        QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("keyValue"))->text(), kPostersLastReply);
        QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("originValue"))->text(),
            QStringLiteral("general/2024-03-04.json#4"));
        QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("threadValue"))->text(), kPostersRoot);
        QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("utcTimeValue"))->text(),
            QStringLiteral("2024-03-04T09:20:00.000Z"));
        tb::test::saveScreenshot(m_page.get(), QStringLiteral("browse-thread.png"));

        // "Show" beside the thread key goes to the thread's first message.
        QTest::mouseClick(m_page->findChild<QWidget *>(QStringLiteral("showThreadButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(keyOf(m_view->currentIndex()), kPostersRoot, 5000);
    }

    void conversationTree_threadNode_showsJustThatThread()
    {
        auto *tree = static_cast<ConversationTreeModel *>(m_tree->model());
        QVERIFY(m_page->showMessage(kPostersRoot));
        QTRY_COMPARE_WITH_TIMEOUT(m_tree->currentIndex().data().toString(), QStringLiteral("general"), 5000);
        const QModelIndex general = m_tree->currentIndex();
        m_tree->expand(general);
        QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(general), 1, 5000);
        const QModelIndex thread = tree->index(0, 0, general);
        QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(thread).center());
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 4, 5000);
        QCOMPARE(keyOf(m_view->model()->index(0, 0)), kPostersRoot);
        QCOMPARE(keyOf(m_view->model()->index(3, 0)), kPostersLastReply);
    }

    void applySettings_repliesInline_listsTheRepliesInTheConversation()
    {
        QVERIFY(m_page->showMessage(kPostersRoot));
        QTRY_COMPARE_WITH_TIMEOUT(keyOf(m_view->currentIndex()), kPostersRoot, 5000);
        QCOMPARE(m_view->model()->rowCount(), 11);
        AppSettings::repliesInline.set(true);
        m_page->applySettings();
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 14, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(keyOf(m_view->currentIndex()), kPostersRoot, 5000);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<BrowsePage> m_page;
    QLineEdit *m_field = nullptr;
    QListView *m_results = nullptr;
    QTreeView *m_view = nullptr;
    QTreeView *m_tree = nullptr;
};

QTEST_MAIN(TestBrowsePage)
#include "tst_browsepage.moc"
