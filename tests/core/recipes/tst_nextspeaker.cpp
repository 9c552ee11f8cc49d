#include "recipetesthelpers.h"

#include "recipes/textclean.h"

using namespace tb::test::recipes;
using tb::test::dataPath;

class TestNextSpeaker final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_seed;

    static void compareWithGolden(const Built &built, const QString &golden)
    {
        const auto expected = readJsonl(dataPath(golden));
        QVERIFY2(!expected.empty(), "the golden file is readable");
        QVERIFY2(built.error.empty() && built.records.size() == expected.size(), describe(built).constData());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto &pc = built.records[i].promptCompletion;
            QVERIFY2(pc, "next-speaker records are prompt/completion records");
            QCOMPARE(pc->prompt, expected[i]["prompt"].get<std::string>());
            QCOMPARE(pc->completion, expected[i]["completion"].get<std::string>());
        }
    }

    std::int64_t seedMessage(const std::string &textStart) const
    {
        std::int64_t found = -1;
        m_seed->forEachMessage({}, [&](const tb::core::StoredMessage &m) {
            if (m.text.rfind(textStart, 0) == 0 || m.rawText.rfind(textStart, 0) == 0)
                found = m.id;
        });
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), "a temporary folder is needed for the project");
        m_seed = importProject(m_dir, {dataPath(QStringLiteral("recipes/beepgpt-slack"))});
        QVERIFY2(m_seed, "the synthetic BeepGPT Slack export imports");
    }

    void golden_nachosConversation_givesTheSeedsTwoLines()
    {
        compareWithGolden(build(*m_seed, RecipeKind::NextSpeaker, {{"context", "3"}}),
                          QStringLiteral("recipes/beepgpt-expected.jsonl"));
    }

    void golden_firstPredictionLabelledNegative_becomesNil()
    {
        FakeLabels labels;
        labels.labels[seedMessage("Yes, I love mexican food.")] = LabelValue::Negative;
        compareWithGolden(build(*m_seed, RecipeKind::NextSpeaker, {}, labels),
                          QStringLiteral("recipes/beepgpt-refined-expected.jsonl"));
    }

    void labelMap_seedWorkspace_numbersUsersByKey()
    {
        const auto built = build(*m_seed, RecipeKind::NextSpeaker);
        QVERIFY(built.summary.labelMap);
        const auto &entries = built.summary.labelMap->entries;
        QVERIFY2(entries.size() == 3, "three people wrote in the channel");
        QCOMPARE(entries[0].name + "=" + entries[0].label, std::string("UserA=0"));
        QCOMPARE(entries[1].name + "=" + entries[1].label, std::string("UserB=1"));
        QCOMPARE(entries[2].name + "=" + entries[2].label, std::string("UserC=2"));
        QCOMPARE(built.summary.labelMap->negativeCompletion, std::string(" nil"));
        auto recipe = tb::core::makeRecipe(RecipeKind::NextSpeaker, {});
        const auto alone = (*recipe)->labelMap(*m_seed);
        QVERIFY2(alone && *alone && **alone == *built.summary.labelMap, "the map can be read without a build");
    }

    void labelStyle_name_completesWithTheName()
    {
        const auto built = build(*m_seed, RecipeKind::NextSpeaker, {{"label-style", "name"}});
        QCOMPARE(built.records.at(1).promptCompletion->completion, std::string(" UserC"));
    }

    void newSpeakersOnly_off_predictsEveryReply()
    {
        const auto built = build(*m_seed, RecipeKind::NextSpeaker, {{"new-speakers-only", "false"}});
        QVERIFY2(built.records.size() == 5, describe(built).constData());
        QCOMPARE(built.records[1].promptCompletion->completion, std::string(" 0"));
    }

    void context_one_showsOnlyTheLastMessage()
    {
        // With one message of context every change of speaker is a new speaker: five predictions.
        const auto built = build(*m_seed, RecipeKind::NextSpeaker, {{"context", "1"}});
        QVERIFY2(built.records.size() == 5, describe(built).constData());
        QCOMPARE(built.records[4].promptCompletion->prompt, std::string("I can wait for UserC to get back.\n\n###\n\n"));
    }

    void minContext_three_skipsShortHistories()
    {
        const auto built = build(*m_seed, RecipeKind::NextSpeaker, {{"min-context", "3"}});
        QVERIFY2(built.records.size() == 1 && built.records[0].promptCompletion->completion == " 2",
                 describe(built).constData());
    }

    void separatorAndJoiner_options_shapeThePrompt()
    {
        const auto built = build(*m_seed, RecipeKind::NextSpeaker, {{"separator", " ->"}, {"joiner", "\\n"}});
        const std::string &prompt = built.records.at(1).promptCompletion->prompt;
        QVERIFY2(prompt.size() > 3 && prompt.substr(prompt.size() - 3) == " ->", prompt.c_str());
        QVERIFY2(prompt.find("Can you help?\nUserC is at lunch") != std::string::npos, prompt.c_str());
    }

    void negativeLabel_option_replacesNil()
    {
        FakeLabels labels;
        labels.labels[seedMessage("Yes, I love mexican food.")] = LabelValue::Negative;
        const auto built = build(*m_seed, RecipeKind::NextSpeaker, {{"negative-label", " none"}}, labels);
        QCOMPARE(built.records.at(0).promptCompletion->completion, std::string(" none"));
    }

    void stripOptions_off_keepLinksIdsAndCode()
    {
        const auto kept = build(*m_seed, RecipeKind::NextSpeaker, {{"strip-links", "false"}, {"strip-ids", "false"}});
        const std::string &prompt = kept.records.at(1).promptCompletion->prompt;
        QVERIFY2(prompt.find("http://tinyurl.com/4k53dc8h") != std::string::npos, prompt.c_str());
        QVERIFY2(prompt.find("UserC I'm trying") != std::string::npos, prompt.c_str());
        const auto idsOnly = build(*m_seed, RecipeKind::NextSpeaker, {{"strip-links", "false"}});
        QVERIFY2(idsOnly.records.at(1).promptCompletion->prompt.find("<http") == std::string::npos,
                 "a link kept is shown as a person reads it, without Slack's brackets");
        using tb::core::recipes::cleanText;
        QCOMPARE(cleanText("try `kubectl get pods` then\n```\nyaml: here\n```\ndone", {true, true, true}),
                 std::string("try then\n\ndone"));
        QCOMPARE(cleanText("try `kubectl get pods` then", {true, true, false}), std::string("try `kubectl get pods` then"));
        QCOMPARE(cleanText("ask <#C0123ABCD|general> or U0123ABCD9 <!here> &amp; www.x.io/a, ok", {true, true, true}),
                 std::string("ask or & , ok"));
    }

    void threads_replies_arePredictedWithinTheirThread()
    {
        ProjectBuilder p(m_dir.path() + QStringLiteral("/threads"));
        QDir().mkpath(m_dir.path() + QStringLiteral("/threads"));
        p.person("s:a", "Ann").person("s:b", "Ben").person("s:c", "Cal");
        p.conversation("ch", "general", ConversationKind::Channel);
        const auto root = p.say("ch", "s:a", "root question", 0, 0, "self");
        p.say("ch", "s:b", "unrelated top level", 10);
        p.say("ch", "s:c", "thread answer", 20, 0, root);
        auto store = p.finish();
        const auto built = build(*store, RecipeKind::NextSpeaker);
        QVERIFY2(built.records.size() == 2, describe(built).constData());
        QCOMPARE(built.records[0].promptCompletion->prompt, std::string("root question\n\n###\n\n"));
        QCOMPARE(built.records[0].promptCompletion->completion, std::string(" 1"));
        QCOMPARE(built.records[1].promptCompletion->prompt, std::string("root question\n\n###\n\n"));
        QCOMPARE(built.records[1].promptCompletion->completion, std::string(" 2"));
        QCOMPARE(built.records[1].anchorMessageId, idOf(*store, "m3"));
        QVERIFY2((built.records[1].messageIds == std::vector<std::int64_t>{idOf(*store, "m1"), idOf(*store, "m3")}),
                 "the thread's record uses the root and the reply, not the top-level message in between");
    }

    void lineage_seedRecord_listsContextAndPredictedMessage()
    {
        const auto built = build(*m_seed, RecipeKind::NextSpeaker);
        const auto &record = built.records.at(1);
        QCOMPARE(record.messageIds.size(), std::size_t(4));
        QCOMPARE(record.anchorMessageId, seedMessage("I can help with this."));
        QCOMPARE(record.messageIds.back(), record.anchorMessageId);
        QCOMPARE(record.messageIds.front(), seedMessage("<@U0000000C>"));
        QVERIFY2(record.messages.size() == 2 && record.messages[1].content == " 2",
                 "the chat form carries the same prompt and completion");
    }

    void systemPrompt_channelPlaceholder_goesIntoTheChatForm()
    {
        const auto built = build(*m_seed, RecipeKind::NextSpeaker, {{"system-prompt", "Who answers next in #{channel}?"}});
        QCOMPARE(built.records.at(0).messages.at(0).content, std::string("Who answers next in #help?"));
    }

    void minChars_longPromptsOnly()
    {
        const auto built = build(*m_seed, RecipeKind::NextSpeaker, {{"min-chars", "100"}});
        QVERIFY2(built.records.size() == 1 && built.summary.skipped.at("too short") == 1, describe(built).constData());
    }

    void determinism_twoBuilds_giveEqualRecords()
    {
        QVERIFY(build(*m_seed, RecipeKind::NextSpeaker).records == build(*m_seed, RecipeKind::NextSpeaker).records);
    }

    void options_badValues_nameTheKeyAndWhatItTakes()
    {
        QVERIFY(build(*m_seed, RecipeKind::NextSpeaker, {{"context", "0"}}).error.find("option context") == 0);
        QVERIFY(build(*m_seed, RecipeKind::NextSpeaker, {{"label-style", "emoji"}}).error.find("index and name")
                != std::string::npos);
        QVERIFY(build(*m_seed, RecipeKind::NextSpeaker, {{"strip-code", "maybe"}}).error.find("true or false")
                != std::string::npos);
        QVERIFY(build(*m_seed, RecipeKind::NextSpeaker, {{"colour", "red"}}).error.find("no such option")
                != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestNextSpeaker)
#include "tst_nextspeaker.moc"
