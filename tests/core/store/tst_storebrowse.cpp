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
        batch.participants = {{"test:ann", "Ann", "ann", false},     {"test:ann2", "Ann (phone)", "ann2", false},
                              {"test:ann3", "A.", "ann3", false},    {"test:bob", "Bob", "bob", false},
                              {"test:ci", "CI", "ci", true}};
        batch.conversations.push_back({"test:general", ConversationKind::Channel, "general", ""});
        batch.messages = {makeMessage("m1", "test:ann", 1000), makeMessage("m2", "test:bob", 2000, "m2"),
                          makeMessage("m3", "test:ann", 3000, "m2"), makeMessage("m4", "test:bob", 4000, "gone"),
                          makeMessage("m5", "test:ci", 5000), makeMessage("m6", "test:bob", 6000, "gone")};
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
        QVERIFY(execute(m_path, "UPDATE participants SET is_me = 1 WHERE key = 'test:ann2';"
                                "UPDATE participants SET alias_of = (SELECT id FROM participants WHERE key = 'test:ann') "
                                "WHERE key IN ('test:ann2', 'test:ann3');"));
        auto store = Store::open(m_path);
        const auto ids = (*store)->meAuthorIds();
        const auto authorOf = [&](const std::string &key) { return (*store)->messageByKey(key)->authorId; };
        QVERIFY2(std::count(ids.begin(), ids.end(), authorOf("m1")) == 1, "the participant me is an alias of is not me");
        QVERIFY2(std::count(ids.begin(), ids.end(), authorOf("m2")) == 0, "Bob counts as me");
        QCOMPARE(ids.size(), std::size_t(3));
    }

    void meAuthorIds_meWithAlias_includesTheAlias()
    {
        QVERIFY(execute(m_path, "UPDATE participants SET is_me = 1 WHERE key = 'test:ann';"
                                "UPDATE participants SET alias_of = (SELECT id FROM participants WHERE key = 'test:ann') "
                                "WHERE key = 'test:ann3';"));
        auto store = Store::open(m_path);
        QCOMPARE((*store)->meAuthorIds().size(), std::size_t(2));
    }

    void botAuthorIds_userMark_overridesTheExport()
    {
        auto store = Store::open(m_path);
        QCOMPARE((*store)->botAuthorIds().size(), std::size_t(1));
        QVERIFY(execute(m_path, "UPDATE participants SET bot_override = 0 WHERE key = 'test:ci';"
                                "UPDATE participants SET bot_override = 1 WHERE key = 'test:bob';"));
        const auto ids = (*store)->botAuthorIds();
        QCOMPARE(ids.size(), std::size_t(1));
        QCOMPARE(ids.front(), (*store)->messageByKey("m2")->authorId);
    }

    void messageIds_topLevel_hidesRepliesButNotThoseWithoutTheirFirstMessage()
    {
        auto store = Store::open(m_path);
        const Store &s = **store;
        const std::vector<std::int64_t> expected = {idOf(s, "m1"), idOf(s, "m2"), idOf(s, "m4"), idOf(s, "m5"),
                                                    idOf(s, "m6")};
        const auto conversation = s.messageByKey("m1")->conversationId;
        QVERIFY2(s.messageIds(conversation, ThreadScope::TopLevel) == expected,
                 "the top level must hold every message except replies whose thread's first message is listed");
        QCOMPARE(s.messageIds(conversation, ThreadScope::All).size(), std::size_t(6));
        QCOMPARE(s.messageIds(conversation, ThreadScope::OneThread, "m2").size(), std::size_t(2));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
};

QTEST_GUILESS_MAIN(TestStoreBrowse)
#include "tst_storebrowse.moc"
