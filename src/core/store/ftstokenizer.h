#pragma once

struct sqlite3;
struct fts5_api;

namespace tb::core::sql {

// Replaces FTS5's "unicode61" tokenizer on DB with one that produces exactly the same tokens and
// offsets but handles ASCII words itself, passing only the words that hold other characters to the
// built-in one: tokenizing was a quarter of indexing an import. The project file still names
// unicode61, so any SQLite reads it unchanged. Returns false (and changes nothing) when DB has no
// FTS5.
bool installFastUnicode61(sqlite3 *db);

// FTS5's extension interface on DB (tokenizers, functions), or null when DB has no FTS5.
fts5_api *fts5Api(sqlite3 *db);

} // namespace tb::core::sql
