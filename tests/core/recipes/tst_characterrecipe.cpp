#include "recipetesthelpers.h"

#include "domain/message.h"

using namespace tb::test::recipes;
using tb::test::dataPath;
using tb::core::TurnRole;

class TestCharacterRecipe final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_scenes;

    std::vector<Json> rick(const std::map<std::string, std::string> &options)
    {
        auto all = options;
        all.emplace("character", "Rick");
        const auto built = build(*m_scenes, RecipeKind::Character, all);
        std::vector<Json> out;
        for (const auto &r : built.records)
            out.push_back(chatJson(r)["messages"]);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), "a temporary folder is needed for the project");
        m_scenes = importProject(m_dir, {dataPath(QStringLiteral("recipes/scripts/rick-scenes.csv"))});
        QVERIFY2(m_scenes, "the synthetic script with scenes imports");
    }

    void golden_rickSeed_givesTheSeedExample()
    {
        QTemporaryDir dir;
        auto store = importProject(dir, {dataPath(QStringLiteral("recipes/scripts/rick-seed.csv"))});
        QVERIFY(store);
        const auto expected = readJsonl(dataPath(QStringLiteral("recipes/scripts/rick-expected.jsonl")));
        QVERIFY(expected.size() == 1);
        const std::string system = expected[0]["messages"][0]["content"];
        const auto built = build(*store, RecipeKind::Character,
                                 {{"character", "Rick"}, {"context-depth", "1"}, {"system-prompt", system}});
        QVERIFY2(built.error.empty() && built.records.size() == 1, describe(built).constData());
        QCOMPARE(chatJson(built.records[0]).dump(), expected[0].dump());
    }

    void sceneBoundaries_contextNeverCrossesAScene()
    {
        const auto records = rick({});
        QVERIFY2(records.size() == 4, Json(records).dump().c_str());
        // Scene 2 of the pilot: only Beth's line comes before Rick, not the first scene's lines.
        QCOMPARE(records[1].dump(), Json::parse("[{\"role\":\"user\",\"content\":\"Beth: Dinner is ready.\"},"
                                                "{\"role\":\"assistant\",\"content\":\"I'll eat in the garage.\"}]")
                                        .dump());
        QCOMPARE(records[3].dump(), Json::parse("[{\"role\":\"user\",\"content\":\"Jerry: Who let the dog drive?\"},"
                                                "{\"role\":\"assistant\",\"content\":\"Not me, Jerry.\"}]")
                                        .dump());
    }

    void earlierLinesOfTheCharacter_areAssistantTurns_trainOnLastWeighsThemZero()
    {
        const auto records = rick({});
        QCOMPARE(records[2].size(), std::size_t(3));
        QCOMPARE(records[2][1]["role"].get<std::string>(), std::string("assistant"));
        QVERIFY2(!records[2][1].contains("weight"), "train-on=all trains on every line");
        const auto last = rick({{"train-on", "last"}});
        QCOMPARE(last[2][1]["weight"].get<int>(), 0);
        QCOMPARE(last[2][2]["weight"].get<int>(), 1);
    }

    void contextDepth_one_showsOnlyThePreviousLine()
    {
        const auto records = rick({{"context-depth", "1"}});
        QCOMPARE(records[0][0]["content"].get<std::string>(), std::string("Summer: Nobody asked you."));
        QCOMPARE(records[0].size(), std::size_t(2));
        // Rick's second line of scene 2 follows his own line only: no one to answer, skipped.
        QCOMPARE(records.size(), std::size_t(3));
    }

    void mergeOthers_on_joinsConsecutiveLinesIntoOneTurn()
    {
        const auto separate = rick({});
        QCOMPARE(separate[0].size(), std::size_t(3));
        const auto merged = rick({{"merge-others", "true"}});
        QCOMPARE(merged[0].size(), std::size_t(2));
        QCOMPARE(merged[0][0]["content"].get<std::string>(),
                 std::string("Morty: Where are we going?\nSummer: Nobody asked you."));
    }

    void prefix_template_formatsTheSpeaker()
    {
        const auto records = rick({{"prefix", "[{speaker}] "}});
        QCOMPARE(records[0][0]["content"].get<std::string>(), std::string("[Morty] Where are we going?"));
        QVERIFY(build(*m_scenes, RecipeKind::Character, {{"character", "Rick"}, {"prefix", "{name}: "}})
                    .error.find("{speaker}")
                != std::string::npos);
    }

    void systemPrompt_placeholders_nameTheCharacterAndEpisode()
    {
        const auto records = rick({{"system-prompt", "Be {character} in {channel}."}});
        QCOMPARE(records[0][0]["role"].get<std::string>(), std::string("system"));
        QVERIFY2(records[0][0]["content"].get<std::string>().rfind("Be Rick in ", 0) == 0,
                 records[0][0].dump().c_str());
    }

    void character_missingOrUnknown_failsListingTheSpeakers()
    {
        const auto missing = build(*m_scenes, RecipeKind::Character);
        QVERIFY2(missing.error.find("option character") != std::string::npos
                     && missing.error.find("Morty") != std::string::npos,
                 missing.error.c_str());
        const auto unknown = build(*m_scenes, RecipeKind::Character, {{"character", "Birdperson"}});
        QVERIFY2(unknown.error.find("Birdperson") != std::string::npos && unknown.error.find("Summer") != std::string::npos,
                 unknown.error.c_str());
        QCOMPARE(build(*m_scenes, RecipeKind::Character, {{"character", "rick"}}).records.size(), std::size_t(4));
    }

    void lineage_record_listsTheSceneLinesItUses()
    {
        const auto built = build(*m_scenes, RecipeKind::Character, {{"character", "Rick"}});
        const auto &record = built.records.at(0);
        QCOMPARE(record.messageIds.size(), std::size_t(3));
        const auto messages = m_scenes->messagesByIds(record.messageIds);
        QCOMPARE(messages.at(0).text, std::string("Where are we going?"));
        QCOMPARE(messages.at(2).text, std::string("Somewhere with better snacks."));
        QCOMPARE(record.anchorMessageId, messages.at(2).id);
    }

    void minChars_andNegatives_skipLines()
    {
        QCOMPARE(rick({{"min-chars", "15"}}).size(), std::size_t(2));
        const auto built = build(*m_scenes, RecipeKind::Character, {{"character", "Rick"}});
        FakeLabels labels;
        labels.labels[built.records.at(0).anchorMessageId] = LabelValue::Negative;
        QCOMPARE(build(*m_scenes, RecipeKind::Character, {{"character", "Rick"}}, labels).records.size(), std::size_t(3));
        const auto weighted
            = build(*m_scenes, RecipeKind::Character, {{"character", "Rick"}, {"negatives", "weight-0"}}, labels);
        QVERIFY(weighted.records.at(0).messages.back().weight == 0);
    }

    void determinism_twoBuilds_giveEqualRecords()
    {
        QVERIFY(build(*m_scenes, RecipeKind::Character, {{"character", "Rick"}}).records
                == build(*m_scenes, RecipeKind::Character, {{"character", "Rick"}}).records);
    }
};

QTEST_GUILESS_MAIN(TestCharacterRecipe)
#include "tst_characterrecipe.moc"
