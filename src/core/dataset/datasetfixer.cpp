#include "datasetfixer.h"

#include "dataset/exporter.h"

#include <algorithm>

namespace tb::core {

namespace {

using ojson = nlohmann::ordered_json;

bool continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t codePoints(const std::string &text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !continuation(c); }));
}

// Drops code points from the start of TEXT until it has at most KEEP.
std::string keepLastCodePoints(const std::string &text, std::size_t keep)
{
    std::size_t total = codePoints(text);
    std::size_t at = 0;
    while (total > keep && at < text.size()) {
        ++at;
        while (at < text.size() && continuation(text[at]))
            ++at;
        --total;
    }
    return text.substr(at);
}

} // namespace

DatasetFixer::DatasetFixer(FixPlan plan, std::set<DatasetFix> fixes, std::shared_ptr<const TokenAccountant> accountant)
    : m_plan(std::move(plan)), m_fixes(std::move(fixes)), m_accountant(std::move(accountant))
{
}

bool DatasetFixer::listed(const std::vector<std::uint64_t> &list, std::uint64_t record) const
{
    return std::binary_search(list.begin(), list.end(), record);
}

std::optional<std::string> DatasetFixer::apply(std::string_view line, std::uint64_t record)
{
    const auto has = [this](DatasetFix fix) { return m_fixes.count(fix) > 0; };
    if (has(DatasetFix::DropDuplicates) && listed(m_plan.duplicates, record)) {
        ++m_dropped;
        return std::nullopt;
    }
    const bool tooLong = listed(m_plan.tooLong, record);
    if (tooLong && has(DatasetFix::DropLong)) {
        ++m_dropped;
        return std::nullopt;
    }
    const bool separator = has(DatasetFix::AddSeparator) && listed(m_plan.missingSeparator, record);
    const bool space = has(DatasetFix::AddLeadingSpace) && listed(m_plan.missingLeadingSpace, record);
    const bool truncate = tooLong && has(DatasetFix::TruncateLong);
    if (!separator && !space && !truncate)
        return std::string(line);

    // ordered_json keeps the line's own key order: only the fixed values change.
    auto object = ojson::parse(line, nullptr, false);
    if (object.is_discarded() || !object.is_object())
        return std::string(line);
    const bool pc = m_plan.format == ExportFormat::PromptCompletion;
    if (pc && separator && object.contains("prompt") && object["prompt"].is_string())
        object["prompt"] = object["prompt"].get<std::string>() + m_plan.separator;
    if (pc && space && object.contains("completion") && object["completion"].is_string())
        object["completion"] = " " + object["completion"].get<std::string>();
    if (truncate) {
        const auto tokens = [this, &object] {
            return m_accountant ? m_accountant->line(nlohmann::json(object), m_plan.format).total : 0;
        };
        const auto limit = static_cast<std::uint64_t>(std::max<std::int64_t>(0, m_plan.limit));
        if (m_plan.format == ExportFormat::Chat && object.contains("messages") && object["messages"].is_array()) {
            auto &messages = object["messages"];
            // Turns go from the end until the example fits and ends on an assistant turn.
            while (!messages.empty() && (messages.back().value("role", "") != "assistant" || tokens() > limit))
                messages.erase(messages.size() - 1);
            const bool assistantLeft = std::any_of(messages.begin(), messages.end(),
                                                   [](const ojson &m) { return m.value("role", "") == "assistant"; });
            if (!assistantLeft) {
                ++m_dropped;
                return std::nullopt;
            }
        } else if (pc && object.contains("prompt") && object.contains("completion") && object["prompt"].is_string() &&
                   object["completion"].is_string()) {
            std::string prompt = object["prompt"].get<std::string>();
            const std::string completion = object["completion"].get<std::string>();
            if (m_accountant && tokens() > limit) {
                // The prompt loses tokens from its start: the end, next to the separator, matters most.
                const auto encoded = m_accountant->tokenizer().encode(prompt);
                const auto over = tokens() - limit;
                if (over >= encoded.size()) {
                    ++m_dropped;
                    return std::nullopt;
                }
                std::string kept = m_accountant->tokenizer().decode({encoded.begin() + static_cast<long>(over), encoded.end()});
                std::size_t start = 0;
                while (start < kept.size() && continuation(kept[start]))
                    ++start; // a token boundary inside a character
                prompt = kept.substr(start);
            }
            const std::size_t completionLength = codePoints(completion);
            if (completionLength >= 10000) {
                ++m_dropped;
                return std::nullopt;
            }
            // validators.py's long-example rule counts characters: keep the pair under 10,000.
            if (codePoints(prompt) + completionLength > 10000)
                prompt = keepLastCodePoints(prompt, 10000 - completionLength);
            object["prompt"] = prompt;
        } else {
            ++m_dropped; // DPO and the other formats have no safe place to cut
            return std::nullopt;
        }
    }
    ++m_changed;
    return dumpCanonical(object);
}

} // namespace tb::core
