#include "codepointtokenizer.h"
#include "dataset/tokenaccounting.h"

#include <QtTest>

using namespace tb::core;
using namespace tb::test;

class TestTokenAccounting final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chat_formula_perMessageRoleContentNameAndPrimer()
    {
        const auto accountant = codePointAccountant();
        // (3 + "system" 6 + "be brief" 8) + (3 + "user" 4 + "hi" 2 + "Ana" 3 + 1) + (3 + "assistant" 9 + "hey" 3) + 3
        const std::vector<ChatTurn> turns = {{TurnRole::System, "be brief", {}, {}},
                                             {TurnRole::User, "hi", "Ana", {}},
                                             {TurnRole::Assistant, "hey", {}, 1}};
        QCOMPARE(accountant->chat(turns), std::uint64_t(17 + 13 + 15 + 3));
        TrainingRecord record;
        record.messages = turns;
        const auto tokens = accountant->record(record, ExportFormat::Chat);
        QCOMPARE(tokens.total, std::uint64_t(48));
        QCOMPARE(tokens.assistant, std::uint64_t(3));
    }

    // The cookbook's own example (How to count tokens with tiktoken): 124 tokens for gpt-4o
    // (o200k_base), 129 for gpt-3.5/gpt-4 (cl100k_base), as @dqbd/tiktoken also counts them.
    void chatJson_cookbookExample_matchesTheCookbookWithTheRealTokenizer()
    {
        const auto messages = nlohmann::json::parse(
            "[{\"role\":\"system\",\"content\":\"You are a helpful, pattern-following assistant that translates corporate jargon into plain English.\"},"
            "{\"role\":\"system\",\"name\":\"example_user\",\"content\":\"New synergies will help drive top-line growth.\"},"
            "{\"role\":\"system\",\"name\":\"example_assistant\",\"content\":\"Things working well together will increase revenue.\"},"
            "{\"role\":\"system\",\"name\":\"example_user\",\"content\":\"Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage.\"},"
            "{\"role\":\"system\",\"name\":\"example_assistant\",\"content\":\"Let's talk later when we're less busy about how to do better.\"},"
            "{\"role\":\"user\",\"content\":\"This late pivot means we don't have time to boil the ocean for the client deliverable.\"}]");
        for (const auto &[encoding, expected] : {std::pair{Encoding::O200kBase, 124}, std::pair{Encoding::Cl100kBase, 129}}) {
            auto tokenizer = Tokenizer::get(encoding);
            QVERIFY2(tokenizer, tokenizer ? "" : tokenizer.error().message.c_str());
            const TokenAccountant accountant(std::move(tokenizer).value());
            QCOMPARE(accountant.chatJson(messages), std::uint64_t(expected));
        }
    }

    void chat_customOverheads_areUsed()
    {
        ChatOverheads legacy;
        legacy.perMessage = 4;
        legacy.perName = -1;
        TokenAccountant accountant(std::make_shared<CodePointTokenizer>(), legacy);
        const std::vector<ChatTurn> turns = {{TurnRole::User, "hi", "Ana", {}}};
        QCOMPARE(accountant.chat(turns), std::uint64_t(4 + 4 + 2 + 3 - 1 + 3));
    }

    void line_weightZero_notInTheAssistantFigure()
    {
        const auto accountant = codePointAccountant();
        const auto line = nlohmann::json::parse(
            "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"skip\",\"weight\":0},"
            "{\"role\":\"assistant\",\"content\":\"keep\"}]}");
        const auto tokens = accountant->line(line, ExportFormat::Chat);
        QCOMPARE(tokens.assistant, std::uint64_t(4));
        QCOMPARE(tokens.total, std::uint64_t((3 + 4 + 1) + (3 + 9 + 4) + (3 + 9 + 4) + 3));
    }

    void line_promptCompletion_isPromptPlusCompletion()
    {
        const auto accountant = codePointAccountant();
        const auto tokens = accountant->line(nlohmann::json::parse("{\"prompt\":\"abc\\n\\n###\\n\\n\",\"completion\":\" yes\"}"),
                                             ExportFormat::PromptCompletion);
        QCOMPARE(tokens.total, std::uint64_t(10 + 4));
        QCOMPARE(tokens.assistant, std::uint64_t(4));
    }

    void line_dpo_inputPlusPreferredAndNonPreferredReported()
    {
        const auto accountant = codePointAccountant();
        const auto tokens = accountant->line(
            nlohmann::json::parse("{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]},"
                                  "\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"good\"}],"
                                  "\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"worse!\"}]}"),
            ExportFormat::Dpo);
        QCOMPARE(tokens.total, std::uint64_t((3 + 4 + 1) + (3 + 9 + 4) + 3));
        QCOMPARE(tokens.nonPreferred, std::uint64_t(3 + 9 + 6));
        QCOMPARE(tokens.assistant, std::uint64_t(4));
    }
};

QTEST_GUILESS_MAIN(TestTokenAccounting)
#include "tst_tokenaccounting.moc"
