#pragma once

#include "domain/result.h"
#include "domain/trainingrecord.h"
#include "recipes/labelsource.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

class Store;

enum class RecipeKind { ReplyAsMe, PostsInMyVoice, Character, NextSpeaker };

std::string_view toString(RecipeKind kind);                        // "reply-as-me", ...
std::optional<RecipeKind> recipeKindFromString(std::string_view text);
std::string_view displayName(RecipeKind kind);                    // "Reply as me", ...

// One setting a recipe takes: what the CLI's --option key=value, the Build page's form and the
// saved recipe all name the same way.
enum class OptionType { Bool, Int, Duration /* seconds */, Text, Choice, StringList };

struct OptionSpec {
    std::string key;          // "session-gap"
    OptionType type = OptionType::Text;
    std::string defaultValue; // as text, the way --option takes it
    std::string help;         // one sentence for --help and tooltips
    std::vector<std::string> choices; // Choice only
};

// A recipe's settings: key → value as text. Unknown keys and badly typed values are errors that
// say which key and what it takes; absent keys take the spec's default.
class RecipeOptions {
public:
    void set(const std::string &key, const std::string &value) { m_values[key] = value; }
    void unset(const std::string &key) { m_values.erase(key); }
    const std::map<std::string, std::string> &values() const { return m_values; }
    bool operator==(const RecipeOptions &) const = default;

private:
    std::map<std::string, std::string> m_values;
};

// A classifier's labels (next-speaker): which completion stands for whom. The exporter writes it
// beside the dataset so that a prediction can be turned back into a person.
struct LabelEntry {
    std::string label;          // "0", "1", ... or the name (label-style=name); the completion is " " + label
    std::string participantKey; // "slack:U0000000A"
    std::string name;           // as the Participants page names them
    std::int64_t participantId = 0;

    bool operator==(const LabelEntry &) const = default;
};

struct LabelMap {
    std::vector<LabelEntry> entries; // by participant key, numbered from 0 (LabelEncoder order)
    std::string negativeCompletion;  // " nil": the completion of a negatively labelled example

    bool operator==(const LabelMap &) const = default;
};

// Why a message or conversation produced no record (shown in the Build page's summary).
struct BuildSummary {
    std::uint64_t records = 0;
    std::uint64_t messagesRead = 0;
    std::map<std::string, std::uint64_t> skipped; // reason → count ("retweet", "no reply", ...)
    bool cancelled = false;
    std::optional<LabelMap> labelMap; // set by classifier recipes (next-speaker)
};

// Called for each record in order; returning false stops the build (a preview that found its record).
using RecordSink = std::function<bool(TrainingRecord &&)>;
// (messages read so far, messages in scope)
using BuildProgress = std::function<void(std::uint64_t, std::uint64_t)>;

// A deterministic function from the project (and its labels) to a stream of records: the same
// project, labels and options always give the same records in the same order.
class Recipe {
public:
    virtual ~Recipe() = default;
    virtual RecipeKind kind() const = 0;
    virtual const RecipeOptions &options() const = 0;
    virtual Result<BuildSummary> build(const Store &store, const LabelSource &labels, const RecordSink &sink,
                                       const std::atomic_bool *cancel = nullptr,
                                       const BuildProgress &progress = {}) const = 0;
    // The label map the records use, without building them (next-speaker; none for the others).
    virtual Result<std::optional<LabelMap>> labelMap(const Store &store) const;
};

const std::vector<OptionSpec> &optionSpecs(RecipeKind kind);
const OptionSpec *findOptionSpec(RecipeKind kind, std::string_view key);

// Typed reading of option text, the way makeRecipe reads it (for forms that show typed widgets).
// Bool: true/false, yes/no, on/off, 1/0. Duration: seconds, or a number with s, m, h or d ("90",
// "15m", "6h"). StringList: comma-separated, each item trimmed, empty items dropped.
std::optional<bool> parseBoolOption(std::string_view text);
std::optional<std::int64_t> parseIntOption(std::string_view text);
std::optional<std::int64_t> parseDurationOption(std::string_view text);
std::vector<std::string> parseListOption(std::string_view text);
// "\n" -> newline, "\t" -> tab, "\\" -> backslash: how separator-like options take control
// characters on a command line.
std::string decodeEscapes(std::string_view text);
// Checks OPTIONS against the kind's specs and returns a recipe ready to build, or what is wrong.
Result<std::unique_ptr<Recipe>> makeRecipe(RecipeKind kind, const RecipeOptions &options);

} // namespace tb::core
