#pragma once

#include "domain/conversation.h"
#include "domain/finding.h"
#include "domain/participant.h"
#include "slackjson.h"
#include "slackmrkdwn.h"

#include <simdjson.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tb::core {

class BatchWriter;

struct SlackChannel {
    std::string id;
    std::string name;
    ConversationKind kind = ConversationKind::Channel;
    std::vector<std::string> members;
    std::vector<std::string> previousNames;
};

struct SlackUser {
    Participant participant;
    bool listed = false; // in users.json
    bool emitted = false; // handed to the writer already
    bool reported = false; // its "not in users.json" finding was written
};

// Who and what a workspace export knows: users.json, channels.json, groups.json, dms.json and
// mpims.json. Also names users and bots met only in messages (their user_profile or bot_profile),
// so mentions and authors get a display name even when users.json lacks them.
class SlackDirectory final : public SlackNameResolver {
public:
    void loadUsers(simdjson::dom::element root, const std::string &file, std::vector<Finding> &findings);
    void loadChannels(
        simdjson::dom::element root, ConversationKind kind, const std::string &file, std::vector<Finding> &findings);

    bool hasUsers() const { return m_usersLoaded; }
    bool hasChannelLists() const { return m_channelListsLoaded; }

    // The channel whose export folder is FOLDER: by name, previous name or (DMs) id.
    const SlackChannel *channelForFolder(std::string_view folder) const;
    const SlackChannel *channelById(std::string_view id) const;
    // "Alice, Bob" for a DM or group DM; the channel's name otherwise.
    std::string conversationName(const SlackChannel &channel) const;

    // The participant for user ID, handed to OUT the first time (or again once a user_profile
    // names a user users.json lacks, or once such a user posts as an app: POSTSASBOT).
    // PROFILE is the message's user_profile, read only when it might name the user.
    const SlackUser &user(std::string_view id, const slackjson::Nested &profile, bool postsAsBot,
        BatchWriter &out, const std::string &file, std::int64_t record);
    // The participant for a bot that posts without a user: key slack:bot:<id or username>.
    const SlackUser &bot(std::string_view idOrName, std::string_view name, BatchWriter &out);

    // Names bot BOTID after the integration a bot_add message announced ("…: <https://…|github>"),
    // for 2016-era bot messages that carry neither username nor bot_profile.
    void nameBot(std::string_view botId, std::string_view name, BatchWriter &out);

    std::string_view userName(std::string_view userId) const override;
    std::string_view channelName(std::string_view channelId) const override;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    template <typename T> using Map = std::unordered_map<std::string, T, Hash, std::equal_to<>>;

    std::vector<SlackChannel> m_channels;
    Map<std::size_t> m_channelById;
    Map<std::size_t> m_channelByName;
    Map<SlackUser> m_users;
    bool m_usersLoaded = false;
    bool m_channelListsLoaded = false;
};

} // namespace tb::core
