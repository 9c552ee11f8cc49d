#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <string>

class QThread;

namespace tb::core {
class Store;
}

namespace tb::models {

// A thread with its own Store on the open project, for reads whose cost grows with the project: the
// GUI's Store is not thread-safe, and the GUI thread never waits on such a query. Jobs run one after
// another in the order given.
class StoreWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    explicit StoreWorker(QObject *parent = nullptr);
    ~StoreWorker() override;

    // The project that later jobs read; an empty path closes the worker's Store (before the file goes).
    void setPath(const QString &path);

    // Runs JOB on the worker thread with its Store, then DONE with the result on this object's thread
    // (unless this worker is gone by then: whoever owns it owns what DONE touches). JOB gets a null
    // Store and the reason when the project cannot be opened, and again when it threw, so that it
    // always answers and no exception crosses the thread.
    template <typename R>
    void run(std::function<R(const core::Store *store, const std::string &error)> job, std::function<void(R)> done)
    {
        post([this, job = std::move(job), done = std::move(done)](const core::Store *store, const std::string &error) {
            std::shared_ptr<R> result;
            std::string failure;
            try {
                result = std::make_shared<R>(job(store, error));
            } catch (const std::exception &e) {
                failure = e.what();
            } catch (...) {
                failure = "unknown error";
            }
            if (!result) {
                try {
                    result = std::make_shared<R>(job(nullptr, "reading the project failed: " + failure));
                } catch (...) {
                    return;
                }
            }
            deliver([done, result] { done(std::move(*result)); });
        });
    }

private:
    struct State;
    using Task = std::function<void(const core::Store *, const std::string &)>;
    void post(Task task);
    // Called on the worker thread: queues CALL to this object's thread.
    void deliver(std::function<void()> call);

    QThread *m_thread;
    QObject *m_inThread; // lives in m_thread; jobs are queued calls on it
    std::shared_ptr<State> m_state;
};

// Job ids so that only the latest request delivers: start() a job, check isLatest() on delivery
// (and on the worker, to skip jobs already superseded while they waited).
class LatestJob {
public:
    quint64 start() { return ++*m_latest; }
    bool isLatest(quint64 id) const { return *m_latest == id; }
    quint64 current() const { return *m_latest; }
    // For the worker thread: true while job ID is still the latest.
    std::function<bool()> stillWanted(quint64 id) const
    {
        return [latest = m_latest, id] { return *latest == id; };
    }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace tb::models
