#pragma once

#include "buildoutcome.h"
#include "recordrow.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace tb::core {
class Store;
}

namespace tb::models {

// Lives on the build thread with a Store of its own: runs the full build (recipe → scrubber →
// exporter → fixes → validator), sends the table's rows in batches while it runs and everything
// else at the end. Every signal carries the job id; the session listens to the latest job only.
class BuildWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildWorker)

public:
    explicit BuildWorker(QObject *parent = nullptr);
    ~BuildWorker() override;

    // Runs on the worker's thread (call through a queued invocation).
    void build(quint64 job, const QString &path, const core::BuildSettings &settings, std::shared_ptr<std::atomic_bool> cancel);

Q_SIGNALS:
    void started(quint64 job, const QStringList &conversationKeys, const QStringList &conversationNames);
    void rowsReady(quint64 job, const tb::models::RecordRows &rows);
    // PHASE says what is being done ("Checking for fixes", "Building records"); TOTAL 0: unknown.
    void progress(quint64 job, quint64 done, quint64 total, const QString &phase);
    void finished(quint64 job, const tb::models::BuildOutcomePtr &outcome);

private:
    BuildOutcomePtr run(quint64 job, const core::BuildSettings &settings, const std::atomic_bool &cancel);
    const core::Store *storeFor(const QString &path, std::string &error);

    std::unique_ptr<core::Store> m_store;
    QString m_path;
};

} // namespace tb::models
