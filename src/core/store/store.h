#pragma once

#include "domain/importbatch.h"
#include "domain/result.h"
#include "searchquery.h"
#include "sqlite.h"
#include "util/fingerprintset.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tb::core {

struct WriteCounts {
    std::uint64_t messagesSeen = 0;
    std::uint64_t messagesAdded = 0;
    std::uint64_t conversationsAdded = 0;
    std::uint64_t participantsAdded = 0;
    std::uint64_t findings = 0;
};

struct ParticipantStats {
    std::string key;
    std::string displayName;
    bool isBot = false;
    bool isMe = false;
    std::uint64_t messages = 0;
};

struct SourceStats {
    std::int64_t id = 0;
    std::string path;
    std::string format;
    std::uint64_t messages = 0;
    std::string lastImportState;
};

struct ProjectStats {
    std::vector<SourceStats> sources;
    std::uint64_t conversations = 0;
    std::uint64_t messages = 0;
    std::vector<ParticipantStats> participants; // most messages first
    std::optional<std::int64_t> firstMs;
    std::optional<std::int64_t> lastMs;
    std::uint64_t errors = 0;
    std::uint64_t warnings = 0;
    std::uint64_t infos = 0;
};

struct ConversationSummary {
    std::string key;
    std::string name;
    ConversationKind kind = ConversationKind::Group;
    std::string parentKey;
    std::uint64_t messages = 0;
};

struct StoredMessage {
    std::int64_t id = 0;
    std::string key;
    std::string conversationKey;
    std::string conversationName;
    std::string authorKey;
    std::string authorName;
    std::optional<std::int64_t> timestampMs;
    std::string text;
    std::string rawText;
    std::string replyToKey;
    std::string threadKey;
    std::uint32_t flags = 0;
    std::string origin;
    std::int64_t conversationId = 0;
    std::int64_t authorId = 0; // 0 when the export names no author
};

// What the Browse page shows: sources, their conversations and threads, messages by row id.
struct SourceSummary {
    std::int64_t id = 0;
    std::string path;
    std::string format;
};

struct ConversationNode {
    std::int64_t id = 0;
    std::string key;
    std::string name;
    ConversationKind kind = ConversationKind::Group;
    std::int64_t parentId = 0;
    std::int64_t sourceId = 0;
    std::uint64_t messages = 0;
};

// A reply thread inside a conversation (Slack threads): its first message and size.
struct ThreadSummary {
    std::string threadKey;
    std::int64_t rootId = 0;       // 0 when the thread's first message is not in the project
    std::string rootText;
    std::string rootAuthor;
    std::optional<std::int64_t> firstMs;
    std::uint64_t messages = 0;
};

// Which messages of a conversation a view lists.
enum class ThreadScope {
    All,            // every message, replies inline in time order
    TopLevel,       // messages outside threads, each thread's first message, and the replies of a
                    // thread whose first message is not in the project (so that nothing is hidden)
    OneThread,      // the messages of one thread
};

// A finding with the source whose import reported it: what the findings dock lists.
struct SourceFinding {
    std::int64_t sourceId = 0;
    std::string sourcePath;
    std::string format;
    std::int64_t importId = 0;
    Finding finding;
};

// One person as the Participants page lists them.
struct ParticipantSourceCount {
    std::int64_t sourceId = 0;
    std::uint64_t messages = 0;
};

struct ParticipantInfo {
    std::int64_t id = 0;
    std::string key;
    std::string displayName;               // as the export names them
    std::optional<std::string> customName; // the user's name for them; none: as exported
    std::string handle;
    bool isBot = false;                    // effective: the user's mark, else the export's flag
    bool botOverridden = false;            // isBot is the user's mark
    bool isMe = false;
    std::optional<std::int64_t> aliasOf;   // the person this one is the same as (never an alias itself)
    // The sources they appear in (listed by or wrote messages in), by source id, with their messages
    // in each. Empty when read with ParticipantCounts::Skip.
    std::vector<ParticipantSourceCount> sources;

    const std::string &name() const { return customName ? *customName : displayName; }
    std::uint64_t messages() const;
};

enum class ParticipantCounts {
    PerSource, // reads the author index: about a tenth of a second per million messages
    Skip,      // names, marks and aliases only: as cheap as the participants table
};

// The alias link of one participant, for putting a merge back as it was.
struct AliasLink {
    std::int64_t id = 0;
    std::optional<std::int64_t> aliasOf;
    bool operator==(const AliasLink &) const = default;
};

// A conversation as the message view lists it (see Store::conversationOutline).
struct ConversationOutline {
    std::vector<std::int64_t> ids;      // as messageIds lists them, TopLevel or (replies inline) All
    std::vector<ThreadSummary> threads; // every thread, by first message; without its text and author
    std::vector<std::vector<std::int64_t>> replies; // per thread: its messages but the first, in time order
};

// A frozen dataset (schema 4): immutable once created (SQLite triggers refuse UPDATE and DELETE).
struct SnapshotInfo {
    std::int64_t id = 0;
    std::string name;                 // unique in the project
    std::int64_t createdAtMs = 0;
    std::string recipeKind;
    std::string recipeOptionsJson;
    std::string format;               // ExportFormat's name: chat, dpo, prompt-completion, ...
    std::uint64_t recordCount = 0;    // train + validation
    std::uint64_t validCount = 0;
    std::uint64_t tokenCount = 0;
    std::string sha256;               // hex, of the train bytes followed by the validation bytes
    std::uint64_t trainBytes = 0;
    std::uint64_t validBytes = 0;
};

// The parts of a snapshot's content: the train and validation files in the snapshot's format, and
// the records in the neutral form (dataset/exporter.h) with "split":"train|valid" added.
enum class SnapshotPart { Train = 0, Valid = 1, Records = 2 };

struct SnapshotCounts {
    std::uint64_t recordCount = 0;
    std::uint64_t validCount = 0;
    std::uint64_t tokenCount = 0;
};

// What createSnapshot's filler calls to add bytes to a part; false: the write failed (stop).
using SnapshotAppend = std::function<bool(SnapshotPart part, std::string_view bytes)>;

struct SearchHit {
    StoredMessage message;
    std::string snippet; // the text with matches between \x02 and \x03 (empty when not asked for)
};

// One project file: a SQLite database in WAL mode. Every write is its own transaction, so a kill at
// any moment keeps everything written before it. Not thread-safe: one Store per thread.
class Store {
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens or creates the project at PATH and brings its schema up to date.
    static Result<std::unique_ptr<Store>> open(const std::string &path);

    const std::string &path() const { return m_path; }
    int schemaVersion() const;

    // Starts recording an import of PATH read as FORMAT; returns the import's id.
    Result<std::int64_t> beginImport(const std::string &path, const std::string &format);
    // Writes BATCH in one transaction: messages whose key is already present are skipped. IDS, when
    // given, receives each message's row id, or 0 for one skipped.
    Result<WriteCounts> write(std::int64_t importId, const ImportBatch &batch, std::vector<std::int64_t> *ids = nullptr);
    // Records how the import ended and applies what it learnt about participants and
    // conversations that existed before it (names, kinds): held back until now so that a
    // cancelled import changes nothing.
    Result<Ok> finishImport(std::int64_t importId, const std::string &state);
    // For imports large enough that building the read indexes afterwards beats updating them per
    // row. endBulkWrite() (or the next open(), after a kill) builds them again.
    // Off: this connection's commits leave the write-ahead log to grow, for a WalCheckpointer to copy
    // into the file on another thread. On (the default): SQLite copies it every 16 MB itself.
    void setAutoCheckpoint(bool on);
    // EXPECTEDMESSAGES (0: unknown) sizes the in-memory key check up front.
    void beginBulkWrite(std::uint64_t expectedMessages = 0);
    Result<Ok> endBulkWrite();
    bool readIndexesPresent() const;
    // True in bulk mode into a project that held no messages: nothing is in its search index then,
    // so one built alongside the import (FullTextBuilder) can take its place.
    bool bulkIntoEmpty() const { return m_bulkKeysActive; }
    // Builds whatever message index is missing (after bulk mode, or a kill during it).
    Result<Ok> restoreIndexes();

    // Adds messages written since the last call to the full-text index, in chunks of one
    // transaction each; PROGRESS gets (done, total). Imports call it at the end (bulk indexing is
    // much faster than indexing row by row); open() calls it to finish what a killed import left.
    Result<Ok> indexPending(const std::function<void(std::uint64_t, std::uint64_t)> &progress = {});
    std::uint64_t pendingIndexCount() const;
    // Removes everything IMPORTID added, leaving the project as it was before it started.
    Result<Ok> discardImport(std::int64_t importId);

    ProjectStats stats() const;
    // Every conversation, most messages first.
    std::vector<ConversationSummary> conversations() const;
    std::vector<Finding> findings(std::optional<std::int64_t> importId = std::nullopt) const;
    // Every finding of each source's latest import (what is wrong with the project now; an older
    // import of the same export does not count twice), by source, in the order found.
    std::vector<SourceFinding> latestFindings() const;

    // Participants page: who wrote what, and the user's decisions about them. The user's name, "me",
    // bot mark and aliases are theirs: re-importing an export never changes them. Every edit is one
    // transaction, committed before it returns; an edit of an id not in the project fails.
    // Groups of aliases are flat: alias_of always names a root (a participant that is no alias), so
    // Store::search's from: and the listing need follow one link only.
    std::vector<ParticipantInfo> participants(ParticipantCounts counts = ParticipantCounts::PerSource) const;
    Result<Ok> setMe(std::int64_t id, bool me);
    // None: back to what the export says.
    Result<Ok> setBotOverride(std::int64_t id, std::optional<bool> bot);
    // None: back to the exported name. A name is trimmed and must not be empty or span lines.
    Result<Ok> setCustomName(std::int64_t id, const std::optional<std::string> &name);
    // Makes ID the same person as TARGET: ID (and whoever was merged into ID) joins TARGET's root.
    // Already the same person: nothing changes. None: ID is a person of its own again (its own
    // aliases, if it is a root, stay with it).
    Result<Ok> setAliasOf(std::int64_t id, std::optional<std::int64_t> target);
    // Makes everyone in IDS, and everyone merged with them, one person whose root is KEEP (the name
    // the person goes by), in one transaction.
    Result<Ok> mergeParticipants(const std::vector<std::int64_t> &ids, std::int64_t keep);
    // The links of IDS and of everyone in the same groups: what an undo puts back.
    std::vector<AliasLink> aliasLinks(const std::vector<std::int64_t> &ids) const;
    // Sets exactly these links in one transaction; fails, changing nothing, when an id is missing
    // or the result would chain or loop.
    Result<Ok> setAliasLinks(const std::vector<AliasLink> &links);
    // Newest matches first. Plans by how common the words are: a rare word sorts its few matches; a
    // common one walks messages by time and stops at LIMIT, so neither reads every match.
    // Without SNIPPETS each hit's snippet is left empty: marking matches costs the index a lookup per
    // hit, which a caller that marks them itself (the search field) does not need.
    Result<std::vector<SearchHit>> search(const SearchQuery &query, int limit = 50, bool snippets = true) const;

    bool hasMessages() const;
    std::vector<SourceSummary> sources() const;
    // Every conversation with its message count, by source, then most messages first.
    std::vector<ConversationNode> conversationNodes() const;
    std::vector<ThreadSummary> threads(std::int64_t conversationId) const;
    // The row ids of a conversation's messages in time order: cheap enough to hold for a million
    // messages, so a view can show any row at once and read the rows on screen by id.
    // LIMIT, when not 0, keeps the first so many (a view shows those while it reads the rest).
    std::vector<std::int64_t> messageIds(std::int64_t conversationId, ThreadScope scope = ThreadScope::All,
                                         const std::string &threadKey = {}, std::size_t limit = 0) const;
    // The ids and threads of a conversation from one pass over its rows: messageIds and threads()
    // each read every row, which takes about a second for a million-message channel.
    ConversationOutline conversationOutline(std::int64_t conversationId, bool repliesInline = false) const;
    // The messages with these ids, in the order given; ids not found are left out.
    std::vector<StoredMessage> messagesByIds(const std::vector<std::int64_t> &ids) const;
    std::optional<StoredMessage> messageByKey(const std::string &key) const;
    // The participants who are "me": those marked is_me, and everyone merged with one of them (an
    // alias of theirs, the participant they are an alias of, and that one's other aliases).
    std::vector<std::int64_t> meAuthorIds() const;
    // The participants whose messages are a bot's: as the export says, unless the user marked otherwise.
    std::vector<std::int64_t> botAuthorIds() const;
    // Calls VISIT for each message in conversation order; an empty key means every conversation.
    // Returns false when CONVERSATIONKEY names no conversation.
    bool forEachMessage(const std::string &conversationKey,
                        const std::function<void(const StoredMessage &)> &visit) const;

    // Freeze (storesnapshots.cpp). FILL writes the content through the append function it is given
    // and returns the counts (or an error, which rolls everything back). One transaction: a kill or
    // a failure leaves no snapshot. Fails when NAME is empty or already used.
    Result<SnapshotInfo> createSnapshot(const std::string &name, const std::string &recipeKind,
                                        const std::string &recipeOptionsJson, const std::string &format,
                                        const std::function<Result<SnapshotCounts>(const SnapshotAppend &)> &fill);
    // Oldest first.
    std::vector<SnapshotInfo> snapshots() const;
    std::optional<SnapshotInfo> snapshot(std::int64_t id) const;
    std::optional<SnapshotInfo> snapshotByName(const std::string &name) const;
    // Calls VISIT with the part's bytes in order, a chunk (about 1 MB) at a time; stops when VISIT
    // returns false. Fails when the snapshot is missing or a chunk is damaged.
    Result<Ok> snapshotContent(std::int64_t id, SnapshotPart part,
                               const std::function<bool(std::string_view chunk)> &visit) const;
    // The Build page's settings per recipe kind, committed at once on every edit.
    Result<Ok> saveRecipe(const std::string &kind, const std::string &optionsJson);
    std::optional<std::string> loadRecipe(const std::string &kind) const;

private:
    Store() = default;
    // The row id of KEY; a row named after the key is created when CREATE and it is missing (a
    // message may name an author the export never lists), else 0 is returned.
    std::int64_t participantId(const std::string &key, std::int64_t importId, WriteCounts &counts, bool create = true);
    std::int64_t conversationId(const std::string &key, std::int64_t importId, WriteCounts &counts, bool create = true);
    void prepareWriters();
    bool applyConversation(const Conversation &conversation, std::int64_t importId, WriteCounts &counts);

    std::string m_path;
    mutable sql::Database m_db;
    std::int64_t m_sourceOfImport = 0;
    std::int64_t m_currentImport = 0;
    std::unordered_map<std::string, std::int64_t> m_participantIds;
    std::unordered_map<std::string, std::int64_t> m_conversationIds;
    std::unordered_set<std::string> m_createdByImport; // "p:KEY" / "c:KEY" rows the current import added
    std::map<std::string, Participant> m_deferredParticipants;
    std::map<std::string, Conversation> m_deferredConversations;
    // Bulk mode into an empty project: the keys written so far (the key index is built afterwards).
    FingerprintSet m_bulkKeys;
    std::vector<FingerprintSet::Fingerprint> m_batchKeys; // the keys of the batch being written
    bool m_bulkKeysActive = false;
    sql::Statement m_upsertParticipant, m_findParticipant, m_insertBareParticipant;
    sql::Statement m_upsertConversation, m_findConversation, m_insertBareConversation, m_setConversationParent;
    sql::Statement m_insertMessage, m_insertFinding;
};

} // namespace tb::core
