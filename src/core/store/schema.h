#pragma once

#include "domain/result.h"

namespace tb::core::sql {
class Database;
}

namespace tb::core::schema {

// The version a project written by this build has (SQLite's user_version).
int currentVersion();

// Brings DB up to currentVersion(), one transaction per step; refuses projects from a newer build.
Result<Ok> migrate(sql::Database &db, const std::string &path);

// The indexes over messages. The read indexes only speed up reading; the key index also keeps
// keys unique, so drop it only where the writer checks uniqueness itself (Store's bulk mode).
bool ensureMessageIndexes(sql::Database &db);
bool dropReadIndexes(sql::Database &db);
bool dropKeyIndex(sql::Database &db);

} // namespace tb::core::schema
