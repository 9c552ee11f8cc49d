#pragma once

#include "dataset/exportformat.h"
#include "domain/result.h"
#include "domain/trainingrecord.h"

#include <nlohmann/json.hpp>

#include <string>

namespace tb::core {

// How records without a stored prompt/completion are turned into one (the next-speaker seed's
// conventions), and what a derived completion ends with.
struct ExportOptions {
    std::string promptJoiner = "\n\n";     // between the non-assistant turns that make the prompt
    std::string separator = "\n\n###\n\n"; // appended to every derived prompt
    std::string stopSuffix;                // appended to every derived completion (e.g. "\n")
};

// One record as a JSON object in FORMAT, keys in a fixed order. Fails, saying why, when the record
// cannot be written in FORMAT (DPO without a rejected turn; no assistant turn to learn).
//   Chat:   {"messages":[{"role","content","name"?,"weight"?}]}  (weight only where set)
//   Dpo:    {"input":{"messages":[...all turns but the last]},"preferred_output":[last],
//            "non_preferred_output":[rejected]}
//   PromptCompletion: record.promptCompletion when set, else promptCompletionOf()
//   ShareGpt: {"conversations":[{"from":"system|human|gpt","value"}]}
//   Alpaca: {"instruction": last user turn, "input": "", "output": last assistant turn,
//            "system"?: system turn, "history"?: [[user, assistant], ...] earlier pairs} (LLaMA-Factory)
//   Kto:    {"messages":[...],"kto_tag": desirable (none → true)} (LLaMA-Factory)
Result<nlohmann::ordered_json> toJson(const TrainingRecord &record, ExportFormat format,
                                      const ExportOptions &options = {});
// The same as one line of bytes, without the newline: UTF-8 kept as it is (no \u escapes), invalid
// UTF-8 replaced by U+FFFD, so equal records give equal bytes on every machine.
Result<std::string> toJsonLine(const TrainingRecord &record, ExportFormat format,
                               const ExportOptions &options = {});
// The canonical bytes of any JSON value (what toJsonLine uses).
std::string dumpCanonical(const nlohmann::ordered_json &value);
std::string dumpCanonical(const nlohmann::json &value);

// A chat record as a prompt/completion pair: the non-assistant turns before the final assistant
// turn joined by promptJoiner, then the separator; completion = " " + final assistant turn +
// stopSuffix. Fails when the record has no assistant turn.
Result<PromptCompletion> promptCompletionOf(const TrainingRecord &record, const ExportOptions &options = {});

// The neutral form a frozen snapshot keeps, from which every format can be written again: the chat
// line plus the record's other fields and lineage:
//   {"messages":[...],"prompt_completion"?:{"prompt","completion"},"rejected"?:{turn},
//    "desirable"?:bool,"ordinal":N,"lineage":{"conversation":"...","anchor":ID,"message_ids":[...]}}
nlohmann::ordered_json toNeutralJson(const TrainingRecord &record);
Result<TrainingRecord> fromNeutralJson(const nlohmann::json &object);

} // namespace tb::core
