#include "slackdirectory.h"

#include "import/importsink.h"
#include "slackjson.h"

namespace tb::core {

using simdjson::dom::element;

namespace {

constexpr std::string_view kSlackbot = "USLACKBOT";

std::string listName(ConversationKind kind)
{
    switch (kind) {
    case ConversationKind::PrivateChannel:
        return "groups.json";
    case ConversationKind::DirectMessage:
        return "dms.json";
    case ConversationKind::Group:
        return "mpims.json";
    default:
        return "channels.json";
    }
}

} // namespace

void SlackDirectory::loadUsers(element root, const std::string &file, std::vector<Finding> &findings)
{
    simdjson::dom::array users;
    if (root.get(users) != simdjson::SUCCESS) {
        findings.push_back({ Severity::Warning, file, 0, -1,
            "is not a JSON array of users; names fall back to the user_profile inside messages", {} });
        return;
    }
    m_usersLoaded = true;
    std::int64_t record = -1;
    for (const element u : users) {
        ++record;
        const std::string_view id = slackjson::string(u, "id");
        if (id.empty()) {
            findings.push_back({ Severity::Warning, file, 0, record, "user without an \"id\"; ignored", {} });
            continue;
        }
        element profile;
        std::string_view display, real;
        if (slackjson::member(u, "profile", profile)) {
            display = slackjson::string(profile, "display_name");
            real = slackjson::string(profile, "real_name");
        }
        const std::string_view handle = slackjson::string(u, "name");
        auto [it, inserted] = m_users.try_emplace(std::string(id));
        if (!inserted && it->second.listed)
            continue; // org_users.json after users.json: the workspace list wins
        SlackUser &user = it->second;
        user.listed = true;
        user.participant.key = "slack:" + std::string(id);
        user.participant.displayName
            = std::string(slackjson::firstNonEmpty(display, real, slackjson::string(u, "real_name"), handle));
        if (user.participant.displayName.empty())
            user.participant.displayName = std::string(id);
        user.participant.handle = std::string(handle);
        bool isBot = false;
        user.participant.isBot = (u["is_bot"].get(isBot) == simdjson::SUCCESS && isBot) || id == kSlackbot;
    }
}

void SlackDirectory::loadChannels(
    element root, ConversationKind kind, const std::string &file, std::vector<Finding> &findings)
{
    simdjson::dom::array list;
    if (root.get(list) != simdjson::SUCCESS) {
        findings.push_back({ Severity::Warning, file, 0, -1,
            "is not a JSON array of conversations; its folders are imported by folder name", {} });
        return;
    }
    m_channelListsLoaded = true;
    std::int64_t record = -1;
    for (const element c : list) {
        ++record;
        SlackChannel channel;
        channel.id = std::string(slackjson::string(c, "id"));
        if (channel.id.empty()) {
            findings.push_back({ Severity::Warning, file, 0, record,
                "entry without an \"id\" in " + listName(kind) + "; ignored", {} });
            continue;
        }
        channel.name = std::string(slackjson::string(c, "name"));
        channel.kind = kind;
        bool mpim = false;
        if (kind == ConversationKind::PrivateChannel && c["is_mpim"].get(mpim) == simdjson::SUCCESS && mpim)
            channel.kind = ConversationKind::Group; // old exports list group DMs in groups.json
        simdjson::dom::array array;
        if (c["members"].get(array) == simdjson::SUCCESS) {
            for (const element m : array) {
                std::string_view id;
                if (m.get(id) == simdjson::SUCCESS)
                    channel.members.emplace_back(id);
            }
        }
        if (c["previous_names"].get(array) == simdjson::SUCCESS) {
            for (const element m : array) {
                std::string_view name;
                if (m.get(name) == simdjson::SUCCESS && !name.empty())
                    channel.previousNames.emplace_back(name);
            }
        }
        if (m_channelById.count(channel.id))
            continue;
        const std::size_t index = m_channels.size();
        m_channelById.emplace(channel.id, index);
        if (!channel.name.empty())
            m_channelByName.try_emplace(channel.name, index);
        m_channels.push_back(std::move(channel));
    }
    // Previous names only after every current name, so a reused name maps to the channel holding it now.
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        for (const auto &old : m_channels[i].previousNames)
            m_channelByName.try_emplace(old, i);
    }
}

const SlackChannel *SlackDirectory::channelForFolder(std::string_view folder) const
{
    if (const auto it = m_channelByName.find(folder); it != m_channelByName.end())
        return &m_channels[it->second];
    return channelById(folder);
}

const SlackChannel *SlackDirectory::channelById(std::string_view id) const
{
    const auto it = m_channelById.find(id);
    return it == m_channelById.end() ? nullptr : &m_channels[it->second];
}

std::string SlackDirectory::conversationName(const SlackChannel &channel) const
{
    if (channel.kind != ConversationKind::DirectMessage && channel.kind != ConversationKind::Group)
        return channel.name.empty() ? channel.id : channel.name;
    std::string name;
    for (const auto &member : channel.members) {
        const std::string_view person = userName(member);
        if (!name.empty())
            name += ", ";
        name += person.empty() ? std::string_view(member) : person;
    }
    if (name.empty())
        name = channel.name.empty() ? channel.id : channel.name;
    return name;
}

const SlackUser &SlackDirectory::user(std::string_view id, const slackjson::Nested &nestedProfile, bool postsAsBot,
    BatchWriter &out, const std::string &file, std::int64_t record)
{
    auto it = m_users.find(id);
    if (it == m_users.end()) {
        it = m_users.try_emplace(std::string(id)).first;
        it->second.participant.key = "slack:" + std::string(id);
        it->second.participant.displayName = id == kSlackbot ? std::string("Slackbot") : std::string(id);
        it->second.participant.isBot = id == kSlackbot;
    }
    SlackUser &user = it->second;
    element profile;
    if (!user.listed && user.participant.displayName == id && nestedProfile.get(profile)) {
        // users.json lacks deleted and external people; their messages carry a copy of the profile.
        const std::string_view name = slackjson::firstNonEmpty(slackjson::string(profile, "display_name"),
            slackjson::string(profile, "real_name"), slackjson::string(profile, "name"));
        if (!name.empty()) {
            user.participant.displayName = std::string(name);
            user.participant.handle = std::string(slackjson::string(profile, "name"));
            user.emitted = false; // hand it over again with the better name
        }
    }
    if (!user.listed && postsAsBot && !user.participant.isBot) {
        user.participant.isBot = true; // an app's user, absent from users.json
        user.emitted = false;
    }
    if (!user.listed && !user.reported && m_usersLoaded && id != kSlackbot) {
        user.reported = true;
        const bool named = user.participant.displayName != id;
        out.add(Finding { Severity::Info, file, 0, record,
            "user " + std::string(id) + " is not in users.json (deleted or from another workspace)"
                + (named ? "; named from the user_profile inside their messages"
                         : "; shown by id until a message carries their user_profile"),
            {} });
    }
    if (!user.emitted) {
        user.emitted = true;
        out.add(user.participant);
    }
    return user;
}

const SlackUser &SlackDirectory::bot(std::string_view idOrName, std::string_view name, BatchWriter &out)
{
    std::string key = "bot:";
    key += idOrName;
    auto it = m_users.find(key);
    if (it == m_users.end()) {
        it = m_users.try_emplace(key).first;
        it->second.participant.key = "slack:" + key;
        it->second.participant.displayName = std::string(name.empty() ? idOrName : name);
        it->second.participant.handle = std::string(idOrName);
        it->second.participant.isBot = true;
    } else if (!name.empty() && it->second.participant.displayName == idOrName) {
        it->second.participant.displayName = std::string(name);
        it->second.emitted = false;
    }
    if (!it->second.emitted) {
        it->second.emitted = true;
        out.add(it->second.participant);
    }
    return it->second;
}

void SlackDirectory::nameBot(std::string_view botId, std::string_view name, BatchWriter &out)
{
    std::string key = "bot:";
    key += botId;
    auto it = m_users.find(key);
    if (it == m_users.end()) {
        it = m_users.try_emplace(key).first;
        it->second.participant.key = "slack:" + key;
        it->second.participant.handle = std::string(botId);
        it->second.participant.isBot = true;
    } else if (it->second.participant.displayName != botId) {
        return; // named by its own messages already
    }
    it->second.participant.displayName.clear();
    appendSlackUnescaped(it->second.participant.displayName, name);
    if (it->second.emitted)
        out.add(it->second.participant); // its messages came first: hand over the better name
}

std::string_view SlackDirectory::userName(std::string_view userId) const
{
    const auto it = m_users.find(userId);
    if (it == m_users.end() || it->second.participant.displayName == userId)
        return {};
    return it->second.participant.displayName;
}

std::string_view SlackDirectory::channelName(std::string_view channelId) const
{
    const SlackChannel *channel = channelById(channelId);
    return channel ? std::string_view(channel->name) : std::string_view();
}

} // namespace tb::core
