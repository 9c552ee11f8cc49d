#include "import/slack/slackimporter.h"
#include "import/slack/slackmrkdwn.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <map>

using namespace tb::core;
using tb::test::conversationByKey;
using tb::test::messageByKey;
using tb::test::participantByKey;
using tb::test::countFindings;
using tb::test::dataPath;
using tb::test::describeFindings;
using tb::test::findMessageByText;

namespace {

const SlackImporter kImporter;

std::unique_ptr<InputSource> openPath(const QString &path)
{
    auto input = InputSource::open(path.toStdString());
    if (!input)
        qFatal("cannot open %s: %s", qPrintable(path), input.error().message.c_str());
    return std::move(input).value();
}

ImportBatch importData(const QString &relative)
{
    return tb::test::runImporter(kImporter, *openPath(dataPath(QStringLiteral("slack/") + relative)));
}

bool hasFinding(const ImportBatch &batch, Severity severity, const std::string &file, const std::string &words)
{
    for (const auto &f : batch.findings) {
        if (f.severity == severity && f.file == file && f.reason.find(words) != std::string::npos)
            return true;
    }
    return false;
}

int countKey(const ImportBatch &batch, const std::string &key)
{
    int n = 0;
    for (const auto &m : batch.messages)
        n += m.key == key;
    return n;
}

void writeZip(const QString &path, const std::vector<std::pair<std::string, std::string>> &files)
{
    int error = 0;
    zip_t *archive = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(archive);
    for (const auto &[name, content] : files) {
        auto *copy = static_cast<char *>(std::malloc(content.size() + 1));
        std::memcpy(copy, content.data(), content.size());
        zip_source_t *source = zip_source_buffer(archive, copy, content.size(), 1);
        QVERIFY(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    QCOMPARE(zip_close(archive), 0);
}

// Names for decoding tests without a whole export.
class FakeNames final : public SlackNameResolver {
public:
    std::string_view userName(std::string_view id) const override
    {
        return id == "U1" ? std::string_view("Alice") : std::string_view();
    }
    std::string_view channelName(std::string_view id) const override
    {
        return id == "C1" ? std::string_view("general") : std::string_view();
    }
};

constexpr std::int64_t kMs = 1000;

// A small workspace export in memory (users.json, channels.json) with the day files given:
// day files in a channel folder are read On-Demand, everything else through the DOM.
ImportBatch importWorkspace(const std::vector<std::pair<std::string, std::string>> &files)
{
    MemoryInput input("export");
    input.add("users.json", R"([{"id":"U1","name":"ann","profile":{"display_name":"Ann"}}])");
    input.add("channels.json", R"([{"id":"C1","name":"general","created":1}])");
    for (const auto &[path, content] : files)
        input.add(path, content);
    return tb::test::runImporter(kImporter, input);
}

const Finding *firstError(const ImportBatch &batch)
{
    for (const auto &f : batch.findings) {
        if (f.severity == Severity::Error)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestSlackImporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- detection -------------------------------------------------------------------------

    void detect_workspaceFolder_isCertain()
    {
        QVERIFY2(kImporter.detect(*openPath(dataPath(QStringLiteral("slack/workspace")))) >= 95,
            "a folder with users.json, channels.json and channel folders is a Slack export");
    }

    void detect_slackdumpDump_isLikely()
    {
        MemoryInput input(QStringLiteral("dump").toStdString());
        input.add("C1.json", tb::test::readFile(dataPath(QStringLiteral("slack/slackdump-dump/CHY5HUESG.json"))));
        QVERIFY2(kImporter.detect(input) >= 80, "a slackdump conversation dump is recognised by its content");
    }

    void detect_singleDayFile_isLikelyButNotCertain()
    {
        MemoryInput input("day");
        input.add(
            "2020-01-01.json", "[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"hi\",\"ts\":\"1577872800.000100\"}]");
        const int score = kImporter.detect(input);
        QVERIFY2(score >= 60 && score < 95, "one day file is probably Slack, but less sure than a whole export");
    }

    void detect_otherJson_isZero()
    {
        MemoryInput input("other");
        input.add("messages.json",
            "{\"guild\":{\"id\":\"1\"},\"messages\":[{\"id\":\"2\",\"timestamp\":\"2020-01-01T00:00:00Z\","
            "\"content\":\"hi\"}]}");
        input.add("notes.txt", "ts 1577872800.000100");
        QCOMPARE(kImporter.detect(input), 0);
    }

    // ---- the workspace export: structure -----------------------------------------------------

    void run_workspace_importsEveryMessageOnceWithoutErrors()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch).constData());
        // 22 in general/2020-01-01 (23 records, one a broadcast's copy), 1 late, 1 random, 2 launch,
        // 1 design-old, 1 unlisted, 1 private, 2 DM, 1 group DM; the empty day file adds none.
        QCOMPARE(batch.messages.size(), std::size_t(32));
    }

    void run_workspace_conversationKindsComeFromTheLists()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const std::map<std::string, ConversationKind> expected = { { "slack:C01GENERAL", ConversationKind::Channel },
            { "slack:C02RANDOM", ConversationKind::Channel }, { "slack:G01SECRET", ConversationKind::PrivateChannel },
            { "slack:D01ALIBOB", ConversationKind::DirectMessage }, { "slack:G02MPIM01", ConversationKind::Group } };
        for (const auto &[key, kind] : expected) {
            const Conversation *c = conversationByKey(batch, key);
            QVERIFY2(c, key.c_str());
            QVERIFY2(c->kind == kind, key.c_str());
        }
        QCOMPARE(conversationByKey(batch, "slack:C01GENERAL")->name, std::string("general"));
        QCOMPARE(conversationByKey(batch, "slack:D01ALIBOB")->name, std::string("alice.d, Bob Roe"));
        QCOMPARE(conversationByKey(batch, "slack:G02MPIM01")->name, std::string("alice.d, Bob Roe, carol"));
    }

    void run_createdAsStringOrInt_bothChannelsLoad()
    {
        // channels.json has "created": "1577836800" for #general and 1577836800 for #random.
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        QVERIFY2(conversationByKey(batch, "slack:C01GENERAL") && conversationByKey(batch, "slack:C02RANDOM"),
            "both eras of channels.json are read");
    }

    void run_tsRepeatedInAnotherChannel_keysDiffer()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const Message *general = messageByKey(batch, "slack:C01GENERAL:1577872860.000100");
        const Message *random = messageByKey(batch, "slack:C02RANDOM:1577872860.000100");
        QVERIFY2(general && random, "a ts is unique only inside its channel, so the key carries the channel");
        QCOMPARE(random->text, std::string("Same ts, other channel"));
    }

    void run_timestamps_comeFromTsNeverFromTheFileName()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        // general/2020-01-03.json: 23:30 on Jan 3 at UTC-8 is 07:30 on Jan 4 in UTC.
        const Message *late = messageByKey(batch, "slack:C01GENERAL:1578123000.000200");
        QVERIFY(late);
        QCOMPARE(*late->timestampMs, std::int64_t(1578123000) * kMs);
        QCOMPARE(late->origin, std::string("general/2020-01-03.json#0"));
        const Message *precise = findMessageByText(batch, "Fixed the typo");
        QVERIFY(precise);
        QCOMPARE(*precise->timestampMs, std::int64_t(1577873220) * kMs);
    }

    void run_emptyDayFile_addsNothingAndNoFinding()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        for (const auto &f : batch.findings)
            QVERIFY2(f.file != "general/2020-01-02.json", f.describe().c_str());
    }

    void run_renamedChannelFolder_mapsToTheChannelId()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        // launch/ is the old name of #launch-plans (its channel_name message says so).
        const Message *launch = findMessageByText(batch, "Launch prep starts");
        QVERIFY(launch);
        QCOMPARE(launch->conversationKey, std::string("slack:C03LAUNCH"));
        QVERIFY(hasFinding(batch, Severity::Info, "launch/", "renamed"));
        // design-old/ is listed in channels.json as a previous name of #design.
        const Message *design = findMessageByText(batch, "Sketches are up");
        QVERIFY(design);
        QCOMPARE(design->conversationKey, std::string("slack:C04DESIGN"));
    }

    void run_unlistedFolder_isKeyedByNameWithAWarning()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const Message *m = findMessageByText(batch, "Where am I?");
        QVERIFY(m);
        QCOMPARE(m->conversationKey, std::string("slack:name:unlisted"));
        QCOMPARE(m->key, std::string("slack:name:unlisted:1577959400.000100"));
        QVERIFY2(hasFinding(batch, Severity::Warning, "unlisted/", "not listed"), describeFindings(batch).constData());
    }

    void run_ignoredListings_areNotRead()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        for (const auto &m : batch.messages)
            QVERIFY2(m.origin.find("integration_logs") == std::string::npos, "integration_logs.json holds no messages");
    }

    // ---- the workspace export: messages ------------------------------------------------------

    void run_threadReplies_linkToTheirParent()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const std::string parentKey = "slack:C01GENERAL:1577872980.000100";
        const Message *parent = messageByKey(batch, parentKey);
        const Message *reply = findMessageByText(batch, "The robot arm, obviously.");
        QVERIFY(parent && reply);
        QCOMPARE(reply->replyToKey, parentKey);
        QCOMPARE(reply->threadKey, parentKey);
        QCOMPARE(parent->threadKey, parentKey);
        QVERIFY2(parent->replyToKey.empty(), "a thread's root answers nothing");
    }

    void run_threadBroadcast_isCountedOnce()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const std::string key = "slack:C01GENERAL:1577873100.000100";
        QCOMPARE(countKey(batch, key), 1);
        QCOMPARE(messageByKey(batch, key)->replyToKey, std::string("slack:C01GENERAL:1577872980.000100"));
    }

    void run_subtypes_nonHumanOnesAreSystem()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const std::map<std::string, bool> expected = {
            { "1577872800.000100", true }, // channel_join
            { "1577873880.000100", true }, // channel_topic
            { "1577873940.000100", true }, // pinned_item
            { "1577874060.000100", true }, // reminder_add
            { "1577874120.000100", true }, // bot_add
            { "1577873100.000100", false }, // thread_broadcast
            { "1577873280.000100", false }, // file_share
            { "1577873640.000100", false }, // me_message
            { "1577874000.000100", false }, // file_comment
        };
        for (const auto &[ts, system] : expected) {
            const Message *m = messageByKey(batch, "slack:C01GENERAL:" + ts);
            QVERIFY2(m, ts.c_str());
            QVERIFY2(bool(m->flags & MessageFlag::System) == system, ts.c_str());
        }
        const Message *renamed
            = findMessageByText(batch, "@alice.d has renamed the channel from \"launch\" to \"launch-plans\"");
        QVERIFY(renamed && (renamed->flags & MessageFlag::System));
    }

    void run_bots_areFlaggedAndNamed()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        // bot_message with text "" and content only in attachments: the fallback, decoded.
        const Message *deploy = messageByKey(batch, "slack:C01GENERAL:1577873340.000100");
        QVERIFY(deploy);
        QCOMPARE(deploy->text, std::string("Deploy *v1.2* finished: build 1"));
        QCOMPARE(deploy->rawText, std::string());
        QCOMPARE(deploy->authorKey, std::string("slack:bot:B01DEPLOY"));
        QVERIFY(deploy->flags & MessageFlag::Bot);
        QVERIFY2(!(deploy->flags & MessageFlag::System), "a bot's post is content, not a system line");
        QCOMPARE(participantByKey(batch, "slack:bot:B01DEPLOY")->displayName, std::string("deploy-bot"));
        // A bot with only a username.
        const Message *standup = findMessageByText(batch, "Standup in 5 minutes");
        QVERIFY(standup);
        QCOMPARE(standup->authorKey, std::string("slack:bot:standup-reminder"));
        QVERIFY(standup->flags & MessageFlag::Bot);
        // A bot user listed in users.json with is_bot.
        const Message *build = findMessageByText(batch, "Nightly build green");
        QVERIFY(build);
        QCOMPARE(build->authorKey, std::string("slack:U04BUILD"));
        QVERIFY(build->flags & MessageFlag::Bot);
        QVERIFY(participantByKey(batch, "slack:U04BUILD")->isBot);
        // Adding an integration is a person's act: not flagged as a bot's message.
        QVERIFY(!(messageByKey(batch, "slack:C01GENERAL:1577874120.000100")->flags & MessageFlag::Bot));
    }

    void run_mediaEditedDeleted_areFlagged()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        QVERIFY(messageByKey(batch, "slack:C01GENERAL:1577873280.000100")->flags & MessageFlag::Media);
        QVERIFY(findMessageByText(batch, "Fixed the typo")->flags & MessageFlag::Edited);
        const Message *tombstone = messageByKey(batch, "slack:C01GENERAL:1577873520.000100");
        QVERIFY(tombstone);
        QVERIFY(tombstone->flags & MessageFlag::Deleted);
        QVERIFY(tombstone->flags & MessageFlag::System);
        const Message *orphan = findMessageByText(batch, "Reply under a deleted message");
        QVERIFY(orphan);
        QCOMPARE(orphan->replyToKey, tombstone->key);
    }

    void run_mrkdwn_isDecodedAndTheRawTextKept()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const Message *welcome = messageByKey(batch, "slack:C01GENERAL:1577872860.000100");
        QVERIFY(welcome);
        QCOMPARE(welcome->text, std::string("@Bob Roe welcome! @here see the handbook & say hi to @design-team"));
        QCOMPARE(welcome->rawText,
            std::string("<@U02BOB> welcome! <!here> see <https://example.com/handbook|the handbook> "
                        "&amp; say hi to <!subteam^S01TEAM|@design-team>"));
        const Message *party = messageByKey(batch, "slack:C01GENERAL:1577872920.000100");
        QVERIFY(party);
        QCOMPARE(party->text,
            std::string("Party on Jan 1, 2020 7:00 PM, mail party@example.com about <b>snacks</b> "
                        "&amp; drinks in #random or #random"));
        QCOMPARE(findMessageByText(batch, "@Bob Roe has joined the channel")->authorKey, std::string("slack:U02BOB"));
    }

    void run_userMissingFromUsersJson_isNamedFromUserProfile()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const Participant *ghost = participantByKey(batch, "slack:U09GHOST");
        QVERIFY(ghost);
        QCOMPARE(ghost->displayName, std::string("gus"));
        QCOMPARE(ghost->handle, std::string("gus.host"));
        QVERIFY2(findMessageByText(batch, "Bye @gus!"), "mentions use the name the user_profile gave");
        QVERIFY(hasFinding(batch, Severity::Info, "general/2020-01-01.json", "U09GHOST is not in users.json"));
        // users.json wins over a message's user_profile.
        QCOMPARE(participantByKey(batch, "slack:U03CAROL")->displayName, std::string("carol"));
    }

    void run_displayName_followsProfilePriority()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        QCOMPARE(participantByKey(batch, "slack:U01ALICE")->displayName, std::string("alice.d")); // display_name
        QCOMPARE(participantByKey(batch, "slack:U02BOB")->displayName, std::string("Bob Roe")); // real_name
        QCOMPARE(participantByKey(batch, "slack:U03CAROL")->displayName, std::string("carol")); // name
        QCOMPARE(participantByKey(batch, "slack:U01ALICE")->handle, std::string("alice"));
    }

    void run_textOnlyInBlocks_isRenderedFromRichText()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const Message *m = messageByKey(batch, "slack:C01GENERAL:1577873700.000100");
        QVERIFY(m);
        QCOMPARE(m->text,
            std::string("Checklist for #random:\n- charge the arm\n- read the manual\n```make test```\n"
                        "> measure twice :straight_ruler:"));
    }

    void run_legacyFileComment_isWrittenByTheCommenter()
    {
        const ImportBatch batch = importData(QStringLiteral("workspace"));
        const Message *m = messageByKey(batch, "slack:C01GENERAL:1577874000.000100");
        QVERIFY(m);
        QCOMPARE(m->authorKey, std::string("slack:U02BOB"));
        QCOMPARE(m->text, std::string("@Bob Roe commented on @alice.d\u2019s file plan: ```looks good```"));
        QVERIFY(m->flags & MessageFlag::Media);
    }

    // ---- layouts ------------------------------------------------------------------------------

    void run_emptyGroupsAndDmsLists_dmFolderIsKeyedById()
    {
        const ImportBatch batch = importData(QStringLiteral("minimal"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0 && countFindings(batch, Severity::Warning) == 0,
            describeFindings(batch).constData());
        QCOMPARE(batch.messages.size(), std::size_t(2));
        const Conversation *dm = conversationByKey(batch, "slack:D0ABCDEF12");
        QVERIFY2(dm, "a DM folder is named by its id, so the id is known without dms.json");
        QVERIFY(dm->kind == ConversationKind::DirectMessage);
    }

    void run_missingLists_warnOnceAndKeyByName()
    {
        MemoryInput input("export");
        input.add("general/2020-01-01.json",
            "[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"hi\",\"ts\":\"1577872800.000100\"}]");
        input.add("random/2020-01-01.json",
            "[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"yo\",\"ts\":\"1577872801.000100\"}]");
        const ImportBatch batch = tb::test::runImporter(kImporter, input);
        QCOMPARE(batch.messages.size(), std::size_t(2));
        QCOMPARE(batch.messages[0].key, std::string("slack:name:general:1577872800.000100"));
        QCOMPARE(countFindings(batch, Severity::Warning), 1);
        QCOMPARE(batch.messages[0].authorKey, std::string("slack:U1"));
    }

    void run_slackdumpDump_readsNestedRepliesOnceAndSkipsDownloads()
    {
        const ImportBatch batch = importData(QStringLiteral("slackdump-dump"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0 && countFindings(batch, Severity::Warning) == 0,
            describeFindings(batch).constData());
        QCOMPARE(batch.messages.size(), std::size_t(6));
        const Message *reply = findMessageByText(batch, "first reply");
        QVERIFY(reply);
        QCOMPARE(reply->replyToKey, std::string("slack:CHY5HUESG:1736478630.905399"));
        QCOMPARE(reply->origin, std::string("CHY5HUESG.json#1.0"));
        QCOMPARE(countKey(batch, "slack:CHY5HUESG:1736554783.040199"), 1);
        QCOMPARE(conversationByKey(batch, "slack:CHY5HUESG")->name, std::string("everyone"));
        QVERIFY(conversationByKey(batch, "slack:D0DUMPDM01")->kind == ConversationKind::DirectMessage);
        for (const auto &m : batch.messages)
            QVERIFY2(m.origin.find("data-i455") == std::string::npos, "slackdump's downloads are not messages");
    }

    void run_slackdumpExport_ignoresUploadsAndAttachments()
    {
        const ImportBatch batch = importData(QStringLiteral("slackdump-export"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch).constData());
        QCOMPARE(batch.messages.size(), std::size_t(1));
        QCOMPARE(batch.messages[0].text, std::string("see attached"));
        QVERIFY(batch.messages[0].flags & MessageFlag::Media);
    }

    void run_zipWithTopFolder_importsLikeTheFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/acme-export.zip");
        std::vector<std::pair<std::string, std::string>> files;
        const QString root = dataPath(QStringLiteral("slack/minimal"));
        for (const char *name : { "users.json", "channels.json", "groups.json", "dms.json", "general/2020-01-01.json",
                 "D0ABCDEF12/2020-01-01.json" })
            files.emplace_back(std::string("Acme Slack export Jan 1 2020/") + name,
                tb::test::readFile(root + QLatin1Char('/') + QString::fromLatin1(name)));
        writeZip(path, files);
        const auto input = openPath(path);
        QVERIFY2(kImporter.detect(*input) >= 95, "an export under one top folder of the zip is still recognised");
        const ImportBatch batch = tb::test::runImporter(kImporter, *input);
        QCOMPARE(batch.messages.size(), std::size_t(2));
        QVERIFY(messageByKey(batch, "slack:C01GENERAL:1577872800.000100"));
        QCOMPARE(messageByKey(batch, "slack:C01GENERAL:1577872800.000100")->origin,
            std::string("Acme Slack export Jan 1 2020/general/2020-01-01.json#0"));
        QVERIFY2(countFindings(batch, Severity::Warning) == 0, describeFindings(batch).constData());
    }

    // ---- broken input --------------------------------------------------------------------------

    void run_malformedDayFile_isAnErrorWithPathAndLineWhileTheRestImports()
    {
        const ImportBatch batch = importData(QStringLiteral("broken"));
        QCOMPARE(countFindings(batch, Severity::Error), 1);
        const Finding *error = nullptr;
        for (const auto &f : batch.findings)
            error = f.severity == Severity::Error ? &f : error;
        QCOMPARE(error->file, std::string("general/2020-01-02.json"));
        QCOMPARE(error->line, std::int64_t(3));
        QVERIFY(findMessageByText(batch, "Before the broken day"));
        QVERIFY(findMessageByText(batch, "after a BOM"));
    }

    void run_invalidUtf8_isRepairedWithAWarning()
    {
        const ImportBatch batch = importData(QStringLiteral("broken"));
        QVERIFY(findMessageByText(batch, "caf\uFFFD with a Latin-1 byte"));
        QVERIFY(hasFinding(batch, Severity::Warning, "general/2020-01-03.json", "invalid UTF-8"));
    }

    void run_oddRecords_becomeWarningsNotCrashes()
    {
        const ImportBatch batch = importData(QStringLiteral("broken"));
        const Message *noTs = findMessageByText(batch, "no ts here");
        QVERIFY2(noTs && !noTs->timestampMs, "a message without ts is kept, without a time");
        QVERIFY2(noTs->key.rfind("slack:C01GENERAL:h", 0) == 0, noTs->key.c_str());
        QVERIFY(hasFinding(batch, Severity::Warning, "general/2020-01-06.json", "not a JSON object"));
        QVERIFY(hasFinding(batch, Severity::Warning, "general/2020-01-05.json", "empty"));
        QVERIFY(hasFinding(batch, Severity::Warning, "general/2020-01-07.json", "neither an array"));
        // The same broken export read again gives the same keys.
        const ImportBatch again = importData(QStringLiteral("broken"));
        QCOMPARE(findMessageByText(again, "no ts here")->key, noTs->key);
    }

    void run_hostileInputs_doNotCrash()
    {
        const std::string deep = std::string(5000, '[') + std::string(5000, ']');
        for (const std::string &text :
            { std::string("[{\"ts\":\"99999999999999999999.9\",\"text\":\"x\"}]"), std::string("[{\"ts\":1.5e300}]"),
                std::string("{\"channel_id\":7,\"messages\":{}}"), std::string("[{\"text\":\"<<<<@|>>>>&amp\"}]"),
                std::string("[{\"ts\":\"1.1\",\"blocks\":[{\"type\":\"rich_text\",\"elements\":[{\"type\":\"rich_text_"
                            "list\",\"elements\":7}]}]}]"),
                deep, std::string("\xef\xbb\xbf"), std::string("[null, true, \"x\"]") }) {
            const ImportBatch batch = tb::test::runImporterOnText(kImporter, "2020-01-01.json", text);
            Q_UNUSED(batch);
        }
    }

    // ---- day files read On-Demand -----------------------------------------------------------

    void run_dayFileBrokenAfterItsFirstMessages_addsNoneOfThemAndSaysWhere()
    {
        const ImportBatch batch = importWorkspace({
            { "general/2020-01-01.json",
                "[\n{\"ts\":\"1577836800.000100\",\"user\":\"U1\",\"text\":\"kept from the good day\"}\n]" },
            { "general/2020-01-02.json",
                "[\n{\"ts\":\"1577923200.000100\",\"user\":\"U1\",\"text\":\"read before the break\"},\n"
                "{\"ts\":\"1577923200.000200\" \"text\":\"a missing comma\"}\n]" },
        });
        const Finding *error = firstError(batch);
        QVERIFY2(error, describeFindings(batch).constData());
        QCOMPARE(countFindings(batch, Severity::Error), 1);
        QCOMPARE(error->file, std::string("general/2020-01-02.json"));
        QCOMPARE(error->line, std::int64_t(3));
        QVERIFY(error->reason.find("none of its messages were imported") != std::string::npos);
        QVERIFY(findMessageByText(batch, "kept from the good day"));
        QVERIFY2(!findMessageByText(batch, "read before the break"), "a broken day file adds nothing");
    }

    void run_dayFileWithContentAfterItsArray_isRejectedWhole()
    {
        const ImportBatch batch = importWorkspace({ { "general/2020-01-01.json",
            "[{\"ts\":\"1577836800.000100\",\"user\":\"U1\",\"text\":\"first array\"}]\n"
            "[{\"ts\":\"1577836800.000200\",\"user\":\"U1\",\"text\":\"second array\"}]" } });
        QCOMPARE(countFindings(batch, Severity::Error), 1);
        QVERIFY(!findMessageByText(batch, "first array"));
        QVERIFY(!findMessageByText(batch, "second array"));
    }

    void run_replyInABrokenDayFile_stillCountsFromItsOtherCopy()
    {
        // The broadcast copy of a reply sits in a day file that turns out broken; its copy in the next
        // day's file must still be imported (once).
        const std::string reply = "{\"ts\":\"1577923300.000100\",\"thread_ts\":\"1577923200.000100\",\"user\":\"U1\","
                                  "\"text\":\"the reply\",\"subtype\":\"thread_broadcast\"}";
        const ImportBatch batch = importWorkspace({
            { "general/2020-01-02.json", "[" + reply + ", {\"ts\": }]" },
            { "general/2020-01-03.json", "[" + reply + "]" },
        });
        QCOMPARE(countFindings(batch, Severity::Error), 1);
        QCOMPARE(countKey(batch, "slack:C1:1577923300.000100"), 1);
    }

    void run_escapedKeys_readLikePlainOnes()
    {
        const ImportBatch batch = importWorkspace({ { "general/2020-01-01.json",
            R"([{"t\u0073":"1577836800.000100","user":"U1","te\u0078t":"escaped keys"}])" } });
        const Message *m = findMessageByText(batch, "escaped keys");
        QVERIFY2(m, describeFindings(batch).constData());
        QCOMPARE(m->timestampMs.value_or(0), std::int64_t(1577836800000));
        QCOMPARE(m->authorKey, std::string("slack:U1"));
    }

    void run_dayFileAndDump_readEveryFieldAlike()
    {
        // The same records as a channel's day file (read On-Demand) and as a slackdump dump (read
        // through the DOM) must give the same messages: every field the importer reads, in every
        // type an export may hold it.
        const std::string records = R"([
{"ts":"1577836800.000100","user":"U1","text":"plain <@U1> &amp; <#C1>","edited":{"user":"U1"}},
{"ts":1577836801.5,"user":"U9","text":"numeric ts","user_profile":{"display_name":"","real_name":"Zed Nine","name":"zed"}},
{"ts":"1577836802.000100","user":"U1","text":"","blocks":[{"type":"rich_text","elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"from blocks"}]}]}]},
{"ts":"1577836803.000100","bot_id":"B1","text":"","attachments":[{"fallback":"from an attachment"}],"bot_profile":{"name":"Deploy"}},
{"ts":"1577836804.000100","subtype":"file_comment","text":"","comment":{"user":"U1","comment":"a legacy comment"}},
{"ts":"1577836805.000100","user":"U1","text":"uploaded","upload":true,"files":[{"id":"F1"}]},
{"ts":"1577836806.000100","user":"U1","text":"no files","files":[],"upload":false},
{"ts":"1577836807.000100","user":"U1","text":"thread root","thread_ts":"1577836807.000100"},
{"ts":"1577836808.000100","user":"U1","text":"a reply","thread_ts":"1577836807.000100"},
{"ts":"1577836809.000100","subtype":"channel_join","user":"U1","text":"<@U1> has joined"},
{"ts":"1577836810.000100","user":{"id":"U1"},"text":7,"subtype":null,"thread_ts":5,"blocks":"no","edited":true},
{"ts":"1577836811.000100","username":"hook","subtype":"bot_message","text":"from a hook"},
{"text":"no ts at all","user":"U1"},
"not an object"
])";
        const ImportBatch day = importWorkspace({ { "general/2020-01-01.json", records } });
        const ImportBatch dump = importWorkspace(
            { { "C1.json", R"({"channel_id":"C1","name":"general","messages":)" + records + "}" } });
        QCOMPARE(countFindings(day, Severity::Error), 0);
        QCOMPARE(day.messages.size(), std::size_t(13));
        QCOMPARE(day.messages.size(), dump.messages.size());
        for (std::size_t i = 0; i < day.messages.size(); ++i) {
            const Message &a = day.messages[i], &b = dump.messages[i];
            const QByteArray at = QByteArray::number(qulonglong(i)) + ": " + QByteArray::fromStdString(a.text);
            QVERIFY2(a.key == b.key && a.conversationKey == b.conversationKey && a.authorKey == b.authorKey, at);
            QVERIFY2(a.timestampMs == b.timestampMs && a.flags == b.flags, at);
            QVERIFY2(a.text == b.text && a.rawText == b.rawText, at);
            QVERIFY2(a.threadKey == b.threadKey && a.replyToKey == b.replyToKey, at);
        }
        QVERIFY(findMessageByText(day, "from blocks"));
        QVERIFY(findMessageByText(day, "from an attachment"));
        QVERIFY(findMessageByText(day, "a legacy comment"));
        QCOMPARE(participantByKey(day, "slack:U9")->displayName, std::string("Zed Nine"));
        QCOMPARE(participantByKey(day, "slack:bot:B1")->displayName, std::string("Deploy"));
        QVERIFY(findMessageByText(day, "uploaded")->flags & MessageFlag::Media);
        QVERIFY(!(findMessageByText(day, "no files")->flags & MessageFlag::Media));
        QCOMPARE(findMessageByText(day, "numeric ts")->timestampMs.value_or(0), std::int64_t(1577836801500));
        QVERIFY(hasFinding(day, Severity::Warning, "general/2020-01-01.json", "not a JSON object"));
        QCOMPARE(countFindings(day, Severity::Warning), countFindings(dump, Severity::Warning));
    }

    void run_hostileDayFiles_doNotCrash()
    {
        for (const std::string &text : { std::string("[{\"ts\":\"1.1\",\"text\":\"x\""), std::string("[{]"),
                 std::string("[{\"ts\":\"1.1\",\"user_profile\":{\"name\":}}]"), std::string("[\"\\uD800\"]"),
                 std::string("[{\"ts\":\"1.1\",\"text\":\"unterminated}]"), std::string("[1,2,3]"), std::string("[[]]") }) {
            const ImportBatch batch = importWorkspace({ { "general/2020-01-01.json", text } });
            QVERIFY2(batch.messages.empty(), text.c_str());
        }
        // Valid JSON nested deeper than a parser follows, in a part only read when the text is empty:
        // the message is kept, without text.
        const std::string deep
            = "[{\"ts\":\"1.1\",\"user\":\"U1\",\"blocks\":" + std::string(5000, '[') + std::string(5000, ']') + "}]";
        const ImportBatch batch = importWorkspace({ { "general/2020-01-01.json", deep } });
        QCOMPARE(batch.messages.size(), std::size_t(1));
        QVERIFY(batch.messages.front().text.empty());
        QVERIFY(hasFinding(batch, Severity::Warning, "general/2020-01-01.json", "has blocks that cannot be read"));
        // Malformed replies inside a record, skipped over while reading it: the record is kept, and
        // the lost replies are reported.
        const ImportBatch replies = importWorkspace({ { "general/2020-01-02.json",
            "[{\"ts\":\"1.1\",\"user\":\"U1\",\"text\":\"root\",\"slackdump_thread_replies\":[{\"ts\":,}]}]" } });
        QVERIFY(findMessageByText(replies, "root"));
        QVERIFY(hasFinding(replies, Severity::Warning, "general/2020-01-02.json", "those replies were not imported"));
    }

    // ---- mrkdwn -------------------------------------------------------------------------------

    void decodeMrkdwn_tokens_becomeReadableText()
    {
        const FakeNames names;
        const std::vector<std::pair<std::string, std::string>> cases = {
            { "<@U1> hi", "@Alice hi" },
            { "<@U2>", "@U2" },
            { "<@U2|bob>", "@bob" },
            { "<#C1>", "#general" },
            { "<#C9>", "#C9" },
            { "<#C9|random>", "#random" },
            { "<https://a.example/x?a=1&amp;b=2>", "https://a.example/x?a=1&b=2" },
            { "*<https://a.example|bold link>*", "*bold link*" },
            { "<mailto:a@b.example|a@b.example>", "a@b.example" },
            { "<mailto:a@b.example>", "a@b.example" },
            { "<!here> <!channel> <!everyone|everyone>", "@here @channel @everyone" },
            { "<!subteam^S1|@team>", "@team" },
            { "<!date^1392734382^{date}|Feb 18, 2014>", "Feb 18, 2014" },
            { "&lt;b&gt; &amp;lt; &amp;", "<b> &lt; &" },
            { "a < b > c", "a < b > c" },
            { "unclosed <https://x", "unclosed <https://x" },
            { "<url|a &amp; b>", "a & b" },
            { "emoji :tada: and ```code```", "emoji :tada: and ```code```" },
        };
        for (const auto &[raw, expected] : cases) {
            const std::string decoded = decodeSlackMrkdwn(raw, names);
            QVERIFY2(decoded == expected, (raw + " decoded to " + decoded).c_str());
        }
    }

    // ---- single files and real fixtures ------------------------------------------------------

    void run_singleDayFile_isOneConversationNamedByItsChannelName()
    {
        const ImportBatch batch = tb::test::runImporterOnText(kImporter, "day.json",
            "[{\"text\":\"hi\",\"user\":\"U1\",\"ts\":\"1434139102.000002\",\"channel_name\":\"random\"}]");
        QCOMPARE(batch.conversations.size(), std::size_t(1));
        QCOMPARE(batch.conversations[0].key, std::string("slack:name:random"));
        QCOMPARE(batch.conversations[0].name, std::string("random"));
        const ImportBatch unnamed = tb::test::runImporterOnText(
            kImporter, "standup.json", "[{\"text\":\"hi\",\"user\":\"U1\",\"ts\":\"1434139102.000002\"}]");
        QCOMPARE(unnamed.conversations.size(), std::size_t(1));
        QCOMPARE(unnamed.conversations[0].name, std::string("standup"));
    }

    void run_channelFolderOpenedAlone_isNamedAfterTheFolder()
    {
        MemoryInput input("/home/someone/Downloads/export/general");
        input.add(
            "2020-01-01.json", "[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"hi\",\"ts\":\"1577872800.000100\"}]");
        input.add(
            "2020-01-02.json", "[{\"type\":\"message\",\"user\":\"U1\",\"text\":\"yo\",\"ts\":\"1577959200.000100\"}]");
        const ImportBatch batch = tb::test::runImporter(kImporter, input);
        QCOMPARE(batch.conversations.size(), std::size_t(1));
        QCOMPARE(batch.conversations[0].key, std::string("slack:name:general"));
        QCOMPARE(batch.messages.size(), std::size_t(2));
    }

    void run_appUserMissingFromUsersJson_isABot()
    {
        const ImportBatch batch = tb::test::runImporterOnText(kImporter, "poll.json",
            "[{\"type\":\"message\",\"user\":\"U089AJ964TE\",\"bot_id\":\"B089LPE68BB\",\"text\":\"*Poll*\","
            "\"ts\":\"1737160363.583369\",\"bot_profile\":{\"id\":\"B089LPE68BB\",\"name\":\"Polly\"}}]");
        QCOMPARE(batch.messages.size(), std::size_t(1));
        QCOMPARE(batch.messages[0].authorKey, std::string("slack:U089AJ964TE"));
        QVERIFY(batch.messages[0].flags & MessageFlag::Bot);
        QVERIFY(participantByKey(batch, "slack:U089AJ964TE")->isBot);
    }

    void conformance_slackExportViewerArchive_matchesTheDayFilesAtUtcMinus8()
    {
        TB_REQUIRE_SHARED_FIXTURE(path, QStringLiteral("slack/slack-export-viewer/testarchive.zip"));
        const auto input = openPath(path);
        QVERIFY(kImporter.detect(*input) >= 95);
        const ImportBatch batch = tb::test::runImporter(kImporter, *input);
        QVERIFY2(countFindings(batch, Severity::Error) == 0 && countFindings(batch, Severity::Warning) == 0,
            describeFindings(batch).constData());
        QCOMPARE(batch.messages.size(), std::size_t(158));
        QCOMPARE(batch.conversations.size(), std::size_t(2));
        int system = 0, bot = 0;
        for (const auto &m : batch.messages) {
            QVERIFY(m.timestampMs);
            system += bool(m.flags & MessageFlag::System);
            bot += bool(m.flags & MessageFlag::Bot);
            // Every day file holds the messages of its date at UTC-8 (the workspace's zone), not UTC.
            const std::string day = m.origin.substr(m.origin.find('/') + 1, 10);
            const std::string local = QDateTime::fromMSecsSinceEpoch(*m.timestampMs - 8 * 3600 * kMs, Qt::UTC)
                                          .toString(QStringLiteral("yyyy-MM-dd"))
                                          .toStdString();
            QCOMPARE(local, day);
        }
        QCOMPARE(system, 11); // 8 joins, 3 integrations added
        QCOMPARE(bot, 94); // the GitHub integration's commits
        const Message *first = messageByKey(batch, "slack:C0JGLMMNX:1452837318.000002");
        QVERIFY(first);
        QCOMPARE(*first->timestampMs, std::int64_t(1452837318) * kMs); // 2016-01-15T05:55:18Z, in 2016-01-14.json
        QCOMPARE(first->origin, std::string("enrique/2016-01-14.json#0"));
        QCOMPARE(first->text, std::string("@hamza has joined the channel"));
        const Message *issue = messageByKey(batch, "slack:C0JGLMMNX:1452837352.000006");
        QVERIFY(issue);
        QCOMPARE(issue->authorKey, std::string("slack:U0BMQB6JE"));
        QCOMPARE(issue->text,
            std::string("@abilinski: Created an issue for a setup.py so that it can be installed to a "
                        "standard place"));
        const Message *comment = messageByKey(batch, "slack:C0JL6CGQ2:1459106048.000018");
        QVERIFY(comment);
        QCOMPARE(comment->authorKey, std::string("slack:U0BMS113R"));
        QVERIFY(comment->text.rfind("@doubledeez commented on @doubledeez\u2019s file 10 cities: ```'cities'", 0) == 0);
        const Message *commit = messageByKey(batch, "slack:C0JGLMMNX:1458980525.000012");
        QVERIFY(commit);
        QCOMPARE(commit->text, std::string("[enrique:master] 1 new commit by Hamza Faran"));
        QCOMPARE(participantByKey(batch, commit->authorKey)->displayName, std::string("github"));
    }

    void conformance_zulipThreadWithBroadcastReply_countsTheBroadcastOnce()
    {
        TB_REQUIRE_SHARED_FIXTURE(path, QStringLiteral("slack/zulip/thread_with_broadcast_reply.json"));
        const ImportBatch batch = tb::test::runImporter(kImporter, *openPath(path));
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch).constData());
        QCOMPARE(batch.messages.size(), std::size_t(3));
        QCOMPARE(batch.conversations.size(), std::size_t(1));
        QCOMPARE(batch.conversations[0].key, std::string("slack:name:random"));
        const std::string parent = "slack:name:random:1434139102.000002";
        const Message *broadcast = messageByKey(batch, "slack:name:random:1434139104.000002");
        QVERIFY(broadcast);
        QCOMPARE(broadcast->text, std::string("everyone should see this"));
        QCOMPARE(broadcast->replyToKey, parent);
        QCOMPARE(findMessageByText(batch, "first reply")->threadKey, parent);
        QCOMPARE(*broadcast->timestampMs, std::int64_t(1434139104) * kMs);
    }

    void conformance_zulipChannelMentions_decodeToNames()
    {
        TB_REQUIRE_SHARED_FIXTURE(path, QStringLiteral("slack/zulip/message_with_channel_mentions.json"));
        const ImportBatch batch = tb::test::runImporter(kImporter, *openPath(path));
        QCOMPARE(batch.messages.size(), std::size_t(1));
        const Message &m = batch.messages[0];
        QCOMPARE(m.text, std::string("#C079A3FA12P #rich-text-blocks #general"));
        QCOMPARE(m.rawText, std::string("<#C079A3FA12P> <#C0AHX20ADQQ|rich-text-blocks> <#C06P6T3QGD7|general>"));
        QCOMPARE(*m.timestampMs, std::int64_t(1772112421729));
        QCOMPARE(participantByKey(batch, "slack:U06NU4E26M9")->displayName, std::string("Peter"));
    }

    void conformance_zulipLinks_decodeToTheirLabels()
    {
        TB_REQUIRE_SHARED_FIXTURE(path, QStringLiteral("slack/zulip/message_with_links.json"));
        const ImportBatch batch = tb::test::runImporter(kImporter, *openPath(path));
        QCOMPARE(batch.messages.size(), std::size_t(1));
        QCOMPARE(batch.messages[0].text,
            std::string("Text with a link\n*Text with a link*\n_Text with a link_\n"
                        "Text with a link\n~Text with a link~"));
        QVERIFY2(!(batch.messages[0].flags & MessageFlag::Media), "an unfurled link is not a file");
    }

    void conformance_zulipNormalMessages_joinIsSystemAndMentionDecoded()
    {
        TB_REQUIRE_SHARED_FIXTURE(path, QStringLiteral("slack/zulip/normal_messages.json"));
        const ImportBatch batch = tb::test::runImporter(kImporter, *openPath(path));
        QCOMPARE(batch.messages.size(), std::size_t(2));
        QVERIFY(batch.messages[0].flags & MessageFlag::System);
        QCOMPARE(batch.messages[1].text, std::string("@U061A5N1G: hey!"));
        QCOMPARE(batch.messages[1].authorKey, std::string("slack:U061A1R2R"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0 && countFindings(batch, Severity::Warning) == 0,
            describeFindings(batch).constData());
    }

    void run_sampleExport_importsCleanly()
    {
        const QString path = qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample/slack-acme");
        const auto input = openPath(path);
        QVERIFY(kImporter.detect(*input) >= 95);
        const ImportBatch batch = tb::test::runImporter(kImporter, *input);
        QVERIFY2(countFindings(batch, Severity::Error) == 0 && countFindings(batch, Severity::Warning) == 0,
            describeFindings(batch).constData());
        QVERIFY(batch.messages.size() >= 30 && batch.messages.size() <= 80);
        for (const auto &m : batch.messages) {
            QVERIFY2(
                m.text.find("<@") == std::string::npos && m.text.find("&amp;") == std::string::npos, m.text.c_str());
            QVERIFY2(!m.authorKey.empty() && m.timestampMs, m.key.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestSlackImporter)
#include "tst_slackimporter.moc"
