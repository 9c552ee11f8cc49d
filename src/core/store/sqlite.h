#pragma once

#include "domain/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tb::core::sql {

// A prepared statement that resets itself for reuse; binds are 1-based like SQLite's.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool valid() const { return m_stmt != nullptr; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, std::string_view text); // SQLite takes a copy
    // Binds TEXT without copying: it must stay alive and unchanged until the next reset().
    Statement &bindStatic(int index, std::string_view text);
    // The same for a whole std::string, telling SQLite that the text ends in a NUL (when it holds
    // none before): a virtual table that reads it as C text (FTS5) then uses it in place instead of
    // copying every value to add the terminator.
    Statement &bindStaticTerminated(int index, const std::string &text);
    Statement &bind(int index, const std::optional<std::int64_t> &value);
    Statement &bindNull(int index);
    Statement &bindOptionalText(int index, std::string_view text); // NULL when empty

    // Steps once: true while a row is available.
    bool step();
    // Runs to completion and resets; false (with lastError()) on failure.
    bool exec();
    void reset();
    // Like exec(), but keeps the bindings: for hot loops that bind every parameter each time.
    bool execKeepingBindings();

    std::int64_t columnInt(int index) const;
    std::optional<std::int64_t> columnOptionalInt(int index) const;
    std::string columnText(int index) const;
    bool columnIsNull(int index) const;

    std::string lastError() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// Owns one connection.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<Ok> open(const std::string &path);
    bool exec(std::string_view sql);
    Statement prepare(std::string_view sql) const { return Statement(m_db, sql); }
    std::int64_t lastInsertId() const;
    int changes() const;
    std::string lastError() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// Begins a transaction and rolls it back unless commit() is called. Check began() before writing:
// when BEGIN fails (another process holds the lock), statements would each commit on their own.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    bool began() const { return m_began; }
    bool commit();

private:
    Database &m_db;
    bool m_began = false;
    bool m_done = false;
};

} // namespace tb::core::sql
