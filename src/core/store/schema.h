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

} // namespace tb::core::schema
