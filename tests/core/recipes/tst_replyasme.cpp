#include "recipetesthelpers.h"

#include "domain/message.h"

#include <atomic>

using namespace tb::test::recipes;
namespace MessageFlag = tb::core::MessageFlag;
using tb::test::dataPath;
using tb::core::TurnRole;

class TestReplyAsMe final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Ana asks twice, I answer in two quick messages; later Ana again, I answer once.
    std::unique_ptr<Store> chat()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").person("p:bob", "Bob").person("p:bot", "Deploy Bot", true);
        p.conversation("dm", "Ana");
        p.say("dm", "p:ana", "did the deploy go out?", 0);          // m1
        p.say("dm", "p:ana", "the dashboard looks empty", 30);      // m2
        p.say("dm", "p:me", "yes, an hour ago", 60);                // m3
        p.say("dm", "p:me", "the dashboard lags a bit", 100);       // m4
        p.say("dm", "p:ana", "ok thanks", 400);                     // m5
        p.say("dm", "p:me", "np", 420);                             // m6
        auto store = p.finish();
        if (store)
            markMe(*store, "p:me");
        return store;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_dir.isValid(), "a temporary folder is needed for the project"); }
    void init() { QFile::remove(m_dir.path() + QStringLiteral("/recipes.tunebench")); }

    void goldenSlackPersona_seedDirectMessage_givesTheSeedRecord()
    {
        QTemporaryDir dir;
        auto store = importProject(dir, {dataPath(QStringLiteral("recipes/persona-slack"))});
        QVERIFY2(store, "the synthetic Slack persona export imports");
        const std::string system = "You are Ross. He is a product manager at Observe inc. He responds to messages "
                                   "from his coworkers on slack and is helpful.";
        const auto built = build(*store, RecipeKind::ReplyAsMe, {{"me", "Ross"}, {"system-prompt", system}});
        QVERIFY2(built.error.empty() && built.records.size() == 1, describe(built).constData());
        const auto question = store->messageByKey(store->messagesByIds({built.records[0].messageIds[0]})[0].key);
        QVERIFY(question);
        const Json expected = {{"messages",
                                {{{"role", "system"}, {"content", system}},
                                 {{"role", "user"}, {"content", question->text}},
                                 {{"role", "assistant"}, {"content", "I'm fine and you?"}}}}};
        QCOMPARE(chatJson(built.records[0]).dump(), expected.dump());
        QVERIFY2(question->text.find("<@") == std::string::npos && question->text.find("Ross") != std::string::npos,
                 "the user turn is the message as read: the mention shows Ross's name, not his Slack id");
        QVERIFY2(question->text.find("How are you doing?") != std::string::npos, question->text.c_str());
    }

    void goldenWhatsApp_gptIsYou_givesTheOtherPersonsMessagesThenMyReply()
    {
        QTemporaryDir dir;
        auto store = importProject(dir, {dataPath(QStringLiteral("recipes/whatsapp/WhatsApp Chat with Noor Haddad.txt"))});
        QVERIFY2(store, "the synthetic WhatsApp chat imports");
        const auto built = build(*store, RecipeKind::ReplyAsMe, {{"me", "Theo Brandt"}});
        const auto expected = readJsonl(dataPath(QStringLiteral("recipes/whatsapp/gpt-is-you-expected.jsonl")));
        QVERIFY2(built.error.empty() && built.records.size() == expected.size(), describe(built).constData());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(chatJson(built.records[i]).dump(), expected[i].dump());
        QVERIFY2(built.summary.skipped.count("media only") == 1, "the media placeholder is left out, and counted");
    }

    void build_nobodyMarkedAsMe_failsPointingToTheParticipantsPage()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:ana", "Ana").conversation("dm", "Ana");
        p.say("dm", "p:ana", "hello", 0);
        auto store = p.finish();
        const auto built = build(*store, RecipeKind::ReplyAsMe);
        QVERIFY2(built.error.find("Participants page") != std::string::npos
                     && built.error.find("--option me=") != std::string::npos,
                 built.error.c_str());
    }

    void meOption_unknownName_failsListingWhoThereIs()
    {
        auto store = chat();
        const auto built = build(*store, RecipeKind::ReplyAsMe, {{"me", "Zed"}});
        QVERIFY2(built.error.find("option me") != std::string::npos && built.error.find("Ana") != std::string::npos,
                 built.error.c_str());
    }

    void meOption_namesAnotherPerson_learnsTheirVoice()
    {
        auto store = chat();
        const auto built = build(*store, RecipeKind::ReplyAsMe, {{"me", "ana"}});
        QVERIFY2(built.error.empty() && built.records.size() == 1, describe(built).constData());
        QCOMPARE(built.records[0].messages.back().content, std::string("ok thanks"));
    }

    void burstMergeWindow_quickMessages_becomeOneReply()
    {
        auto store = chat();
        const auto merged = build(*store, RecipeKind::ReplyAsMe);
        QVERIFY2(merged.records.size() == 2, describe(merged).constData());
        QCOMPARE(merged.records[0].messages.back().content, std::string("yes, an hour ago\nthe dashboard lags a bit"));
        QCOMPARE(merged.records[0].messages.front().content,
                 std::string("did the deploy go out?\nthe dashboard looks empty"));
        const auto split = build(*store, RecipeKind::ReplyAsMe, {{"burst-merge-window", "10"}});
        QVERIFY2(split.records.size() == 3, describe(split).constData());
        QCOMPARE(split.records[0].messages.back().content, std::string("yes, an hour ago"));
        QCOMPARE(split.records[1].messages.back().content, std::string("the dashboard lags a bit"));
        QCOMPARE(split.records[1].messages.front().content, merged.records[0].messages.front().content);
    }

    void lineage_reply_listsEveryMessageUsedAndAnchorsOnTheReply()
    {
        auto store = chat();
        const auto built = build(*store, RecipeKind::ReplyAsMe);
        QVERIFY(built.records.size() == 2);
        const std::vector<std::int64_t> ids = {idOf(*store, "m1"), idOf(*store, "m2"), idOf(*store, "m3"),
                                               idOf(*store, "m4")};
        QVERIFY2(built.records[0].messageIds == ids, "the record lists both questions and both parts of the reply");
        QCOMPARE(built.records[0].anchorMessageId, idOf(*store, "m3"));
        QCOMPARE(built.records[0].conversationKey, std::string("dm"));
        QCOMPARE(built.records[1].anchorMessageId, idOf(*store, "m6"));
        const auto narrower = build(*store, RecipeKind::ReplyAsMe, {{"burst-merge-window", "10"}});
        QVERIFY2(narrower.records[0].anchorMessageId == built.records[0].anchorMessageId,
                 "the reply's anchor stays the same when the merge window changes");
        QCOMPARE(built.records[0].ordinal, std::uint64_t(0));
        QCOMPARE(built.records[1].ordinal, std::uint64_t(1));
    }

    void sessionGap_longPause_startsAFreshContext()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").conversation("dm", "Ana");
        p.say("dm", "p:ana", "lunch tomorrow?", 0);
        p.say("dm", "p:ana", "also, are you around?", 7200);
        p.say("dm", "p:me", "sure", 7260);
        auto store = p.finish();
        markMe(*store, "p:me");
        const auto wide = build(*store, RecipeKind::ReplyAsMe);
        QCOMPARE(wide.records.at(0).messages.front().content, std::string("lunch tomorrow?\nalso, are you around?"));
        const auto narrow = build(*store, RecipeKind::ReplyAsMe, {{"session-gap", "1h"}});
        QCOMPARE(narrow.records.at(0).messages.front().content, std::string("also, are you around?"));
        QCOMPARE(narrow.records.at(0).messageIds.size(), std::size_t(2));
    }

    void contextDepth_two_keepsTheLastTwoMessages()
    {
        auto store = chat();
        const auto built = build(*store, RecipeKind::ReplyAsMe, {{"context-depth", "1"}});
        QCOMPARE(built.records.at(0).messages.front().content, std::string("the dashboard looks empty"));
    }

    void noContext_replyOpeningASession_isSkippedAndCounted()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").conversation("dm", "Ana");
        p.say("dm", "p:me", "morning!", 0);
        p.say("dm", "p:ana", "morning", 30);
        auto store = p.finish();
        markMe(*store, "p:me");
        const auto built = build(*store, RecipeKind::ReplyAsMe);
        QVERIFY2(built.records.empty() && built.summary.skipped.at("no context") == 1, describe(built).constData());
    }

    void turnsMulti_earlierExchange_becomesAlternatingTurns()
    {
        auto store = chat();
        const auto built = build(*store, RecipeKind::ReplyAsMe, {{"turns", "multi"}});
        QVERIFY(built.records.size() == 2);
        const auto &second = built.records[1].messages;
        QVERIFY2(second.size() == 4, chatJson(built.records[1]).dump().c_str());
        QVERIFY(second[0].role == TurnRole::User && second[1].role == TurnRole::Assistant
                && second[2].role == TurnRole::User && second[3].role == TurnRole::Assistant);
        QCOMPARE(second[1].content, std::string("yes, an hour ago\nthe dashboard lags a bit"));
        QVERIFY2(!second[1].weight, "train-on=all leaves earlier replies trained");
        const auto last = build(*store, RecipeKind::ReplyAsMe, {{"turns", "multi"}, {"train-on", "last"}});
        QVERIFY2(last.records[1].messages[1].weight == 0 && last.records[1].messages[3].weight == 1,
                 chatJson(last.records[1]).dump().c_str());
    }

    void speakerPrefix_on_namesTheOtherPerson()
    {
        auto store = chat();
        const auto built = build(*store, RecipeKind::ReplyAsMe, {{"speaker-prefix", "true"}});
        QCOMPARE(built.records.at(0).messages.front().content,
                 std::string("Ana: did the deploy go out?\nAna: the dashboard looks empty"));
    }

    void systemPrompt_placeholders_areFilledIn()
    {
        auto store = chat();
        const auto built
            = build(*store, RecipeKind::ReplyAsMe, {{"system-prompt", "You are {me}, talking to {other} in {channel}."}});
        QVERIFY(built.records.at(0).messages.front().role == TurnRole::System);
        QCOMPARE(built.records.at(0).messages.front().content, std::string("You are Ross, talking to Ana in Ana."));
        const auto bad = build(*store, RecipeKind::ReplyAsMe, {{"system-prompt", "Hi {mee}"}});
        QVERIFY2(bad.error.find("system-prompt") != std::string::npos && bad.error.find("{mee}") != std::string::npos
                     && bad.error.find("{other}") != std::string::npos,
                 bad.error.c_str());
    }

    void threads_replies_formTheirOwnSequence()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").person("p:bob", "Bob");
        p.conversation("general", "general", ConversationKind::Channel);
        const auto root = p.say("general", "p:ana", "who owns the billing service?", 0, 0, "self");
        p.say("general", "p:bob", "coffee anyone?", 20);
        p.say("general", "p:me", "payments team does", 40, 0, root);
        p.say("general", "p:me", "me!", 50);
        auto store = p.finish();
        markMe(*store, "p:me");
        const auto built = build(*store, RecipeKind::ReplyAsMe);
        QVERIFY2(built.records.size() == 2, describe(built).constData());
        // Top level: Ana's question and Bob's coffee, then my "me!"; the thread: the question, my answer.
        QCOMPARE(built.records[0].messages.back().content, std::string("payments team does"));
        QCOMPARE(built.records[0].messages.front().content, std::string("who owns the billing service?"));
        QCOMPARE(built.records[1].messages.back().content, std::string("me!"));
        QCOMPARE(built.records[1].messages.front().content,
                 std::string("who owns the billing service?\ncoffee anyone?"));
    }

    void botsAndSystem_byDefault_areLeftOut()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").person("p:bot", "Deploy Bot", true);
        p.conversation("c", "ops", ConversationKind::Channel);
        p.say("c", "p:ana", "is it green?", 0);
        p.say("c", "p:bot", "build 42 passed", 10);
        p.say("c", "p:ana", "Ana joined the channel", 15, MessageFlag::System);
        p.say("c", "p:me", "green", 20);
        auto store = p.finish();
        markMe(*store, "p:me");
        const auto plain = build(*store, RecipeKind::ReplyAsMe);
        QCOMPARE(plain.records.at(0).messages.front().content, std::string("is it green?"));
        const auto bots = build(*store, RecipeKind::ReplyAsMe, {{"include-bots", "true"}});
        QCOMPARE(bots.records.at(0).messages.front().content, std::string("is it green?\nbuild 42 passed"));
        const auto system = build(*store, RecipeKind::ReplyAsMe, {{"include-system", "yes"}});
        QCOMPARE(system.records.at(0).messages.front().content, std::string("is it green?\nAna joined the channel"));
    }

    void skipDeletedAndMedia_options_decideWhetherTheyCount()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").conversation("dm", "Ana");
        p.say("dm", "p:ana", "This message was deleted", 0, MessageFlag::Deleted);
        p.say("dm", "p:ana", "<Media omitted>", 5, MessageFlag::Media);
        p.say("dm", "p:ana", "nice view", 10);
        p.say("dm", "p:me", "wow", 20);
        auto store = p.finish();
        markMe(*store, "p:me");
        QCOMPARE(build(*store, RecipeKind::ReplyAsMe).records.at(0).messages.front().content, std::string("nice view"));
        const auto kept = build(*store, RecipeKind::ReplyAsMe, {{"skip-deleted", "false"}, {"skip-media-only", "false"}});
        QCOMPARE(kept.records.at(0).messages.front().content,
                 std::string("This message was deleted\n<Media omitted>\nnice view"));
    }

    void minChars_shortReply_isSkipped()
    {
        auto store = chat();
        const auto built = build(*store, RecipeKind::ReplyAsMe, {{"min-chars", "3"}});
        QVERIFY2(built.records.size() == 1 && built.summary.skipped.at("too short") == 1, describe(built).constData());
    }

    void dateRange_fromAndTo_keepOnlyThoseDays()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").conversation("dm", "Ana");
        p.say("dm", "p:ana", "day one?", 0);
        p.say("dm", "p:me", "one", 10);
        p.say("dm", "p:ana", "day two?", 86400);
        p.say("dm", "p:me", "two", 86410);
        auto store = p.finish();
        markMe(*store, "p:me");
        const auto second = build(*store, RecipeKind::ReplyAsMe, {{"from", "2023-01-02"}});
        QVERIFY2(second.records.size() == 1 && second.records[0].messages.back().content == "two",
                 describe(second).constData());
        const auto first = build(*store, RecipeKind::ReplyAsMe, {{"to", "2023-01-01"}});
        QVERIFY2(first.records.size() == 1 && first.records[0].messages.back().content == "one",
                 describe(first).constData());
        QVERIFY(build(*store, RecipeKind::ReplyAsMe, {{"from", "2023-13-01"}}).error.find("YYYY-MM-DD")
                != std::string::npos);
    }

    void conversations_option_limitsTheScope()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").conversation("a", "A").conversation("b", "B");
        p.say("a", "p:ana", "in a", 0);
        p.say("a", "p:me", "reply a", 10);
        p.say("b", "p:ana", "in b", 0);
        p.say("b", "p:me", "reply b", 10);
        auto store = p.finish();
        markMe(*store, "p:me");
        QCOMPARE(build(*store, RecipeKind::ReplyAsMe).records.size(), std::size_t(2));
        const auto onlyB = build(*store, RecipeKind::ReplyAsMe, {{"conversations", "b"}});
        QVERIFY2(onlyB.records.size() == 1 && onlyB.records[0].conversationKey == "b", describe(onlyB).constData());
        QVERIFY(build(*store, RecipeKind::ReplyAsMe, {{"conversations", "nope"}}).error.find("'nope'")
                != std::string::npos);
    }

    void negatives_eachMode_changesTheRecord()
    {
        auto store = chat();
        FakeLabels labels;
        labels.labels[idOf(*store, "m6")] = LabelValue::Negative;
        QCOMPARE(build(*store, RecipeKind::ReplyAsMe, {}, labels).records.size(), std::size_t(1));
        const auto weighted = build(*store, RecipeKind::ReplyAsMe, {{"negatives", "weight-0"}}, labels);
        QVERIFY(weighted.records.size() == 2 && weighted.records[1].messages.back().weight == 0);
        const auto kto = build(*store, RecipeKind::ReplyAsMe, {{"negatives", "kto"}}, labels);
        QVERIFY(kto.records.size() == 2 && kto.records[1].desirable == false && !kto.records[0].desirable);
    }

    void dpo_positiveAndNegativeReplyToOneContext_becomeAPreferencePair()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Ross").person("p:ana", "Ana").conversation("dm", "Ana");
        p.say("dm", "p:ana", "can you review my PR?", 0);
        p.say("dm", "p:me", "no", 10);
        p.say("dm", "p:me", "sure, after standup", 600);
        auto store = p.finish();
        markMe(*store, "p:me");
        FakeLabels labels;
        labels.labels[idOf(*store, "m2")] = LabelValue::Negative;
        labels.labels[idOf(*store, "m3")] = LabelValue::Positive;
        const auto built = build(*store, RecipeKind::ReplyAsMe, {}, labels);
        QVERIFY2(built.records.size() == 1, describe(built).constData());
        QCOMPARE(built.records[0].messages.back().content, std::string("sure, after standup"));
        QVERIFY2(built.records[0].rejected && built.records[0].rejected->content == "no",
                 "the negatively labelled reply is the rejected one");
        QCOMPARE(built.records[0].messageIds.size(), std::size_t(3));
        QCOMPARE(built.records[0].anchorMessageId, idOf(*store, "m3"));
    }

    void determinism_twoBuilds_giveEqualRecords()
    {
        auto store = chat();
        const auto a = build(*store, RecipeKind::ReplyAsMe, {{"turns", "multi"}});
        const auto b = build(*store, RecipeKind::ReplyAsMe, {{"turns", "multi"}});
        QVERIFY2(!a.records.empty() && a.records == b.records, "the same project and options give the same records");
    }

    void cancel_setBeforeBuild_stopsWithoutRecords()
    {
        auto store = chat();
        auto recipe = tb::core::makeRecipe(RecipeKind::ReplyAsMe, {});
        QVERIFY(recipe);
        std::atomic_bool cancel{true};
        std::size_t records = 0;
        auto summary = (*recipe)->build(*store, tb::core::NoLabels{}, [&](TrainingRecord &&) { return ++records > 0; },
                                        &cancel);
        QVERIFY2(summary && summary->cancelled && records == 0, "a cancelled build says so and yields nothing");
    }
};

QTEST_GUILESS_MAIN(TestReplyAsMe)
#include "tst_replyasme.moc"
