#include "walcheckpointer.h"

#include <chrono>

namespace tb::core {

WalCheckpointer::WalCheckpointer(const std::string &path)
{
    if (!m_db.open(path))
        return;
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::run()
{
    // Often enough that the log never holds much more than the writer's last few batches.
    constexpr auto kInterval = std::chrono::milliseconds(50);
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, kInterval, [this] { return m_stop; })) {
        lock.unlock();
        m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
        lock.lock();
    }
}

} // namespace tb::core
