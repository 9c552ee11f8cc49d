#pragma once

#include "dateorderdecision.h"
#include "domain/conversation.h"
#include "domain/finding.h"
#include "importoptions.h"
#include "importrunner.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tb::core {

struct PreviewParticipant {
    std::string key;
    std::string displayName;
    bool isBot = false;
    std::uint64_t messages = 0;
};

struct PreviewConversation {
    std::string key;
    std::string name;
    ConversationKind kind = ConversationKind::Group;
    std::uint64_t messages = 0;
};

// What an export holds, read without writing anything: enough for a person to decide whether and
// how to import it.
struct ImportPreview {
    enum class Problem {
        None,
        Unreadable, // the path cannot be opened (missing, no permission, broken zip)
        UnknownFormat, // ImportOptions::format names no importer
        Unrecognised, // no importer recognises the content
        Failed, // the importer stopped unexpectedly
    };

    std::string path; // as given, made absolute
    std::string format; // the importer's id; empty when none was found
    std::string formatName; // "WhatsApp chat"
    bool formatForced = false; // ImportOptions::format chose it, not detection
    std::uint64_t files = 0; // files in the input
    std::uint64_t filesRead = 0;
    std::uint64_t bytes = 0;
    std::uint64_t messages = 0;
    std::uint64_t messagesWithoutTime = 0;
    std::optional<std::int64_t> firstMs; // UTC ms of the earliest and latest message
    std::optional<std::int64_t> lastMs;
    std::vector<PreviewParticipant> participants; // most messages first
    std::vector<PreviewConversation> conversations; // most messages first
    std::vector<Finding> findings;
    std::vector<DateOrderDecision> dateOrders;
    Problem problem = Problem::None;
    std::string error; // what went wrong, when PROBLEM is not None
    bool cancelled = false;

    std::uint64_t count(Severity severity) const;
    // The first decision the export could not make itself, or null.
    const DateOrderDecision *ambiguousDateOrder() const;
};

// Runs an importer into a counting sink: nothing is written anywhere and no message is kept, so a
// preview of a million-message export costs the parse and a few counters.
class ImportPreviewer {
public:
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Called after each batch the importer hands over (bytes advance per file read).
    void setProgressCallback(ImportRunner::ProgressCallback callback) { m_progress = std::move(callback); }

    ImportPreview run(const std::string &path, const ImportOptions &options) const;

private:
    const std::atomic<bool> *m_cancel = nullptr;
    ImportRunner::ProgressCallback m_progress;
};

} // namespace tb::core
