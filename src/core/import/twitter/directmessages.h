#pragma once

#include "import/findinglimiter.h"
#include "tweetrecord.h"
#include "twitterarchive.h"
#include "ytdfile.h"

#include <string>
#include <unordered_set>

namespace tb::core::twitter {

// direct-messages.js and direct-messages-group.js: the best conversational data an archive has.
// Each dmConversation becomes a conversation "twitter:dm:<conversationId>"; its messages are keyed
// "twitter:dm:<message id>"; joins, leaves and renames of group chats become system messages.
class DirectMessages {
public:
    DirectMessages(BatchWriter &out, FindingLimiter &findings, YtdReader &reader, const ArchiveOwner &owner,
        const UserDirectory &users, std::unordered_set<std::string> &writtenParticipants)
        : m_out(out)
        , m_findings(findings)
        , m_reader(reader)
        , m_owner(owner)
        , m_users(users)
        , m_participants(writtenParticipants)
    {
    }

    // Returns the number of conversations read from the file.
    std::size_t read(const InputEntry &entry, std::string &content, bool group);

private:
    void readConversation(const InputEntry &entry, json::element conversation, std::size_t record, bool group);
    void writeParticipant(const std::string &userId);
    std::string nameOf(const std::string &userId) const;

    BatchWriter &m_out;
    FindingLimiter &m_findings;
    YtdReader &m_reader;
    const ArchiveOwner &m_owner;
    const UserDirectory &m_users;
    std::unordered_set<std::string> &m_participants;
    std::unordered_set<std::string> m_conversations;
};

} // namespace tb::core::twitter
