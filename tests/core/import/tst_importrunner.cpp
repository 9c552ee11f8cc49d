#include "import/importrunner.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

using namespace tb::core;

namespace {

// An Android-layout chat long enough to span several batches of the import pipeline.
QString writeLongChat(const QTemporaryDir &dir, int messages)
{
    return tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"), tb::test::whatsAppChat(messages));
}

// Every row of the search index's own tables, in order: two projects whose dumps are equal hold
// the same index, byte for byte.
std::string dumpSearchIndex(const std::string &project)
{
    sql::Database db;
    if (!db.open(project))
        return "cannot open";
    std::string out;
    for (const char *query : {"SELECT id, hex(block) FROM messages_fts_data ORDER BY id",
                              "SELECT segid, hex(term), pgno FROM messages_fts_idx ORDER BY segid, term",
                              "SELECT k, v FROM messages_fts_config ORDER BY k"}) {
        auto select = db.prepare(query);
        while (select.step())
            out += select.columnText(0) + "|" + select.columnText(1) + "|" + select.columnText(2) + "\n";
    }
    return out;
}

bool searchIndexIntact(const std::string &project)
{
    sql::Database db;
    // Checks the index against the messages' text, read through SQLite's own tokenizer as well as ours.
    return db.open(project) && db.exec("INSERT INTO messages_fts(messages_fts, rank) VALUES('integrity-check', 1)");
}

std::vector<std::string> searchKeys(Store &store, const char *query)
{
    std::vector<std::string> keys;
    auto hits = store.search(SearchQuery::parse(query), 100000);
    for (const auto &hit : *hits)
        keys.push_back(hit.message.key + " " + hit.snippet);
    return keys;
}

constexpr int kKillChatMessages = 150000;

// Child-process mode: imports a long chat in bulk into PROJECT, saying "ready" once a batch is stored.
int runChildImport(const char *chat, const char *project)
{
    auto store = Store::open(project);
    if (!store)
        return 3;
    ImportRunner runner(**store);
    runner.setBulkThresholdBytes(0);
    bool said = false;
    runner.setProgressCallback([&](const ImportProgress &p) {
        if (!said && p.messagesDone > 0) {
            std::puts("ready");
            std::fflush(stdout);
            said = true;
        }
    });
    return runner.run(chat, {}).error.empty() ? 0 : 4;
}

} // namespace

class TestImportRunner final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void run_reportsProgressAndIndexesEverything()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(
            dir.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"), tb::test::whatsAppChat(45000));
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        ImportRunner runner(**store);
        std::vector<std::uint64_t> seen;
        runner.setProgressCallback([&](const ImportProgress &p) { seen.push_back(p.messagesDone); });
        const auto report = runner.run(chat.toStdString(), {});
        QVERIFY2(report.error.empty(), report.error.c_str());
        QCOMPARE(report.counts.messagesAdded, std::uint64_t(45000));
        QVERIFY2(seen.size() >= 3, "progress must be reported batch by batch");
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), std::uint64_t(45000));
        QCOMPARE((*store)->pendingIndexCount(), std::uint64_t(0));
        QCOMPARE((*store)->search(SearchQuery::parse("44999"))->size(), std::size_t(1));
    }

    void run_largeImportIntoProjectBeingBrowsed_keepsReadIndexesOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("window browsing") << true;
        QTest::newRow("command line") << false;
    }

    void run_largeImportIntoProjectBeingBrowsed_keepsReadIndexesOnlyWhenAsked()
    {
        QFETCH(bool, keep);
        QTemporaryDir dir, chats;
        const std::string path = QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString();
        auto store = Store::open(path);
        ImportRunner first(**store);
        QVERIFY(first
                    .run(tb::test::writeFile(chats.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"),
                             tb::test::whatsAppChat(100))
                             .toStdString(),
                        {})
                    .error.empty());
        QTemporaryDir moreChats;
        const QString second = tb::test::writeFile(
            moreChats.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"), tb::test::whatsAppChat(45000));
        auto reader = Store::open(path); // what the window reads through meanwhile
        ImportRunner runner(**store);
        runner.setBulkThresholdBytes(1); // the drop-and-rebuild path, as a large export would take
        runner.setKeepReadIndexes(keep);
        bool indexesAlwaysThere = true;
        runner.setProgressCallback(
            [&](const ImportProgress &) { indexesAlwaysThere &= (*reader)->readIndexesPresent(); });
        QVERIFY(runner.run(second.toStdString(), {}).error.empty());
        QCOMPARE(indexesAlwaysThere, keep);
        QVERIFY((*reader)->readIndexesPresent());
    }

    void run_cancelled_leavesProjectAsItWas()
    {
        QTemporaryDir dir;
        const QString small = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Short.txt"),
            "01/02/2022, 10:00 - Ana: first\n01/02/2022, 10:01 - Ben: second\n");
        QVERIFY(!small.isEmpty());
        const QString chat = tb::test::writeFile(
            dir.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"), tb::test::whatsAppChat(60000));
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        ImportRunner runner(**store);
        QVERIFY(runner.run(small.toStdString(), {}).error.empty());
        const auto before = (*store)->stats();

        std::atomic<bool> cancel = false;
        runner.setCancelFlag(&cancel);
        runner.setProgressCallback([&](const ImportProgress &p) {
            if (p.messagesDone > 0)
                cancel = true; // the user presses Cancel after the first batch is stored
        });
        const auto report = runner.run(chat.toStdString(), {});
        QVERIFY(report.cancelled);
        const auto after = (*store)->stats();
        QCOMPARE(after.messages, before.messages);
        QCOMPARE(after.conversations, before.conversations);
        QCOMPARE(after.participants.size(), before.participants.size());
        QCOMPARE((*store)->search(SearchQuery::parse("number"))->size(), std::size_t(0));
        QCOMPARE((*store)->search(SearchQuery::parse("second"))->size(), std::size_t(1));
    }

    void run_bulkIntoEmptyProject_indexesExactlyAsAPlainImport()
    {
        QTemporaryDir dir;
        const QString chat = writeLongChat(dir, 45000);
        const std::string plainPath = QString(dir.path() + QStringLiteral("/plain.tunebench")).toStdString();
        const std::string bulkPath = QString(dir.path() + QStringLiteral("/bulk.tunebench")).toStdString();
        {
            auto plain = Store::open(plainPath);
            ImportRunner runner(**plain);
            runner.setBulkThresholdBytes(UINT64_MAX);
            QVERIFY(runner.run(chat.toStdString(), {}).error.empty());
        }
        {
            auto bulk = Store::open(bulkPath);
            ImportRunner runner(**bulk);
            runner.setBulkThresholdBytes(0); // the search index is built alongside, then adopted
            const auto report = runner.run(chat.toStdString(), {});
            QVERIFY2(report.error.empty(), report.error.c_str());
            QCOMPARE(report.counts.messagesAdded, std::uint64_t(45000));
            QCOMPARE((*bulk)->pendingIndexCount(), std::uint64_t(0));
            QVERIFY((*bulk)->readIndexesPresent());
        }
        QVERIFY(searchIndexIntact(bulkPath));
        QCOMPARE(dumpSearchIndex(bulkPath), dumpSearchIndex(plainPath));
        auto plain = Store::open(plainPath);
        auto bulk = Store::open(bulkPath);
        for (const char *query : {"number", "44999", "message 123", "4002 from:ben", "number in:long"}) {
            const auto expected = searchKeys(**plain, query);
            QVERIFY(!expected.empty());
            QCOMPARE(searchKeys(**bulk, query), expected);
        }
        // Importing again adds nothing, and the index stays whole.
        ImportRunner again(**bulk);
        again.setBulkThresholdBytes(0);
        QCOMPARE(again.run(chat.toStdString(), {}).counts.messagesAdded, std::uint64_t(0));
        QCOMPARE((*bulk)->search(SearchQuery::parse("number"), 100000)->size(), std::size_t(45000));
    }

    void run_bulkImport_indexesTheWholeTextAroundANulCharacter()
    {
        // The search index is handed each text as C text where it holds no NUL; one that does must
        // still be indexed to its end.
        QTemporaryDir dir, project;
        tb::test::writeFile(dir.path(), QStringLiteral("users.json"), R"([{"id":"U1","name":"ann"}])");
        tb::test::writeFile(dir.path(), QStringLiteral("channels.json"), R"([{"id":"C1","name":"general"}])");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("general")));
        tb::test::writeFile(dir.path() + QStringLiteral("/general"), QStringLiteral("2020-01-01.json"),
            R"([{"ts":"1577836800.000100","user":"U1","text":"before\u0000afterwards"},)"
            R"({"ts":"1577836801.000100","user":"U1","text":"plain beforehand"}])");
        auto store = Store::open(QString(project.path() + QStringLiteral("/p.tunebench")).toStdString());
        ImportRunner runner(**store);
        runner.setBulkThresholdBytes(0); // the search index is built alongside, then adopted
        const auto report = runner.run(dir.path().toStdString(), {});
        QVERIFY2(report.error.empty(), report.error.c_str());
        QCOMPARE(report.counts.messagesAdded, std::uint64_t(2));
        QCOMPARE((*store)->pendingIndexCount(), std::uint64_t(0));
        for (const auto &[word, key] : { std::pair{ "afterwards", "slack:C1:1577836800.000100" },
                 std::pair{ "beforehand", "slack:C1:1577836801.000100" } }) {
            const auto hits = (*store)->search(SearchQuery::parse(word));
            QVERIFY(hits);
            QCOMPARE(hits->size(), std::size_t(1));
            QCOMPARE(hits->front().message.key, std::string(key));
        }
    }

    void run_bulkImport_leavesAProjectFileThatStandsAlone()
    {
        // The write-ahead log is copied into the file on another thread while a bulk import runs;
        // once the project is closed, the .tunebench file alone must hold everything (people copy it).
        QTemporaryDir dir;
        const QString chat = writeLongChat(dir, 40000);
        const QString path = dir.path() + QStringLiteral("/p.tunebench");
        {
            auto store = Store::open(path.toStdString());
            ImportRunner runner(**store);
            runner.setBulkThresholdBytes(0);
            QVERIFY(runner.run(chat.toStdString(), {}).error.empty());
        }
        const QString copy = dir.path() + QStringLiteral("/copy.tunebench");
        QVERIFY(QFile::copy(path, copy));
        QVERIFY2(!QFile::exists(copy + QStringLiteral("-wal")), "only the project file itself was copied");
        auto store = Store::open(copy.toStdString());
        QVERIFY(store);
        QCOMPARE((*store)->search(SearchQuery::parse("number"), 100000)->size(), std::size_t(40000));
        QVERIFY((*store)->readIndexesPresent());
        QVERIFY(searchIndexIntact(copy.toStdString()));
    }

    void run_bulkIntoProjectWithMessages_indexesTheNewOnes()
    {
        QTemporaryDir dir;
        const QString small = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Short.txt"),
            "01/02/2022, 10:00 - Ana: first\n01/02/2022, 10:01 - Ben: second\n");
        QVERIFY(!small.isEmpty());
        const QString chat = writeLongChat(dir, 30000);
        const std::string path = QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString();
        auto store = Store::open(path);
        ImportRunner runner(**store);
        runner.setBulkThresholdBytes(0);
        QVERIFY(runner.run(small.toStdString(), {}).error.empty());
        QVERIFY(runner.run(chat.toStdString(), {}).error.empty());
        QCOMPARE((*store)->search(SearchQuery::parse("number"), 100000)->size(), std::size_t(30000));
        QCOMPARE((*store)->search(SearchQuery::parse("second"))->size(), std::size_t(1));
        QVERIFY(searchIndexIntact(path));
    }

    void run_bulkCancelled_leavesProjectEmptyAndImportableAgain()
    {
        QTemporaryDir dir;
        const QString chat = writeLongChat(dir, 60000);
        const std::string path = QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString();
        auto store = Store::open(path);
        ImportRunner runner(**store);
        runner.setBulkThresholdBytes(0);
        std::atomic<bool> cancel = false;
        runner.setCancelFlag(&cancel);
        runner.setProgressCallback([&](const ImportProgress &p) {
            if (p.messagesDone > 0)
                cancel = true;
        });
        QVERIFY(runner.run(chat.toStdString(), {}).cancelled);
        QCOMPARE((*store)->stats().messages, std::uint64_t(0));
        QCOMPARE((*store)->search(SearchQuery::parse("number"))->size(), std::size_t(0));

        cancel = false;
        runner.setProgressCallback({});
        const auto report = runner.run(chat.toStdString(), {});
        QVERIFY2(report.error.empty(), report.error.c_str());
        QCOMPARE((*store)->search(SearchQuery::parse("number"), 100000)->size(), std::size_t(60000));
        QVERIFY(searchIndexIntact(path));
    }

    void run_killedDuringBulkImport_keepsWholeBatchesAllSearchable()
    {
        QTemporaryDir dir;
        const QString chat = writeLongChat(dir, kKillChatMessages);
        const QString path = dir.path() + QStringLiteral("/killed.tunebench");
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-import"), chat, path});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(60000), "the importing child never got going");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());

        auto store = Store::open(path.toStdString()); // catches up on the search index and read indexes
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        const auto messages = (*store)->stats().messages;
        QVERIFY(messages > 0);
        QVERIFY2(messages % 20000 == 0 || messages == std::uint64_t(kKillChatMessages),
                 qPrintable(QStringLiteral("%1 messages is not a whole number of batches").arg(messages)));
        QCOMPARE((*store)->search(SearchQuery::parse("number"), 1000000)->size(), std::size_t(messages));
        QVERIFY((*store)->readIndexesPresent());
        QVERIFY(searchIndexIntact(path.toStdString()));
    }

    void run_unrecognisedInput_saysSoAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString notes = tb::test::writeFile(
            dir.path(), QStringLiteral("notes.bin"), QByteArray("\x00\x01\x02 not an export", 20));
        QVERIFY(!notes.isEmpty());
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        ImportRunner runner(**store);
        const auto report = runner.run(notes.toStdString(), {});
        QVERIFY(report.format.empty());
        QVERIFY2(report.error.find("notes.bin") != std::string::npos, report.error.c_str());
        QVERIFY(report.hasErrors());
        QCOMPARE((*store)->stats().sources.size(), std::size_t(0));

        ImportOptions forced;
        forced.format = "nonsense";
        QVERIFY(!runner.run(notes.toStdString(), forced).error.empty());
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--child-import") == 0)
        return runChildImport(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestImportRunner test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_importrunner.moc"
