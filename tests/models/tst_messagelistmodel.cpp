#include "domain/message.h"
#include "models/messagelistmodel.h"
#include "models/projectsession.h"
#include "models/settings/appsettings.h"
#include "support/sampleproject.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using tb::models::AppSettings;
using tb::models::MessageListModel;
using tb::models::ProjectSession;
namespace core = tb::core;

namespace {

qint64 conversationIdOf(const core::Store &store, const std::string &messageKey)
{
    const auto message = store.messageByKey(messageKey);
    return message ? message->conversationId : 0;
}

QString keyAt(const QModelIndex &index)
{
    return index.data(MessageListModel::KeyRole).toString();
}

const std::string kGeneralFirst = "slack:C0ACMEGEN1:1709541000.000107";
const std::string kPostersRoot = "slack:C0ACMEGEN1:1709541900.000114";
const std::string kPostersLastReply = "slack:C0ACMEGEN1:1709544000.000135";

} // namespace

class TestMessageListModel final : public QObject {
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
        m_session = std::make_unique<ProjectSession>();
        m_model = std::make_unique<MessageListModel>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(m_session->open(m_project));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        AppSettings::repliesInline.reset();
    }

    void showConversation_threaded_listsTopLevelMessagesWithReplyCounts()
    {
        QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
        m_model->showConversation(conversationIdOf(*m_session->store(), kGeneralFirst));
        QTRY_VERIFY2_WITH_TIMEOUT(!loaded.isEmpty() && !m_model->isLoading(), "the conversation never loaded", 5000);
        // 14 messages, 3 of them replies in the posters thread.
        QCOMPARE(m_model->rowCount(), 11);
        QCOMPARE(keyAt(m_model->index(0, 0)), QString::fromStdString(kGeneralFirst));
        const QModelIndex root = m_model->index(1, 0);
        QCOMPARE(keyAt(root), QString::fromStdString(kPostersRoot));
        QCOMPARE(root.data(MessageListModel::ReplyCountRole).toInt(), 3);
        QCOMPARE(root.data(MessageListModel::AuthorRole).toString(), QStringLiteral("sam"));
        QVERIFY(root.data(MessageListModel::TextRole).toString().contains(QStringLiteral("posters")));
        QVERIFY2(m_model->hasChildren(root), "a thread's first message must be expandable");
        QVERIFY(!m_model->hasChildren(m_model->index(0, 0)));

        // Replies are read when the thread is expanded (the model tester expands it too).
        m_model->fetchMore(root);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(root), 3, 5000);
        QCOMPARE(keyAt(m_model->index(2, 0, root)), QString::fromStdString(kPostersLastReply));
        QVERIFY(m_model->index(0, 0, root).data(MessageListModel::IsReplyRole).toBool());
        QVERIFY(!m_model->canFetchMore(root));
    }

    void showConversation_repliesInline_listsEveryMessageFlat()
    {
        AppSettings::repliesInline.set(true);
        QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
        m_model->showConversation(conversationIdOf(*m_session->store(), kGeneralFirst));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_model->isLoading(), 5000);
        QCOMPARE(m_model->rowCount(), 14);
        QCOMPARE(keyAt(m_model->index(2, 0)), QStringLiteral("slack:C0ACMEGEN1:1709542320.000121"));
        QVERIFY2(!m_model->hasChildren(m_model->index(1, 0)), "replies inline: nothing to expand");
        QCOMPARE(m_model->index(1, 0).data(MessageListModel::ReplyCountRole).toInt(), 3);
    }

    void showConversation_oneThread_listsJustThatThread()
    {
        QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
        m_model->showConversation(
            conversationIdOf(*m_session->store(), kGeneralFirst), QString::fromStdString(kPostersRoot));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_model->isLoading(), 5000);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(keyAt(m_model->index(0, 0)), QString::fromStdString(kPostersRoot));
        QCOMPARE(keyAt(m_model->index(3, 0)), QString::fromStdString(kPostersLastReply));
    }

    void data_systemAndMediaMessages_areMarkedNonPerson()
    {
        QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
        m_model->showConversation(conversationIdOf(*m_session->store(), "whatsapp:Sam Rivera:378e4d223ff6fd82:0"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_model->isLoading(), 5000);
        QCOMPARE(m_model->rowCount(), 61);
        const QModelIndex notice = m_model->index(0, 0);
        QVERIFY(notice.data(MessageListModel::FlagsRole).toUInt() & core::MessageFlag::System);
        QVERIFY2(notice.data(MessageListModel::IsNonPersonRole).toBool(), "the encryption notice is not a person's");
        QVERIFY(!m_model->index(1, 0).data(MessageListModel::IsNonPersonRole).toBool());
        QCOMPARE(notice.data(MessageListModel::OriginRole).toString(),
            QStringLiteral("WhatsApp Chat with Sam Rivera.txt:1"));
    }

    void data_largeConversation_readsEveryRowInOrder()
    {
        // More rows than one page and than the row cache holds.
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/big.tunebench")).toStdString();
        {
            auto store = core::Store::open(path);
            core::ImportBatch batch;
            batch.conversations.push_back({ "big:c", core::ConversationKind::Channel, "big", "" });
            for (int i = 0; i < 9000; ++i) {
                core::Message m;
                m.key = "big:" + std::to_string(i);
                m.conversationKey = "big:c";
                m.authorKey = "big:a";
                m.timestampMs = 1000 + i;
                m.text = "line " + std::to_string(i);
                batch.messages.push_back(m);
            }
            auto importId = (*store)->beginImport("/big", "test");
            QVERIFY((*store)->write(*importId, batch));
            QVERIFY((*store)->finishImport(*importId, "complete"));
        }
        QVERIFY(m_session->open(QString::fromStdString(path)));
        QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
        m_model->showConversation(conversationIdOf(*m_session->store(), "big:0"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_model->isLoading(), 5000);
        QCOMPARE(m_model->rowCount(), 9000);
        for (int row = 0; row < 9000; row += 7)
            QCOMPARE(
                m_model->index(row, 0).data(MessageListModel::TextRole).toString(), QStringLiteral("line %1").arg(row));
        // Back to the start after the cache has turned over.
        QCOMPARE(keyAt(m_model->index(0, 0)), QStringLiteral("big:0"));
        QCOMPARE(m_model->rowForKey(QStringLiteral("big:8999")), 8999);
    }

    void participantsChanged_meChosen_marksTheirMessages()
    {
        QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
        m_model->showConversation(conversationIdOf(*m_session->store(), kGeneralFirst));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_model->isLoading(), 5000);
        const QModelIndex root = m_model->index(1, 0);
        QVERIFY(!root.data(MessageListModel::IsMeRole).toBool());

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_project.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(
                     db, "UPDATE participants SET is_me = 1 WHERE key = 'slack:U0ACME0005'", nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_session->notifyParticipantsChanged();
        QVERIFY2(!changed.isEmpty(), "the view was not told that rows changed");
        QVERIFY2(
            root.data(MessageListModel::IsMeRole).toBool(), "sam was chosen as me, yet their message is not marked");
        QVERIFY(!m_model->index(0, 0).data(MessageListModel::IsMeRole).toBool());

        QCOMPARE(sqlite3_open(m_project.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_exec(db, "UPDATE participants SET is_me = 0", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }

    void showMessage_threadReply_loadsItsConversationWithTheThreadExpanded()
    {
        QSignalSpy focus(m_model.get(), &MessageListModel::focusRequested);
        QVERIFY(m_model->showMessage(QString::fromStdString(kPostersLastReply)));
        QVERIFY2(focus.wait(5000), "the message was never brought into view");
        const QModelIndex index = focus.takeFirst().at(0).value<QModelIndex>();
        QCOMPARE(keyAt(index), QString::fromStdString(kPostersLastReply));
        QCOMPARE(keyAt(index.parent()), QString::fromStdString(kPostersRoot));
        QCOMPARE(m_model->rowCount(index.parent()), 3);
        QCOMPARE(m_model->indexForKey(QString::fromStdString(kPostersLastReply)), index);

        // Already shown: answered at once.
        QVERIFY(m_model->showMessage(QString::fromStdString(kGeneralFirst)));
        QCOMPARE(focus.size(), 1);
        QCOMPARE(keyAt(focus.takeFirst().at(0).value<QModelIndex>()), QString::fromStdString(kGeneralFirst));
    }

    void showMessage_unknownKey_returnsFalse()
    {
        QVERIFY2(
            !m_model->showMessage(QStringLiteral("slack:nowhere:1")), "a key that is not in the project was found");
    }

    void showConversation_quickSuccession_onlyTheLastOneLoads()
    {
        QStringList shown;
        connect(m_model.get(), &MessageListModel::loaded, this, [&] { shown << keyAt(m_model->index(0, 0)); });
        m_model->showConversation(conversationIdOf(*m_session->store(), "whatsapp:Sam Rivera:378e4d223ff6fd82:0"));
        m_model->showConversation(conversationIdOf(*m_session->store(), kGeneralFirst));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !m_model->isLoading(), 5000);
        QTest::qWait(100);
        QCOMPARE(m_model->rowCount(), 11);
        for (const QString &first : std::as_const(shown))
            QCOMPARE(first, QString::fromStdString(kGeneralFirst));
    }

    void showConversation_large_showsTheFirstRowsThenTheRest()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/big.tunebench")).toStdString();
        {
            auto store = core::Store::open(path);
            core::ImportBatch batch;
            batch.conversations.push_back({ "big:c", core::ConversationKind::Channel, "big", "" });
            for (int i = 0; i < 3000; ++i) {
                core::Message m;
                m.key = "big:" + std::to_string(i);
                m.conversationKey = "big:c";
                m.authorKey = "big:a";
                m.timestampMs = 1000 + i;
                m.text = "line " + std::to_string(i);
                // Every tenth message starts a thread answered by the next one.
                if (i % 10 == 0)
                    m.threadKey = m.key;
                else if (i % 10 == 1)
                    m.threadKey = "big:" + std::to_string(i - 1);
                batch.messages.push_back(m);
            }
            auto importId = (*store)->beginImport("/big", "test");
            QVERIFY((*store)->write(*importId, batch));
            QVERIFY((*store)->finishImport(*importId, "complete"));
        }
        QVERIFY(m_session->open(QString::fromStdString(path)));
        QList<int> rowsWhenLoaded;
        connect(m_model.get(), &MessageListModel::loaded, this, [&] { rowsWhenLoaded << m_model->rowCount(); });
        m_model->showConversation(conversationIdOf(*m_session->store(), "big:0"));
        QTRY_VERIFY_WITH_TIMEOUT(!rowsWhenLoaded.isEmpty() && !m_model->isLoading(), 5000);
        QCOMPARE(m_model->rowCount(), 2700);
        QVERIFY2(rowsWhenLoaded.first() <= 2700, "rows were lost between the first screens and the rest");
        // The first rows learnt their replies with the rest.
        QCOMPARE(m_model->index(0, 0).data(MessageListModel::ReplyCountRole).toInt(), 1);
        QCOMPARE(m_model->index(2682, 0).data(MessageListModel::ReplyCountRole).toInt(), 1);
        QCOMPARE(keyAt(m_model->index(2699, 0)), QStringLiteral("big:2999"));
    }

    void closed_project_emptiesTheList()
    {
        QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
        m_model->showConversation(conversationIdOf(*m_session->store(), kGeneralFirst));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_model->isLoading(), 5000);
        m_session->close();
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
