#pragma once

#include "domain/conversation.h"
#include "slackdirectory.h"
#include "slackjsonreader.h"
#include "slacklayout.h"
#include "slackmessagereader.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace tb::core {

class BatchWriter;

// One import of one Slack export (workspace export, slackdump export or dump, or loose day
// files): metadata first, then every conversation's files in order.
class SlackImportRun {
public:
    SlackImportRun(const InputSource &input, BatchWriter &out);
    void run();

private:
    void loadMetadata();
    void loadList(const InputEntry *entry, bool users, ConversationKind kind);
    void readFolder(const SlackFolder &folder);
    void readFile(const InputEntry &entry, const Conversation *folderConversation);
    bool readDayFileOnDemand(const InputEntry &entry, const Conversation &conversation);
    void readRecords(simdjson::dom::array records, const InputEntry &entry);
    Conversation folderConversation(const SlackFolder &folder);
    Conversation channelConversation(const SlackChannel &channel) const;
    Conversation namedConversation(std::string_view name, const InputEntry &entry);
    Conversation dumpConversation(simdjson::dom::element dump, const InputEntry &entry);
    const SlackChannel *findRenamed(const SlackFolder &folder, std::string &newName);
    std::string looseFileName(simdjson::dom::element first, const InputEntry &entry) const;
    void use(const Conversation &conversation);
    void finishFile(const InputEntry &entry);
    void flushFindings();

    const InputSource &m_input;
    BatchWriter &m_out;
    SlackLayout m_layout;
    SlackJsonReader m_reader;
    SlackDirectory m_directory;
    SlackMessageReader m_messages;
    std::vector<Finding> m_findings;
    std::unordered_set<std::string> m_emitted; // conversation keys handed over
    std::unordered_set<std::string> m_namedNotes; // conversations keyed by name, already explained
    std::unordered_set<std::string> m_dumpFolders; // slackdump dump downloads: <channel id>/
    bool m_cancelled = false;
    bool m_warnedNoLists = false;
};

} // namespace tb::core
