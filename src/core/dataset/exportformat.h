#pragma once

#include <optional>
#include <string_view>

namespace tb::core {

// The files a dataset can be written as (one JSON object per line for all of them).
enum class ExportFormat {
    Chat,             // OpenAI chat: {"messages":[...]}
    Dpo,              // OpenAI DPO: {"input":{"messages"},"preferred_output","non_preferred_output"}
    PromptCompletion, // legacy {"prompt","completion"} (babbage-002 / davinci-002)
    ShareGpt,         // {"conversations":[{"from":"system|human|gpt","value"}]}
    Alpaca,           // {"instruction","input","output","system"?,"history"?}
    Kto,              // {"messages":[...],"kto_tag":true|false} (LLaMA-Factory)
};

std::string_view toString(ExportFormat format); // the CLI's --format names: chat, dpo, prompt-completion, ...
std::optional<ExportFormat> exportFormatFromString(std::string_view name);

} // namespace tb::core
