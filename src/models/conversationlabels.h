#pragma once

#include "domain/conversation.h"

#include <QString>

#include <array>
#include <string>

namespace tb::core {
struct ThreadSummary;
}

// What the conversation tree calls its nodes.
namespace tb::models::labels {

// The order kinds appear in under a source.
inline constexpr std::array<core::ConversationKind, 7> kKindOrder = { core::ConversationKind::Channel,
    core::ConversationKind::PrivateChannel, core::ConversationKind::DirectMessage, core::ConversationKind::Group,
    core::ConversationKind::Timeline, core::ConversationKind::Episode, core::ConversationKind::Scene };

// A group of conversations of KIND ("Channels").
QString kindGroupName(core::ConversationKind kind);
// An import format as people call it ("WhatsApp").
QString formatName(const std::string &format);
// Only these exports carry reply threads; other conversations are never offered for expanding.
bool formatHasThreads(const std::string &format);
// A thread by its first message: "author: the start of its text".
QString threadName(const core::ThreadSummary &thread);
QString threadToolTip(const core::ThreadSummary &thread);

} // namespace tb::models::labels
