#include "recipetesthelpers.h"

using namespace tb::test::recipes;
using namespace tb::core;

class TestRecipeOptions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindNames_roundTrip()
    {
        for (const auto kind : {RecipeKind::ReplyAsMe, RecipeKind::PostsInMyVoice, RecipeKind::Character,
                                RecipeKind::NextSpeaker}) {
            QVERIFY2(recipeKindFromString(toString(kind)) == kind, toString(kind).data());
            QVERIFY(!displayName(kind).empty());
        }
        QCOMPARE(toString(RecipeKind::NextSpeaker), std::string_view("next-speaker"));
        QCOMPARE(displayName(RecipeKind::ReplyAsMe), std::string_view("Reply as me"));
        QVERIFY(!recipeKindFromString("reply_as_me"));
    }

    void defaults_everyKind_validateAndEveryOptionHasHelp()
    {
        for (const auto kind : {RecipeKind::ReplyAsMe, RecipeKind::PostsInMyVoice, RecipeKind::Character,
                                RecipeKind::NextSpeaker}) {
            QVERIFY2(makeRecipe(kind, {}), toString(kind).data());
            for (const auto &spec : optionSpecs(kind)) {
                QVERIFY2(!spec.help.empty(), spec.key.c_str());
                QVERIFY2(spec.type != OptionType::Choice || !spec.choices.empty(), spec.key.c_str());
                RecipeOptions options;
                options.set(spec.key, spec.defaultValue);
                QVERIFY2(makeRecipe(kind, options), spec.key.c_str());
            }
            QVERIFY(findOptionSpec(kind, "from") && !findOptionSpec(kind, "nope"));
        }
        QCOMPARE(findOptionSpec(RecipeKind::NextSpeaker, "separator")->defaultValue, std::string("\\n\\n###\\n\\n"));
    }

    void recipe_keepsTheOptionsItWasMadeWith()
    {
        RecipeOptions options;
        options.set("session-gap", "90m");
        auto recipe = makeRecipe(RecipeKind::ReplyAsMe, options);
        QVERIFY(recipe && (*recipe)->options() == options && (*recipe)->kind() == RecipeKind::ReplyAsMe);
    }

    void badValues_errorsNameTheKeyAndWhatItTakes()
    {
        const auto error = [](RecipeKind kind, const std::string &key, const std::string &value) {
            RecipeOptions options;
            options.set(key, value);
            auto recipe = makeRecipe(kind, options);
            return recipe ? std::string() : recipe.error().message;
        };
        QVERIFY(error(RecipeKind::ReplyAsMe, "session-gap", "soon").find("option session-gap: 'soon' is not a duration")
                == 0);
        QVERIFY(error(RecipeKind::ReplyAsMe, "context-depth", "-1").find("whole number from 1") != std::string::npos);
        QVERIFY(error(RecipeKind::ReplyAsMe, "turns", "many").find("single and multi") != std::string::npos);
        QVERIFY(error(RecipeKind::ReplyAsMe, "to", "31/01/2023").find("YYYY-MM-DD") != std::string::npos);
        QVERIFY(error(RecipeKind::Character, "system-prompt", "{me}").find("{character} and {channel}")
                != std::string::npos);
        QVERIFY(error(RecipeKind::PostsInMyVoice, "separator", "x").find("has no such option") != std::string::npos);
        QVERIFY(error(RecipeKind::ReplyAsMe, "system-prompt", "JSON like {\"a\": 1} stays text").empty());
    }

    void parsers_readWhatTheCliTakes()
    {
        QCOMPARE(parseDurationOption("90").value_or(-1), std::int64_t(90));
        QCOMPARE(parseDurationOption("15m").value_or(-1), std::int64_t(900));
        QCOMPARE(parseDurationOption("6h").value_or(-1), std::int64_t(21600));
        QCOMPARE(parseDurationOption("2d").value_or(-1), std::int64_t(172800));
        QVERIFY(!parseDurationOption("-5") && !parseDurationOption("h") && !parseDurationOption("5 minutes"));
        QVERIFY(parseBoolOption("On") == true && parseBoolOption("no") == false && !parseBoolOption("maybe"));
        QVERIFY((parseListOption(" a, ,b ,") == std::vector<std::string>{"a", "b"}));
        QCOMPARE(decodeEscapes("\\n\\n###\\n\\n"), std::string("\n\n###\n\n"));
        QCOMPARE(decodeEscapes("a\\tb\\\\n\\q"), std::string("a\tb\\n\\q"));
    }
};

QTEST_GUILESS_MAIN(TestRecipeOptions)
#include "tst_recipeoptions.moc"
