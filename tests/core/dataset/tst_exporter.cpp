#include "dataset/exporter.h"
#include "dataset/jsonlreader.h"

#include <QtTest>

using namespace tb::core;

namespace {

TrainingRecord sample()
{
    TrainingRecord record;
    record.ordinal = 7;
    record.messages = {{TurnRole::System, "You are Ana.", {}, {}},
                       {TurnRole::User, "lunch at the caf\xC3\xA9?", "Ben", {}},
                       {TurnRole::Assistant, "not today", {}, 0},
                       {TurnRole::User, "tomorrow?", {}, {}},
                       {TurnRole::Assistant, "sure \xE2\x98\x95", {}, 1}};
    record.messageIds = {11, 12, 13, 14, 15};
    record.anchorMessageId = 15;
    record.conversationKey = "wa:lunch";
    return record;
}

QByteArray line(const TrainingRecord &record, ExportFormat format, const ExportOptions &options = {})
{
    auto text = toJsonLine(record, format, options);
    return text ? QByteArray::fromStdString(*text) : QByteArray("ERROR: ") + text.error().message.c_str();
}

} // namespace

class TestExporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chat_sample_exactBytesWithWeightOnlyWhereSet()
    {
        QCOMPARE(line(sample(), ExportFormat::Chat),
                 QByteArray("{\"messages\":[{\"role\":\"system\",\"content\":\"You are Ana.\"},"
                            "{\"role\":\"user\",\"content\":\"lunch at the caf\xC3\xA9?\",\"name\":\"Ben\"},"
                            "{\"role\":\"assistant\",\"content\":\"not today\",\"weight\":0},"
                            "{\"role\":\"user\",\"content\":\"tomorrow?\"},"
                            "{\"role\":\"assistant\",\"content\":\"sure \xE2\x98\x95\",\"weight\":1}]}"));
    }

    void dpo_withRejected_oneAssistantMessageEach()
    {
        TrainingRecord record = sample();
        record.rejected = ChatTurn{TurnRole::Assistant, "no", {}, {}};
        QCOMPARE(line(record, ExportFormat::Dpo),
                 QByteArray("{\"input\":{\"messages\":[{\"role\":\"system\",\"content\":\"You are Ana.\"},"
                            "{\"role\":\"user\",\"content\":\"lunch at the caf\xC3\xA9?\",\"name\":\"Ben\"},"
                            "{\"role\":\"assistant\",\"content\":\"not today\"},"
                            "{\"role\":\"user\",\"content\":\"tomorrow?\"}]},"
                            "\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"sure \xE2\x98\x95\"}],"
                            "\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"no\"}]}"));
    }

    void dpo_withoutRejected_saysWhy()
    {
        auto text = toJsonLine(sample(), ExportFormat::Dpo);
        QVERIFY(!text);
        QVERIFY2(text.error().message.find("record 7") != std::string::npos &&
                     text.error().message.find("rejected") != std::string::npos,
                 text.error().message.c_str());
    }

    void promptCompletion_derived_joinsTurnsWithSeparatorAndLeadingSpace()
    {
        ExportOptions options;
        options.stopSuffix = "\n";
        QCOMPARE(line(sample(), ExportFormat::PromptCompletion, options),
                 QByteArray("{\"prompt\":\"You are Ana.\\n\\nlunch at the caf\xC3\xA9?\\n\\ntomorrow?\\n\\n###\\n\\n\","
                            "\"completion\":\" sure \xE2\x98\x95\\n\"}"));
    }

    void promptCompletion_stored_isWrittenAsItIs()
    {
        TrainingRecord record = sample();
        record.promptCompletion = PromptCompletion{"a\n\n###\n\n", " b"};
        QCOMPARE(line(record, ExportFormat::PromptCompletion), QByteArray("{\"prompt\":\"a\\n\\n###\\n\\n\",\"completion\":\" b\"}"));
    }

    void shareGpt_sample_fromNames()
    {
        QCOMPARE(line(sample(), ExportFormat::ShareGpt),
                 QByteArray("{\"conversations\":[{\"from\":\"system\",\"value\":\"You are Ana.\"},"
                            "{\"from\":\"human\",\"value\":\"lunch at the caf\xC3\xA9?\"},"
                            "{\"from\":\"gpt\",\"value\":\"not today\"},{\"from\":\"human\",\"value\":\"tomorrow?\"},"
                            "{\"from\":\"gpt\",\"value\":\"sure \xE2\x98\x95\"}]}"));
    }

    void alpaca_sample_lastPairWithHistoryAndSystem()
    {
        QCOMPARE(line(sample(), ExportFormat::Alpaca),
                 QByteArray("{\"instruction\":\"tomorrow?\",\"input\":\"\",\"output\":\"sure \xE2\x98\x95\","
                            "\"system\":\"You are Ana.\",\"history\":[[\"lunch at the caf\xC3\xA9?\",\"not today\"]]}"));
    }

    void kto_unlabelled_isDesirableAndLabelledIsKept()
    {
        TrainingRecord record;
        record.messages = {{TurnRole::User, "q", {}, {}}, {TurnRole::Assistant, "a", {}, {}}};
        QCOMPARE(line(record, ExportFormat::Kto),
                 QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}],\"kto_tag\":true}"));
        record.desirable = false;
        QVERIFY(line(record, ExportFormat::Kto).endsWith("\"kto_tag\":false}"));
    }

    void toJsonLine_invalidUtf8_isReplacedNotFatal()
    {
        TrainingRecord record;
        record.messages = {{TurnRole::User, std::string("bad \xFF byte"), {}, {}}, {TurnRole::Assistant, "ok", {}, {}}};
        QVERIFY2(line(record, ExportFormat::Chat).contains("bad \xEF\xBF\xBD byte"), "invalid UTF-8 becomes U+FFFD");
    }

    void neutral_roundTrip_keepsEverything()
    {
        TrainingRecord record = sample();
        record.rejected = ChatTurn{TurnRole::Assistant, "no", {}, {}};
        record.desirable = false;
        record.promptCompletion = PromptCompletion{"p", " c"};
        const auto text = dumpCanonical(toNeutralJson(record));
        auto back = fromNeutralJson(nlohmann::json::parse(text));
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QVERIFY2(*back == record, "the neutral form gives back the same record");
    }

    void detectFormat_eachFormatsLine_isRecognised()
    {
        const TrainingRecord base = sample();
        TrainingRecord dpo = base;
        dpo.rejected = ChatTurn{TurnRole::Assistant, "no", {}, {}};
        for (const auto format : {ExportFormat::Chat, ExportFormat::Dpo, ExportFormat::PromptCompletion, ExportFormat::ShareGpt,
                                  ExportFormat::Alpaca, ExportFormat::Kto}) {
            const auto text = toJsonLine(dpo, format);
            QVERIFY(text);
            QVERIFY((detectFormat(nlohmann::json::parse(*text))) == (std::optional<ExportFormat>(format)));
        }
        QVERIFY(detectFormat(nlohmann::json::parse("{\"Prompt\":\"x\",\"Completion\":\"y\"}")) ==
                std::optional<ExportFormat>(ExportFormat::PromptCompletion));
        QVERIFY(!detectFormat(nlohmann::json::parse("{\"text\":\"x\"}")));
    }

    void formatNames_roundTrip()
    {
        for (const auto *name : {"chat", "dpo", "prompt-completion", "sharegpt", "alpaca", "kto"}) {
            const auto format = exportFormatFromString(name);
            QVERIFY(format);
            QCOMPARE(toString(*format), std::string_view(name));
        }
        QVERIFY(!exportFormatFromString("csv"));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
