#pragma once

#include "domain/message.h"
#include "slackdirectory.h"

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace tb::core {

class BatchWriter;

// Turns Slack message objects into Messages, one conversation at a time. This is the hot path of
// a million-message import: one pass over each object's fields, string_views into the parser until
// the Message is built, mrkdwn decoded in one linear pass. Records come from simdjson's DOM, or,
// for day files, from its On-Demand API, which leaves the parts nobody reads unparsed.
class SlackMessageReader {
public:
    struct Fields;

    SlackMessageReader(SlackDirectory &directory, BatchWriter &out);

    // Messages read next belong to CONVERSATIONKEY ("slack:C123" or "slack:name:general"); their
    // keys are CONVERSATIONKEY:ts. A new key forgets the thread replies seen so far.
    void beginConversation(const std::string &conversationKey);

    // Reads RECORD (element INDEX of FILE) and, in slackdump's dump format, its nested
    // slackdump_thread_replies. Returns how many messages were written.
    std::size_t read(simdjson::dom::element record, const std::string &file, std::int64_t index);

    // The same for a record iterated On-Demand. JSON errors surface only while iterating: then
    // ERROR is set and nothing is written. ISMESSAGE tells whether the record looked like a Slack
    // message at all (an object with ts, text, user or subtype).
    std::size_t read(simdjson::ondemand::value record, const std::string &file, std::int64_t index,
        simdjson::error_code &error, bool *isMessage = nullptr);

    // While a file is held, its messages and record findings wait here instead of going to the
    // writer: an On-Demand read that meets broken JSON halfway drops them (discardHeld) and the
    // file is read again with the DOM parser, which rejects it whole, as before.
    void holdFile();
    void releaseHeld();
    void discardHeld();

    // Reports, once per file, record-level problems beyond the ones already listed.
    void endFile(const std::string &file);

private:
    std::size_t readOne(simdjson::dom::element record, const std::string &file, std::int64_t index,
        std::string_view originSuffix, simdjson::dom::array *replies, bool *hasReplies);
    std::size_t readReplies(simdjson::dom::array replies, const std::string &file, std::int64_t index);
    std::size_t write(const Fields &f, const std::string &file, std::int64_t index, std::string_view originSuffix);
    void warn(const std::string &file, std::int64_t index, std::string reason, std::string messageKey = {});
    void emit(Message &&message);

    SlackDirectory &m_directory;
    BatchWriter &m_out;
    std::string m_conversationKey;
    // ts (in µs) of thread replies and broadcasts already written in this conversation: a reply sent
    // "also to the channel" may sit in the export twice and must count once.
    std::unordered_set<std::int64_t> m_seenReplies;
    // For records read On-Demand: one parser for their nested parts, read now and then, and one for
    // slackdump's nested replies, whose elements must outlive the parts of each reply.
    simdjson::dom::parser m_nestedParser;
    simdjson::dom::parser m_repliesParser;
    bool m_holding = false;
    std::vector<Message> m_heldMessages;
    std::vector<Finding> m_heldFindings;
    std::vector<std::int64_t> m_heldReplies; // added to m_seenReplies while held
    std::size_t m_fileWarnings = 0;
    std::size_t m_suppressedWarnings = 0;
};

// Parses a Slack ts ("1459052866.000012") into microseconds since the epoch.
bool parseSlackTs(std::string_view ts, std::int64_t &micros);

} // namespace tb::core
