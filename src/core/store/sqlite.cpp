#include "sqlite.h"

#include "ftsphrase.h"
#include "ftstokenizer.h"

#include <sqlite3.h>
#include <spdlog/spdlog.h>

#include <cstring>

namespace tb::core::sql {

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        spdlog::error("store: cannot prepare '{}': {}", sql, sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_failed(other.m_failed)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_failed = other.m_failed;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    // SQLITE_TRANSIENT: SQLite copies, so callers may pass temporaries.
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindStatic(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindStaticTerminated(int index, const std::string &text)
{
    // A negative length makes SQLite measure the text up to its NUL and mark it terminated.
    const bool innerNul = std::memchr(text.data(), 0, text.size()) != nullptr;
    sqlite3_bind_text(m_stmt, index, text.c_str(), innerNul ? static_cast<int>(text.size()) : -1, SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<std::int64_t> &value)
{
    if (value)
        return bind(index, *value);
    return bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptionalText(int index, std::string_view text)
{
    if (text.empty())
        return bindNull(index);
    return bind(index, text);
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    if (m_failed)
        spdlog::error("store: statement failed: {}", sqlite3_errmsg(m_db));
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    while (step()) {
    }
    const bool ok = !m_failed;
    reset();
    return ok;
}

bool Statement::execKeepingBindings()
{
    if (!m_stmt)
        return false;
    while (step()) {
    }
    const bool ok = !m_failed;
    sqlite3_reset(m_stmt);
    m_failed = false;
    return ok;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

std::int64_t Statement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

std::optional<std::int64_t> Statement::columnOptionalInt(int index) const
{
    if (columnIsNull(index))
        return std::nullopt;
    return columnInt(index);
}

std::string Statement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, index))) : std::string();
}

bool Statement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

std::string Statement::lastError() const
{
    return m_db ? sqlite3_errmsg(m_db) : "no database";
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<Ok> Database::open(const std::string &path)
{
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        std::string message = path + ": cannot open the project (" + (m_db ? sqlite3_errmsg(m_db) : "out of memory") + ")";
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return Error{message};
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    // On every connection, so that whatever indexes or searches gets the same words, only sooner.
    installFastUnicode61(m_db);
    installPhraseFunction(m_db);
    return Ok{};
}

bool Database::exec(std::string_view sql)
{
    char *error = nullptr;
    const std::string statement(sql);
    if (sqlite3_exec(m_db, statement.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        spdlog::error("store: '{}' failed: {}", statement, error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

std::string Database::lastError() const
{
    return m_db ? sqlite3_errmsg(m_db) : "project is not open";
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_began = m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_began && !m_done && !sqlite3_get_autocommit(m_db.handle()))
        m_db.exec("ROLLBACK");
}

bool Transaction::commit()
{
    // A statement error can make SQLite roll back on its own; committing then would only commit
    // whatever ran after it, one statement at a time.
    if (!m_began || sqlite3_get_autocommit(m_db.handle()))
        return false;
    m_done = m_db.exec("COMMIT");
    return m_done;
}

} // namespace tb::core::sql
