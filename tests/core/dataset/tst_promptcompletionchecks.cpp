// The dataset-wide prompt/completion checks (OpenAI's former prepare_data tool) and the fixes.
#include "validatortesthelpers.h"

#include <QtTest>

using namespace tb::core;
using namespace tb::test;

namespace {

QString pc(const QString &prompt, const QString &completion)
{
    auto escape = [](QString text) { return text.replace(QLatin1Char('\n'), QStringLiteral("\\n")); };
    return QStringLiteral("{\"prompt\":\"%1\",\"completion\":\"%2\"}").arg(escape(prompt), escape(completion));
}

std::unique_ptr<Validator> validatePc(const QStringList &lines, std::int64_t limit = 1000)
{
    return validate(lines, testOptions(ExportFormat::PromptCompletion, limit));
}

} // namespace

class TestPromptCompletionChecks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void finish_identicalPrompts_isAnError()
    {
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << pc(QStringLiteral("same\n\n###\n\n"), QStringLiteral(" answer %1\n").arg(i));
        auto validator = validatePc(lines);
        const auto *finding = findRule(*validator, "pc-identical-prompts");
        QVERIFY2(finding && finding->severity == Severity::Error, qPrintable(listFindings(*validator)));
    }

    void finish_noCommonSeparator_suggestsOneAndTheFixAddsIt()
    {
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << pc(QStringLiteral("ticket %1 says the printer is %2").arg(i).arg(i % 2 ? QStringLiteral("on fire") : QStringLiteral("jammed")),
                        QStringLiteral(" reply %1\n").arg(i));
        auto validator = validatePc(lines);
        const auto *finding = findRule(*validator, "pc-no-separator");
        QVERIFY2(finding && finding->fix == DatasetFix::AddSeparator && finding->record == 0, qPrintable(listFindings(*validator)));
        QVERIFY2(finding->message.find("` ->`") != std::string::npos,
                 "one-line prompts get validators.py's first choice, ` ->`");
        const auto fixed = applyFixes(lines, *validator, {DatasetFix::AddSeparator});
        auto after = validatePc(fixed);
        QVERIFY2(!findRule(*after, "pc-no-separator"), qPrintable(listFindings(*after)));
        QVERIFY(findRule(*after, "pc-common-suffix"));
    }

    void finish_someHaveTheSeparator_fixAddsItOnlyWhereMissing()
    {
        QStringList lines = goodPromptCompletion(6);
        lines << pc(QStringLiteral("a prompt without it"), QStringLiteral(" zulu\n"));
        auto validator = validatePc(lines);
        const auto *finding = findRule(*validator, "pc-no-separator");
        QVERIFY2(finding && finding->record == 6 && finding->line == 7, qPrintable(listFindings(*validator)));
        const auto fixed = applyFixes(lines, *validator, {DatasetFix::AddSeparator});
        QCOMPARE(fixed.first(), lines.first());
        QVERIFY(fixed.last().contains(QStringLiteral("without it\\n\\n###\\n\\n")));
        QVERIFY(!findRule(*validatePc(fixed), "pc-no-separator"));
    }

    void finish_brokenLineBefore_separatorFindingAndFixNameTheRightRecord()
    {
        QStringList lines = goodPromptCompletion(4);
        lines.insert(1, QStringLiteral("{broken"));
        lines << pc(QStringLiteral("a prompt without it"), QStringLiteral(" zulu\n"));
        auto validator = validatePc(lines);
        const auto *finding = findRule(*validator, "pc-no-separator");
        QVERIFY2(finding && finding->record == 5 && finding->line == 6, qPrintable(listFindings(*validator)));
        const auto fixed = applyFixes(lines, *validator, {DatasetFix::AddSeparator});
        QCOMPARE(fixed.at(1), QStringLiteral("{broken"));
        QVERIFY(fixed.last().contains(QStringLiteral("without it\\n\\n###\\n\\n")));
        QCOMPARE(fixed.mid(2, 3), lines.mid(2, 3));
    }

    void finish_separatorInsideAPrompt_isWarned()
    {
        QStringList lines = goodPromptCompletion(6);
        lines << pc(QStringLiteral("first\n\n###\n\nsecond\n\n###\n\n"), QStringLiteral(" zulu\n"));
        auto validator = validatePc(lines);
        const auto *finding = findRule(*validator, "pc-suffix-repeated");
        QVERIFY2(finding && finding->record == 6, qPrintable(listFindings(*validator)));
        QVERIFY(!findRule(*validatePc(goodPromptCompletion(6)), "pc-suffix-repeated"));
    }

    void finish_longCommonPromptPrefix_isWarned()
    {
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << pc(QStringLiteral("Classify this message: item %1\n\n###\n\n").arg(i * 7), QStringLiteral(" word%1\n").arg(i));
        const auto *finding = findRule(*validatePc(lines), "pc-common-prompt-prefix");
        QVERIFY(finding);
        QVERIFY(finding->severity == Severity::Warning);
    }

    void finish_commonCompletionPrefix_isWarned()
    {
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << pc(QStringLiteral("q%1\n\n###\n\n").arg(i), QStringLiteral(" Answer: %1\n").arg(i * 11));
        QVERIFY(findRule(*validatePc(lines), "pc-common-completion-prefix"));
    }

    void finish_identicalCompletions_isAnErrorForGeneration()
    {
        // Distinct completions below a third of the records means classification, where identical
        // completions are not checked; with two records it is generation.
        QStringList lines = {pc(QStringLiteral("a\n\n###\n\n"), QStringLiteral(" same\n")),
                             pc(QStringLiteral("b\n\n###\n\n"), QStringLiteral(" same\n"))};
        auto validator = validatePc(lines);
        QVERIFY2(findRule(*validator, "pc-identical-completions"), qPrintable(listFindings(*validator)));
    }

    void finish_noCompletionEnding_isWarned()
    {
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << pc(QStringLiteral("q%1\n\n###\n\n").arg(i), QStringLiteral(" reply %1 done").arg(i) + (i % 2 ? QStringLiteral("!") : QStringLiteral("?")));
        QVERIFY(findRule(*validatePc(lines), "pc-no-completion-ending"));
    }

    void finish_fewDistinctCompletions_looksLikeClassification()
    {
        QStringList lines;
        for (int i = 0; i < 9; ++i)
            lines << pc(QStringLiteral("message %1\n\n###\n\n").arg(i), i % 2 ? QStringLiteral(" ana") : QStringLiteral(" ben"));
        auto validator = validatePc(lines);
        QVERIFY(findRule(*validator, "pc-classification"));
        QVERIFY2(!findRule(*validator, "pc-no-completion-ending"), "classification needs no stop ending");
    }

    void finish_mostlyUppercase_isNoted()
    {
        QStringList lines;
        for (int i = 0; i < 4; ++i)
            lines << pc(QStringLiteral("SHOUTING %1\n\n###\n\n").arg(i), QStringLiteral(" ok %1\n").arg(i));
        QVERIFY(findRule(*validatePc(lines), "pc-uppercase"));
    }

    void fix_addLeadingSpace_removesTheFinding()
    {
        QStringList lines = goodPromptCompletion(4);
        lines << pc(QStringLiteral("x\n\n###\n\n"), QStringLiteral("no space\n"));
        auto validator = validatePc(lines);
        QVERIFY(findRule(*validator, "pc-leading-space"));
        const auto fixed = applyFixes(lines, *validator, {DatasetFix::AddLeadingSpace});
        QVERIFY(fixed.last().contains(QStringLiteral("\" no space\\n\"")));
        QVERIFY(!findRule(*validatePc(fixed), "pc-leading-space"));
    }

    void fix_dropDuplicates_keepsTheFirst()
    {
        QStringList lines = goodChat(5);
        lines << lines.at(1) << lines.at(1);
        auto validator = validate(lines, testOptions(std::nullopt));
        QCOMPARE(validator->fixPlan().duplicates, (std::vector<std::uint64_t>{5, 6}));
        const auto fixed = applyFixes(lines, *validator, {DatasetFix::DropDuplicates});
        QCOMPARE(fixed, goodChat(5));
        QVERIFY(!findRule(*validate(fixed, testOptions(std::nullopt)), "duplicate"));
    }

    void fix_dropLong_removesExamplesOverTheLimit()
    {
        QStringList lines = goodChat(4);
        lines << QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"%1\"},{\"role\":\"assistant\",\"content\":\"x\"}]}")
                     .arg(QString(300, QLatin1Char('z')));
        auto validator = validate(lines, testOptions(std::nullopt, 100));
        QVERIFY(findRule(*validator, "too-long"));
        const auto fixed = applyFixes(lines, *validator, {DatasetFix::DropLong});
        QCOMPARE(fixed, goodChat(4));
    }

    void fix_truncateLongChat_dropsTurnsFromTheEndUntilItFitsOnAnAssistantTurn()
    {
        const QString longTurn = QString(80, QLatin1Char('w'));
        QStringList lines = goodChat(3);
        lines << QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"},"
                                "{\"role\":\"user\",\"content\":\"%1\"},{\"role\":\"assistant\",\"content\":\"%1\"}]}")
                     .arg(longTurn);
        auto validator = validate(lines, testOptions(std::nullopt, 100));
        QVERIFY(findRule(*validator, "too-long"));
        const auto fixed = applyFixes(lines, *validator, {DatasetFix::TruncateLong});
        QCOMPARE(fixed.size(), 4);
        QCOMPARE(fixed.last(), QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"}]}"));
        auto after = validate(fixed, testOptions(std::nullopt, 100));
        QVERIFY2(!findRule(*after, "too-long") && !findRule(*after, "chat-ends-without-assistant"), qPrintable(listFindings(*after)));
    }

    void fix_truncateLongChat_firstExchangeTooLong_dropsTheExample()
    {
        QStringList lines = goodChat(3);
        lines << QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"%1\"},{\"role\":\"assistant\",\"content\":\"x\"}]}")
                     .arg(QString(200, QLatin1Char('q')));
        auto validator = validate(lines, testOptions(std::nullopt, 100));
        QCOMPARE(applyFixes(lines, *validator, {DatasetFix::TruncateLong}), goodChat(3));
    }

    void fix_truncateLongPromptCompletion_cutsThePromptsStart()
    {
        QStringList lines = goodPromptCompletion(4);
        lines << pc(QString(150, QLatin1Char('p')) + QStringLiteral("END\n\n###\n\n"), QStringLiteral(" zulu\n"));
        auto validator = validatePc(lines, 100);
        QVERIFY(findRule(*validator, "too-long"));
        const auto fixed = applyFixes(lines, *validator, {DatasetFix::TruncateLong});
        QCOMPARE(fixed.size(), 5);
        QVERIFY2(fixed.last().contains(QStringLiteral("pEND\\n\\n###\\n\\n")), "the end of the prompt, by the separator, is kept");
        auto after = validatePc(fixed, 100);
        QVERIFY2(!findRule(*after, "too-long"), qPrintable(listFindings(*after)));
        QCOMPARE(after->tokens().back(), std::uint32_t(100));
    }
};

QTEST_GUILESS_MAIN(TestPromptCompletionChecks)
#include "tst_promptcompletionchecks.moc"
