#include "store.h"

#include "messagerows.h"
#include "schema.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <mutex>

namespace tb::core {

namespace {

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// A readable name for something referred to only by key: "whatsapp:Alice" -> "Alice".
std::string nameFromKey(const std::string &key)
{
    const auto colon = key.rfind(':');
    return colon == std::string::npos ? key : key.substr(colon + 1);
}

Severity severityFromString(const std::string &text)
{
    if (text == "error")
        return Severity::Error;
    if (text == "info")
        return Severity::Info;
    return Severity::Warning;
}

} // namespace

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string &path)
{
    // SQLite's allocation statistics take a global mutex on every malloc; we never read them.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    auto store = std::unique_ptr<Store>(new Store);
    store->m_path = path;
    if (auto opened = store->m_db.open(path); !opened)
        return opened.error();
    // Larger pages make bulk imports cheaper; it only takes effect on a new, empty file.
    store->m_db.exec("PRAGMA page_size = 16384");
    // A file that is not SQLite fails on the first read, so ask for something harmless first.
    if (!store->m_db.exec("PRAGMA journal_mode = WAL"))
        return Error{path + ": is not a Tunebench project (" + store->m_db.lastError() +
                     "); choose a .tunebench file or a new name"};
    store->m_db.exec("PRAGMA synchronous = NORMAL");
    store->m_db.exec("PRAGMA foreign_keys = ON");
    store->m_db.exec("PRAGMA temp_store = MEMORY");
    // The default 2 MB page cache makes index inserts of a large import thrash.
    store->m_db.exec("PRAGMA cache_size = -262144");
    // Lets SQLite sort on a second core when it builds an index after a large import.
    store->m_db.exec("PRAGMA threads = 2");
    if (auto migrated = schema::migrate(store->m_db, path); !migrated)
        return migrated.error();
    if (auto restored = store->restoreIndexes(); !restored)
        return restored.error();
    store->prepareWriters();
    if (auto indexed = store->indexPending(); !indexed)
        return indexed.error();
    return store;
}

int Store::schemaVersion() const
{
    auto query = m_db.prepare("PRAGMA user_version");
    return query.step() ? static_cast<int>(query.columnInt(0)) : 0;
}

void Store::prepareWriters()
{
    m_upsertParticipant = m_db.prepare(
        "INSERT INTO participants(key, display_name, handle, is_bot, import_id) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(key) DO UPDATE SET "
        "display_name = CASE WHEN excluded.display_name <> '' THEN excluded.display_name ELSE display_name END, "
        "handle = CASE WHEN excluded.handle <> '' THEN excluded.handle ELSE handle END, "
        "is_bot = is_bot OR excluded.is_bot");
    m_findParticipant = m_db.prepare("SELECT id FROM participants WHERE key = ?1");
    m_insertBareParticipant = m_db.prepare(
        "INSERT INTO participants(key, display_name, import_id) VALUES(?1, ?2, ?3)");
    m_upsertConversation = m_db.prepare(
        "INSERT INTO conversations(key, kind, name, source_id, import_id) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(key) DO UPDATE SET name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END, "
        "kind = excluded.kind");
    m_findConversation = m_db.prepare("SELECT id FROM conversations WHERE key = ?1");
    m_insertBareConversation = m_db.prepare(
        "INSERT INTO conversations(key, kind, name, source_id, import_id) VALUES(?1, 'group', ?2, ?3, ?4)");
    m_setConversationParent = m_db.prepare("UPDATE conversations SET parent_id = ?2 WHERE id = ?1");
    m_insertMessage = m_db.prepare(
        "INSERT INTO messages(key, conversation_id, author_id, ts_ms, text, raw_text, reply_to_key, thread_key, "
        "flags, origin, import_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT DO NOTHING"); // no target: it must also prepare while bulk mode has no key index
    m_insertFinding = m_db.prepare(
        "INSERT INTO findings(import_id, severity, file, line, record, reason, message_key) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
}

Result<std::int64_t> Store::beginImport(const std::string &path, const std::string &format)
{
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return Error{m_path + ": the project is busy (" + m_db.lastError() + "); close other programs using it and try again"};
    auto insertSource = m_db.prepare("INSERT INTO sources(path, format) VALUES(?1, ?2) ON CONFLICT DO NOTHING");
    insertSource.bind(1, path).bind(2, format).exec();
    auto findSource = m_db.prepare("SELECT id FROM sources WHERE path = ?1 AND format = ?2");
    findSource.bind(1, path).bind(2, format);
    if (!findSource.step())
        return Error{m_path + ": cannot record the import (" + m_db.lastError() + ")"};
    const std::int64_t sourceId = findSource.columnInt(0);
    findSource.reset();
    auto insertImport = m_db.prepare("INSERT INTO imports(source_id, started_at) VALUES(?1, ?2)");
    if (!insertImport.bind(1, sourceId).bind(2, nowMs()).exec() || !transaction.commit())
        return Error{m_path + ": cannot record the import (" + m_db.lastError() + ")"};
    m_sourceOfImport = sourceId;
    m_currentImport = m_db.lastInsertId();
    m_createdByImport.clear();
    m_deferredParticipants.clear();
    m_deferredConversations.clear();
    return m_currentImport;
}

std::int64_t Store::participantId(const std::string &key, std::int64_t importId, WriteCounts &counts, bool create)
{
    if (key.empty())
        return 0;
    if (const auto it = m_participantIds.find(key); it != m_participantIds.end())
        return it->second;
    m_findParticipant.bind(1, key);
    std::int64_t id = 0;
    if (m_findParticipant.step())
        id = m_findParticipant.columnInt(0);
    m_findParticipant.reset();
    if (id == 0 && !create)
        return 0;
    if (id == 0) {
        if (!m_insertBareParticipant.bind(1, key).bind(2, nameFromKey(key)).bind(3, importId).exec())
            return 0;
        id = m_db.lastInsertId();
        m_createdByImport.insert("p:" + key);
        ++counts.participantsAdded;
    }
    m_participantIds.emplace(key, id);
    return id;
}

std::int64_t Store::conversationId(const std::string &key, std::int64_t importId, WriteCounts &counts, bool create)
{
    if (const auto it = m_conversationIds.find(key); it != m_conversationIds.end())
        return it->second;
    m_findConversation.bind(1, key);
    std::int64_t id = 0;
    if (m_findConversation.step())
        id = m_findConversation.columnInt(0);
    m_findConversation.reset();
    if (id == 0 && !create)
        return 0;
    if (id == 0) {
        if (!m_insertBareConversation.bind(1, key).bind(2, nameFromKey(key)).bind(3, m_sourceOfImport).bind(4, importId).exec())
            return 0;
        id = m_db.lastInsertId();
        m_createdByImport.insert("c:" + key);
        ++counts.conversationsAdded;
    }
    m_conversationIds.emplace(key, id);
    return id;
}

Result<WriteCounts> Store::write(std::int64_t importId, const ImportBatch &batch, std::vector<std::int64_t> *ids)
{
    WriteCounts counts;
    if (ids)
        ids->assign(batch.messages.size(), 0);
    // Ids cached during a transaction that does not commit may name rows that no longer exist,
    // or that a later insert reuses: forget them unless the batch lands.
    bool committed = false;
    struct CacheGuard {
        Store &store;
        const bool &committed;
        ~CacheGuard()
        {
            if (!committed) {
                store.m_participantIds.clear();
                store.m_conversationIds.clear();
            }
        }
    } guard{*this, committed};
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return Error{m_path + ": the project is busy (" + m_db.lastError() + "); close other programs using it and try again"};
    const auto failed = [&](const std::string &what) {
        return Error{m_path + ": cannot store " + what + " (" + m_db.lastError() + ")"};
    };
    for (const auto &p : batch.participants) {
        const bool known = participantId(p.key, importId, counts, false) != 0;
        if (known && !m_createdByImport.count("p:" + p.key)) {
            // Applied by finishImport(): a cancelled import must not rename anybody.
            m_deferredParticipants[p.key] = p;
            continue;
        }
        if (!known) {
            ++counts.participantsAdded;
            m_createdByImport.insert("p:" + p.key);
        }
        m_upsertParticipant.bind(1, p.key).bind(2, p.displayName).bind(3, p.handle).bind(4, p.isBot ? 1 : 0).bind(5, importId);
        if (!m_upsertParticipant.exec())
            return failed("participant " + p.key);
    }
    for (const auto &c : batch.conversations) {
        const bool known = conversationId(c.key, importId, counts, false) != 0;
        if (known && !m_createdByImport.count("c:" + c.key)) {
            m_deferredConversations[c.key] = c;
            continue;
        }
        if (!known) {
            ++counts.conversationsAdded;
            m_createdByImport.insert("c:" + c.key);
        }
        if (!applyConversation(c, importId, counts))
            return failed("conversation " + c.key);
    }
    std::int64_t conversation = 0, author = 0;
    std::size_t lastConversation = 0, lastAuthor = 0;
    bool looked = false; // conversation and author hold the ids of messages[lastConversation/lastAuthor]
    constexpr std::size_t kPrefetchAhead = 16;
    if (m_bulkKeysActive) {
        m_batchKeys.resize(batch.messages.size());
        for (std::size_t i = 0; i < batch.messages.size(); ++i)
            m_batchKeys[i] = FingerprintSet::of(batch.messages[i].key);
    }
    for (std::size_t i = 0; i < batch.messages.size(); ++i) {
        const auto &m = batch.messages[i];
        ++counts.messagesSeen;
        if (m_bulkKeysActive) {
            if (i + kPrefetchAhead < m_batchKeys.size())
                m_bulkKeys.prefetch(m_batchKeys[i + kPrefetchAhead]);
            if (!m_bulkKeys.insert(m_batchKeys[i]))
                continue; // already written by this import
        }
        // Neighbouring messages mostly share their conversation and often their author: looking
        // the keys up again for every row was a tenth of the writer's own time.
        if (!looked || m.conversationKey != batch.messages[lastConversation].conversationKey) {
            conversation = conversationId(m.conversationKey, importId, counts);
            lastConversation = i;
        }
        if (!looked || m.authorKey != batch.messages[lastAuthor].authorKey) {
            author = participantId(m.authorKey, importId, counts);
            lastAuthor = i;
        }
        looked = true;
        if (conversation == 0 || (author == 0 && !m.authorKey.empty()))
            return failed("message " + m.key);
        // Every parameter is bound on every row (no clearing needed) and text is not copied: the
        // batch outlives the statement's step.
        auto &insert = m_insertMessage;
        insert.bindStatic(1, m.key).bind(2, conversation);
        if (author)
            insert.bind(3, author);
        else
            insert.bindNull(3);
        insert.bind(4, m.timestampMs).bindStatic(5, m.text);
        if (m.rawText != m.text)
            insert.bindStatic(6, m.rawText);
        else
            insert.bindNull(6);
        for (const auto &[index, value] : {std::pair{7, &m.replyToKey}, {8, &m.threadKey}, {10, &m.origin}}) {
            if (value->empty())
                insert.bindNull(index);
            else
                insert.bindStatic(index, *value);
        }
        insert.bind(9, std::int64_t(m.flags)).bind(11, importId);
        if (!insert.execKeepingBindings())
            return failed("message " + m.key);
        if (m_db.changes() == 1) {
            ++counts.messagesAdded;
            if (ids)
                (*ids)[i] = m_db.lastInsertId();
        }
    }
    for (const auto &f : batch.findings) {
        if (!m_insertFinding.bind(1, importId).bind(2, toString(f.severity)).bind(3, f.file).bind(4, f.line)
                 .bind(5, f.record).bind(6, f.reason).bindOptionalText(7, f.messageKey).exec())
            return failed("finding " + f.location());
        ++counts.findings;
    }
    auto progress = m_db.prepare(
        "UPDATE imports SET messages_seen = messages_seen + ?2, messages_added = messages_added + ?3 WHERE id = ?1");
    if (!progress.bind(1, importId).bind(2, std::int64_t(counts.messagesSeen)).bind(3, std::int64_t(counts.messagesAdded)).exec())
        return failed("the import's progress");
    if (!transaction.commit())
        return Error{m_path + ": cannot commit the batch (" + m_db.lastError() + "); is the disk full?"};
    committed = true;
    return counts;
}

bool Store::applyConversation(const Conversation &c, std::int64_t importId, WriteCounts &counts)
{
    m_upsertConversation.bind(1, c.key).bind(2, toString(c.kind)).bind(3, c.name).bind(4, m_sourceOfImport).bind(5, importId);
    if (!m_upsertConversation.exec())
        return false;
    if (c.parentKey.empty())
        return true;
    const std::int64_t self = conversationId(c.key, importId, counts);
    const std::int64_t parent = conversationId(c.parentKey, importId, counts);
    return self != 0 && parent != 0 && m_setConversationParent.bind(1, self).bind(2, parent).exec();
}

Result<Ok> Store::finishImport(std::int64_t importId, const std::string &state)
{
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return Error{m_path + ": the project is busy (" + m_db.lastError() + "); close other programs using it and try again"};
    WriteCounts unused;
    for (const auto &[key, p] : m_deferredParticipants) {
        m_upsertParticipant.bind(1, p.key).bind(2, p.displayName).bind(3, p.handle).bind(4, p.isBot ? 1 : 0).bind(5, importId);
        if (!m_upsertParticipant.exec())
            return Error{m_path + ": cannot update participant " + key + " (" + m_db.lastError() + ")"};
    }
    for (const auto &[key, c] : m_deferredConversations) {
        if (!applyConversation(c, importId, unused))
            return Error{m_path + ": cannot update conversation " + key + " (" + m_db.lastError() + ")"};
    }
    auto update = m_db.prepare("UPDATE imports SET state = ?2, finished_at = ?3 WHERE id = ?1");
    if (!update.bind(1, importId).bind(2, state).bind(3, nowMs()).exec() || !transaction.commit())
        return Error{m_path + ": cannot record the end of the import (" + m_db.lastError() + ")"};
    m_deferredParticipants.clear();
    m_deferredConversations.clear();
    return Ok{};
}

void Store::setAutoCheckpoint(bool on)
{
    m_db.exec(on ? "PRAGMA wal_autocheckpoint = 1000" : "PRAGMA wal_autocheckpoint = 0"); // 1000: SQLite's default
}

void Store::beginBulkWrite(std::uint64_t expectedMessages)
{
    schema::dropReadIndexes(m_db);
    // Into an empty project the key index can be built afterwards too, with write() checking
    // uniqueness in memory meanwhile: updating it row by row is half the cost of an insert.
    auto emptyQuery = m_db.prepare("SELECT NOT EXISTS (SELECT 1 FROM messages)");
    const bool empty = emptyQuery.step() && emptyQuery.columnInt(0) == 1;
    emptyQuery.reset(); // DROP INDEX fails while a statement is still reading
    if (empty && schema::dropKeyIndex(m_db)) {
        m_bulkKeys.clear();
        m_bulkKeys.reserve(expectedMessages);
        m_bulkKeysActive = true;
    }
    // The store itself keeps messages pointing at rows it wrote first; checking that again for
    // every row costs a third of a large import.
    m_db.exec("PRAGMA foreign_keys = OFF");
}

Result<Ok> Store::endBulkWrite()
{
    m_db.exec("PRAGMA foreign_keys = ON");
    m_bulkKeysActive = false;
    m_bulkKeys.clear();
    // Each index built reads the whole messages table, which outgrows the page cache: reading it
    // through a mapping instead of copying every page in each time halves the phase's wall time
    // and takes most of its system time away. Only while building: a mapped file that shrinks
    // under us would crash rather than fail.
    m_db.exec("PRAGMA mmap_size = 17179869184"); // SQLite caps it at its build's maximum (2 GB by default)
    auto restored = restoreIndexes();
    m_db.exec("PRAGMA mmap_size = 0");
    return restored;
}

Result<Ok> Store::restoreIndexes()
{
    // SQLite sorts with its helper thread, and a third faster, only when it may spill to temporary
    // files; everywhere else the project keeps temporary tables in memory.
    m_db.exec("PRAGMA temp_store = FILE");
    const bool built = schema::ensureMessageIndexes(m_db);
    m_db.exec("PRAGMA temp_store = MEMORY");
    if (built)
        return Ok{};
    // Only possible if a bulk write let a duplicate key through; keep the first copy of each
    // message (removing the others from the full-text index first) rather than never open again.
    const bool deduplicated =
        m_db.exec("INSERT INTO messages_fts(messages_fts, rowid, text) SELECT 'delete', id, text FROM messages "
                  "WHERE id <= (SELECT value FROM meta WHERE key = 'fts_indexed_upto') AND id NOT IN "
                  "(SELECT MIN(id) FROM messages GROUP BY key)") &&
        m_db.exec("DELETE FROM messages WHERE id NOT IN (SELECT MIN(id) FROM messages GROUP BY key)");
    if (!deduplicated || !schema::ensureMessageIndexes(m_db))
        return Error{m_path + ": cannot build the message indexes (" + m_db.lastError() + "); is the disk full?"};
    return Ok{};
}

bool Store::readIndexesPresent() const
{
    auto query = m_db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                              "('messages_by_key', 'messages_by_conversation', 'messages_by_author_time', 'messages_by_time')");
    return query.step() && query.columnInt(0) == 4;
}

std::uint64_t Store::pendingIndexCount() const
{
    auto query = m_db.prepare(
        "SELECT COUNT(*) FROM messages WHERE id > (SELECT value FROM meta WHERE key = 'fts_indexed_upto')");
    return query.step() ? static_cast<std::uint64_t>(query.columnInt(0)) : 0;
}

Result<Ok> Store::indexPending(const std::function<void(std::uint64_t, std::uint64_t)> &progress)
{
    constexpr std::int64_t kChunk = 250000;
    const std::uint64_t total = pendingIndexCount();
    std::uint64_t done = 0;
    auto next = m_db.prepare(
        "SELECT (SELECT value FROM meta WHERE key = 'fts_indexed_upto'), (SELECT MAX(id) FROM messages)");
    auto index = m_db.prepare(
        "INSERT INTO messages_fts(rowid, text) SELECT id, text FROM messages WHERE id > ?1 AND id <= ?2");
    auto mark = m_db.prepare("UPDATE meta SET value = ?1 WHERE key = 'fts_indexed_upto'");
    for (;;) {
        if (!next.step())
            return Error{m_path + ": cannot read the search index state (" + m_db.lastError() + ")"};
        const std::int64_t upto = next.columnInt(0);
        const std::int64_t last = next.columnOptionalInt(1).value_or(0);
        next.reset();
        if (last <= upto)
            break;
        const std::int64_t end = std::min(last, upto + kChunk);
        sql::Transaction transaction(m_db);
        if (!transaction.began() || !index.bind(1, upto).bind(2, end).exec() || !mark.bind(1, end).exec() || !transaction.commit())
            return Error{m_path + ": cannot update the search index (" + m_db.lastError() + "); is the disk full?"};
        done = std::min<std::uint64_t>(total, done + static_cast<std::uint64_t>(end - upto));
        if (progress)
            progress(done, total);
    }
    return Ok{};
}

Result<Ok> Store::discardImport(std::int64_t importId)
{
    m_deferredParticipants.clear();
    m_deferredConversations.clear();
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return Error{m_path + ": the project is busy (" + m_db.lastError() + "); the import could not be undone yet"};
    // Only rows already in the index may be deleted from it: FTS5 corrupts on deleting a missing row.
    auto dropFts = m_db.prepare(
        "INSERT INTO messages_fts(messages_fts, rowid, text) SELECT 'delete', id, text FROM messages "
        "WHERE import_id = ?1 AND id <= (SELECT value FROM meta WHERE key = 'fts_indexed_upto')");
    auto dropMessages = m_db.prepare("DELETE FROM messages WHERE import_id = ?1");
    auto dropFindings = m_db.prepare("DELETE FROM findings WHERE import_id = ?1");
    auto unparent = m_db.prepare(
        "UPDATE conversations SET parent_id = NULL WHERE parent_id IN (SELECT id FROM conversations WHERE import_id = ?1)");
    auto dropConversations = m_db.prepare("DELETE FROM conversations WHERE import_id = ?1");
    auto dropParticipants = m_db.prepare(
        "DELETE FROM participants WHERE import_id = ?1 AND id NOT IN (SELECT DISTINCT author_id FROM messages "
        "WHERE author_id IS NOT NULL)");
    auto dropImport = m_db.prepare("DELETE FROM imports WHERE id = ?1");
    for (auto *statement : {&dropFts, &dropMessages, &dropFindings, &unparent, &dropConversations, &dropParticipants}) {
        if (!statement->bind(1, importId).exec())
            return Error{m_path + ": cannot undo the import (" + m_db.lastError() + ")"};
    }
    // The import row goes, and its source with it when nothing else refers to that (the first
    // import of a new path).
    auto sourceOf = m_db.prepare("SELECT source_id FROM imports WHERE id = ?1");
    const std::int64_t sourceId = sourceOf.bind(1, importId).step() ? sourceOf.columnInt(0) : 0;
    sourceOf.reset();
    auto dropSource = m_db.prepare(
        "DELETE FROM sources WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM imports WHERE source_id = ?1) "
        "AND NOT EXISTS (SELECT 1 FROM conversations WHERE source_id = ?1)");
    if (!dropImport.bind(1, importId).exec() || !dropSource.bind(1, sourceId).exec())
        return Error{m_path + ": cannot undo the import (" + m_db.lastError() + ")"};
    // New rows reuse the ids just freed; they must not count as indexed already.
    if (!m_db.exec("UPDATE meta SET value = MIN(value, (SELECT COALESCE(MAX(id), 0) FROM messages)) "
                   "WHERE key = 'fts_indexed_upto'"))
        return Error{m_path + ": cannot undo the import (" + m_db.lastError() + ")"};
    if (!transaction.commit())
        return Error{m_path + ": cannot undo the import (" + m_db.lastError() + ")"};
    m_participantIds.clear();
    m_conversationIds.clear();
    return Ok{};
}

ProjectStats Store::stats() const
{
    ProjectStats s;
    auto sources = m_db.prepare(
        "SELECT s.id, s.path, s.format, "
        "(SELECT COUNT(*) FROM messages m JOIN imports i ON i.id = m.import_id WHERE i.source_id = s.id), "
        "(SELECT state FROM imports WHERE source_id = s.id ORDER BY id DESC LIMIT 1) FROM sources s ORDER BY s.id");
    while (sources.step())
        s.sources.push_back({sources.columnInt(0), sources.columnText(1), sources.columnText(2),
                             static_cast<std::uint64_t>(sources.columnInt(3)), sources.columnText(4)});
    auto counts = m_db.prepare("SELECT (SELECT COUNT(*) FROM conversations), COUNT(*), MIN(ts_ms), MAX(ts_ms) FROM messages");
    if (counts.step()) {
        s.conversations = static_cast<std::uint64_t>(counts.columnInt(0));
        s.messages = static_cast<std::uint64_t>(counts.columnInt(1));
        s.firstMs = counts.columnOptionalInt(2);
        s.lastMs = counts.columnOptionalInt(3);
    }
    auto people = m_db.prepare(
        "SELECT p.key, COALESCE(p.custom_name, p.display_name), COALESCE(p.bot_override, p.is_bot), p.is_me, "
        "(SELECT COUNT(*) FROM messages m WHERE m.author_id = p.id) AS n FROM participants p ORDER BY n DESC, p.key");
    while (people.step())
        s.participants.push_back({people.columnText(0), people.columnText(1), people.columnInt(2) != 0,
                                  people.columnInt(3) != 0, static_cast<std::uint64_t>(people.columnInt(4))});
    // Each source's latest import says what is wrong with it now; importing the same export again
    // must not double its warnings.
    auto findings = m_db.prepare(
        "SELECT severity, COUNT(*) FROM findings WHERE import_id IN "
        "(SELECT MAX(id) FROM imports GROUP BY source_id) GROUP BY severity");
    while (findings.step()) {
        const auto severity = severityFromString(findings.columnText(0));
        const auto n = static_cast<std::uint64_t>(findings.columnInt(1));
        (severity == Severity::Error ? s.errors : severity == Severity::Warning ? s.warnings : s.infos) += n;
    }
    return s;
}

std::vector<ConversationSummary> Store::conversations() const
{
    auto query = m_db.prepare(
        "SELECT c.key, c.name, c.kind, COALESCE(parent.key, ''), "
        "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS n "
        "FROM conversations c LEFT JOIN conversations parent ON parent.id = c.parent_id ORDER BY n DESC, c.name");
    std::vector<ConversationSummary> out;
    while (query.step())
        out.push_back({query.columnText(0), query.columnText(1), conversationKindFromString(query.columnText(2)),
                       query.columnText(3), static_cast<std::uint64_t>(query.columnInt(4))});
    return out;
}

std::vector<Finding> Store::findings(std::optional<std::int64_t> importId) const
{
    auto query = m_db.prepare(
        "SELECT severity, file, line, record, reason, COALESCE(message_key, '') FROM findings "
        "WHERE ?1 IS NULL OR import_id = ?1 ORDER BY id");
    query.bind(1, importId);
    std::vector<Finding> out;
    while (query.step())
        out.push_back({severityFromString(query.columnText(0)), query.columnText(1), query.columnInt(2),
                       query.columnInt(3), query.columnText(4), query.columnText(5)});
    return out;
}

bool Store::forEachMessage(const std::string &conversationKey,
                           const std::function<void(const StoredMessage &)> &visit) const
{
    std::string sql = std::string("SELECT ") + rows::kMessageColumns + " FROM messages m" + rows::kMessageJoins;
    if (!conversationKey.empty()) {
        auto exists = m_db.prepare("SELECT 1 FROM conversations WHERE key = ?1");
        exists.bind(1, conversationKey);
        if (!exists.step())
            return false;
        sql += " WHERE c.key = ?1";
    }
    sql += " ORDER BY m.conversation_id, m.ts_ms, m.id";
    auto statement = m_db.prepare(sql);
    if (!conversationKey.empty())
        statement.bind(1, conversationKey);
    while (statement.step())
        visit(rows::readMessage(statement));
    return true;
}

} // namespace tb::core
