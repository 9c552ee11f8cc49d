#pragma once

#include "csvreader.h"
#include "import/findinglimiter.h"
#include "import/importoptions.h"
#include "input/inputsource.h"
#include "scriptlayout.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tb::core::scriptcsv {

// One CSV table of a TV script: every line a message, every episode (or scene) a conversation.
class ScriptFile {
public:
    ScriptFile(BatchWriter &out, FindingLimiter &findings, const InputEntry &entry,
        std::unordered_set<std::string> &writtenParticipants)
        : m_out(out)
        , m_findings(findings)
        , m_entry(entry)
        , m_participants(writtenParticipants)
    {
    }

    enum class Outcome { Imported, NotAScript, Failed };
    // Reads BYTES. A table whose columns cannot be placed is NotAScript (an Info finding) unless
    // REQUIRED, when it is Failed (an Error finding naming the columns there are).
    Outcome import(std::string_view bytes, const ColumnMapping &mapping, bool required);

private:
    struct Row {
        std::size_t line = 0;
        std::size_t dataRow = 0; // 1-based among the data rows
        std::size_t episode = 0; // index into m_conversations
        long scene = -1; // index into m_conversations, or -1
        double order = 0;
        bool hasOrder = false;
        std::string orderText;
        std::string speaker;
        std::string cell;
        std::uint32_t flags = 0;
    };
    struct Group {
        std::string key;
        std::string name;
        std::string parentKey;
        bool scene = false;
    };

    void reportEncoding(int encoding, std::size_t replaced);
    bool readRows(CsvReader &reader, const ScriptColumns &columns);
    std::size_t groupFor(const std::vector<std::string> &fields, const ScriptColumns &columns);
    long sceneFor(const std::vector<std::string> &fields, const ScriptColumns &columns, std::size_t episode);
    void orderRows(const ScriptColumns &columns);
    void write(const ScriptColumns &columns);
    Finding finding(Severity severity, std::size_t line, std::string reason) const;

    BatchWriter &m_out;
    FindingLimiter &m_findings;
    const InputEntry &m_entry;
    std::unordered_set<std::string> &m_participants;
    std::string m_stem;
    std::vector<std::string> m_header;
    std::vector<Row> m_rows;
    std::vector<Group> m_groups;
    std::unordered_map<std::string, std::size_t> m_groupIndex;
};

} // namespace tb::core::scriptcsv
