#include "datasetsession.h"

#include "buildworker.h"
#include "models/projectsession.h"
#include "recordlistmodel.h"
#include "store/store.h"

#include <QDateTime>
#include <QThread>

namespace tb::models {

namespace {

// Whether A and B give different records or checks (the split and epochs change neither).
bool changesRecords(const core::BuildSettings &a, const core::BuildSettings &b)
{
    return a.kind != b.kind || a.recipeOptions() != b.recipeOptions() || a.scrub != b.scrub || a.format != b.format
        || a.modelId != b.modelId || a.fixes != b.fixes;
}

} // namespace

DatasetSession::DatasetSession(ProjectSession *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_records(new RecordListModel(this))
    , m_thread(new QThread(this))
    , m_worker(new BuildWorker)
{
    m_thread->setObjectName(QStringLiteral("BuildWorker"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    connect(m_worker, &BuildWorker::started, this, &DatasetSession::onStarted);
    connect(m_worker, &BuildWorker::rowsReady, this, &DatasetSession::onRows);
    connect(m_worker, &BuildWorker::progress, this, &DatasetSession::onProgress);
    connect(m_worker, &BuildWorker::finished, this, &DatasetSession::onFinished);

    m_rebuildDelay.setSingleShot(true);
    m_rebuildDelay.setInterval(400);
    connect(&m_rebuildDelay, &QTimer::timeout, this, &DatasetSession::rebuild);
    connect(project, &ProjectSession::opened, this, &DatasetSession::onOpened);
    connect(project, &ProjectSession::aboutToClose, this, &DatasetSession::onClosed);
    // Messages or "me" changed: the records change with them.
    connect(project, &ProjectSession::contentChanged, &m_rebuildDelay, qOverload<>(&QTimer::start));
    connect(project, &ProjectSession::participantsChanged, &m_rebuildDelay, qOverload<>(&QTimer::start));
    if (project->isOpen())
        onOpened();
}

DatasetSession::~DatasetSession()
{
    if (m_cancel)
        *m_cancel = true;
    m_thread->quit();
    m_thread->wait();
}

void DatasetSession::onOpened()
{
    m_settings = core::loadBuildSettings(*m_project->store());
    m_outcome.reset();
    m_currentOrdinal = -1;
    m_records->reset({}, {});
    Q_EMIT settingsChanged();
    rebuild();
}

void DatasetSession::onClosed()
{
    cancelBuild();
    m_rebuildDelay.stop();
    ++m_job; // whatever is still on its way belongs to the project being closed
    m_outcome.reset();
    m_currentOrdinal = -1;
    m_records->reset({}, {});
    Q_EMIT buildFinished();
}

void DatasetSession::setSettings(const core::BuildSettings &settings)
{
    if (settings == m_settings)
        return;
    const bool rebuildNeeded = changesRecords(settings, m_settings);
    m_settings = settings;
    if (core::Store *store = m_project->store()) {
        auto saved = core::saveBuildSettings(*store, m_settings);
        if (!saved)
            Q_EMIT problem(tr("The recipe settings could not be saved to the project: %1. Check that the project file is writable.")
                               .arg(QString::fromStdString(saved.error().message)));
    }
    Q_EMIT settingsChanged();
    if (rebuildNeeded)
        m_rebuildDelay.start();
}

void DatasetSession::rebuild()
{
    m_rebuildDelay.stop();
    if (!m_project->isOpen())
        return;
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 job = ++m_job;
    m_building = true;
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    m_firstRowsMs = -1;
    m_buildMs = -1;
    Q_EMIT buildStarted();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job, path = m_project->path(), settings = m_settings, cancel = m_cancel] {
            if (!*cancel)
                worker->build(job, path, settings, cancel);
        },
        Qt::QueuedConnection);
}

void DatasetSession::cancelBuild()
{
    if (m_cancel)
        *m_cancel = true;
}

void DatasetSession::setCurrentOrdinal(std::int64_t ordinal)
{
    if (ordinal == m_currentOrdinal)
        return;
    m_currentOrdinal = ordinal;
    Q_EMIT currentOrdinalChanged(ordinal);
}

void DatasetSession::onStarted(quint64 job, const QStringList &keys, const QStringList &names)
{
    if (job != m_job)
        return;
    m_records->reset(keys, names);
}

void DatasetSession::onRows(quint64 job, const RecordRows &rows)
{
    if (job != m_job)
        return;
    if (m_firstRowsMs < 0)
        m_firstRowsMs = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
    m_records->append(rows);
}

void DatasetSession::onProgress(quint64 job, quint64 done, quint64 total, const QString &phase)
{
    if (job == m_job)
        Q_EMIT buildProgress(done, total, phase);
}

void DatasetSession::onFinished(quint64 job, const BuildOutcomePtr &outcome)
{
    if (job != m_job)
        return;
    m_building = false;
    m_buildMs = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
    if (outcome && !outcome->cancelled && outcome->error.empty()) {
        m_outcome = outcome;
        // Findings per record for the table's column.
        std::map<std::uint64_t, std::pair<std::uint16_t, std::uint16_t>> counts;
        for (const core::DatasetFinding &finding : outcome->findings) {
            const std::int64_t ordinal = outcome->ordinalOf(finding.record);
            if (ordinal < 0)
                continue;
            auto &c = counts[static_cast<std::uint64_t>(ordinal)];
            if (finding.severity == core::Severity::Error)
                ++c.first;
            else if (finding.severity == core::Severity::Warning)
                ++c.second;
        }
        std::vector<std::uint64_t> ordinals;
        std::vector<std::uint16_t> errors, warnings;
        for (const auto &[ordinal, c] : counts) {
            ordinals.push_back(ordinal);
            errors.push_back(c.first);
            warnings.push_back(c.second);
        }
        m_records->setFindingCounts(ordinals, errors, warnings);
    } else if (outcome && !outcome->error.empty()) {
        m_outcome = outcome;
        Q_EMIT problem(QString::fromStdString(outcome->error));
    }
    Q_EMIT buildFinished();
}

} // namespace tb::models
