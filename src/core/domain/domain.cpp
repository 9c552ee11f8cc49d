#include "conversation.h"
#include "finding.h"
#include "trainingrecord.h"

#include <array>

namespace tb::core {

namespace {
constexpr std::array<std::string_view, 7> kKindNames = {
    "channel", "private-channel", "dm", "group", "timeline", "episode", "scene"};
}

std::string_view toString(ConversationKind kind)
{
    return kKindNames[static_cast<std::size_t>(kind)];
}

ConversationKind conversationKindFromString(std::string_view text)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == text)
            return static_cast<ConversationKind>(i);
    }
    return ConversationKind::Group;
}

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "warning";
}

std::string Finding::location() const
{
    std::string where = file;
    if (line > 0)
        where += ':' + std::to_string(line);
    if (record >= 0)
        where += " record " + std::to_string(record);
    return where;
}

std::string Finding::describe() const
{
    return location() + ": " + std::string(toString(severity)) + ": " + reason;
}

std::string_view toString(TurnRole role)
{
    switch (role) {
    case TurnRole::System: return "system";
    case TurnRole::User: return "user";
    case TurnRole::Assistant: return "assistant";
    }
    return "user";
}

} // namespace tb::core
