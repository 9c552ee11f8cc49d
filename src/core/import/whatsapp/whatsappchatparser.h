#pragma once

#include "domain/message.h"
#include "import/importoptions.h"
#include "import/importsink.h"
#include "whatsappdateorder.h"
#include "whatsappheader.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tb::core::whatsapp {

// Reads one chat file in two passes over the bytes in memory: the first finds the headers and
// gathers the evidence for the day/month order and the participants, the second builds messages.
// Per message it keeps offsets and the parsed header only, so a 100 MB chat costs little more
// than its own bytes.
class ChatParser {
public:
    ChatParser(std::string path, std::string chatName, const ImportOptions &options, BatchWriter &out);
    void run(std::string content);

private:
    struct Record {
        std::uint64_t bodyStart = 0; // first byte after the header
        std::uint64_t end = 0;       // one past the message's last byte (its last line without '\n')
        std::int64_t line = 0;       // 1-based line of the header
        std::uint32_t authorLength = 0; // bytes of the author before ": "; 0 for system lines
        std::uint32_t author = kNoAuthor;
        Header header;
    };
    static constexpr std::uint32_t kNoAuthor = 0xFFFFFFFFu;

    void repairEncoding(std::string &content);
    void scan(std::string_view content);
    void noteAuthor(Record &record, std::string_view firstLine);
    void emitConversation();
    void emitMessages(std::string_view content);
    Message buildMessage(std::string_view content, const Record &record, const std::vector<std::string> &authorKeys);
    void add(Severity severity, std::int64_t line, std::string reason);

    std::string m_path;
    std::string m_chatName;
    std::string m_conversationKey;
    const ImportOptions &m_options;
    BatchWriter &m_out;

    std::vector<Record> m_records;
    std::vector<std::string> m_authors; // cleaned names, in order of first appearance
    std::unordered_map<std::string_view, std::uint32_t> m_authorByRaw;
    std::unordered_map<std::string, std::uint32_t> m_authorByName;
    bool m_groupSystemLine = false;
    DateOrderResolver m_dates;
    DateProblemTally m_dateProblems;
};

} // namespace tb::core::whatsapp
