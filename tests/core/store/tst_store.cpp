#include "store/schema.h"
#include "store/store.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <csignal>
#include <cstring>
#include <thread>

using namespace tb::core;

namespace {

constexpr int kKillBatchSize = 500;

Message makeMessage(const std::string &key, const std::string &conversation, const std::string &author,
                    std::int64_t ts, const std::string &text)
{
    Message m;
    m.key = key;
    m.conversationKey = conversation;
    m.authorKey = author;
    m.timestampMs = ts;
    m.text = text;
    m.rawText = text;
    return m;
}

ImportBatch sampleBatch()
{
    ImportBatch b;
    b.participants.push_back({"test:alice", "Alice Smith", "alice", false});
    b.participants.push_back({"test:bot", "Deploy Bot", "deploybot", true});
    b.conversations.push_back({"test:general", ConversationKind::Channel, "general", ""});
    b.conversations.push_back({"test:random", ConversationKind::Channel, "random", ""});
    const auto day = [](int d) { return *timeutil::toEpochMs(2021, 3, unsigned(d), 12, 0, 0); };
    b.messages.push_back(makeMessage("test:1", "test:general", "test:alice", day(1), "the deploy went fine"));
    b.messages.push_back(makeMessage("test:2", "test:general", "test:bot", day(2), "deploy finished in 3 minutes"));
    b.messages.push_back(makeMessage("test:3", "test:random", "test:alice", day(3), "lunch on friday?"));
    b.messages.back().rawText = "lunch on *friday*?";
    b.messages.push_back(makeMessage("test:4", "test:random", "test:carol", day(4), "kubernetes is down again"));
    b.findings.push_back({Severity::Warning, "random/2021-03-04.json", 0, 7, "odd record", ""});
    return b;
}

// Child-process mode: writes batches of kKillBatchSize messages until killed.
int runChildWriter(const char *path)
{
    auto store = Store::open(path);
    if (!store)
        return 3;
    auto importId = (*store)->beginImport("/tmp/endless", "test");
    (*store)->beginBulkWrite(); // the worst case: killed while the read indexes are dropped
    for (int batchNo = 0;; ++batchNo) {
        ImportBatch b;
        b.conversations.push_back({"test:c", ConversationKind::Channel, "c", ""});
        for (int i = 0; i < kKillBatchSize; ++i) {
            const std::string key = "test:" + std::to_string(batchNo) + ":" + std::to_string(i);
            b.messages.push_back(makeMessage(key, "test:c", "test:a", 1000 + i, "message number " + key));
        }
        if (!(*store)->write(*importId, b))
            return 4;
        if (batchNo == 2) {
            std::puts("ready");
            std::fflush(stdout);
        }
    }
}

} // namespace

class TestStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void write_roundTripsEveryField()
    {
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        auto importId = (*store)->beginImport("/exports/a", "test");
        QVERIFY(importId);
        auto batch = sampleBatch();
        batch.messages[0].flags = MessageFlag::Edited | MessageFlag::Media;
        batch.messages[0].replyToKey = "test:0";
        batch.messages[0].threadKey = "test:0";
        batch.messages[0].origin = "general/2021-03-01.json#0";
        auto counts = (*store)->write(*importId, batch);
        QVERIFY(counts);
        QCOMPARE(counts->messagesAdded, std::uint64_t(4));
        // Alice and the bot as declared, Carol known only from her message.
        QCOMPARE(counts->participantsAdded, std::uint64_t(3));
        QCOMPARE(counts->conversationsAdded, std::uint64_t(2));

        std::vector<StoredMessage> all;
        QVERIFY((*store)->forEachMessage("", [&](const StoredMessage &m) { all.push_back(m); }));
        QCOMPARE(all.size(), std::size_t(4));
        const auto &first = all[0];
        QCOMPARE(first.key, std::string("test:1"));
        QCOMPARE(first.authorName, std::string("Alice Smith"));
        QCOMPARE(first.conversationName, std::string("general"));
        QCOMPARE(first.flags, std::uint32_t(MessageFlag::Edited | MessageFlag::Media));
        QCOMPARE(first.replyToKey, std::string("test:0"));
        QCOMPARE(first.origin, std::string("general/2021-03-01.json#0"));
        QCOMPARE(*first.timestampMs, *timeutil::toEpochMs(2021, 3, 1, 12, 0, 0));
        const auto lunch = std::find_if(all.begin(), all.end(), [](const auto &m) { return m.key == "test:3"; });
        QCOMPARE(lunch->rawText, std::string("lunch on *friday*?"));
        QCOMPARE(lunch->text, std::string("lunch on friday?"));
        const auto carol = std::find_if(all.begin(), all.end(), [](const auto &m) { return m.key == "test:4"; });
        QCOMPARE(carol->authorName, std::string("carol"));

        const auto stats = (*store)->stats();
        QCOMPARE(stats.messages, std::uint64_t(4));
        QCOMPARE(stats.conversations, std::uint64_t(2));
        QCOMPARE(stats.warnings, std::uint64_t(1));
        QCOMPARE(stats.participants.front().displayName, std::string("Alice Smith"));
        QCOMPARE(stats.participants.front().messages, std::uint64_t(2));
        QCOMPARE(stats.sources.size(), std::size_t(1));
        QCOMPARE(stats.sources[0].messages, std::uint64_t(4));
    }

    void write_sameBatchTwice_addsNothing()
    {
        QTemporaryDir dir;
        const auto path = QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString();
        {
            auto store = Store::open(path);
            auto importId = (*store)->beginImport("/exports/a", "test");
            QVERIFY((*store)->write(*importId, sampleBatch()));
        }
        auto store = Store::open(path); // reopened: nothing may depend on in-memory caches
        auto importId = (*store)->beginImport("/exports/a", "test");
        auto counts = (*store)->write(*importId, sampleBatch());
        QCOMPARE(counts->messagesSeen, std::uint64_t(4));
        QCOMPARE(counts->messagesAdded, std::uint64_t(0));
        QCOMPARE((*store)->stats().messages, std::uint64_t(4));
        QCOMPARE((*store)->stats().sources.size(), std::size_t(1));
        QCOMPARE((*store)->stats().warnings, std::uint64_t(1)); // the same problem, not twice
    }

    void write_newerExport_addsOnlyNewMessages()
    {
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        auto first = (*store)->beginImport("/exports/old", "test");
        QVERIFY((*store)->write(*first, sampleBatch()));
        auto newer = sampleBatch();
        newer.messages.push_back(makeMessage("test:5", "test:general", "test:alice", 5, "a new one"));
        auto second = (*store)->beginImport("/exports/new", "test");
        auto counts = (*store)->write(*second, newer);
        QCOMPARE(counts->messagesAdded, std::uint64_t(1));
        QCOMPARE((*store)->pendingIndexCount(), std::uint64_t(5));
        QVERIFY((*store)->indexPending());
        QCOMPARE((*store)->pendingIndexCount(), std::uint64_t(0));
        QCOMPARE((*store)->stats().messages, std::uint64_t(5));
        auto hits = (*store)->search(SearchQuery::parse("new"));
        QCOMPARE(hits->size(), std::size_t(1));
    }

    void bulkWrite_intoEmptyProject_stillAddsEachKeyOnce()
    {
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        auto importId = (*store)->beginImport("/exports/a", "test");
        (*store)->beginBulkWrite();
        auto batch = sampleBatch();
        batch.messages.push_back(batch.messages.front()); // the same message twice in one batch
        auto first = (*store)->write(*importId, batch);
        QCOMPARE(first->messagesSeen, std::uint64_t(5));
        QCOMPARE(first->messagesAdded, std::uint64_t(4));
        QCOMPARE((*store)->write(*importId, sampleBatch())->messagesAdded, std::uint64_t(0));
        QVERIFY(!(*store)->readIndexesPresent());
        QVERIFY((*store)->endBulkWrite());
        QVERIFY((*store)->readIndexesPresent());
        QCOMPARE((*store)->stats().messages, std::uint64_t(4));
        // Outside bulk mode the rebuilt unique index does the same job.
        auto again = (*store)->beginImport("/exports/a", "test");
        QCOMPARE((*store)->write(*again, sampleBatch())->messagesAdded, std::uint64_t(0));
    }

    void discardImport_leavesProjectAsBefore()
    {
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        auto first = (*store)->beginImport("/exports/a", "test");
        QVERIFY((*store)->write(*first, sampleBatch()));
        QVERIFY((*store)->indexPending());
        const auto before = (*store)->stats();

        ImportBatch other;
        other.participants.push_back({"test:zed", "Zed", "", false});
        other.participants.push_back({"test:alice", "Mallory", "mallory", true}); // a rename, cancelled
        other.conversations.push_back({"test:new", ConversationKind::Group, "new", ""});
        other.conversations.push_back({"test:general", ConversationKind::Group, "renamed", ""});
        other.conversations.push_back({"test:random", ConversationKind::Scene, "random", "test:general"});
        other.messages.push_back(makeMessage("test:z1", "test:new", "test:zed", 9, "zebra crossing"));
        other.messages.push_back(makeMessage("test:z2", "test:general", "test:alice", 9, "zebra again"));
        auto second = (*store)->beginImport("/exports/b", "test");
        QVERIFY((*store)->write(*second, other));
        QCOMPARE((*store)->stats().messages, std::uint64_t(6));
        QFETCH(bool, indexedBeforeDiscard);
        if (indexedBeforeDiscard)
            QVERIFY((*store)->indexPending());

        QVERIFY((*store)->discardImport(*second));
        const auto after = (*store)->stats();
        QCOMPARE(after.sources.size(), before.sources.size());
        QCOMPARE(after.participants.front().displayName, std::string("Alice Smith"));
        QVERIFY(!after.participants.front().isBot);
        for (const auto &c : (*store)->conversations()) {
            QVERIFY2(c.name != "renamed" && c.parentKey.empty() && c.kind == ConversationKind::Channel,
                     "a cancelled import must not rename, re-kind or re-parent conversations");
        }
        QCOMPARE(after.messages, before.messages);
        QCOMPARE(after.conversations, before.conversations);
        QCOMPARE(after.participants.size(), before.participants.size());
        QCOMPARE((*store)->search(SearchQuery::parse("zebra"))->size(), std::size_t(0));
        // Alice existed before the discarded import and must survive it.
        QCOMPARE((*store)->search(SearchQuery::parse("from:Alice"))->size(), std::size_t(2));

        // Ids freed by the discard are used again; what lands there must still become searchable.
        ImportBatch later;
        later.messages.push_back(makeMessage("test:y1", "test:general", "test:alice", 10, "yak shaving"));
        auto third = (*store)->beginImport("/exports/c", "test");
        QVERIFY((*store)->write(*third, later));
        QVERIFY((*store)->indexPending());
        QCOMPARE((*store)->search(SearchQuery::parse("yak"))->size(), std::size_t(1));
        QCOMPARE((*store)->search(SearchQuery::parse("deploy"))->size(), std::size_t(2));
    }

    void discardImport_leavesProjectAsBefore_data()
    {
        QTest::addColumn<bool>("indexedBeforeDiscard");
        QTest::newRow("cancelled while writing") << false;
        QTest::newRow("cancelled while indexing") << true;
    }

    void finishImport_appliesWhatALaterImportLearntAboutKnownRows()
    {
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        auto first = (*store)->beginImport("/exports/a", "test");
        QVERIFY((*store)->write(*first, sampleBatch()));
        QVERIFY((*store)->finishImport(*first, "complete"));
        ImportBatch newer;
        newer.participants.push_back({"test:alice", "Alice S.", "alice", false});
        newer.conversations.push_back({"test:general", ConversationKind::Channel, "general-2024", ""});
        auto second = (*store)->beginImport("/exports/b", "test");
        QVERIFY((*store)->write(*second, newer));
        QCOMPARE((*store)->stats().participants.front().displayName, std::string("Alice Smith"));
        QVERIFY((*store)->finishImport(*second, "complete"));
        QCOMPARE((*store)->stats().participants.front().displayName, std::string("Alice S."));
        const auto conversations = (*store)->conversations();
        QVERIFY(std::any_of(conversations.begin(), conversations.end(),
                            [](const auto &c) { return c.name == "general-2024"; }));
    }

    void write_whileAnotherProgramHoldsTheLock_failsWholeAndRecovers()
    {
        QTemporaryDir dir;
        const auto path = QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString();
        auto store = Store::open(path);
        auto importId = (*store)->beginImport("/exports/a", "test");
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        auto blocked = (*store)->write(*importId, sampleBatch());
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.find("busy") != std::string::npos, blocked.error().message.c_str());
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QCOMPARE((*store)->stats().messages, std::uint64_t(0)); // not one row of the batch slipped in
        auto counts = (*store)->write(*importId, sampleBatch());
        QVERIFY(counts);
        QCOMPARE(counts->messagesAdded, std::uint64_t(4));
        std::vector<StoredMessage> all;
        (*store)->forEachMessage("test:general", [&](const StoredMessage &m) { all.push_back(m); });
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].authorName, std::string("Alice Smith"));
    }

    void search_filtersByAuthorConversationAndDate()
    {
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        auto importId = (*store)->beginImport("/exports/a", "test");
        QVERIFY((*store)->write(*importId, sampleBatch()));
        QVERIFY((*store)->indexPending());
        const auto count = [&](const char *q) { return (*store)->search(SearchQuery::parse(q))->size(); };
        QCOMPARE(count("deploy"), std::size_t(2));
        QCOMPARE(count("deploy from:alice"), std::size_t(1));
        QCOMPARE(count("deploy from:deploybot"), std::size_t(1));
        QCOMPARE(count("in:random"), std::size_t(2));
        QCOMPARE(count("after:2021-03-02 before:2021-03-04"), std::size_t(2));
        QCOMPARE(count("\"NEAR(\""), std::size_t(0)); // FTS syntax typed by a person is literal
        QCOMPARE(count("from:a%e"), std::size_t(0));     // LIKE wildcards typed by a person are literal
        QCOMPARE(count("from:_lice"), std::size_t(0));
        auto hits = (*store)->search(SearchQuery::parse("kubernetes"));
        QCOMPARE(hits->size(), std::size_t(1));
        QCOMPARE(hits->front().snippet, std::string("\x02kubernetes\x03 is down again"));
        auto prefix = SearchQuery::parse("kube");
        prefix.lastWordIsPrefix = true;
        QCOMPARE((*store)->search(prefix)->size(), std::size_t(1));
        // A word the tokenizer splits is a phrase: its parts must stand together, in order.
        QCOMPARE(count("is-down"), std::size_t(1));
        QCOMPARE(count("\"down is\""), std::size_t(0));
    }

    void open_schema5Project_rebuildsTheSearchIndexWithoutPositions()
    {
        QTemporaryDir dir;
        const std::string path = QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString();
        {
            auto store = Store::open(path);
            auto importId = (*store)->beginImport("/exports/a", "test");
            QVERIFY((*store)->write(*importId, sampleBatch()));
            QVERIFY((*store)->indexPending());
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        // The search index as schema 5 had it: with positions, and filled.
        QCOMPARE(sqlite3_exec(db,
                     "DROP TABLE messages_fts; CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', "
                     "content_rowid='id', tokenize='unicode61 remove_diacritics 2', columnsize=0); "
                     "INSERT INTO messages_fts(messages_fts) VALUES('rebuild'); PRAGMA user_version = 5",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        auto store = Store::open(path);
        QVERIFY(store);
        QCOMPARE((*store)->schemaVersion(), schema::currentVersion());
        QCOMPARE((*store)->search(SearchQuery::parse("kubernetes"))->size(), std::size_t(1));
        QCOMPARE((*store)->search(SearchQuery::parse("\"is down\""))->size(), std::size_t(1));
        (*store).reset();
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        sqlite3_stmt *definition = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE name = 'messages_fts'", -1, &definition,
                     nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_step(definition), SQLITE_ROW);
        const std::string sql = reinterpret_cast<const char *>(sqlite3_column_text(definition, 0));
        sqlite3_finalize(definition);
        QCOMPARE(sqlite3_exec(db, "INSERT INTO messages_fts(messages_fts, rank) VALUES('integrity-check', 1)", nullptr,
                     nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        QVERIFY2(sql.find("detail=none") != std::string::npos, sql.c_str());
    }

    void open_refusesAFileThatIsNotAProject()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/not.tunebench");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto store = Store::open(path.toStdString());
        QVERIFY(!store);
        QVERIFY2(store.error().message.find("not.tunebench") != std::string::npos, store.error().message.c_str());
    }

    void killedMidImport_keepsWholeBatchesOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/killed.tunebench");
        for (int round = 0; round < 3; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-writer"), path});
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(30000), "the writer child never got going");
            std::this_thread::sleep_for(std::chrono::milliseconds(37 * (round + 1)));
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());

            auto store = Store::open(path.toStdString());
            QVERIFY2(store, store ? "" : store.error().message.c_str());
            const auto stats = (*store)->stats();
            QVERIFY(stats.messages >= std::uint64_t(3 * kKillBatchSize));
            QVERIFY2(stats.messages % kKillBatchSize == 0,
                     qPrintable(QStringLiteral("%1 messages is not a whole number of batches").arg(stats.messages)));
            QCOMPARE((*store)->search(SearchQuery::parse("number"), 1000000)->size(), std::size_t(stats.messages));
            QVERIFY2((*store)->readIndexesPresent(), "opening after a kill must rebuild the dropped indexes");
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--child-writer") == 0)
        return runChildWriter(argv[2]);
    QCoreApplication app(argc, argv);
    TestStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store.moc"
