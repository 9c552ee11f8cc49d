#include "models/conversationtreemodel.h"
#include "models/projectsession.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using tb::models::ConversationTreeModel;
using tb::models::ProjectSession;

namespace {

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &prefix)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data().toString().startsWith(prefix))
            return child;
    }
    return {};
}

quint64 countOf(const QModelIndex &index)
{
    return index.data(ConversationTreeModel::MessageCountRole).toULongLong();
}

} // namespace

class TestConversationTreeModel final : public QObject {
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
        m_session = std::make_unique<ProjectSession>();
        m_model = std::make_unique<ConversationTreeModel>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
    }

    void opened_sampleProject_listsSourcesKindsAndConversationsWithCounts()
    {
        QSignalSpy loaded(m_model.get(), &ConversationTreeModel::loaded);
        QVERIFY(m_session->open(m_project));
        QVERIFY2(loaded.wait(5000), "the tree never finished loading");
        QCOMPARE(m_model->rowCount(), 4);

        const QModelIndex slack = childNamed(*m_model, {}, QStringLiteral("Slack"));
        QVERIFY2(slack.isValid(), "no Slack source in the tree");
        const QModelIndex channels = childNamed(*m_model, slack, QStringLiteral("Channels"));
        QVERIFY2(channels.isValid(), "the Slack source has no Channels group");
        QVERIFY2(childNamed(*m_model, slack, QStringLiteral("Direct messages")).isValid(),
            "the Slack source has no Direct messages group");
        // Biggest conversation first.
        QCOMPARE(m_model->index(0, 0, channels).data().toString(), QStringLiteral("robotics"));
        QCOMPARE(countOf(m_model->index(0, 0, channels)), quint64(16));
        QCOMPARE(
            m_model->index(0, ConversationTreeModel::CountColumn, channels).data().toString(), QStringLiteral("16"));
        QCOMPARE(countOf(channels), quint64(16 + 14 + 9));
        QCOMPARE(countOf(slack), quint64(44));

        quint64 total = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            total += countOf(m_model->index(row, 0));
        QCOMPARE(total, quint64(61 + 59 + 44 + 39));

        const QModelIndex first = m_model->firstConversation();
        QVERIFY2(first.isValid(), "the tree offers no first conversation");
        QCOMPARE(first.data(ConversationTreeModel::NodeTypeRole).toInt(),
            int(ConversationTreeModel::NodeType::Conversation));
        QCOMPARE(m_model->conversationIndex(first.data(ConversationTreeModel::ConversationIdRole).toLongLong()), first);
    }

    void fetchMore_slackChannel_listsItsThreads()
    {
        QSignalSpy loaded(m_model.get(), &ConversationTreeModel::loaded);
        QVERIFY(m_session->open(m_project));
        QVERIFY(loaded.wait(5000));
        const QModelIndex slack = childNamed(*m_model, {}, QStringLiteral("Slack"));
        const QModelIndex general
            = childNamed(*m_model, childNamed(*m_model, slack, QStringLiteral("Channels")), QStringLiteral("general"));
        QVERIFY(general.isValid());
        QVERIFY2(m_model->hasChildren(general), "a Slack channel must offer its threads");
        // Threads are read when asked for (the model tester asks for them too).
        m_model->fetchMore(general);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(general), 1, 5000);
        const QModelIndex thread = m_model->index(0, 0, general);
        QCOMPARE(
            thread.data(ConversationTreeModel::NodeTypeRole).toInt(), int(ConversationTreeModel::NodeType::Thread));
        QVERIFY2(thread.data().toString().contains(QStringLiteral("posters")),
            qPrintable(QStringLiteral("the thread is labelled %1").arg(thread.data().toString())));
        QCOMPARE(countOf(thread), quint64(4));
        QVERIFY(!m_model->canFetchMore(general));
        QVERIFY(!m_model->hasChildren(thread));
        const qint64 conversation = general.data(ConversationTreeModel::ConversationIdRole).toLongLong();
        QCOMPARE(
            m_model->threadIndex(conversation, thread.data(ConversationTreeModel::ThreadKeyRole).toString()), thread);
    }

    void fetchMore_slackDirectMessageWithoutThreads_dropsTheExpander()
    {
        QSignalSpy loaded(m_model.get(), &ConversationTreeModel::loaded);
        QVERIFY(m_session->open(m_project));
        QVERIFY(loaded.wait(5000));
        const QModelIndex slack = childNamed(*m_model, {}, QStringLiteral("Slack"));
        const QModelIndex dm = m_model->index(0, 0, childNamed(*m_model, slack, QStringLiteral("Direct messages")));
        QVERIFY(dm.isValid());
        m_model->fetchMore(dm);
        QTRY_VERIFY2_WITH_TIMEOUT(!m_model->hasChildren(dm), "a conversation without threads still offers some", 5000);
        QCOMPARE(m_model->rowCount(dm), 0);
    }

    void hasChildren_whatsappChat_offersNoThreads()
    {
        QSignalSpy loaded(m_model.get(), &ConversationTreeModel::loaded);
        QVERIFY(m_session->open(m_project));
        QVERIFY(loaded.wait(5000));
        const QModelIndex whatsapp = childNamed(*m_model, {}, QStringLiteral("WhatsApp"));
        const QModelIndex chat = m_model->index(0, 0, m_model->index(0, 0, whatsapp));
        QCOMPARE(chat.data().toString(), QStringLiteral("Sam Rivera"));
        QVERIFY2(!m_model->hasChildren(chat), "a WhatsApp chat has no threads to expand");
        QVERIFY(!m_model->canFetchMore(chat));
    }

    void contentChanged_afterAnImport_showsTheNewSource()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        QVERIFY(
            tb::test::importInto(project, { tb::test::dataPath(QStringLiteral("whatsapp/multiline.txt")) }).isEmpty());
        QSignalSpy loaded(m_model.get(), &ConversationTreeModel::loaded);
        QVERIFY(m_session->open(project));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_model->rowCount(), 1);

        QVERIFY(tb::test::importInto(project, { tb::test::dataPath(QStringLiteral("slack/minimal")) }).isEmpty());
        m_session->notifyContentChanged();
        QVERIFY2(loaded.wait(5000), "the tree did not reload after the import");
        QCOMPARE(m_model->rowCount(), 2);
    }

    void closed_project_emptiesTheTree()
    {
        QSignalSpy loaded(m_model.get(), &ConversationTreeModel::loaded);
        QVERIFY(m_session->open(m_project));
        QVERIFY(loaded.wait(5000));
        m_session->close();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->firstConversation().isValid());
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<ConversationTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestConversationTreeModel)
#include "tst_conversationtreemodel.moc"
