#pragma once

// Internal to the validator: what it keeps while streaming (per-record state is a few bytes).

#include "dataset/contenthash.h"
#include "dataset/validator.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace tb::core {

// One text column of prompt/completion data: its common prefix and suffix, whether all values are
// equal, and per record the longest common-suffix length that also occurs earlier in the value
// (so "the separator appears inside a prompt" can be answered at the end without a second pass:
// if a suffix occurs inside a value, every shorter suffix does too).
struct TextColumn {
    bool any = false;
    std::string first;
    std::size_t prefixLength = 0;
    std::size_t suffixLength = 0;
    bool allEqual = true;
    std::vector<std::uint32_t> innerSuffix;
    std::uint64_t upper = 0;
    std::uint64_t lower = 0;
    std::uint64_t totalLength = 0;

    void add(const std::string &value);
    std::string prefix() const;
    std::string suffix() const;
};

// The separators validators.py tries, in its order; the first is its fallback.
inline const std::array<std::string, 7> kSeparatorOptions = {
    "\n\n### =>\n\n", " ->", "\n\n###\n\n", "\n\n===\n\n", "\n\n---\n\n", "\n\n===>\n\n", "\n\n--->\n\n"};
inline const std::array<std::string, 9> kEndingOptions = {"\n", ".", " END", "***", "+++", "&&&", "$$$", "@@@", "%%%"};

struct Validator::State {
    ValidationOptions options;
    std::optional<ExportFormat> format;
    std::uint64_t records = 0;
    std::vector<DatasetFinding> findings;
    std::map<std::string, std::uint64_t> perRule; // ordered: the summary findings come out the same every run
    std::array<std::uint64_t, 3> severities{};
    std::map<Encoding, std::vector<std::uint32_t>> tokens;
    std::vector<std::uint32_t> noTokens;
    std::uint64_t assistantTokens = 0;
    std::unordered_map<Fingerprint, std::pair<std::uint64_t, std::uint64_t>, FingerprintHash> seen; // → record, line
    FixPlan plan;
    bool finished = false;

    // Prompt/completion columns.
    TextColumn prompts;
    TextColumn completions;
    std::vector<std::uint8_t> promptEndings;             // per record: bit i = ends with kSeparatorOptions[i]
    std::array<bool, kSeparatorOptions.size()> separatorInside{};
    bool promptHasNewline = false;
    std::array<bool, kEndingOptions.size()> endingInside{};
    std::unordered_set<Fingerprint, FingerprintHash> distinctCompletions;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> longByCharacters; // record, line
    // p/c: the record and line of each entry of the per-record vectors above (lines that are not
    // valid prompt/completion objects have no entry, so positions and record numbers differ).
    std::vector<std::pair<std::uint64_t, std::uint64_t>> pcRecords;

    void report(Severity severity, std::int64_t record, std::int64_t line, const std::string &rule,
                std::string message, std::optional<DatasetFix> fix = std::nullopt);
    void checkChat(const nlohmann::json &object, std::int64_t record, std::int64_t line, bool requireAssistant);
    bool checkMessage(const nlohmann::json &message, std::size_t index, std::int64_t record, std::int64_t line);
    void checkDpo(const nlohmann::json &object, std::int64_t record, std::int64_t line);
    void checkPromptCompletion(const nlohmann::json &object, std::int64_t record, std::int64_t line);
    void checkOther(const nlohmann::json &object, std::int64_t record, std::int64_t line);
    void finishPromptCompletion();
};

} // namespace tb::core
