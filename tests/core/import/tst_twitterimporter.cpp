#include "import/twitter/twitterimporter.h"
#include "support/testsupport.h"
#include "util/timeutil.h"

#include <QtTest>

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

std::unique_ptr<InputSource> openPath(const QString &path)
{
    auto input = InputSource::open(path.toStdString());
    if (!input)
        qFatal("cannot open %s: %s", qPrintable(path), input.error().message.c_str());
    return std::move(input.value());
}

ImportBatch importData(const QString &relative)
{
    TwitterImporter importer;
    return tb::test::runImporter(importer, *openPath(dataPath(QStringLiteral("twitter/") + relative)));
}

bool hasFinding(const ImportBatch &batch, Severity severity, const std::string &part)
{
    for (const auto &f : batch.findings) {
        if (f.severity == severity && f.reason.find(part) != std::string::npos)
            return true;
    }
    return false;
}

std::string iso(const Message *m)
{
    return m && m->timestampMs ? timeutil::toIsoUtc(*m->timestampMs) : std::string("none");
}

const std::string kOwner = "twitter:4200000000000000001";

} // namespace

class TestTwitterImporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detect_archiveFolderWithManifest_isCertain()
    {
        TwitterImporter importer;
        QCOMPARE(importer.detect(*openPath(dataPath(QStringLiteral("twitter/split-archive")))), 100);
        QCOMPARE(importer.detect(*openPath(dataPath(QStringLiteral("twitter/split-archive.zip")))), 100);
    }

    void detect_loneFiles_areRecognisedByContent()
    {
        TwitterImporter importer;
        QVERIFY2(importer.detect(*openPath(dataPath(QStringLiteral("twitter/threads/no-owner-tweets.js")))) >= 90,
            "a tweets file under any name is recognised by its 'window.YTD.tweets' line");
        QVERIFY(importer.detect(*openPath(dataPath(QStringLiteral("twitter/old-style")))) >= 90);
        QVERIFY(importer.detect(*openPath(dataPath(QStringLiteral("twitter/dms")))) >= 90);
        QVERIFY2(importer.detect(*openPath(dataPath(QStringLiteral("twitter/grailbird")))) > 50,
            "an old Grailbird archive is claimed so that the user hears why it cannot be read");
    }

    void detect_otherFiles_scoreZero()
    {
        TwitterImporter importer;
        MemoryInput csv("script.csv");
        csv.add("script.csv", "index,season no.,episode no.,episode name,name,line\n1,1,1,Pilot,Rick,Hi\n");
        QCOMPARE(importer.detect(csv), 0);
        MemoryInput json("channels.json");
        json.add("channels.json", "[{\"id\":\"C1\",\"name\":\"general\"}]");
        QCOMPARE(importer.detect(json), 0);
        MemoryInput likes("data");
        likes.add("data/like.js", "window.YTD.like.part0 = [ ]");
        QCOMPARE(importer.detect(likes), 0);
    }

    void run_splitArchive_readsEveryPartOnceWithTheManifestOwner()
    {
        const auto batch = importData(QStringLiteral("split-archive"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(5));
        QVERIFY2(
            hasFinding(batch, Severity::Info, "more than one file: 1"), "the post seen in two parts is imported once");
        QVERIFY2(hasFinding(batch, Severity::Warning, "manifest.js says 5"), describeFindings(batch));
        QVERIFY2(hasFinding(batch, Severity::Warning, "data/direct-messages.js (2 records)"), describeFindings(batch));
        QVERIFY2(hasFinding(batch, Severity::Info, "deleted tweets not imported: 1 "), describeFindings(batch));
        QVERIFY2(!findMessageByText(batch, "I regret this"), "deleted tweets are never imported");

        const Participant *owner = participantByKey(batch, kOwner);
        QVERIFY(owner);
        QCOMPARE(owner->displayName, std::string("Quill Display"));
        QCOMPARE(owner->handle, std::string("quill_test"));
        const Conversation *timeline = conversationByKey(batch, kOwner + ":timeline");
        QVERIFY(timeline);
        QVERIFY(timeline->kind == ConversationKind::Timeline);
        QCOMPARE(timeline->name, std::string("@quill_test posts"));

        const Message *berlin = messageByKey(batch, "twitter:1610000000000000001");
        QVERIFY(berlin);
        QCOMPARE(iso(berlin), std::string("2023-01-02T10:00:00Z"));
        QCOMPARE(berlin->authorKey, kOwner);
        QCOMPARE(berlin->conversationKey, kOwner + ":timeline");
        QCOMPARE(berlin->origin, std::string("data/tweets.js#0"));
        const Message *bare = messageByKey(batch, "twitter:1610000000000000004");
        QVERIFY2(bare && bare->text == "Bare object in part one",
            "a tweet object without the {\"tweet\": } wrapper is read");
        QCOMPARE(bare->origin, std::string("data/tweets-part1.js#0"));
    }

    void run_zipWithTopFolder_givesTheSameKeysAsTheFolder()
    {
        const auto folder = importData(QStringLiteral("split-archive"));
        const auto zip = importData(QStringLiteral("split-archive.zip"));
        QCOMPARE(zip.messages.size(), folder.messages.size());
        for (std::size_t i = 0; i < zip.messages.size(); ++i) {
            QCOMPARE(zip.messages[i].key, folder.messages[i].key);
            QCOMPARE(zip.messages[i].text, folder.messages[i].text);
        }
        QVERIFY2(zip.messages.front().origin.rfind("twitter-2023-04-01-synthetic/data/", 0) == 0,
            "origins name the file inside the zip, top folder included");
    }

    void run_oldTweetJsInCompactLayout_readsNumericIds()
    {
        const auto batch = importData(QStringLiteral("old-style"));
        QVERIFY2(countFindings(batch, Severity::Warning) == 0 && countFindings(batch, Severity::Error) == 0,
            describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(2));
        const Message *first = messageByKey(batch, "twitter:1100000000000000001");
        QVERIFY2(first, "an id written as a JSON number still makes the key");
        QCOMPARE(iso(first), std::string("2020-02-29T23:59:59Z"));
        QVERIFY(findMessageByText(batch, "Second one <3"));
        QVERIFY2(conversationByKey(batch, kOwner + ":timeline"), "the owner comes from account.js without a manifest");
    }

    void run_textTraps_unescapeOnceExpandLinksAndDropTheMediaLink()
    {
        const auto batch = importData(QStringLiteral("text"));
        const Message *entities = messageByKey(batch, "twitter:1620000000000000001");
        QVERIFY(entities);
        QCOMPARE(entities->text, std::string("Fish & chips > salad, <b> is not bold, &amp; stays &amp;"));
        QCOMPARE(entities->rawText,
            std::string("Fish &amp; chips &gt; salad, &lt;b&gt; is not bold, &amp;amp; stays &amp;amp;"));

        const Message *links = messageByKey(batch, "twitter:1620000000000000002");
        QVERIFY(links);
        QCOMPARE(links->text,
            std::string("Read this https://example.com/a?x=1&amp;y=2 and this https://example.com/b "
                        "(different) and (https://example.com/c)."));

        const Message *photo = messageByKey(batch, "twitter:1620000000000000003");
        QVERIFY(photo);
        QCOMPARE(photo->text, std::string("Look at this cake & the candles"));
        QVERIFY(photo->flags & MessageFlag::Media);
        QCOMPARE(photo->rawText, std::string("Look at this cake &amp; the candles https://t.co/MMMMMMMMMM"));
        const Message *video = messageByKey(batch, "twitter:1620000000000000007");
        QVERIFY(video && video->text == "Video only" && (video->flags & MessageFlag::Media));
    }

    void run_retweets_areFlaggedByPrefixOrField()
    {
        const auto batch = importData(QStringLiteral("text"));
        const Message *rt = messageByKey(batch, "twitter:1620000000000000004");
        QVERIFY(rt && (rt->flags & MessageFlag::Retweet));
        QCOMPARE(rt->authorKey, kOwner);
        const Message *field = messageByKey(batch, "twitter:1620000000000000005");
        QVERIFY2(field && (field->flags & MessageFlag::Retweet), "retweeted: true flags a retweet too");
        int retweets = 0;
        for (const auto &m : batch.messages)
            retweets += (m.flags & MessageFlag::Retweet) != 0;
        QCOMPARE(retweets, 2);
    }

    void run_replies_keepTheirParentKeyEvenWhenTheParentIsMissing()
    {
        const auto batch = importData(QStringLiteral("text"));
        const Message *reply = messageByKey(batch, "twitter:1620000000000000006");
        QVERIFY(reply);
        QCOMPARE(reply->replyToKey, std::string("twitter:1500000000000000000"));
        QVERIFY2(reply->threadKey.empty(), "a reply to someone else's post is no self-thread");
        QCOMPARE(reply->text, std::string("@friend @other Does it work OK with .qmd files?"));
    }

    void run_unreadableCreatedAt_takesTheTimeFromTheId()
    {
        const auto batch = importData(QStringLiteral("text"));
        const Message *m = messageByKey(batch, "twitter:1620000000000000008");
        QVERIFY(m && m->timestampMs);
        // (1620000000000000008 >> 22) + 1288834974657 ms
        QCOMPARE(*m->timestampMs, std::int64_t((1620000000000000008ull >> 22) + 1288834974657ull));
        QVERIFY2(hasFinding(batch, Severity::Warning, "created_at"), describeFindings(batch));
    }

    void run_editedPosts_keepTheLastVersionOnce()
    {
        const auto batch = importData(QStringLiteral("edits"));
        QVERIFY2(!messageByKey(batch, "twitter:1630000000000000001") && !messageByKey(batch, "twitter:1630000000000000002"),
            "earlier versions of an edited post are not imported");
        const Message *last = messageByKey(batch, "twitter:1630000000000000003");
        QVERIFY(last);
        QCOMPARE(last->text, std::string("Version three, the last"));
        QVERIFY(last->flags & MessageFlag::Edited);
        const Message *reply = messageByKey(batch, "twitter:1630000000000000010");
        QVERIFY(reply);
        QCOMPARE(reply->replyToKey, std::string("twitter:1630000000000000003"));
        QCOMPARE(reply->threadKey, std::string("twitter:1630000000000000003"));
        const Message *lone = messageByKey(batch, "twitter:1630000000000000020");
        QVERIFY2(lone && (lone->flags & MessageFlag::Edited), "an edit whose other versions are missing stays");
        QCOMPARE(batch.messages.size(), std::size_t(3));
        QVERIFY(hasFinding(batch, Severity::Info, "earlier versions of edited posts not imported: 2."));
    }

    void run_selfThreads_linkToTheirRootAndSurviveCycles()
    {
        const auto batch = importData(QStringLiteral("threads/tweets.js"));
        QCOMPARE(batch.messages.size(), std::size_t(7));
        const std::string root = "twitter:1640000000000000001";
        QCOMPARE(messageByKey(batch, root)->threadKey, root);
        QCOMPARE(messageByKey(batch, "twitter:1640000000000000002")->threadKey, root);
        QCOMPARE(messageByKey(batch, "twitter:1640000000000000003")->threadKey, root);
        QCOMPARE(messageByKey(batch, "twitter:1640000000000000003")->replyToKey, std::string("twitter:1640000000000000002"));
        QVERIFY(messageByKey(batch, "twitter:1640000000000000004")->threadKey.empty());
        const Message *a = messageByKey(batch, "twitter:1640000000000000005");
        const Message *b = messageByKey(batch, "twitter:1640000000000000006");
        QVERIFY2(!a->threadKey.empty() && a->threadKey == b->threadKey, "a reply cycle becomes one thread, no hang");
        QVERIFY(messageByKey(batch, "twitter:1640000000000000007")->threadKey.empty());
        // No manifest, no account: the owner is whom the self-replies answer.
        QVERIFY2(participantByKey(batch, kOwner), describeFindings(batch));
        QVERIFY(hasFinding(batch, Severity::Warning, "inferred"));
    }

    void run_noOwnerAnywhere_warnsAndStillImports()
    {
        const auto batch = importData(QStringLiteral("threads/no-owner-tweets.js"));
        QCOMPARE(batch.messages.size(), std::size_t(1));
        QCOMPARE(batch.messages.front().authorKey, std::string("twitter:unknown-owner"));
        QVERIFY(hasFinding(batch, Severity::Warning, "owner is unknown"));
    }

    void run_noteTweets_completeCutPostsByIdOrByTimeAndText()
    {
        const auto batch = importData(QStringLiteral("notes"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch));
        const Message *a = messageByKey(batch, "twitter:1650000000000000001");
        QVERIFY(a);
        QVERIFY2(a->text.rfind("Long post A: ", 0) == 0 && a->text.size() > 300
                && a->text.find("see https://example.org/long-a & enjoy.") != std::string::npos,
            a->text.c_str());
        QVERIFY2(a->rawText.size() < 300, "rawText stays the cut full_text as it is in tweets.js");
        const Message *same = messageByKey(batch, "twitter:1650000000000000003");
        QCOMPARE(same->text, std::string("A short post in the same second as note A"));
        const Message *b = messageByKey(batch, "twitter:1650000000000000002");
        QVERIFY2(b->text.rfind("@pal Long post B answers @pal: ", 0) == 0 && b->text.size() > 300, b->text.c_str());
        const Message *byId = messageByKey(batch, "twitter:1650000000000000004");
        QVERIFY(byId->text.find("which only the note has") != std::string::npos);
        QVERIFY2(
            hasFinding(batch, Severity::Info, "long posts of deleted tweets not imported: 1"), describeFindings(batch));
        const Message *alone = messageByKey(batch, "twitter:note:1659999999999999994");
        QVERIFY2(alone && alone->text.rfind("Long post D", 0) == 0, "a note without its tweet is kept, on its own");
        QVERIFY(hasFinding(batch, Severity::Warning, "matches no tweet"));
        QCOMPARE(batch.messages.size(), std::size_t(5));
    }

    void run_directMessages_becomeConversationsWithNamedParticipants()
    {
        const auto batch = importData(QStringLiteral("dms"));
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch));
        const Conversation *dm = conversationByKey(batch, "twitter:dm:111-4200000000000000001");
        QVERIFY(dm);
        QVERIFY(dm->kind == ConversationKind::DirectMessage);
        QCOMPARE(dm->name, std::string("DM with @pal_one"));
        const Conversation *group = conversationByKey(batch, "twitter:dm:1662000000000000000");
        QVERIFY(group);
        QVERIFY(group->kind == ConversationKind::Group);
        QCOMPARE(group->name, std::string("Bakers' Club"));
        QCOMPARE(conversationByKey(batch, "twitter:dm:4200000000000000001-222")->name, std::string("DM with 222"));

        const Message *hi = messageByKey(batch, "twitter:dm:1661000000000000001");
        QVERIFY(hi);
        QCOMPARE(hi->text, std::string("Hi! <3"));
        QCOMPARE(hi->authorKey, std::string("twitter:111"));
        QCOMPARE(iso(hi), std::string("2023-04-01T10:00:00Z"));
        QVERIFY(messageByKey(batch, "twitter:dm:1661000000000000002")->flags & MessageFlag::Edited);
        const Message *media = messageByKey(batch, "twitter:dm:1661000000000000003");
        QCOMPARE(media->text, std::string("Here it is https://example.net/recipe & a photo"));
        QVERIFY(media->flags & MessageFlag::Media);
        QCOMPARE(media->authorKey, kOwner);

        const Participant *pal = participantByKey(batch, "twitter:111");
        QVERIFY2(pal && pal->displayName == "Pal One" && pal->handle == "pal_one",
            "DM partners get the names the tweets' mentions give them");
        QCOMPARE(participantByKey(batch, "twitter:222")->displayName, std::string("222"));
        int system = 0;
        for (const auto &m : batch.messages) {
            if (m.conversationKey == group->key && (m.flags & MessageFlag::System))
                ++system;
        }
        QCOMPARE(system, 4);
        QVERIFY(findMessageByText(batch,
            "@pal_one named the conversation \xE2\x80\x9C"
            "Bakers' Club\xE2\x80\x9D"));
        QVERIFY(findMessageByText(batch, "444 left the conversation"));
        QVERIFY(findMessageByText(batch, "@pal_one added 333, 444"));
        QVERIFY2(hasFinding(batch, Severity::Warning, "not a dmConversation"), describeFindings(batch));
        QVERIFY2(hasFinding(batch, Severity::Info, "does not know"), "reactions and other events are counted");
    }

    void run_grailbirdArchive_givesOneClearError()
    {
        const auto batch = importData(QStringLiteral("grailbird"));
        QCOMPARE(batch.messages.size(), std::size_t(0));
        QCOMPARE(countFindings(batch, Severity::Error), 1);
        QVERIFY2(hasFinding(batch, Severity::Error, "Request a new archive"), describeFindings(batch));
    }

    void run_truncatedFile_keepsTheRecordsBeforeTheCut()
    {
        const auto batch = importData(QStringLiteral("damaged/truncated-tweets.js"));
        QCOMPARE(batch.messages.size(), std::size_t(3));
        QVERIFY2(hasFinding(batch, Severity::Warning, "cut short"), describeFindings(batch));
        QVERIFY2(hasFinding(batch, Severity::Warning, "not valid JSON"), describeFindings(batch));
    }

    void run_damagedRecord_costsThatRecordOnly()
    {
        const auto batch = importData(QStringLiteral("damaged/bad-record-tweets.js"));
        QCOMPARE(batch.messages.size(), std::size_t(4));
        QVERIFY(!findMessageByText(batch, "Record 3"));
        bool located = false;
        for (const auto &f : batch.findings)
            located = located || (f.record == 2 && f.reason.find("not valid JSON") != std::string::npos);
        QVERIFY2(located, describeFindings(batch));
    }

    void run_invalidUtf8_isRepairedWithAWarning()
    {
        const auto batch = importData(QStringLiteral("damaged/invalid-utf8-tweets.js"));
        QCOMPARE(batch.messages.size(), std::size_t(5));
        QVERIFY(findMessageByText(batch,
            "Record \xEF\xBF\xBD"
            "2"));
        QVERIFY2(hasFinding(batch, Severity::Warning, "UTF-8"), describeFindings(batch));
    }

    void run_oddButValidFiles_readWithoutComplaint()
    {
        const auto semicolon = importData(QStringLiteral("damaged/trailing-semicolon-tweets.js"));
        QCOMPARE(semicolon.messages.size(), std::size_t(5));
        QVERIFY2(countFindings(semicolon, Severity::Error) == 0, describeFindings(semicolon));
        const auto bare = importData(QStringLiteral("bare-array"));
        QCOMPARE(bare.messages.size(), std::size_t(2));
    }

    void run_notAnArchiveFile_isAnError()
    {
        TwitterImporter importer;
        const auto batch = tb::test::runImporterOnText(importer, "data/tweets.js", "console.log('hello')");
        QCOMPARE(batch.messages.size(), std::size_t(0));
        QVERIFY2(countFindings(batch, Severity::Error) >= 1, describeFindings(batch));
        const auto empty = tb::test::runImporterOnText(importer, "data/tweets.js", "");
        QVERIFY(countFindings(empty, Severity::Error) >= 1);
    }

    void run_editInfoOfAnyShape_neverCrashes()
    {
        // Found by fuzz_twitter: edit_info without an editTweetIds array made the importer read an empty
        // simdjson array.
        TwitterImporter importer;
        for (const char *edit : { "false", "{}", "{\"initial\":{}}", "{\"initial\":{\"editTweetIds\":\"1\"}}",
                 "{\"edit\":{\"editControlInitial\":{\"editTweetIds\":7}}}" }) {
            const std::string content
                = std::string("window.YTD.tweets.part0 = [{\"tweet\":{\"id_str\":\"1\",\"full_text\":"
                              "\"x\",\"edit_info\":")
                + edit + "}}]";
            const auto batch = tb::test::runImporterOnText(importer, "data/tweets.js", content);
            QVERIFY2(batch.messages.size() == 1, edit);
        }
    }

    void run_sameArchiveTwice_givesTheSameKeys()
    {
        const auto first = importData(QStringLiteral("notes"));
        const auto second = importData(QStringLiteral("notes"));
        QCOMPARE(first.messages.size(), second.messages.size());
        for (std::size_t i = 0; i < first.messages.size(); ++i)
            QCOMPARE(first.messages[i].key, second.messages[i].key);
    }

    void run_bundledSample_importsCleanly()
    {
        TwitterImporter importer;
        const QString sample
            = qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample/twitter-archive");
        const auto input = openPath(sample);
        QCOMPARE(importer.detect(*input), 100);
        const auto batch = tb::test::runImporter(importer, *input);
        QVERIFY2(countFindings(batch, Severity::Warning) == 0 && countFindings(batch, Severity::Error) == 0,
            describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(39));
        int retweets = 0, media = 0, threaded = 0;
        for (const auto &m : batch.messages) {
            retweets += (m.flags & MessageFlag::Retweet) != 0;
            media += (m.flags & MessageFlag::Media) != 0;
            threaded += !m.threadKey.empty();
            QVERIFY2(
                m.text.find("&amp;") == std::string::npos && m.text.find("t.co/") == std::string::npos, m.text.c_str());
        }
        QCOMPARE(retweets, 2);
        QCOMPARE(media, 2);
        QCOMPARE(threaded, 6);
        QVERIFY2(findMessageByText(batch, "Bagel attempt #1: dense, chewy, slightly sad. Still ate three. <3"),
            "entities are decoded in the sample");
    }

    // Conformance on a real archive (../shared/fixtures/twitter/twitter-milahu104).
    void conformance_milahu_countsTextsAndTimes()
    {
        TB_REQUIRE_SHARED_FIXTURE(folder, QStringLiteral("twitter/twitter-milahu104"));
        TwitterImporter importer;
        const auto input = openPath(folder);
        QCOMPARE(importer.detect(*input), 100);
        const auto batch = tb::test::runImporter(importer, *input);
        QVERIFY2(countFindings(batch, Severity::Error) == 0, describeFindings(batch));
        QCOMPARE(batch.messages.size(), std::size_t(2045)); // manifest.js: dataTypes.tweets count "2045"
        QVERIFY2(!hasFinding(batch, Severity::Warning, "manifest.js says"), "the count agrees with the manifest");
        QVERIFY(hasFinding(batch, Severity::Info, "deleted tweets not imported: 47 "));

        int retweets = 0, media = 0, replies = 0, escapedBefore = 0;
        for (const auto &m : batch.messages) {
            retweets += (m.flags & MessageFlag::Retweet) != 0;
            media += (m.flags & MessageFlag::Media) != 0;
            replies += !m.replyToKey.empty();
            QCOMPARE(m.authorKey, std::string("twitter:1964312974236991488"));
            QVERIFY(m.timestampMs);
            const bool escaped = m.rawText.find("&gt;") != std::string::npos
                || m.rawText.find("&amp;") != std::string::npos || m.rawText.find("&lt;") != std::string::npos;
            escapedBefore += escaped;
            if (escaped)
                QVERIFY2(m.text.find("&gt;") == std::string::npos && m.text.find("&amp;") == std::string::npos
                        && m.text.find("&lt;") == std::string::npos,
                    m.text.c_str());
        }
        QCOMPARE(retweets, 239);
        QCOMPARE(escapedBefore, 275);
        QCOMPARE(media, 23);
        QCOMPARE(replies, 1780);

        const Message *gulf = messageByKey(batch, "twitter:2028816339670900823");
        QVERIFY(gulf);
        QCOMPARE(gulf->text,
            std::string("@martinrev21 > pretending that tech, can overcome this enormous & growing gulf "
                        "in population/lifestyle situations\n\nhuman overpopulation is a reliable "
                        "intelligence test"));
        QCOMPARE(iso(gulf), std::string("2026-03-03T12:54:43Z"));
        const Message *doctor = messageByKey(batch, "twitter:2029903943413772741");
        QCOMPARE(doctor->text, std::string("@SamaHoole Doctor: Try to eat some vegetables.\n\nSama Hoole:"));
        QVERIFY(doctor->flags & MessageFlag::Media);
        const Message *link = messageByKey(batch, "twitter:2029905358261502168");
        QCOMPARE(link->text, std::string("@SamaHoole https://x.com/milahu104/status/2027739112069878026"));
        QCOMPARE(iso(link), std::string("2026-03-06T13:02:05Z"));
        QCOMPARE(link->replyToKey, std::string("twitter:2029903943413772741"));
        QVERIFY2(!link->threadKey.empty(), "a reply to the owner's own post is a self-thread");
        const Message *chain = messageByKey(batch, "twitter:2028163226181988576");
        QCOMPARE(chain->threadKey, messageByKey(batch, "twitter:2028162593630679311")->threadKey);
    }
};

QTEST_GUILESS_MAIN(TestTwitterImporter)
#include "tst_twitterimporter.moc"
