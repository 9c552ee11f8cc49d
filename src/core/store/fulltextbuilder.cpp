#include "fulltextbuilder.h"

#include "util/threadpriority.h"

namespace tb::core {

namespace {

// Detaches the project however copyInto() ends: the builder's connection must not hold it open.
struct Detach {
    sql::Database &db;
    ~Detach() { db.exec("DETACH DATABASE project"); }
};

} // namespace

Result<std::unique_ptr<FullTextBuilder>> FullTextBuilder::start(const std::string &projectPath, std::size_t maxQueuedBytes)
{
    auto builder = std::unique_ptr<FullTextBuilder>(new FullTextBuilder);
    builder->m_maxQueuedBytes = maxQueuedBytes;
    builder->m_projectPath = projectPath;
    auto &db = builder->m_db;
    if (auto opened = db.open(":memory:"); !opened)
        return opened.error();
    const auto failed = [&](const std::string &what) {
        return Error{projectPath + ": cannot build the search index alongside the import (" + what + ": " +
                     db.lastError() + ")"};
    };
    // Nothing to roll back to: the index lives only until adopt() has copied it.
    db.exec("PRAGMA page_size = 16384");
    db.exec("PRAGMA journal_mode = OFF");
    auto attach = db.prepare("ATTACH DATABASE ?1 AS project");
    if (!attach.bind(1, projectPath).exec())
        return failed("attach");
    {
        Detach detach{db};
        // The project's own definition and settings (hashsize and whatever a later schema adds), so
        // that the index built is the one the project would have built itself.
        auto definition = db.prepare("SELECT sql FROM project.sqlite_master WHERE type = 'table' AND name = 'messages_fts'");
        if (!definition.step())
            return failed("read the definition");
        const std::string create = definition.columnText(0);
        definition.reset();
        if (!db.exec(create) ||
            !db.exec("INSERT INTO main.messages_fts(messages_fts, rank) "
                     "SELECT k, v FROM project.messages_fts_config WHERE k <> 'version'"))
            return failed("create the index");
        // Same FTS5 format on both sides, and every table the copy writes exists in the project.
        auto sameVersion = db.prepare(
            "SELECT (SELECT v FROM main.messages_fts_config WHERE k = 'version') IS "
            "(SELECT v FROM project.messages_fts_config WHERE k = 'version')");
        if (!sameVersion.step() || sameVersion.columnInt(0) != 1)
            return Error{projectPath + ": the project's search index has another FTS5 format"};
        sameVersion.reset();
        auto shadow = db.prepare(
            "SELECT m.name FROM main.sqlite_master m WHERE m.type = 'table' AND m.name LIKE 'messages\\_fts\\_%' ESCAPE '\\' "
            "AND EXISTS (SELECT 1 FROM project.sqlite_master p WHERE p.type = 'table' AND p.name = m.name)");
        while (shadow.step())
            builder->m_shadowTables.push_back(shadow.columnText(0));
        shadow.reset();
        auto count = db.prepare("SELECT COUNT(*) FROM main.sqlite_master WHERE type = 'table' AND name LIKE 'messages\\_fts\\_%' ESCAPE '\\'");
        if (!count.step() || count.columnInt(0) != static_cast<std::int64_t>(builder->m_shadowTables.size()) ||
            builder->m_shadowTables.empty())
            return Error{projectPath + ": the project's search index is laid out differently"};
    }
    // One transaction for the whole build: FTS5 writes a segment at every commit, and fewer,
    // larger segments are less merging.
    if (!db.exec("BEGIN"))
        return failed("begin");
    builder->m_thread = std::thread([b = builder.get()] { b->run(); });
    return builder;
}

FullTextBuilder::~FullTextBuilder()
{
    {
        std::lock_guard lock(m_mutex);
        m_failed = true; // whatever is still queued is not needed any more
    }
    stop();
}

void FullTextBuilder::add(std::vector<Row> &&rows)
{
    std::size_t bytes = 0;
    bool ordered = true;
    for (const auto &row : rows) {
        bytes += sizeof(Row) + row.text.size();
        ordered = ordered && row.id > m_lastQueuedId;
        m_lastQueuedId = row.id;
    }
    m_rowsQueued += rows.size();
    std::unique_lock lock(m_mutex);
    if (!ordered && !m_failed) {
        m_failed = true;
        m_error = m_projectPath + ": rows reached the search index out of order";
    }
    m_spaceFree.wait(lock, [&] { return m_failed || m_queuedBytes == 0 || m_queuedBytes + bytes <= m_maxQueuedBytes; });
    if (m_failed)
        return;
    m_queuedBytes += bytes;
    m_queue.push_back(std::move(rows));
    m_workReady.notify_one();
}

void FullTextBuilder::run()
{
    lowerCurrentThreadPriority();
    auto insert = m_db.prepare("INSERT INTO main.messages_fts(rowid, text) VALUES(?1, ?2)");
    for (;;) {
        std::vector<Row> rows;
        {
            std::unique_lock lock(m_mutex);
            m_workReady.wait(lock, [this] { return !m_queue.empty() || m_finished; });
            if (m_queue.empty())
                break;
            rows = std::move(m_queue.front());
            m_queue.pop_front();
            for (const auto &row : rows)
                m_queuedBytes -= sizeof(Row) + row.text.size();
            m_spaceFree.notify_all();
            if (m_failed)
                continue;
        }
        for (const auto &row : rows) {
            // Every parameter is bound on every row; the text outlives the step.
            insert.bind(1, row.id).bindStaticTerminated(2, row.text);
            if (!insert.execKeepingBindings()) {
                std::lock_guard lock(m_mutex);
                m_failed = true;
                m_error = m_projectPath + ": cannot build the search index alongside the import (" + m_db.lastError() + ")";
                m_spaceFree.notify_all();
                break;
            }
        }
    }
    // Committing writes out FTS5's last pending terms, a large part of the work: done here, it
    // overlaps with the store building its read indexes instead of following them.
    std::lock_guard lock(m_mutex);
    if (!m_failed && !m_db.exec("COMMIT")) {
        m_failed = true;
        m_error = m_projectPath + ": cannot build the search index alongside the import (" + m_db.lastError() + ")";
    }
}

void FullTextBuilder::endOfInput()
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_workReady.notify_one();
}

void FullTextBuilder::stop()
{
    endOfInput();
    if (m_thread.joinable())
        m_thread.join();
}

Result<Ok> FullTextBuilder::adopt()
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        if (m_failed)
            return Error{m_error};
    }
    if (m_rowsQueued == 0)
        return Ok{};
    return copyInto();
}

Result<Ok> FullTextBuilder::copyInto()
{
    const auto failed = [this](const std::string &what) {
        return Error{m_projectPath + ": cannot adopt the search index built alongside the import (" + what + ": " +
                     m_db.lastError() + ")"};
    };
    auto attach = m_db.prepare("ATTACH DATABASE ?1 AS project");
    if (!attach.bind(1, m_projectPath).exec())
        return failed("attach");
    Detach detach{m_db};
    // As the store's own connection writes (Store::open): the index is tens of megabytes, and with
    // SQLite's defaults (a 2 MB cache, a sync of the log at commit) the copy took twice as long.
    m_db.exec("PRAGMA project.cache_size = -262144");
    m_db.exec("PRAGMA project.synchronous = NORMAL");
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return failed("begin");
    // Only an index of nothing may be replaced, and only by one of exactly the project's rows.
    auto check = m_db.prepare(
        "SELECT (SELECT value FROM project.meta WHERE key = 'fts_indexed_upto') = 0 "
        "AND (SELECT COUNT(*) FROM project.messages) = ?1 AND (SELECT MAX(id) FROM project.messages) = ?2");
    check.bind(1, static_cast<std::int64_t>(m_rowsQueued)).bind(2, m_lastQueuedId);
    if (!check.step() || check.columnInt(0) != 1)
        return Error{m_projectPath + ": the project changed while its search index was built alongside"};
    check.reset();
    for (const auto &table : m_shadowTables) {
        const std::string quoted = "\"" + table + "\"";
        if (!m_db.exec("DELETE FROM project." + quoted) ||
            !m_db.exec("INSERT INTO project." + quoted + " SELECT * FROM main." + quoted))
            return failed("copy " + table);
    }
    auto mark = m_db.prepare("UPDATE project.meta SET value = ?1 WHERE key = 'fts_indexed_upto'");
    if (!mark.bind(1, m_lastQueuedId).exec() || !transaction.commit())
        return failed("commit");
    return Ok{};
}

} // namespace tb::core
