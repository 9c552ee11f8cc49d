#include "exportformat.h"

#include <array>
#include <utility>

namespace tb::core {

namespace {
constexpr std::array<std::pair<ExportFormat, std::string_view>, 6> kNames = {{
    {ExportFormat::Chat, "chat"},
    {ExportFormat::Dpo, "dpo"},
    {ExportFormat::PromptCompletion, "prompt-completion"},
    {ExportFormat::ShareGpt, "sharegpt"},
    {ExportFormat::Alpaca, "alpaca"},
    {ExportFormat::Kto, "kto"},
}};
} // namespace

std::string_view toString(ExportFormat format)
{
    for (const auto &[value, name] : kNames) {
        if (value == format)
            return name;
    }
    return "chat";
}

std::optional<ExportFormat> exportFormatFromString(std::string_view name)
{
    for (const auto &[value, text] : kNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace tb::core
