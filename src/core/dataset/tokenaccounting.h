#pragma once

#include "dataset/exportformat.h"
#include "dataset/exporter.h"
#include "dataset/modelcatalog.h"
#include "domain/trainingrecord.h"
#include "tokenizer/tokenizer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace tb::core {

// The tokens of one training example.
struct ExampleTokens {
    std::uint64_t total = 0;        // what the provider trains on (before the per-example cap)
    std::uint64_t assistant = 0;    // the content of the trained assistant turns only, for information
    std::uint64_t nonPreferred = 0; // DPO: the non-preferred output message (reported, not in total)
};

// Counts examples the way provider-apis.md §10 does, with one encoding and one set of overheads:
//   chat: Σ_messages(perMessage + Σ encode(string field) + perName if "name") + replyPrimer;
//         string fields are role, content (text parts of a list are concatenated), name; a call
//         (function_call / tool_calls) counts as its JSON text.
//   prompt/completion: encode(prompt) + encode(completion);
//   DPO: the chat formula over input.messages + the preferred message; non-preferred reported;
//   ShareGPT / Alpaca / KTO: the chat formula over the turns they hold (an estimate: their trainers
//   use other templates).
// Thread-safe: one instance serves every thread.
class TokenAccountant {
public:
    explicit TokenAccountant(std::shared_ptr<const Tokenizer> tokenizer, ChatOverheads overheads = {});

    const Tokenizer &tokenizer() const { return *m_tokenizer; }
    std::uint64_t chat(const std::vector<ChatTurn> &messages) const;
    // MESSAGES is a JSON array of message objects as a training line has them; non-objects count 0.
    std::uint64_t chatJson(const nlohmann::json &messages) const;
    // One parsed line in FORMAT; a line that does not have the format's shape counts what it can.
    ExampleTokens line(const nlohmann::json &object, ExportFormat format) const;
    // A record as it would be written in FORMAT (so the count matches the exported line).
    ExampleTokens record(const TrainingRecord &record, ExportFormat format, const ExportOptions &options = {}) const;

private:
    std::uint64_t messageJson(const nlohmann::json &message, std::uint64_t *assistantContent) const;

    std::shared_ptr<const Tokenizer> m_tokenizer;
    ChatOverheads m_overheads;
};

} // namespace tb::core
