#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

enum class TurnRole { System, User, Assistant };

std::string_view toString(TurnRole role); // "system", "user", "assistant": the chat format's names

// One message of a training example, as the chat format has it.
struct ChatTurn {
    TurnRole role = TurnRole::User;
    std::string content;
    std::string name;            // the chat format's optional "name"; empty: none
    std::optional<int> weight;   // 0 or 1, assistant turns only; none: the provider's default (train on it)

    bool operator==(const ChatTurn &) const = default;
};

// The legacy prompt/completion form, for recipes that are naturally a classifier (next-speaker).
struct PromptCompletion {
    std::string prompt;
    std::string completion;

    bool operator==(const PromptCompletion &) const = default;
};

// One example a recipe produced, in a format-neutral form that every exporter can write.
// Records are streamed: a million-message project never holds all of them at once.
struct TrainingRecord {
    std::uint64_t ordinal = 0;               // 0-based position in the recipe's deterministic order
    std::vector<ChatTurn> messages;          // the example as a chat (system?, user/assistant turns)
    std::optional<PromptCompletion> promptCompletion; // set by prompt/completion recipes; else derived
    // Preference data (DPO): a worse final assistant turn for the same input; messages' last turn
    // is the preferred one. Set only where labels give both.
    std::optional<ChatTurn> rejected;
    // KTO: whether the final assistant turn is desirable. None: unlabelled, exported as desirable.
    std::optional<bool> desirable;

    // Lineage: the store row ids of every message the record was built from, in conversation order,
    // and the one it teaches (the reply, the post, the line, the message whose speaker is
    // predicted). The anchor is stable across option changes: the Build page finds "the same
    // record" after an edit by it.
    std::vector<std::int64_t> messageIds;
    std::int64_t anchorMessageId = 0;
    std::string conversationKey;

    bool operator==(const TrainingRecord &) const = default;
};

} // namespace tb::core
