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

// The indexes over messages that only speed up reading; safe to drop and create again.
bool ensureSecondaryIndexes(sql::Database &db);
bool dropSecondaryIndexes(sql::Database &db);

} // namespace tb::core::schema
