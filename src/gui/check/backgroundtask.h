#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace tb::gui {

// Runs WORK on a thread of its own and hands its result to DONE on CONTEXT's thread (dropped when
// CONTEXT is gone). WORK must not throw past itself: it returns an error value instead. The
// returned thread deletes itself when finished; waiting on it is the owner's choice (on close).
template <typename R>
QThread *runInBackground(QObject *context, std::function<R()> work, std::function<void(R)> done)
{
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<R>(work());
        QMetaObject::invokeMethod(
            guard.data() ? guard.data() : QCoreApplication::instance(),
            [guard, done, result] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace tb::gui
