#pragma once

#include "sqlite.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace tb::core {

// Copies a bulk import's committed pages from the project's write-ahead log into the project file on
// a thread of its own, while the store's writer goes on. SQLite would otherwise stop the writer at
// every 16 MB of log to do this copy itself (a fifth of its time in a large import), and once more
// for the whole remainder when the project closes. Checkpoints are SQLite's own PASSIVE ones: they
// never block the writer and are as safe against a kill or power loss as the writer's.
class WalCheckpointer {
public:
    // Opens a second connection to the project at PATH and starts; nothing happens if it cannot open.
    explicit WalCheckpointer(const std::string &path);
    ~WalCheckpointer(); // stops after the checkpoint under way
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // False when the second connection could not open: the writer must then checkpoint itself.
    bool running() const { return m_thread.joinable(); }

private:
    void run();

    sql::Database m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace tb::core
