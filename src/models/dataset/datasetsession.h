#pragma once

#include "buildoutcome.h"
#include "build/buildsettings.h"
#include "recordrow.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace tb::models {

class BuildWorker;
class ProjectSession;
class RecordListModel;

// The dataset the Build and Check & Export pages share: the settings (saved to the project on
// every change and read back when it opens), the records of the latest full build (built on a
// thread of its own; a newer build cancels an older one, and only the latest delivers), and which
// record is selected.
class DatasetSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetSession)

public:
    explicit DatasetSession(ProjectSession *project, QObject *parent = nullptr);
    ~DatasetSession() override;

    ProjectSession *project() const { return m_project; }
    const core::BuildSettings &settings() const { return m_settings; }
    // Saves SETTINGS to the project at once and, when they change the records, builds again after a
    // short pause (typing in a field does not start a build per key).
    void setSettings(const core::BuildSettings &settings);
    RecordListModel *records() const { return m_records; }
    // The latest finished build (null before the first, or while none is open).
    BuildOutcomePtr outcome() const { return m_outcome; }
    bool isBuilding() const { return m_building; }
    // Starts a full build now (cancelling the one running).
    void rebuild();
    void cancelBuild();
    // How long the last build took until its first rows showed and until it finished (ms; -1: not yet).
    qint64 firstRowsMs() const { return m_firstRowsMs; }
    qint64 buildMs() const { return m_buildMs; }

    std::int64_t currentOrdinal() const { return m_currentOrdinal; }
    void setCurrentOrdinal(std::int64_t ordinal);

Q_SIGNALS:
    void settingsChanged();
    void buildStarted();
    void buildProgress(quint64 done, quint64 total, const QString &phase);
    void buildFinished();
    // The settings could not be saved, or a build failed: MESSAGE says what and what to do.
    void problem(const QString &message);
    void currentOrdinalChanged(qint64 ordinal);

private:
    void onOpened();
    void onClosed();
    void onStarted(quint64 job, const QStringList &keys, const QStringList &names);
    void onRows(quint64 job, const RecordRows &rows);
    void onProgress(quint64 job, quint64 done, quint64 total, const QString &phase);
    void onFinished(quint64 job, const BuildOutcomePtr &outcome);

    ProjectSession *m_project;
    RecordListModel *m_records;
    QThread *m_thread;
    BuildWorker *m_worker;
    core::BuildSettings m_settings;
    BuildOutcomePtr m_outcome;
    QTimer m_rebuildDelay;
    quint64 m_job = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_building = false;
    qint64 m_startedAt = 0;
    qint64 m_firstRowsMs = -1;
    qint64 m_buildMs = -1;
    std::int64_t m_currentOrdinal = -1;
};

} // namespace tb::models
