#include "storeworker.h"

#include "store/store.h"

#include <QThread>

namespace tb::models {

// Touched only on the worker thread while it runs.
struct StoreWorker::State {
    std::string path;
    std::unique_ptr<core::Store> store;
    std::string error;
};

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_inThread(new QObject)
    , m_state(std::make_shared<State>())
{
    m_thread->setObjectName(QStringLiteral("StoreWorker"));
    m_inThread->moveToThread(m_thread);
    m_thread->start();
}

StoreWorker::~StoreWorker()
{
    // Waits for the job in hand; queued ones are dropped with m_inThread.
    m_thread->quit();
    m_thread->wait();
    delete m_inThread;
    delete m_thread;
}

void StoreWorker::setPath(const QString &path)
{
    // Opened at once rather than on first use: opening may finish indexing that a killed import
    // left, which must not meet an import that started meanwhile.
    QMetaObject::invokeMethod(
        m_inThread,
        [state = m_state, path = path.toStdString()] {
            state->store.reset();
            state->path = path;
            state->error.clear();
            if (path.empty())
                return;
            try {
                auto store = core::Store::open(path);
                if (store)
                    state->store = std::move(*store);
                else
                    state->error = store.error().message;
            } catch (const std::exception &e) {
                state->error = path + ": cannot be opened (" + e.what() + ")";
            }
        },
        Qt::QueuedConnection);
}

void StoreWorker::post(Task task)
{
    QMetaObject::invokeMethod(
        m_inThread,
        [state = m_state, task = std::move(task)] {
            if (state->path.empty())
                task(nullptr, "no project is open");
            else
                task(state->store.get(), state->error);
        },
        Qt::QueuedConnection);
}

void StoreWorker::deliver(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

} // namespace tb::models
