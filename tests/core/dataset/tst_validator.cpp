#include "validatortesthelpers.h"

#include <QtTest>

using namespace tb::core;
using namespace tb::test;

class TestValidator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addLine_goodChat_noWarningsOrErrors()
    {
        auto validator = validate(goodChat(), testOptions(std::nullopt, 1000, 10));
        QVERIFY((validator->format()) == (ExportFormat::Chat));
        QVERIFY2(validator->count(Severity::Error) == 0 && validator->count(Severity::Warning) == 0, qPrintable(listFindings(*validator)));
        QCOMPARE(validator->records(), std::uint64_t(12));
        QCOMPARE(validator->tokens().size(), std::size_t(12));
    }

    void addLine_goodPromptCompletion_noWarningsOrErrors()
    {
        auto validator = validate(goodPromptCompletion(), testOptions(std::nullopt));
        QVERIFY((validator->format()) == (ExportFormat::PromptCompletion));
        QVERIFY2(validator->count(Severity::Error) == 0 && validator->count(Severity::Warning) == 0, qPrintable(listFindings(*validator)));
        QVERIFY2(findRule(*validator, "pc-common-suffix"), "the separator every prompt ends with is reported as information");
    }

    // One bad line (the third line of the file, record 2) among good ones fires its rule there.
    void addLine_badLine_firesItsRuleAtThatRecord_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("rule");
        const auto row = [](const char *name, const char *format, const char *bad, const char *rule) {
            QTest::newRow(name) << QString::fromLatin1(format) << QString::fromUtf8(bad) << QString::fromLatin1(rule);
        };
        const char *userA = "{\"role\":\"user\",\"content\":\"hi\"}";
        Q_UNUSED(userA);
        row("invalid json", "chat", "{\"messages\": [", "invalid-json");
        row("not an object", "chat", "[1, 2]", "not-object");
        row("no messages", "chat", "{\"message\":[]}", "chat-missing-messages");
        row("no messages at all", "chat", "{\"messages\":[]}", "empty-example");
        row("all empty", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\" \"},{\"role\":\"assistant\",\"content\":\"\"}]}", "empty-example");
        row("message not object", "chat", "{\"messages\":[\"hi\",{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-message-not-object");
        row("missing role", "chat", "{\"messages\":[{\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-missing-role");
        row("developer", "chat", "{\"messages\":[{\"role\":\"developer\",\"content\":\"be nice\"},{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-developer-role");
        row("unknown role", "chat", "{\"messages\":[{\"role\":\"robot\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-unknown-role");
        row("unknown key", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"mood\":\"ok\"},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-unknown-key");
        row("missing content", "chat", "{\"messages\":[{\"role\":\"user\"},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-missing-content");
        row("null content", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":null},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-null-content");
        row("content type", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":5},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-content-type");
        row("empty assistant", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"\"}]}", "chat-empty-assistant");
        row("weight on user", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"weight\":1},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-weight-role");
        row("weight 2", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\",\"weight\":2}]}", "chat-weight-value");
        row("no assistant", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "chat-no-assistant");
        row("nothing trained", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\",\"weight\":0}]}", "chat-no-trained-turn");
        row("ends with user", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"},{\"role\":\"user\",\"content\":\"and?\"}]}", "chat-ends-without-assistant");
        row("late system", "chat", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-system-position");
        row("extra top-level key", "chat", "{\"id\":3,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"}]}", "chat-extra-key");
        row("duplicate", "chat", "{\"messages\":[{\"role\":\"system\",\"content\":\"You are Ana.\"},{\"role\":\"user\",\"content\":\"question 0\"},{\"role\":\"assistant\",\"content\":\"answer 0\"}]}", "duplicate");
        row("format mismatch", "chat", "{\"prompt\":\"a\",\"completion\":\" b\"}", "format-mismatch");
        row("dpo no input", "dpo", "{\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"a\"}],\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"b\"}]}", "dpo-missing-input");
        row("dpo legacy keys", "dpo", "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]},\"preferred_completion\":[{\"role\":\"assistant\",\"content\":\"a\"}],\"non_preferred_completion\":[{\"role\":\"assistant\",\"content\":\"b\"}]}", "dpo-legacy-keys");
        row("dpo no output", "dpo", "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]},\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"a\"}]}", "dpo-missing-output");
        row("dpo two outputs", "dpo", "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]},\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"c\"}],\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"b\"}]}", "dpo-output-shape");
        row("dpo same outputs", "dpo", "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]},\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"a\"}],\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"a\"}]}", "dpo-same-outputs");
        row("dpo bad input role", "dpo", "{\"input\":{\"messages\":[{\"role\":\"developer\",\"content\":\"q\"}]},\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"a\"}],\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"b\"}]}", "chat-developer-role");
        row("pc missing completion", "prompt-completion", "{\"prompt\":\"x\\n\\n###\\n\\n\"}", "pc-missing-key");
        row("pc key case", "prompt-completion", "{\"Prompt\":\"x\\n\\n###\\n\\n\",\"completion\":\" y\\n\"}", "pc-key-case");
        row("pc not string", "prompt-completion", "{\"prompt\":1,\"completion\":\" y\\n\"}", "pc-not-string");
        row("pc extra keys", "prompt-completion", "{\"prompt\":\"x\\n\\n###\\n\\n\",\"completion\":\" y\\n\",\"label\":2}", "pc-extra-keys");
        row("pc empty completion", "prompt-completion", "{\"prompt\":\"x\\n\\n###\\n\\n\",\"completion\":\"\"}", "pc-empty-completion");
        row("pc both empty", "prompt-completion", "{\"prompt\":\"\",\"completion\":\"\"}", "empty-example");
        row("pc no leading space", "prompt-completion", "{\"prompt\":\"x\\n\\n###\\n\\n\",\"completion\":\"y\\n\"}", "pc-leading-space");
        row("kto no tag", "kto", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"}]}", "kto-tag");
        row("sharegpt shape", "sharegpt", "{\"conversations\":[{\"from\":\"human\"}]}", "sharegpt-shape");
        row("alpaca shape", "alpaca", "{\"instruction\":\"do\",\"output\":3}", "alpaca-shape");
    }

    void addLine_badLine_firesItsRuleAtThatRecord()
    {
        QFETCH(QString, format);
        QFETCH(QString, bad);
        QFETCH(QString, rule);
        const auto exportFormat = exportFormatFromString(format.toStdString());
        QVERIFY(exportFormat);
        QStringList lines;
        if (*exportFormat == ExportFormat::PromptCompletion)
            lines = goodPromptCompletion(2);
        else if (*exportFormat == ExportFormat::Chat)
            lines = goodChat(2);
        else
            lines << QString() << QString(); // blank lines: not records, so the bad one is still line 3
        lines << bad;
        auto validator = validate(lines, testOptions(exportFormat));
        const auto *finding = findRule(*validator, rule.toStdString());
        QVERIFY2(finding, qPrintable(QStringLiteral("%1 must fire; found:\n%2").arg(rule, listFindings(*validator))));
        QCOMPARE(finding->line, std::int64_t(3));
        const std::int64_t record = *exportFormat == ExportFormat::PromptCompletion || *exportFormat == ExportFormat::Chat ? 2 : 0;
        QCOMPARE(finding->record, record);
        QVERIFY2(!finding->message.empty(), "every finding says what to do");
    }

    void addLine_blankLine_isReportedAndNotARecord()
    {
        QStringList lines = goodChat(2);
        lines << QString() << goodChat(3).last();
        auto validator = validate(lines, testOptions(std::nullopt));
        const auto *finding = findRule(*validator, "blank-line");
        QVERIFY(finding);
        QCOMPARE(finding->line, std::int64_t(3));
        QCOMPARE(validator->records(), std::uint64_t(3));
    }

    void addLine_overTheLimit_firesTooLongWithTheCount()
    {
        QStringList lines = goodChat(2);
        lines << QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"%1\"},{\"role\":\"assistant\",\"content\":\"x\"}]}")
                     .arg(QString(200, QLatin1Char('a')));
        auto validator = validate(lines, testOptions(std::nullopt, 100));
        const auto *finding = findRule(*validator, "too-long");
        QVERIFY2(finding && finding->record == 2 && finding->fix == DatasetFix::DropLong, qPrintable(listFindings(*validator)));
        // 3 + 4 (user) + 200 + 3 + 9 (assistant) + 1 + 3 (primer) = 223 code points as tokens.
        QCOMPARE(validator->tokens().at(2), std::uint32_t(223));
        QVERIFY(QString::fromStdString(finding->message).startsWith(QStringLiteral("223 tokens")));
    }

    void finish_tooFewExamples_isAnError()
    {
        auto validator = validate(goodChat(3), testOptions(std::nullopt, 1000, 10));
        const auto *finding = findRule(*validator, "too-few-examples");
        QVERIFY2(finding && finding->severity == Severity::Error && finding->record == -1, qPrintable(listFindings(*validator)));
        auto enough = validate(goodChat(10), testOptions(std::nullopt, 1000, 10));
        QVERIFY(!findRule(*enough, "too-few-examples"));
    }

    void finish_modelWithoutTheMethod_isAnError()
    {
        auto options = testOptions(std::nullopt);
        CatalogModel davinci;
        davinci.id = "davinci-002";
        davinci.methods = {TrainingMethod::PromptCompletion};
        options.model = davinci;
        auto validator = validate(goodChat(), options);
        QVERIFY2(findRule(*validator, "model-method"), "chat data for a prompt/completion model is refused");
        auto fine = validate(goodPromptCompletion(), options);
        QVERIFY(!findRule(*fine, "model-method"));
    }

    void finish_assumedLimit_isNoted()
    {
        auto options = testOptions(std::nullopt);
        options.model = CatalogModel{};
        options.model->methods = {TrainingMethod::Sft};
        options.limitAssumed = true;
        options.limitWarning = "assumed";
        auto validator = validate(goodChat(), options);
        QVERIFY(findRule(*validator, "limit-assumed"));
    }

    void count_pastTheCap_summedUpInOneFinding()
    {
        QStringList lines;
        for (int i = 0; i < 5; ++i)
            lines << QStringLiteral("not json %1").arg(i);
        auto options = testOptions(ExportFormat::Chat);
        options.maxFindingsPerRule = 2;
        auto validator = validate(lines, options);
        QCOMPARE(validator->count(Severity::Error), std::uint64_t(5));
        int listed = 0;
        for (const auto &finding : validator->findings())
            listed += finding.rule == "invalid-json" && finding.severity == Severity::Error ? 1 : 0;
        QCOMPARE(listed, 2);
        QVERIFY2(findRule(*validator, "invalid-json") && validator->findings().back().message.find("3 more") == 0,
                 "the rest are summed up");
    }

    void addRecord_builtRecords_takeTheLinePath()
    {
        auto options = testOptions(ExportFormat::Dpo);
        Validator validator(options);
        TrainingRecord record;
        record.messages = {{TurnRole::User, "q", {}, {}}, {TurnRole::Assistant, "good", {}, {}}};
        record.rejected = ChatTurn{TurnRole::Assistant, "bad", {}, {}};
        validator.addRecord(record);
        record.rejected.reset();
        validator.addRecord(record);
        validator.finish();
        QCOMPARE(validator.records(), std::uint64_t(2));
        const auto *finding = findRule(validator, "not-exportable");
        QVERIFY2(finding && finding->record == 1 && finding->line == 2, qPrintable(listFindings(validator)));
        QCOMPARE(validator.tokens().size(), std::size_t(1));
    }

    void describe_finding_isFileLineRecordRuleSentence()
    {
        DatasetFinding finding{Severity::Error, 4, 5, "chat-no-assistant", "add the reply", std::nullopt};
        QCOMPARE(QString::fromStdString(finding.describe("train.jsonl")),
                 QStringLiteral("train.jsonl:5: record 4: chat-no-assistant: add the reply"));
        DatasetFinding whole{Severity::Error, -1, 0, "too-few-examples", "add more", std::nullopt};
        QCOMPARE(QString::fromStdString(whole.describe("t.jsonl")), QStringLiteral("t.jsonl: too-few-examples: add more"));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
