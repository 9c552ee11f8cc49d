#pragma once

#include "domain/message.h"
#include "slackdirectory.h"

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <unordered_set>

namespace tb::core {

class BatchWriter;

// Turns Slack message objects into Messages, one conversation at a time. This is the hot path of
// a million-message import: one pass over each object's fields, string_views into the parser until
// the Message is built, mrkdwn decoded in one linear pass.
class SlackMessageReader {
public:
    SlackMessageReader(SlackDirectory &directory, BatchWriter &out);

    // Messages read next belong to CONVERSATIONKEY ("slack:C123" or "slack:name:general"); their
    // keys are CONVERSATIONKEY:ts. A new key forgets the thread replies seen so far.
    void beginConversation(const std::string &conversationKey);

    // Reads RECORD (element INDEX of FILE) and, in slackdump's dump format, its nested
    // slackdump_thread_replies. Returns how many messages were written.
    std::size_t read(simdjson::dom::element record, const std::string &file, std::int64_t index);

    // Reports, once per file, record-level problems beyond the ones already listed.
    void endFile(const std::string &file);

private:
    std::size_t readOne(simdjson::dom::element record, const std::string &file, std::int64_t index,
        std::string_view originSuffix, simdjson::dom::array *replies, bool *hasReplies);
    void warn(const std::string &file, std::int64_t index, std::string reason, std::string messageKey = {});

    SlackDirectory &m_directory;
    BatchWriter &m_out;
    std::string m_conversationKey;
    // ts (in µs) of thread replies and broadcasts already written in this conversation: a reply sent
    // "also to the channel" may sit in the export twice and must count once.
    std::unordered_set<std::int64_t> m_seenReplies;
    std::size_t m_fileWarnings = 0;
    std::size_t m_suppressedWarnings = 0;
};

// Parses a Slack ts ("1459052866.000012") into microseconds since the epoch.
bool parseSlackTs(std::string_view ts, std::int64_t &micros);

} // namespace tb::core
