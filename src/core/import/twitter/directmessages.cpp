#include "directmessages.h"

#include "twittertime.h"
#include "util/text.h"
#include "ytdreport.h"

namespace tb::core::twitter {

namespace {

Finding finding(Severity severity, const InputEntry &entry, std::size_t record, std::string reason)
{
    Finding f;
    f.severity = severity;
    f.file = entry.path;
    f.record = static_cast<std::int64_t>(record);
    f.reason = std::move(reason);
    return f;
}

std::vector<std::string> idList(json::element e, std::string_view key)
{
    std::vector<std::string> ids;
    json::array list;
    if (!json::arrayOf(e, key, list))
        return ids;
    for (json::element id : list) {
        std::string_view s;
        std::uint64_t u = 0;
        if (!id.get_string().get(s))
            ids.emplace_back(s);
        else if (!id.get_uint64().get(u))
            ids.push_back(std::to_string(u));
    }
    return ids;
}

// The t.co link a DM's text ends with when a photo or video is attached and the link is not one of
// the message's own URLs.
std::string_view trailingMediaLink(std::string_view text, const std::vector<UrlEntity> &urls)
{
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        --end;
    const std::size_t start = text.rfind("https://t.co/", end);
    if (start == std::string_view::npos || text.find_first_of(" \n", start) < end)
        return {};
    const std::string_view link = text.substr(start, end - start);
    for (const auto &url : urls) {
        if (url.url == link)
            return {};
    }
    return link;
}

} // namespace

std::size_t DirectMessages::read(const InputEntry &entry, std::string &content, bool group)
{
    return readYtdArray(m_reader, entry, content, m_findings,
        [&](json::element element, std::size_t record) { readConversation(entry, element, record, group); });
}

std::string DirectMessages::nameOf(const std::string &userId) const
{
    if (!m_owner.id.empty() && userId == m_owner.id && !m_owner.userName.empty())
        return "@" + m_owner.userName;
    const auto it = m_users.find(userId);
    if (it != m_users.end() && !it->second.handle.empty())
        return "@" + it->second.handle;
    if (it != m_users.end() && !it->second.name.empty())
        return it->second.name;
    return userId;
}

void DirectMessages::writeParticipant(const std::string &userId)
{
    std::string key = "twitter:" + userId;
    if (userId.empty() || m_participants.count(key))
        return;
    Participant participant;
    participant.key = key;
    const auto it = m_users.find(userId);
    if (it != m_users.end()) {
        participant.handle = it->second.handle;
        participant.displayName = !it->second.name.empty() ? it->second.name : it->second.handle;
    }
    if (participant.displayName.empty())
        participant.displayName = userId;
    m_participants.insert(key);
    m_out.add(std::move(participant));
}

void DirectMessages::readConversation(const InputEntry &entry, json::element element, std::size_t record, bool group)
{
    json::element conversation;
    json::array events;
    if (!json::child(element, "dmConversation", conversation) || !json::arrayOf(conversation, "messages", events)) {
        m_findings.add("records without a conversation",
            finding(
                Severity::Warning, entry, record, "this record is not a dmConversation with messages; it was skipped"));
        return;
    }
    const std::string conversationId = json::idText(conversation, "conversationId");
    if (conversationId.empty()) {
        m_findings.add("records without a conversation",
            finding(Severity::Warning, entry, record, "this conversation has no conversationId; skipped"));
        return;
    }
    const std::string conversationKey = "twitter:dm:" + conversationId;
    const std::string origin = entry.path + "#" + std::to_string(record);
    std::vector<Message> messages;
    std::string groupName;
    std::int64_t groupNameTime = INT64_MIN;
    std::size_t unknown = 0;

    for (json::element event : events) {
        json::object fields;
        if (event.get_object().get(fields))
            continue;
        for (auto [type, body] : fields) {
            Message message;
            message.conversationKey = conversationKey;
            message.origin = origin;
            const std::string_view createdAt = json::str(body, "createdAt");
            message.timestampMs = parseTwitterTime(createdAt);
            if (type == "messageCreate") {
                const std::string id = json::idText(body, "id");
                const std::string sender = json::idText(body, "senderId");
                message.key = id.empty() ? conversationKey + ":" + text::hashHex(std::string(createdAt) + sender)
                                         : "twitter:dm:" + id;
                message.authorKey = sender.empty() ? std::string() : "twitter:" + sender;
                message.rawText = json::str(body, "text");
                std::vector<UrlEntity> urls;
                json::array list;
                if (json::arrayOf(body, "urls", list)) {
                    for (json::element url : list) {
                        std::string_view expanded = json::str(url, "expanded");
                        urls.push_back(
                            { json::str(url, "url"), expanded.empty() ? json::str(url, "expanded_url") : expanded });
                    }
                }
                std::string_view media;
                if (json::arraySize(body, "mediaUrls") > 0) {
                    message.flags |= MessageFlag::Media;
                    media = trailingMediaLink(message.rawText, urls);
                }
                message.text = readableText(message.rawText, urls, media);
                if (json::arraySize(body, "editHistory") > 0)
                    message.flags |= MessageFlag::Edited;
                writeParticipant(sender);
            } else {
                const std::string initiator = json::idText(body, "initiatingUserId");
                std::vector<std::string> users
                    = idList(body, type == "joinConversation" ? "participantsSnapshot" : "userIds");
                std::string names;
                for (const auto &user : users)
                    names += (names.empty() ? "" : ", ") + nameOf(user);
                const std::string who = initiator.empty() ? std::string("Someone") : nameOf(initiator);
                if (type == "joinConversation") {
                    message.text = who + " added "
                        + (m_owner.id.empty() ? std::string("the archive's owner") : nameOf(m_owner.id))
                        + " to the conversation";
                } else if (type == "participantsJoin") {
                    message.text = who + " added " + names;
                } else if (type == "participantsLeave") {
                    message.text = names + " left the conversation";
                } else if (type == "conversationNameUpdate") {
                    const std::string_view name = json::str(body, "name");
                    message.text = who + " named the conversation \xE2\x80\x9C" + std::string(name) + "\xE2\x80\x9D";
                    const std::int64_t when = message.timestampMs.value_or(INT64_MIN);
                    if (when >= groupNameTime) {
                        groupName = name;
                        groupNameTime = when;
                    }
                } else {
                    ++unknown;
                    continue;
                }
                std::string identity(type);
                identity += '|' + std::string(createdAt) + '|' + initiator + '|' + names;
                message.key = conversationKey + ":" + std::string(type) + ":" + text::hashHex(identity + message.text);
                message.authorKey = initiator.empty() ? std::string() : "twitter:" + initiator;
                message.rawText = message.text;
                message.flags |= MessageFlag::System;
                writeParticipant(initiator);
            }
            messages.push_back(std::move(message));
        }
    }
    if (unknown > 0)
        m_findings.add("unknown conversation events",
            finding(Severity::Info, entry, record,
                "events of a kind Tunebench does not know were skipped: " + std::to_string(unknown)));

    if (m_conversations.insert(conversationKey).second) {
        Conversation c;
        c.key = conversationKey;
        c.kind = group ? ConversationKind::Group : ConversationKind::DirectMessage;
        if (group) {
            c.name = groupName.empty() ? "Group conversation " + conversationId : groupName;
        } else {
            // One-to-one ids are "<user>-<user>"; the one that is not the owner names the chat.
            std::string other;
            const std::size_t dash = conversationId.find('-');
            if (dash != std::string::npos) {
                const std::string a = conversationId.substr(0, dash), b = conversationId.substr(dash + 1);
                other = a == m_owner.id ? b : b == m_owner.id ? a : std::string();
            }
            c.name = other.empty() ? "Direct messages " + conversationId : "DM with " + nameOf(other);
        }
        m_out.add(std::move(c));
    }
    for (auto &message : messages)
        m_out.add(std::move(message));
}

} // namespace tb::core::twitter
