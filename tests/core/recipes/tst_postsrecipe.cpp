#include "recipetesthelpers.h"

#include "domain/message.h"

using namespace tb::test::recipes;
using tb::test::dataPath;
namespace MessageFlag = tb::core::MessageFlag;

class TestPostsRecipe final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_tweets;

    std::vector<std::string> posts(const std::map<std::string, std::string> &options)
    {
        auto all = options;
        all.emplace("me", "wrenhollis");
        const auto built = build(*m_tweets, RecipeKind::PostsInMyVoice, all);
        std::vector<std::string> out;
        for (const auto &r : built.records)
            out.push_back(r.messages.back().content);
        if (!built.error.empty())
            out.push_back("error: " + built.error);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), "a temporary folder is needed for the project");
        m_tweets = importProject(m_dir, {dataPath(QStringLiteral("recipes/tweets"))});
        QVERIFY2(m_tweets, "the synthetic Twitter archive imports");
    }

    void golden_tweetsSeed_blankPromptThenEachTweet()
    {
        const auto built = build(*m_tweets, RecipeKind::PostsInMyVoice, {{"me", "wrenhollis"}});
        QVERIFY2(built.error.empty() && built.records.size() == 4, describe(built).constData());
        const Json expected = {{"messages",
                                {{{"role", "user"}, {"content", ""}},
                                 {{"role", "assistant"}, {"content", "kiwis are the og fruit, fight me"}}}}};
        QCOMPARE(chatJson(built.records[0]).dump(), expected.dump());
        QVERIFY2(built.summary.skipped.at("retweet") == 1, "the retweet is not in my voice and is left out");
        QCOMPARE(built.records[0].anchorMessageId, built.records[0].messageIds.at(0));
    }

    void skipRetweets_off_keepsTheRetweet()
    {
        QCOMPARE(posts({{"skip-retweets", "false"}}).size(), std::size_t(5));
    }

    void skipReplies_on_leavesOutRepliesToOthers()
    {
        const auto kept = posts({{"skip-replies", "true"}});
        QVERIFY2(kept.size() == 3 && kept[2].find("@friendly_fern") == std::string::npos, "the reply is left out");
    }

    void links_eachChoice_changesTheUrl()
    {
        QCOMPARE(posts({}).at(1), std::string("new post about tide pools https://wren.example.invalid/tide-pools"));
        QCOMPARE(posts({{"links", "keep"}}).at(1), std::string("new post about tide pools https://t.co/abc123XYZ"));
        QCOMPARE(posts({{"links", "strip"}}).at(1), std::string("new post about tide pools"));
    }

    void unescapeEntities_onAndOff()
    {
        // The archive escapes twice ("&amp;amp;"): the import decodes once, the recipe once more.
        QCOMPARE(posts({}).at(3), std::string("salt & vinegar > everything"));
        QCOMPARE(posts({{"unescape-entities", "false"}}).at(3), std::string("salt &amp; vinegar > everything"));
    }

    void userPrompt_template_fillsDateAndChannel()
    {
        const auto built = build(*m_tweets, RecipeKind::PostsInMyVoice,
                                 {{"me", "wrenhollis"}, {"user-prompt", "Write a post for {date} on {channel}"}});
        QCOMPARE(built.records.at(0).messages.at(0).content, std::string("Write a post for 2023-04-01 on @wrenhollis posts"));
        QVERIFY(build(*m_tweets, RecipeKind::PostsInMyVoice, {{"user-prompt", "{topic}"}}).error.find("{topic}")
                != std::string::npos);
    }

    void systemPrompt_me_isFilledIn()
    {
        const auto built = build(*m_tweets, RecipeKind::PostsInMyVoice,
                                 {{"me", "wrenhollis"}, {"system-prompt", "You post as {me}."}});
        QCOMPARE(built.records.at(0).messages.at(0).content, std::string("You post as Wren Hollis."));
    }

    void minChars_shortPosts_areSkipped()
    {
        QCOMPARE(posts({{"min-chars", "33"}}).size(), std::size_t(2));
    }

    void noMe_failsPointingToTheParticipantsPage()
    {
        QVERIFY(build(*m_tweets, RecipeKind::PostsInMyVoice).error.find("Participants page") != std::string::npos);
    }

    void scope_nonTimelineConversations_onlyWhenNamed()
    {
        ProjectBuilder p(m_dir.path());
        p.person("p:me", "Me").person("p:ana", "Ana").conversation("dm", "Ana");
        p.conversation("tl", "my posts", ConversationKind::Timeline);
        p.say("dm", "p:me", "a message, not a post", 0);
        p.say("tl", "p:me", "a post", 0);
        p.say("tl", "p:me", "deleted post", 5, MessageFlag::Deleted);
        auto store = p.finish();
        markMe(*store, "p:me");
        const auto timeline = build(*store, RecipeKind::PostsInMyVoice);
        QVERIFY2(timeline.records.size() == 1 && timeline.records[0].messages.back().content == "a post",
                 describe(timeline).constData());
        const auto named = build(*store, RecipeKind::PostsInMyVoice, {{"conversations", "dm"}});
        QVERIFY2(named.records.size() == 1 && named.records[0].conversationKey == "dm", describe(named).constData());
    }

    void negatives_kto_marksTheUndesirablePost()
    {
        FakeLabels labels;
        const auto first = build(*m_tweets, RecipeKind::PostsInMyVoice, {{"me", "wrenhollis"}});
        labels.labels[first.records.at(0).anchorMessageId] = LabelValue::Negative;
        labels.labels[first.records.at(1).anchorMessageId] = LabelValue::Positive;
        const auto dropped = build(*m_tweets, RecipeKind::PostsInMyVoice, {{"me", "wrenhollis"}}, labels);
        QCOMPARE(dropped.records.size(), first.records.size() - 1);
        const auto kto = build(*m_tweets, RecipeKind::PostsInMyVoice, {{"me", "wrenhollis"}, {"negatives", "kto"}}, labels);
        QVERIFY(kto.records.at(0).desirable == false && kto.records.at(1).desirable == true && !kto.records.at(2).desirable);
        const auto weighted
            = build(*m_tweets, RecipeKind::PostsInMyVoice, {{"me", "wrenhollis"}, {"negatives", "weight-0"}}, labels);
        QVERIFY(weighted.records.at(0).messages.back().weight == 0);
    }

    void determinism_twoBuilds_giveEqualRecords()
    {
        QVERIFY(build(*m_tweets, RecipeKind::PostsInMyVoice, {{"me", "wrenhollis"}}).records
                == build(*m_tweets, RecipeKind::PostsInMyVoice, {{"me", "wrenhollis"}}).records);
    }
};

QTEST_GUILESS_MAIN(TestPostsRecipe)
#include "tst_postsrecipe.moc"
