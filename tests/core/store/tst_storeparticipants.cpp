#include "import/importrunner.h"
#include "store/schema.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <csignal>
#include <set>
#include <cstring>

using namespace tb::core;

namespace {

Message makeMessage(const std::string &key, const std::string &conversation, const std::string &author, std::int64_t ts)
{
    Message m;
    m.key = key;
    m.conversationKey = conversation;
    m.authorKey = author;
    m.timestampMs = ts;
    m.text = "message " + key;
    m.rawText = m.text;
    return m;
}

// Alice writes twice in the chat export and once in the mail export; the bot once; Dora is listed
// but never writes.
ImportBatch chatBatch()
{
    ImportBatch b;
    b.participants.push_back({"test:alice", "Alice Smith", "alice", false});
    b.participants.push_back({"test:bot", "Deploy Bot", "deploybot", true});
    b.participants.push_back({"test:dora", "Dora", "dora", false});
    b.conversations.push_back({"test:general", ConversationKind::Channel, "general", ""});
    b.messages.push_back(makeMessage("test:1", "test:general", "test:alice", 1000));
    b.messages.push_back(makeMessage("test:2", "test:general", "test:alice", 2000));
    b.messages.push_back(makeMessage("test:3", "test:general", "test:bot", 3000));
    return b;
}

ImportBatch mailBatch()
{
    ImportBatch b;
    b.participants.push_back({"test:alice", "Alice Smith", "alice", false});
    b.participants.push_back({"mail:ally", "Ally S.", "ally@example.invalid", false});
    b.conversations.push_back({"mail:inbox", ConversationKind::Group, "inbox", ""});
    b.messages.push_back(makeMessage("mail:1", "mail:inbox", "test:alice", 4000));
    b.messages.push_back(makeMessage("mail:2", "mail:inbox", "mail:ally", 5000));
    b.messages.push_back(makeMessage("mail:3", "mail:inbox", "mail:ally", 6000));
    return b;
}

struct Project {
    QTemporaryDir dir;
    std::string path;
    std::unique_ptr<Store> store;
    std::int64_t chatSource = 0;
    std::int64_t mailSource = 0;
};

bool importInto(Store &store, const std::string &exportPath, const ImportBatch &batch)
{
    auto importId = store.beginImport(exportPath, "test");
    return importId && store.write(*importId, batch) && store.finishImport(*importId, "complete")
        && store.indexPending();
}

// Opens a new project holding both exports, or leaves STORE null.
void makeProject(Project &project)
{
    project.path = QString(project.dir.path() + QStringLiteral("/p.tunebench")).toStdString();
    auto store = Store::open(project.path);
    if (!store || !importInto(**store, "/exports/chat", chatBatch())
        || !importInto(**store, "/exports/mail", mailBatch()))
        return;
    project.store = std::move(*store);
    for (const auto &source : project.store->sources())
        (source.path == "/exports/chat" ? project.chatSource : project.mailSource) = source.id;
}

const ParticipantInfo *find(const std::vector<ParticipantInfo> &people, const std::string &key)
{
    const auto it = std::find_if(people.begin(), people.end(), [&](const ParticipantInfo &p) { return p.key == key; });
    return it == people.end() ? nullptr : &*it;
}

std::int64_t idOf(const Store &store, const std::string &key)
{
    const auto people = store.participants(ParticipantCounts::Skip);
    const auto *p = find(people, key);
    return p ? p->id : 0;
}

std::set<std::string> authorsOfSearch(const Store &store, const std::string &query)
{
    std::set<std::string> authors;
    const auto hits = store.search(SearchQuery::parse(query), 1000);
    if (hits) {
        for (const auto &hit : *hits)
            authors.insert(hit.message.authorKey);
    }
    return authors;
}

// Child-process mode: sets ID's name and "me", then kills itself before anything else can run.
int runChildEditor(const char *path, const char *id)
{
    auto store = Store::open(path);
    if (!store)
        return 3;
    const std::int64_t participant = std::atoll(id);
    if (!(*store)->setCustomName(participant, std::string("Killed Right After")) || !(*store)->setMe(participant, true))
        return 4;
    ::raise(SIGKILL);
    return 5;
}

} // namespace

class TestStoreParticipants final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void participants_twoSources_countsMessagesPerSource()
    {
        Project project;
        makeProject(project);
        QVERIFY2(project.store, "the test project could not be built");
        const auto people = project.store->participants();
        QCOMPARE(people.size(), std::size_t(4));

        const auto *alice = find(people, "test:alice");
        QVERIFY(alice);
        QCOMPARE(alice->displayName, std::string("Alice Smith"));
        QCOMPARE(alice->handle, std::string("alice"));
        QVERIFY2(
            !alice->customName && alice->name() == "Alice Smith", "an unedited participant goes by the exported name");
        QCOMPARE(alice->sources.size(), std::size_t(2));
        QCOMPARE(alice->sources[0].sourceId, project.chatSource);
        QCOMPARE(alice->sources[0].messages, std::uint64_t(2));
        QCOMPARE(alice->sources[1].sourceId, project.mailSource);
        QCOMPARE(alice->sources[1].messages, std::uint64_t(1));
        QCOMPARE(alice->messages(), std::uint64_t(3));

        const auto *bot = find(people, "test:bot");
        QVERIFY2(
            bot && bot->isBot && !bot->botOverridden, "the export's bot flag shows until the user marks otherwise");

        const auto *dora = find(people, "test:dora");
        QVERIFY(dora);
        QCOMPARE(dora->sources.size(), std::size_t(1));
        QVERIFY2(dora->sources[0].sourceId == project.chatSource && dora->sources[0].messages == 0,
                 "someone the export lists without a message still appears in that source, with none");

        const auto quick = project.store->participants(ParticipantCounts::Skip);
        QCOMPARE(quick.size(), people.size());
        QVERIFY2(quick.front().sources.empty(), "the quick listing does not count");
    }

    void edits_reopenProject_areStillThere()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        const auto alice = idOf(*project.store, "test:alice");
        const auto ally = idOf(*project.store, "mail:ally");
        const auto bot = idOf(*project.store, "test:bot");
        QVERIFY(project.store->setMe(alice, true));
        QVERIFY(project.store->setCustomName(alice, std::string("  Ali  ")));
        QVERIFY(project.store->setBotOverride(bot, false));
        QVERIFY(project.store->setAliasOf(ally, alice));
        project.store.reset();

        auto reopened = Store::open(project.path);
        QVERIFY(reopened);
        const auto people = (*reopened)->participants();
        const auto *a = find(people, "test:alice");
        QVERIFY2(a->isMe, "\"me\" survives closing the project");
        QCOMPARE(a->name(), std::string("Ali")); // trimmed
        QCOMPARE(a->displayName, std::string("Alice Smith"));
        const auto *b = find(people, "test:bot");
        QVERIFY2(!b->isBot && b->botOverridden, "the user's \"not a bot\" survives closing the project");
        QVERIFY2(find(people, "mail:ally")->aliasOf == alice, "the merge survives closing the project");

        const auto stats = (*reopened)->stats();
        const auto inStats = std::find_if(stats.participants.begin(), stats.participants.end(),
                                          [](const ParticipantStats &p) { return p.key == "test:alice"; });
        QVERIFY2(inStats->displayName == "Ali" && inStats->isMe, "stats use the user's name and \"me\"");
    }

    void edit_killedRightAfter_isKept()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        const auto alice = idOf(*project.store, "test:alice");
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-editor"), QString::fromStdString(project.path), QString::number(alice)});
        QVERIFY(child.waitForFinished(30000));
        QVERIFY2(
            child.exitStatus() == QProcess::CrashExit, "the child was meant to die by SIGKILL right after its edits");
        const auto people = project.store->participants(ParticipantCounts::Skip);
        QCOMPARE(find(people, "test:alice")->name(), std::string("Killed Right After"));
        QVERIFY2(find(people, "test:alice")->isMe, "an edit acknowledged before a kill is kept");
    }

    void setBotOverride_none_followsTheExportAgain()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        const auto alice = idOf(*project.store, "test:alice");
        QVERIFY(project.store->setBotOverride(alice, true));
        auto p = *find(project.store->participants(ParticipantCounts::Skip), "test:alice");
        QVERIFY(p.isBot && p.botOverridden);
        const auto stats = project.store->stats(); // one copy: begin() and end() must be of the same list
        const auto counted = std::find_if(stats.participants.begin(), stats.participants.end(),
                                          [](const ParticipantStats &s) { return s.key == "test:alice"; });
        QVERIFY(counted != stats.participants.end());
        QVERIFY(counted->isBot);
        QVERIFY(project.store->setBotOverride(alice, std::nullopt));
        p = *find(project.store->participants(ParticipantCounts::Skip), "test:alice");
        QVERIFY2(!p.isBot && !p.botOverridden, "clearing the mark goes back to what the export says");
    }

    void setCustomName_badNames_areRefusedWithAReason()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        const auto alice = idOf(*project.store, "test:alice");
        for (const std::string &bad : {std::string("   "), std::string("two\nlines"), std::string(201, 'x')}) {
            const auto result = project.store->setCustomName(alice, bad);
            QVERIFY2(!result && !result.error().message.empty(), "a bad name is refused with a message");
        }
        QVERIFY2(!find(project.store->participants(ParticipantCounts::Skip), "test:alice")->customName,
                 "a refused name changes nothing");
        QVERIFY(project.store->setCustomName(alice, std::string("Ali")));
        QVERIFY(project.store->setCustomName(alice, std::nullopt));
        QCOMPARE(find(project.store->participants(ParticipantCounts::Skip), "test:alice")->name(),
                 std::string("Alice Smith"));
    }

    void edits_unknownParticipant_failClearly()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        const std::int64_t nobody = 9999;
        const auto alice = idOf(*project.store, "test:alice");
        const std::vector<Result<Ok>> results = {
            project.store->setMe(nobody, true), project.store->setBotOverride(nobody, true),
            project.store->setCustomName(nobody, std::string("X")), project.store->setAliasOf(nobody, alice),
            project.store->setAliasOf(alice, nobody), project.store->mergeParticipants({alice}, nobody),
            project.store->setAliasLinks({{nobody, std::nullopt}})};
        for (const auto &result : results) {
            QVERIFY2(!result, "an edit of someone not in the project must fail");
            QVERIFY2(result.error().message.find("9999") != std::string::npos,
                qPrintable(
                    QStringLiteral("the message names who: %1").arg(QString::fromStdString(result.error().message))));
        }
        QVERIFY2(!find(project.store->participants(ParticipantCounts::Skip), "test:alice")->aliasOf,
                 "a failed merge changes nothing");
    }

    void setAliasOf_targetIsAnAlias_joinsItsRoot()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        auto &store = *project.store;
        const auto alice = idOf(store, "test:alice"), ally = idOf(store, "mail:ally"), dora = idOf(store, "test:dora"),
                   bot = idOf(store, "test:bot");
        QVERIFY(store.setAliasOf(ally, alice));
        QVERIFY(store.setAliasOf(dora, ally)); // ally is an alias: dora joins ally's root, alice
        auto people = store.participants(ParticipantCounts::Skip);
        QCOMPARE(find(people, "test:dora")->aliasOf, std::optional<std::int64_t>(alice));

        // Merging the root into its own alias: already the same person, no loop.
        QVERIFY(store.setAliasOf(alice, ally));
        people = store.participants(ParticipantCounts::Skip);
        QVERIFY2(!find(people, "test:alice")->aliasOf, "a root merged into its own alias stays the root");
        QVERIFY(store.setAliasOf(alice, alice));
        QVERIFY2(!find(store.participants(ParticipantCounts::Skip), "test:alice")->aliasOf,
            "nobody becomes their own alias");

        // A root with aliases joining someone else takes its aliases along: links stay one deep.
        QVERIFY(store.setAliasOf(alice, bot));
        people = store.participants(ParticipantCounts::Skip);
        for (const auto &key : {"test:alice", "mail:ally", "test:dora"})
            QVERIFY2(find(people, key)->aliasOf == bot,
                qPrintable(QStringLiteral("%1 should now be an alias of the bot").arg(QLatin1String(key))));

        // Un-merging makes one person of their own again; the others stay together.
        QVERIFY(store.setAliasOf(ally, std::nullopt));
        people = store.participants(ParticipantCounts::Skip);
        QVERIFY(!find(people, "mail:ally")->aliasOf);
        QCOMPARE(find(people, "test:dora")->aliasOf, std::optional<std::int64_t>(bot));
    }

    void search_fromAnyNameOfAMergedPerson_findsAllTheirMessages()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        auto &store = *project.store;
        QCOMPARE(authorsOfSearch(store, "from:Ally"), std::set<std::string>{"mail:ally"});
        QVERIFY(store.setAliasOf(idOf(store, "mail:ally"), idOf(store, "test:alice")));
        const std::set<std::string> both{"mail:ally", "test:alice"};
        QCOMPARE(authorsOfSearch(store, "from:Ally"), both);
        QCOMPARE(authorsOfSearch(store, "from:alice"), both);
        QVERIFY(store.setCustomName(idOf(store, "mail:ally"), std::string("Zed")));
        QCOMPARE(authorsOfSearch(store, "from:Zed"), both);
        QVERIFY(store.setAliasOf(idOf(store, "mail:ally"), std::nullopt));
        QCOMPARE(authorsOfSearch(store, "from:alice"), std::set<std::string>{"test:alice"});
    }

    void mergeParticipants_keepAnAlias_becomesTheRootAndUndoesExactly()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        auto &store = *project.store;
        const auto alice = idOf(store, "test:alice"), ally = idOf(store, "mail:ally"), dora = idOf(store, "test:dora"),
                   bot = idOf(store, "test:bot");
        QVERIFY(store.setAliasOf(ally, alice));
        // What a merge command keeps to undo: everyone in the groups it will touch.
        const auto before = store.aliasLinks({alice, bot, dora, ally});
        QCOMPARE(before.size(), std::size_t(4));

        // Keep ally's name: ally becomes the root of everyone, alice included.
        QVERIFY(store.mergeParticipants({alice, bot, dora}, ally));
        const auto people = store.participants(ParticipantCounts::Skip);
        QVERIFY2(!find(people, "mail:ally")->aliasOf, "the kept participant is the root");
        for (const auto &key : {"test:alice", "test:bot", "test:dora"})
            QCOMPARE(find(people, key)->aliasOf, std::optional<std::int64_t>(ally));

        QCOMPARE(store.aliasLinks({dora}).size(), std::size_t(4));
        QVERIFY(store.setAliasLinks(before));
        QCOMPARE(store.aliasLinks({alice, bot, dora}), before);
        QVERIFY2(!find(store.participants(ParticipantCounts::Skip), "test:dora")->aliasOf,
            "undo leaves Dora on her own again");
    }

    void setAliasLinks_chain_isRefusedAndChangesNothing()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        auto &store = *project.store;
        const auto alice = idOf(store, "test:alice"), ally = idOf(store, "mail:ally"), dora = idOf(store, "test:dora");
        const auto chain = store.setAliasLinks({{ally, alice}, {dora, ally}});
        QVERIFY2(!chain, "an alias of an alias would break from: searches");
        const auto loop = store.setAliasLinks({{ally, ally}});
        QVERIFY2(!loop, "nobody is an alias of themself");
        const auto people = store.participants(ParticipantCounts::Skip);
        QVERIFY2(!find(people, "mail:ally")->aliasOf && !find(people, "test:dora")->aliasOf,
                 "a refused set of links changes nothing");
    }

    void reimport_sameExport_keepsTheUsersDecisions()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        auto &store = *project.store;
        const auto alice = idOf(store, "test:alice"), ally = idOf(store, "mail:ally"), bot = idOf(store, "test:bot");
        QVERIFY(store.setCustomName(alice, std::string("Ali")));
        QVERIFY(store.setMe(alice, true));
        QVERIFY(store.setBotOverride(bot, false));
        QVERIFY(store.setBotOverride(ally, true));
        QVERIFY(store.setAliasOf(ally, alice));

        // The same exports again, the chat one now with a new display name and flag for them.
        auto chat = chatBatch();
        chat.participants[0].displayName = "Alice S. Smith";
        QVERIFY(importInto(store, "/exports/mail", mailBatch()));
        QVERIFY(importInto(store, "/exports/chat", chat));
        const auto people = store.participants();
        const auto *a = find(people, "test:alice");
        QCOMPARE(a->displayName, std::string("Alice S. Smith")); // the export's own name follows the export
        QVERIFY2(a->name() == "Ali" && a->isMe, "a re-import keeps the user's name and \"me\"");
        QVERIFY2(!find(people, "test:bot")->isBot, "a re-import keeps the user's \"not a bot\"");
        QVERIFY2(find(people, "mail:ally")->isBot, "a re-import keeps the user's \"bot\"");
        QVERIFY2(find(people, "mail:ally")->aliasOf == alice, "a re-import keeps the merge");
        QCOMPARE(a->messages(), std::uint64_t(3)); // and adds nothing twice
    }

    void reimport_sampleExports_keepsTheUsersDecisions()
    {
        const QDir sample(qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample"));
        const std::string slack = sample.filePath(QStringLiteral("slack-acme")).toStdString();
        const std::string whatsapp = sample.filePath(QStringLiteral("WhatsApp Chat with Sam Rivera.txt")).toStdString();
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/s.tunebench")).toStdString());
        QVERIFY(store);
        ImportRunner runner(**store);
        for (const auto &path : {slack, whatsapp})
            QVERIFY2(runner.run(path, {}).error.empty(), path.c_str());
        const auto before = (*store)->participants();
        const auto *maya = find(before, "slack:U0ACME0001");
        const auto *alex = find(before, "whatsapp:Alex Morgan");
        const auto *gripper = find(before, "slack:U0ACME0BOT");
        QVERIFY2(maya && alex && gripper, "the sample exports name Maya (Slack), Alex (WhatsApp) and a Slack bot");
        QVERIFY(gripper->isBot);
        QVERIFY((*store)->setAliasOf(alex->id, maya->id));
        QVERIFY((*store)->setMe(maya->id, true));
        QVERIFY((*store)->setCustomName(maya->id, std::string("Maya")));
        QVERIFY((*store)->setBotOverride(gripper->id, false));

        for (const auto &path : {slack, whatsapp})
            QVERIFY2(runner.run(path, {}).error.empty(), path.c_str());
        const auto after = (*store)->participants();
        QCOMPARE(after.size(), before.size());
        QVERIFY2(
            find(after, "whatsapp:Alex Morgan")->aliasOf == maya->id, "the merge across sources survives a re-import");
        QVERIFY2(find(after, "slack:U0ACME0001")->isMe && find(after, "slack:U0ACME0001")->name() == "Maya",
                 "\"me\" and the user's name survive a re-import");
        QVERIFY2(!find(after, "slack:U0ACME0BOT")->isBot, "the user's \"not a bot\" survives a re-import");
        QVERIFY(maya->messages() > 0);
        QCOMPARE(find(after, "slack:U0ACME0001")->messages(), maya->messages());
    }

    void open_schema4Project_sharesOneIndexForSearchAndCounts()
    {
        Project project;
        makeProject(project);
        QVERIFY(project.store);
        project.store.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(project.path.c_str(), &db), SQLITE_OK);
        // The two indexes a schema 4 project has in place of the shared one.
        QCOMPARE(sqlite3_exec(db,
                     "DROP INDEX messages_by_author_time; "
                     "CREATE INDEX messages_by_author_time ON messages(author_id, ts_ms); "
                     "CREATE INDEX messages_by_author_conversation ON messages(author_id, conversation_id); "
                     "PRAGMA user_version = 4",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        auto store = Store::open(project.path);
        QVERIFY(store);
        QCOMPARE((*store)->schemaVersion(), tb::core::schema::currentVersion());
        QVERIFY2((*store)->readIndexesPresent(), "an older project gets the shared index when opened");
        QCOMPARE(find((*store)->participants(), "test:alice")->messages(), std::uint64_t(3));
        (*store).reset();
        QCOMPARE(sqlite3_open(project.path.c_str(), &db), SQLITE_OK);
        sqlite3_stmt *indexes = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                     "SELECT group_concat(name || ':' || sql, ' | ') FROM sqlite_master WHERE type = 'index' "
                     "AND name LIKE 'messages_by_author%'",
                     -1, &indexes, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_step(indexes), SQLITE_ROW);
        const QString found = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(indexes, 0)));
        sqlite3_finalize(indexes);
        sqlite3_close(db);
        QVERIFY2(!found.contains(QStringLiteral("messages_by_author_conversation")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("(author_id, ts_ms, conversation_id)")), qPrintable(found));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--child-editor") == 0)
        return runChildEditor(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestStoreParticipants test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storeparticipants.moc"
