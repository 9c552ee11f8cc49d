#pragma once

#include <string>
#include <string_view>

namespace tb::core {

enum class ConversationKind {
    Channel,        // public Slack channel
    PrivateChannel, // private Slack channel
    DirectMessage,  // one-to-one chat
    Group,          // group DM or group chat
    Timeline,       // a Twitter/X account's posts
    Episode,        // a TV-script episode
    Scene,          // a scene inside an episode
};

std::string_view toString(ConversationKind kind);
ConversationKind conversationKindFromString(std::string_view text);

struct Conversation {
    std::string key;
    ConversationKind kind = ConversationKind::Group;
    std::string name;
    std::string parentKey; // a scene's episode; empty otherwise
};

} // namespace tb::core
