#include "schema.h"

#include "sqlite.h"

#include <array>
#include <string>
#include <string_view>

namespace tb::core::schema {

namespace {

// Each entry takes a project from version i to i + 1. Never edit a released step: add one.
constexpr std::array<std::string_view, 6> kMigrations = {
    R"sql(
CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    UNIQUE(path, format));

CREATE TABLE imports(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    state TEXT NOT NULL DEFAULT 'running',   -- running, complete, cancelled, failed
    messages_seen INTEGER NOT NULL DEFAULT 0,
    messages_added INTEGER NOT NULL DEFAULT 0);

CREATE TABLE participants(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    handle TEXT NOT NULL DEFAULT '',
    is_bot INTEGER NOT NULL DEFAULT 0,
    is_me INTEGER NOT NULL DEFAULT 0,
    custom_name TEXT,
    alias_of INTEGER REFERENCES participants(id),
    import_id INTEGER);

CREATE TABLE conversations(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES conversations(id),
    source_id INTEGER REFERENCES sources(id),
    import_id INTEGER);

CREATE TABLE messages(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,         -- unique: index messages_by_key
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    author_id INTEGER REFERENCES participants(id),
    ts_ms INTEGER,
    text TEXT NOT NULL,
    raw_text TEXT,            -- NULL when equal to text
    reply_to_key TEXT,
    thread_key TEXT,
    flags INTEGER NOT NULL DEFAULT 0,
    origin TEXT,
    import_id INTEGER NOT NULL);
-- The message indexes (messages_by_key UNIQUE, by conversation, by author) are created by
-- ensureMessageIndexes() (schema.h): large imports drop them and build them again afterwards,
-- which is several times faster than updating them row by row.

CREATE TABLE findings(
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    severity TEXT NOT NULL,
    file TEXT NOT NULL,
    line INTEGER NOT NULL DEFAULT 0,
    record INTEGER NOT NULL DEFAULT -1,
    reason TEXT NOT NULL,
    message_key TEXT);

-- Filled after each import in bulk (see Store::indexPending): meta 'fts_indexed_upto' is the
-- highest message id already in it. columnsize=0: results sort by time, not by bm25, so the
-- per-row size table would only cost writes.
CREATE VIRTUAL TABLE messages_fts USING fts5(
    text, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2', columnsize=0);

-- A 64 MiB pending-terms buffer (default 1 MiB) writes few large segments instead of many small
-- ones that must be merged again: a third less work when indexing a large import.
INSERT INTO messages_fts(messages_fts, rank) VALUES('hashsize', 67108864);

CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES('fts_indexed_upto', 0);
)sql",
    // 2: the workbench. Search walks messages newest first (by time, or by author and time) instead of
    // sorting every match of a common word; the user's "is a bot" mark survives re-imports.
    R"sql(
DROP INDEX IF EXISTS messages_by_author;
ALTER TABLE participants ADD COLUMN bot_override INTEGER;  -- NULL: as the export says; 0/1: the user's mark
)sql",
    // 3: the Participants page counts each person's messages per source from the index alone (a covering
    // scan, a tenth of a second for a million messages, where reading the table takes seconds).
    // ensureMessageIndexes() builds it again after bulk writes, like the other read indexes.
    R"sql(
CREATE INDEX IF NOT EXISTS messages_by_author_conversation ON messages(author_id, conversation_id);
)sql",
    // 4: frozen datasets and the Build page's recipe settings. A snapshot's rows are written in one
    // transaction (content first, then the snapshot row) and never change after: the triggers
    // refuse UPDATE and DELETE, and content for a snapshot that already exists.
    R"sql(
CREATE TABLE IF NOT EXISTS snapshots(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    recipe_kind TEXT NOT NULL,
    recipe_options TEXT NOT NULL,
    format TEXT NOT NULL,
    record_count INTEGER NOT NULL,
    valid_count INTEGER NOT NULL,
    token_count INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    train_bytes INTEGER NOT NULL,
    valid_bytes INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS snapshot_chunks(
    snapshot_id INTEGER NOT NULL,
    part INTEGER NOT NULL,        -- 0 train, 1 validation, 2 neutral records
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,           -- qCompress'd bytes
    PRIMARY KEY(snapshot_id, part, seq)) WITHOUT ROWID;

CREATE TRIGGER IF NOT EXISTS snapshots_no_update BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: freeze a new snapshot instead of changing this one'); END;
CREATE TRIGGER IF NOT EXISTS snapshots_no_delete BEFORE DELETE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: a frozen snapshot cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS snapshot_chunks_no_update BEFORE UPDATE ON snapshot_chunks
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: their content cannot change'); END;
CREATE TRIGGER IF NOT EXISTS snapshot_chunks_no_delete BEFORE DELETE ON snapshot_chunks
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: their content cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS snapshot_chunks_frozen BEFORE INSERT ON snapshot_chunks
WHEN EXISTS (SELECT 1 FROM snapshots WHERE id = NEW.snapshot_id)
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: content cannot be added to a frozen snapshot'); END;

CREATE TABLE IF NOT EXISTS recipes(
    kind TEXT PRIMARY KEY,
    options TEXT NOT NULL,
    updated_at INTEGER NOT NULL);
)sql",
    // 5: one index fewer to build after every large import. Search's "from:" walk (author, time) and
    // the Participants page's counts per source (author, conversation, read from the index alone)
    // share one index, which ensureMessageIndexes() builds.
    R"sql(
DROP INDEX IF EXISTS messages_by_author_time;
DROP INDEX IF EXISTS messages_by_author_conversation;
)sql",
    // 6: the search index without word positions (detail=none): a third less work when indexing an
    // import, a third of the size. Phrases are checked on the candidates' text instead (ftsphrase.h).
    // Store::open() fills the new index from the messages (fts_indexed_upto back to 0).
    R"sql(
DROP TABLE IF EXISTS messages_fts;
CREATE VIRTUAL TABLE messages_fts USING fts5(
    text, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2', columnsize=0,
    detail=none);
INSERT INTO messages_fts(messages_fts, rank) VALUES('hashsize', 67108864);
UPDATE meta SET value = 0 WHERE key = 'fts_indexed_upto';
)sql",
};

} // namespace

bool ensureMessageIndexes(sql::Database &db)
{
    return db.exec("CREATE UNIQUE INDEX IF NOT EXISTS messages_by_key ON messages(key);"
                   "CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, ts_ms, id);"
                   "CREATE INDEX IF NOT EXISTS messages_by_author_time ON messages(author_id, ts_ms, conversation_id);"
                   "CREATE INDEX IF NOT EXISTS messages_by_time ON messages(ts_ms);");
}

bool dropReadIndexes(sql::Database &db)
{
    return db.exec("DROP INDEX IF EXISTS messages_by_conversation; DROP INDEX IF EXISTS messages_by_author_time;"
                   "DROP INDEX IF EXISTS messages_by_time;");
}

bool dropKeyIndex(sql::Database &db)
{
    return db.exec("DROP INDEX IF EXISTS messages_by_key;");
}

int currentVersion()
{
    return static_cast<int>(kMigrations.size());
}

Result<Ok> migrate(sql::Database &db, const std::string &path)
{
    auto query = db.prepare("PRAGMA user_version");
    int version = query.step() ? static_cast<int>(query.columnInt(0)) : 0;
    query.reset();
    if (version > currentVersion())
        return Error{path + ": this project was written by a newer Tunebench (schema " + std::to_string(version) +
                     ", this build knows " + std::to_string(currentVersion()) + "); update Tunebench to open it"};
    while (version < currentVersion()) {
        sql::Transaction transaction(db);
        if (!transaction.began() || !db.exec(kMigrations[static_cast<std::size_t>(version)]) ||
            !db.exec("PRAGMA user_version = " + std::to_string(version + 1)) || !transaction.commit())
            return Error{path + ": cannot upgrade the project to schema " + std::to_string(version + 1) + " (" +
                         db.lastError() + ")"};
        ++version;
    }
    return Ok{};
}

} // namespace tb::core::schema
