#include "datasetreport.h"

#include <iostream>

#include "dataset/jsonlreader.h"

#include "dataset/datasetstats.h"

#include <fmt/format.h>

#include <algorithm>

namespace tb::cli {

namespace {

nlohmann::json findingJson(const core::DatasetFinding &finding)
{
    return {{"severity", std::string(core::toString(finding.severity))},
            {"record", finding.record >= 0 ? nlohmann::json(finding.record) : nlohmann::json()},
            {"line", finding.line > 0 ? nlohmann::json(finding.line) : nlohmann::json()},
            {"rule", finding.rule},
            {"message", finding.message},
            {"fix", finding.fix ? nlohmann::json(std::string(core::toString(*finding.fix))) : nlohmann::json()}};
}

nlohmann::json figureJson(const core::CatalogFigure &figure)
{
    return {{"value", figure.value ? nlohmann::json(*figure.value) : nlohmann::json()},
            {"source", figure.source},
            {"date", figure.date},
            {"verified", figure.verified}};
}

std::string thousands(std::uint64_t value)
{
    // Built front to back: g++ 12 warns (falsely) about std::string::insert here.
    const std::string digits = std::to_string(value);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string line(const core::DatasetFinding &finding, const std::string &file)
{
    core::DatasetFinding shown = finding;
    shown.message = std::string(core::toString(finding.severity)) + ": " + finding.message;
    return shown.describe(file);
}

} // namespace

nlohmann::json reportJson(const DatasetReport &report)
{
    const auto &validator = report.validator;
    const auto stats = core::tokenStats(validator.tokens());
    const auto limit = report.catalog.limitOf(report.model);
    nlohmann::json findings = nlohmann::json::array();
    for (const auto &finding : validator.findings())
        findings.push_back(findingJson(finding));
    nlohmann::json histogram = nlohmann::json::array();
    for (const auto &bin : stats.histogram)
        histogram.push_back({{"lower", bin.lower}, {"upper", bin.upper}, {"count", bin.count}});
    nlohmann::json costs = nlohmann::json::array();
    for (const auto &cost : core::estimateCosts(report.catalog, validator.tokensByEncoding(), report.epochs)) {
        costs.push_back({{"provider", cost.provider},
                         {"model", cost.modelId},
                         {"name", cost.displayName},
                         {"epochs", cost.epochs},
                         {"epochsFromHeuristic", cost.epochsFromHeuristic},
                         {"billedTokens", cost.counted ? nlohmann::json(cost.billedTokens) : nlohmann::json()},
                         {"limit", cost.limit},
                         {"limitAssumed", cost.limitAssumed},
                         {"costUsd", cost.costUsd ? nlohmann::json(*cost.costUsd) : nlohmann::json()},
                         {"price", figureJson(cost.price)}});
    }
    const int epochs = report.epochs.value_or(report.catalog.epochs().epochsFor(validator.records()));
    nlohmann::json out = {
        {"file", report.file},
        {"format", std::string(core::toString(validator.format()))},
        {"model",
         {{"id", report.model.id},
          {"encoding", std::string(core::encodingName(report.model.encoding))},
          {"limit", limit.tokens},
          {"limitAssumed", limit.assumed}}},
        {"records", validator.records()},
        {"errors", validator.count(core::Severity::Error)},
        {"warnings", validator.count(core::Severity::Warning)},
        {"infos", validator.count(core::Severity::Info)},
        {"findings", findings},
        {"tokens",
         {{"examples", stats.examples},
          {"min", stats.min},
          {"median", stats.median},
          {"p95", stats.p95},
          {"max", stats.max},
          {"total", stats.total},
          {"assistant", validator.assistantTokens()},
          {"histogram", histogram}}},
        {"epochs", {{"value", epochs}, {"heuristic", !report.epochs.has_value()}}},
        {"billedTokens", core::billedTokensPerEpoch(validator.tokens(), limit.tokens) * static_cast<std::uint64_t>(epochs)},
        {"costs", costs}};
    if (report.fix) {
        nlohmann::json after = nlohmann::json::array();
        for (const auto &finding : report.fix->findingsAfter)
            after.push_back(findingJson(finding));
        out["fix"] = {{"out", report.fix->out},        {"written", report.fix->written},
                      {"dropped", report.fix->dropped}, {"changed", report.fix->changed},
                      {"errors", report.fix->errorsAfter}, {"warnings", report.fix->warningsAfter},
                      {"findings", after}};
    }
    return out;
}

void printReport(const DatasetReport &report, std::ostream &out)
{
    const auto &validator = report.validator;
    for (const auto &finding : validator.findings())
        out << line(finding, report.file) << '\n';
    const auto limit = report.catalog.limitOf(report.model);
    out << "\n" << report.file << ": " << thousands(validator.records()) << " examples, format "
        << core::toString(validator.format()) << "; " << validator.count(core::Severity::Error) << " errors, "
        << validator.count(core::Severity::Warning) << " warnings, " << validator.count(core::Severity::Info) << " notes\n";
    out << "model: " << report.model.id << " (" << core::encodingName(report.model.encoding) << ", limit "
        << thousands(static_cast<std::uint64_t>(limit.tokens)) << " tokens per example" << (limit.assumed ? ", assumed" : "") << ")\n";
    const auto stats = core::tokenStats(validator.tokens());
    if (stats.examples > 0) {
        out << "tokens per example: min " << thousands(stats.min) << ", median " << thousands(stats.median) << ", p95 "
            << thousands(stats.p95) << ", max " << thousands(stats.max) << "; total " << thousands(stats.total)
            << " (assistant turns " << thousands(validator.assistantTokens()) << ")\n";
        std::uint64_t most = 1;
        for (const auto &bin : stats.histogram)
            most = std::max(most, bin.count);
        for (const auto &bin : stats.histogram) {
            const auto bar = static_cast<std::size_t>((bin.count * 40 + most - 1) / most);
            out << fmt::format("  {:>9}-{:<9} {:>8} ", thousands(bin.lower), thousands(bin.upper - 1), thousands(bin.count))
                << std::string(bar, '#') << '\n';
        }
    }
    const int epochs = report.epochs.value_or(report.catalog.epochs().epochsFor(validator.records()));
    out << "epochs: " << epochs << (report.epochs ? " (given)" : " (OpenAI's auto heuristic)") << "\n";
    out << "estimated training cost (billed tokens = sum of min(limit, tokens) x epochs):\n";
    for (const auto &cost : core::estimateCosts(report.catalog, validator.tokensByEncoding(), report.epochs)) {
        std::string price = "price unknown";
        if (cost.costUsd)
            price = (*cost.costUsd < 1 ? fmt::format("${:.4f}", *cost.costUsd) : fmt::format("${:.2f}", *cost.costUsd)) +
                    fmt::format(" at ${:.2f}/1M ({}{}, {})", *cost.price.value, cost.price.source,
                                cost.price.verified ? "" : "; verify", cost.price.date);
        if (cost.limitAssumed)
            price += "; limit assumed";
        out << fmt::format("  {:<9} {:<30} {:>2} epochs {:>14} tokens  ", cost.provider, cost.modelId, cost.epochs,
                           cost.counted ? thousands(cost.billedTokens) : std::string("not counted"))
            << price << '\n';
    }
    if (report.fix) {
        const auto &fix = *report.fix;
        out << "\nwrote " << fix.out << ": " << thousands(fix.written) << " examples (" << thousands(fix.dropped)
            << " dropped, " << thousands(fix.changed) << " changed); it has " << fix.errorsAfter << " errors, "
            << fix.warningsAfter << " warnings\n";
        for (const auto &finding : fix.findingsAfter) {
            if (finding.severity != core::Severity::Info)
                out << line(finding, fix.out) << '\n';
        }
    }
}

std::optional<std::string> parseFixList(const std::string &list, std::set<core::DatasetFix> &fixes)
{
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, comma - start);
        const auto fix = core::datasetFixFromString(name);
        if (!fix)
            return "unknown fix '" + name + "'";
        fixes.insert(*fix);
        start = comma + 1;
    }
    if (fixes.count(core::DatasetFix::DropLong) && fixes.count(core::DatasetFix::TruncateLong))
        return std::string("choose drop-long or truncate-long, not both");
    return std::nullopt;
}

bool validateFile(const std::string &path, core::Validator &validator)
{
    auto reader = core::JsonlReader::open(path);
    if (!reader) {
        std::cerr << "error: " << reader.error().message << '\n';
        return false;
    }
    core::JsonlLine line;
    while ((*reader)->next(line))
        validator.addLine(line.text, line.number);
    if (!(*reader)->error().empty()) {
        std::cerr << "error: " << (*reader)->error() << '\n';
        return false;
    }
    validator.finish();
    return true;
}

} // namespace tb::cli
