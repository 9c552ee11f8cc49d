// Search plans on a project large enough that common words take the walk-by-time path, and the
// Browse page's reading side of the store.
#include "store/store.h"
#include "util/timeutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tb::core;

namespace {

Message makeMessage(const std::string &key, const std::string &conversation, const std::string &author, std::int64_t ts,
                    const std::string &text, const std::string &thread = {})
{
    Message m;
    m.key = key;
    m.conversationKey = conversation;
    m.authorKey = author;
    m.timestampMs = ts;
    m.text = text;
    m.rawText = text;
    m.threadKey = thread;
    return m;
}

constexpr std::int64_t kStart = 1600000000000;
constexpr int kMessages = 30000; // more matches of "common" than the store sorts directly

// Two channels; every message says "common"; every 1000th says "rare"; messages are written in an
// order unrelated to their time, so newest-first cannot fall out of the insert order.
std::unique_ptr<Store> bigProject(const QString &path)
{
    auto store = Store::open(path.toStdString());
    if (!store)
        return nullptr;
    auto importId = (*store)->beginImport("/tmp/big", "test");
    ImportBatch b;
    b.participants.push_back({"t:ann", "Ann", "ann", false});
    b.participants.push_back({"t:bob", "Bob", "bob", false});
    b.conversations.push_back({"t:one", ConversationKind::Channel, "one", ""});
    b.conversations.push_back({"t:two", ConversationKind::Channel, "two", ""});
    for (int i = 0; i < kMessages; ++i) {
        const int shuffled = (i * 7919) % kMessages; // 7919 is prime, so this visits every slot once
        const std::string text = "common words " + std::string(shuffled % 1000 == 0 ? "rare " : "") + std::to_string(shuffled);
        b.messages.push_back(makeMessage("t:" + std::to_string(shuffled), shuffled % 2 ? "t:one" : "t:two",
                                         shuffled % 3 ? "t:ann" : "t:bob", kStart + shuffled * 1000LL, text));
    }
    if (!(*store)->write(*importId, b) || !(*store)->finishImport(*importId, "complete") || !(*store)->indexPending())
        return nullptr;
    return std::move(*store);
}

std::vector<std::int64_t> timesOf(const std::vector<SearchHit> &hits)
{
    std::vector<std::int64_t> out;
    for (const auto &hit : hits)
        out.push_back(hit.message.timestampMs.value_or(-1));
    return out;
}

} // namespace

class TestStoreSearch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = bigProject(m_dir.filePath(QStringLiteral("big.tunebench")));
        QVERIFY2(m_store, "the test project could not be written");
    }

    void search_commonWord_returnsTheNewestMatchesInOrder()
    {
        auto hits = m_store->search(SearchQuery::parse("common"), 50);
        QVERIFY(hits);
        QCOMPARE(hits->size(), std::size_t(50));
        const auto times = timesOf(*hits);
        QVERIFY2(std::is_sorted(times.rbegin(), times.rend()), "hits must come newest first");
        QCOMPARE(times.front(), kStart + (kMessages - 1) * 1000LL);
        QCOMPARE(times.back(), kStart + (kMessages - 50) * 1000LL);
        QVERIFY2(hits->front().snippet.find("\x02" "common" "\x03") != std::string::npos,
                 "the snippet must mark the matched word");
    }

    void search_rareWord_returnsEveryMatchNewestFirst()
    {
        auto hits = m_store->search(SearchQuery::parse("rare"), 100);
        QVERIFY(hits);
        QCOMPARE(hits->size(), std::size_t(kMessages / 1000));
        const auto times = timesOf(*hits);
        QVERIFY(std::is_sorted(times.rbegin(), times.rend()));
        QCOMPARE(times.back(), kStart);
    }

    void search_commonWordWithFilters_appliesEveryFilter()
    {
        const std::int64_t after = kStart + 20000 * 1000LL;
        auto query = SearchQuery::parse("common from:bob in:one");
        query.afterMs = after;
        query.beforeMs = after + 3000 * 1000LL;
        auto hits = m_store->search(query, 1000);
        QVERIFY(hits);
        // Slots in [20000, 23000) that are odd (channel one) and divisible by 3 (Bob): 500 of them.
        QCOMPARE(hits->size(), std::size_t(500));
        for (const auto &hit : *hits) {
            QCOMPARE(hit.message.authorName, std::string("Bob"));
            QCOMPARE(hit.message.conversationName, std::string("one"));
            QVERIFY(*hit.message.timestampMs >= after && *hit.message.timestampMs < after + 3000 * 1000LL);
        }
    }

    void search_filtersOnly_walksNewestFirst()
    {
        auto hits = m_store->search(SearchQuery::parse("from:ann"), 10);
        QVERIFY(hits);
        QCOMPARE(hits->size(), std::size_t(10));
        QCOMPARE(hits->front().message.authorName, std::string("Ann"));
        QCOMPARE(*hits->front().message.timestampMs, kStart + (kMessages - 1) * 1000LL); // 29999 % 3 != 0
    }

    void search_phrase_matchesItsWordsInOrderOnly()
    {
        // The index keeps no word positions: phrases are checked on the text. Every message says
        // "common words N"; every 1000th "common words rare N".
        const auto count = [&](const char *q, bool typing = false) {
            auto query = SearchQuery::parse(q);
            query.lastWordIsPrefix = typing;
            auto hits = m_store->search(query, 100000);
            return hits ? hits->size() : std::size_t(999999);
        };
        QCOMPARE(count("\"common words\""), std::size_t(kMessages)); // dense: listed, then walked by time
        QCOMPARE(count("\"words common\""), std::size_t(0));
        QCOMPARE(count("\"words rare\""), std::size_t(kMessages / 1000)); // few: joined and sorted
        QCOMPARE(count("\"rare words\""), std::size_t(0));
        QCOMPARE(count("\"common rare\""), std::size_t(0)); // both words in every rare message, never adjacent
        QCOMPARE(count("\"WORDS RARE\" common"), std::size_t(kMessages / 1000)); // folded like the index
        QCOMPARE(count("\"words ra\"", true), std::size_t(kMessages / 1000)); // the last word being typed
        QCOMPARE(count("\"words ra\""), std::size_t(0));
        auto hits = m_store->search(SearchQuery::parse("\"words rare\""), 5);
        QVERIFY(hits);
        QCOMPARE(hits->size(), std::size_t(5));
        const auto times = timesOf(*hits);
        QVERIFY2(std::is_sorted(times.rbegin(), times.rend()), "phrase hits come newest first too");
        QVERIFY2(hits->front().snippet.find("\x02" "rare" "\x03") != std::string::npos, hits->front().snippet.c_str());
    }

    void search_unknownAuthor_findsNothing()
    {
        auto hits = m_store->search(SearchQuery::parse("common from:nobody"), 10);
        QVERIFY(hits);
        QVERIFY(hits->empty());
    }

    void conversationNodes_countEveryMessage()
    {
        const auto nodes = m_store->conversationNodes();
        QCOMPARE(nodes.size(), std::size_t(2));
        QCOMPARE(nodes[0].messages + nodes[1].messages, std::uint64_t(kMessages));
        QCOMPARE(nodes[0].sourceId, m_store->sources().at(0).id);
    }

    void messageIds_areInTimeOrder_andReadBackById()
    {
        const auto nodes = m_store->conversationNodes();
        const auto ids = m_store->messageIds(nodes[0].id);
        QCOMPARE(ids.size(), nodes[0].messages);
        const std::vector<std::int64_t> firstThree(ids.begin(), ids.begin() + 3);
        const auto rows = m_store->messagesByIds(firstThree);
        QCOMPARE(rows.size(), std::size_t(3));
        QVERIFY(*rows[0].timestampMs < *rows[1].timestampMs && *rows[1].timestampMs < *rows[2].timestampMs);
        QCOMPARE(rows[0].conversationId, nodes[0].id);
        QVERIFY(rows[0].authorId != 0);
    }

    void threads_listEachThreadWithItsRoot_andScopesSelectMessages()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("t.tunebench")).toStdString());
        QVERIFY(store);
        auto importId = (*store)->beginImport("/tmp/threads", "test");
        ImportBatch b;
        b.participants.push_back({"t:ann", "Ann", "ann", false});
        b.conversations.push_back({"t:c", ConversationKind::Channel, "c", ""});
        b.messages.push_back(makeMessage("t:1", "t:c", "t:ann", kStart + 1, "plain"));
        b.messages.push_back(makeMessage("t:2", "t:c", "t:ann", kStart + 2, "root", "t:2"));
        b.messages.push_back(makeMessage("t:3", "t:c", "t:ann", kStart + 3, "reply one", "t:2"));
        b.messages.push_back(makeMessage("t:4", "t:c", "t:ann", kStart + 4, "reply two", "t:2"));
        b.messages.push_back(makeMessage("t:5", "t:c", "t:ann", kStart + 5, "after"));
        QVERIFY((*store)->write(*importId, b));
        const auto conversationId = (*store)->conversationNodes().at(0).id;
        const auto threads = (*store)->threads(conversationId);
        QCOMPARE(threads.size(), std::size_t(1));
        QCOMPARE(threads[0].messages, std::uint64_t(3));
        QCOMPARE(threads[0].rootText, std::string("root"));
        QCOMPARE(threads[0].rootAuthor, std::string("Ann"));
        QCOMPARE((*store)->messageIds(conversationId).size(), std::size_t(5));
        QCOMPARE((*store)->messageIds(conversationId, ThreadScope::TopLevel).size(), std::size_t(3));
        QCOMPARE((*store)->messageIds(conversationId, ThreadScope::OneThread, "t:2").size(), std::size_t(3));
        const auto reply = (*store)->messageByKey("t:3");
        QVERIFY(reply);
        QCOMPARE(reply->threadKey, std::string("t:2"));
        QVERIFY(!(*store)->messageByKey("t:missing"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_storesearch.moc"
