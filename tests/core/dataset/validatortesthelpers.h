#pragma once

#include "codepointtokenizer.h"
#include "dataset/datasetfixer.h"
#include "dataset/validator.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <set>
#include <string>

namespace tb::test {

// Validator options for the tests: code-point tokens, a limit of LIMIT, no minimum unless asked.
inline core::ValidationOptions testOptions(std::optional<core::ExportFormat> format, std::int64_t limit = 1000,
                                           std::optional<std::uint64_t> minimum = std::nullopt)
{
    core::ValidationOptions options;
    options.format = format;
    options.tokenLimit = limit;
    options.minimumExamples = minimum;
    options.accountants[core::Encoding::O200kBase] = codePointAccountant();
    return options;
}

inline std::unique_ptr<core::Validator> validate(const QStringList &lines, const core::ValidationOptions &options)
{
    auto validator = std::make_unique<core::Validator>(options);
    for (int i = 0; i < lines.size(); ++i)
        validator->addLine(lines[i].toStdString(), static_cast<std::uint64_t>(i + 1));
    validator->finish();
    return validator;
}

inline const core::DatasetFinding *findRule(const core::Validator &validator, const std::string &rule)
{
    for (const auto &finding : validator.findings()) {
        if (finding.rule == rule)
            return &finding;
    }
    return nullptr;
}

inline QString listFindings(const core::Validator &validator)
{
    QString out;
    for (const auto &finding : validator.findings())
        out += QString::fromStdString(finding.describe("f")) + QLatin1Char('\n');
    return out;
}

// Applies FIXES as the CLI does: blank lines are not records and go.
inline QStringList applyFixes(const QStringList &lines, const core::Validator &validator, std::set<core::DatasetFix> fixes)
{
    core::DatasetFixer fixer(validator.fixPlan(), std::move(fixes), codePointAccountant());
    QStringList out;
    std::uint64_t record = 0;
    for (const auto &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto fixed = fixer.apply(line.toStdString(), record++))
            out << QString::fromStdString(*fixed);
    }
    return out;
}

// Twelve distinct, clean chat lines.
inline QStringList goodChat(int count = 12)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("{\"messages\":[{\"role\":\"system\",\"content\":\"You are Ana.\"},"
                                "{\"role\":\"user\",\"content\":\"question %1\"},{\"role\":\"assistant\",\"content\":\"answer %1\"}]}")
                     .arg(i);
    return lines;
}

// Twelve clean prompt/completion lines: a separator, distinct completions with a leading space and an ending.
inline QStringList goodPromptCompletion(int count = 12)
{
    static const char *const words[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
                                        "india", "juliett", "kilo", "lima", "mike", "november"};
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("{\"prompt\":\"%1 said something %2\\n\\n###\\n\\n\",\"completion\":\" %3\\n\"}")
                     .arg(QLatin1String(words[(i + 3) % 14]))
                     .arg(i)
                     .arg(QLatin1String(words[i % 14]));
    return lines;
}

} // namespace tb::test
