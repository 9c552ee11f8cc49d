#pragma once

#include "domain/result.h"
#include "sqlite.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tb::core {

// Builds the full-text index of a bulk import into an empty project on a thread of its own, in an
// in-memory database with the project's FTS5 definition and settings, while the store's writer
// inserts the rows: indexing is the largest single part of an import and the writer's thread has
// no time for it. adopt() then puts the index built in place of the project's empty one, in one
// transaction. Until it has, the project's index is merely behind (fts_indexed_upto) and
// Store::indexPending() catches up as after any other import, so a kill, a cancel or a failure
// here never leaves a wrong index, only a slower import.
class FullTextBuilder {
public:
    struct Row {
        std::int64_t id = 0;
        std::string text;
    };

    // Reads the index's definition from the project at PROJECTPATH and starts the thread, which runs
    // at a low priority: it takes the cores' spare time while the import parses and stores, and
    // catches up once the store builds its read indexes (which leaves a core idle). Up to
    // MAXQUEUEDBYTES of text wait for it meanwhile; past that, add() waits.
    static Result<std::unique_ptr<FullTextBuilder>> start(const std::string &projectPath, std::size_t maxQueuedBytes);
    ~FullTextBuilder();
    FullTextBuilder(const FullTextBuilder &) = delete;
    FullTextBuilder &operator=(const FullTextBuilder &) = delete;

    // Queues rows stored in the project, ids ascending across calls; waits while much text is queued.
    void add(std::vector<Row> &&rows);
    // No more rows will come: the thread finishes what is queued and completes its index meanwhile.
    void endOfInput();
    // Indexes what is queued, then, provided the project holds exactly the rows given and nothing
    // is in its index yet, replaces the project's index with this one and marks the rows indexed.
    // Call it when no other connection is writing to the project.
    Result<Ok> adopt();

private:
    FullTextBuilder() = default;
    void run();
    void stop();
    Result<Ok> copyInto();


    std::string m_projectPath;
    sql::Database m_db; // an in-memory database; its connection belongs to the thread until stop()
    std::vector<std::string> m_shadowTables;
    std::mutex m_mutex;
    std::condition_variable m_workReady;
    std::condition_variable m_spaceFree;
    std::deque<std::vector<Row>> m_queue;
    std::size_t m_queuedBytes = 0;
    std::size_t m_maxQueuedBytes = 0;
    bool m_finished = false;
    bool m_failed = false;       // guarded by m_mutex
    std::string m_error;         // guarded by m_mutex
    std::int64_t m_lastQueuedId = 0;
    std::uint64_t m_rowsQueued = 0;
    std::thread m_thread;
};

} // namespace tb::core
