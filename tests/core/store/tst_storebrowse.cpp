// Store's reading side for the Browse page: who is "me", bot marks, and which messages a
// conversation lists at its top level.
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace tb::core;

namespace {

Message makeMessage(const std::string &key, const std::string &author, std::int64_t ts, const std::string &thread = {})
{
    Message m;
    m.key = key;
    m.conversationKey = "test:general";
    m.authorKey = author;
    m.timestampMs = ts;
    m.text = "message " + key;
    m.rawText = m.text;
    m.threadKey = thread;
    return m;
}

// Writes the project's participants straight into the file, as the Participants page will.
bool execute(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(path.c_str(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

std::int64_t idOf(const Store &store, const std::string &key)
{
    const auto message = store.messageByKey(key);
    return message ? message->id : 0;
}

} // namespace

class TestStoreBrowse final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = QString(m_dir->path() + QStringLiteral("/p.tunebench")).toStdString();
        auto store = Store::open(m_path);
        QVERIFY2(store, "the project could not be created");
        ImportBatch batch;
        batch.participants = { { "test:ann", "Ann", "ann", false }, { "test:ann2", "Ann (phone)", "ann2", false },
            { "test:ann3", "A.", "ann3", false }, { "test:bob", "Bob", "bob", false },
            { "test:ci", "CI", "ci", true } };
        batch.conversations.push_back({ "test:general", ConversationKind::Channel, "general", "" });
        batch.messages = { makeMessage("m1", "test:ann", 1000), makeMessage("m2", "test:bob", 2000, "m2"),
            makeMessage("m3", "test:ann", 3000, "m2"), makeMessage("m4", "test:bob", 4000, "gone"),
            makeMessage("m5", "test:ci", 5000), makeMessage("m6", "test:bob", 6000, "gone") };
        auto importId = (*store)->beginImport("/exports/a", "test");
        QVERIFY((*store)->write(*importId, batch));
        QVERIFY((*store)->finishImport(*importId, "complete"));
    }

    void meAuthorIds_noneChosen_isEmpty()
    {
        auto store = Store::open(m_path);
        QVERIFY2((*store)->meAuthorIds().empty(), "nobody was marked as me, yet some participant is");
    }

    void meAuthorIds_aliasesOfMe_includesTheWholeGroup()
    {
        // ann2 is marked as me and is an alias of ann; ann3 is another alias of ann.
        QVERIFY(execute(m_path,
            "UPDATE participants SET is_me = 1 WHERE key = 'test:ann2';"
            "UPDATE participants SET alias_of = (SELECT id FROM participants WHERE key = 'test:ann') "
            "WHERE key IN ('test:ann2', 'test:ann3');"));
        auto store = Store::open(m_path);
        const auto ids = (*store)->meAuthorIds();
        const auto authorOf = [&](const std::string &key) { return (*store)->messageByKey(key)->authorId; };
        QVERIFY2(
            std::count(ids.begin(), ids.end(), authorOf("m1")) == 1, "the participant me is an alias of is not me");
        QVERIFY2(std::count(ids.begin(), ids.end(), authorOf("m2")) == 0, "Bob counts as me");
        QCOMPARE(ids.size(), std::size_t(3));
    }

    void meAuthorIds_meWithAlias_includesTheAlias()
    {
        QVERIFY(execute(m_path,
            "UPDATE participants SET is_me = 1 WHERE key = 'test:ann';"
            "UPDATE participants SET alias_of = (SELECT id FROM participants WHERE key = 'test:ann') "
            "WHERE key = 'test:ann3';"));
        auto store = Store::open(m_path);
        QCOMPARE((*store)->meAuthorIds().size(), std::size_t(2));
    }

    void botAuthorIds_userMark_overridesTheExport()
    {
        auto store = Store::open(m_path);
        QCOMPARE((*store)->botAuthorIds().size(), std::size_t(1));
        QVERIFY(execute(m_path,
            "UPDATE participants SET bot_override = 0 WHERE key = 'test:ci';"
            "UPDATE participants SET bot_override = 1 WHERE key = 'test:bob';"));
        const auto ids = (*store)->botAuthorIds();
        QCOMPARE(ids.size(), std::size_t(1));
        QCOMPARE(ids.front(), (*store)->messageByKey("m2")->authorId);
    }

    void messageIds_topLevel_hidesRepliesButNotThoseWithoutTheirFirstMessage()
    {
        auto store = Store::open(m_path);
        const Store &s = **store;
        const std::vector<std::int64_t> expected
            = { idOf(s, "m1"), idOf(s, "m2"), idOf(s, "m4"), idOf(s, "m5"), idOf(s, "m6") };
        const auto conversation = s.messageByKey("m1")->conversationId;
        QVERIFY2(s.messageIds(conversation, ThreadScope::TopLevel) == expected,
            "the top level must hold every message except replies whose thread's first message is listed");
        QCOMPARE(s.messageIds(conversation, ThreadScope::All).size(), std::size_t(6));
        QCOMPARE(s.messageIds(conversation, ThreadScope::OneThread, "m2").size(), std::size_t(2));
    }

    void conversationOutline_listsWhatMessageIdsAndThreadsList()
    {
        auto store = Store::open(m_path);
        const Store &s = **store;
        const auto conversation = s.messageByKey("m1")->conversationId;
        const auto outline = s.conversationOutline(conversation);
        QVERIFY2(outline.ids == s.messageIds(conversation, ThreadScope::TopLevel),
            "the outline's top level differs from messageIds(TopLevel)");
        QVERIFY(s.conversationOutline(conversation, true).ids == s.messageIds(conversation, ThreadScope::All));
        const auto threads = s.threads(conversation);
        QCOMPARE(outline.threads.size(), threads.size());
        for (std::size_t i = 0; i < threads.size(); ++i) {
            QCOMPARE(outline.threads[i].threadKey, threads[i].threadKey);
            QCOMPARE(outline.threads[i].rootId, threads[i].rootId);
            QCOMPARE(outline.threads[i].messages, threads[i].messages);
            QCOMPARE(outline.threads[i].firstMs, threads[i].firstMs);
        }
        // The replies of each thread, its first message left out.
        QCOMPARE(outline.replies.size(), threads.size());
        QVERIFY(outline.replies[0] == std::vector<std::int64_t> { idOf(s, "m3") });
        QVERIFY((outline.replies[1] == std::vector<std::int64_t> { idOf(s, "m4"), idOf(s, "m6") }));
    }

    void search_manyMatches_listsTheNewestFirst()
    {
        // Enough matches for the plans that walk messages newest first.
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/big.tunebench")).toStdString());
        QVERIFY(store);
        ImportBatch batch;
        batch.conversations.push_back({ "test:general", ConversationKind::Channel, "general", "" });
        for (int i = 0; i < 30000; ++i) {
            // Written out of time order, as imports of several conversations are.
            const int t = (i * 7919) % 30000;
            auto m = makeMessage("k" + std::to_string(t), "test:ann", 1000000 + t);
            m.text = "common words " + std::string(t % 2 ? "odd" : "even") + " café" + (t % 1000 == 0 ? " rare" : "");
            batch.messages.push_back(m);
        }
        auto importId = (*store)->beginImport("/exports/big", "test");
        QVERIFY((*store)->write(*importId, batch));
        QVERIFY((*store)->finishImport(*importId, "complete"));
        QVERIFY((*store)->indexPending());

        const auto newest = [&](const char *text, bool typing, int limit) {
            auto query = SearchQuery::parse(text);
            query.lastWordIsPrefix = typing;
            std::vector<std::string> keys;
            const auto hits = (*store)->search(query, limit);
            for (const auto &hit : *hits)
                keys.push_back(hit.message.key);
            return keys;
        };
        const std::vector<std::string> expected = { "k29999", "k29998", "k29997" };
        QVERIFY2(newest("common", false, 3) == expected, "a word in every message must list the newest first");
        QVERIFY2(newest("comm", true, 3) == expected, "a word being typed must match the words it begins");
        QVERIFY2(newest("CAF", true, 3) == expected, "the word being typed is folded as the index folds words");
        QVERIFY2(newest("common odd", false, 2) == (std::vector<std::string> { "k29999", "k29997" }),
            "two words must match messages that have both");
        QVERIFY2(newest("words ev", true, 2) == (std::vector<std::string> { "k29998", "k29996" }),
            "a finished word and one being typed must match together");
        QCOMPARE(newest("rare", false, 100).size(), std::size_t(30));
        QCOMPARE(newest("zzz", true, 10).size(), std::size_t(0));
        // One letter matches as a word until the next key: prefix matching would read most of the index.
        QCOMPARE(newest("c", true, 10).size(), std::size_t(0));
        auto typing = SearchQuery::parse("comm");
        typing.lastWordIsPrefix = true;
        const auto hits = (*store)->search(typing, 1);
        QVERIFY(hits && hits->size() == 1);
        const std::string snippet = hits->front().snippet;
        QVERIFY2(snippet.find("\x02"
                              "common\x03")
                != std::string::npos,
            snippet.c_str());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
};

QTEST_GUILESS_MAIN(TestStoreBrowse)
#include "tst_storebrowse.moc"
