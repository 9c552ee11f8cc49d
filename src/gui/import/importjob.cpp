#include "importjob.h"

#include "store/store.h"

#include <QMetaObject>
#include <QThread>

#include <exception>

namespace tb::gui {

ImportJob *ImportJob::preview(const QString &path, const core::ImportOptions &options, QObject *parent)
{
    return new ImportJob(Kind::Preview, {}, path, options, parent);
}

ImportJob *ImportJob::import(
    const QString &projectPath, const QString &path, const core::ImportOptions &options, QObject *parent)
{
    return new ImportJob(Kind::Import, projectPath, path, options, parent);
}

ImportJob::ImportJob(
    Kind kind, const QString &projectPath, const QString &path, const core::ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_projectPath(projectPath)
    , m_path(path)
    , m_options(options)
{
}

ImportJob::~ImportJob()
{
    // A quitting window must not leave a half-written import behind: the runner undoes it.
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(m_kind == Kind::Preview ? QStringLiteral("import preview") : QStringLiteral("import"));
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::reportProgress(const core::ImportProgress &progress)
{
    // Runs on the worker (or the runner's writer) thread: hand a copy to the GUI thread.
    QMetaObject::invokeMethod(
        this, [this, progress] { Q_EMIT progressed(progress); }, Qt::QueuedConnection);
}

void ImportJob::run()
{
    const std::string path = m_path.toStdString();
    const auto progress = [this](const core::ImportProgress &p) { reportProgress(p); };
    if (m_kind == Kind::Preview) {
        auto preview = std::make_shared<core::ImportPreview>();
        try {
            core::ImportPreviewer previewer;
            previewer.setCancelFlag(&m_cancel);
            previewer.setProgressCallback(progress);
            *preview = previewer.run(path, m_options);
        } catch (const std::exception &e) {
            // No exception may cross the thread boundary; out of memory is the likely one here.
            preview->path = path;
            preview->problem = core::ImportPreview::Problem::Failed;
            preview->error = path + ": the preview stopped unexpectedly (" + e.what() + ")";
        }
        std::shared_ptr<const core::ImportPreview> result = std::move(preview);
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT previewFinished(result); }, Qt::QueuedConnection);
        return;
    }
    auto report = std::make_shared<core::ImportReport>();
    try {
        auto store = core::Store::open(m_projectPath.toStdString());
        if (!store) {
            report->path = path;
            report->error = store.error().message;
        } else {
            core::ImportRunner runner(**store);
            runner.setCancelFlag(&m_cancel);
            runner.setProgressCallback(progress);
            runner.setKeepReadIndexes(true); // the Browse page reads the project while this runs
            *report = runner.run(path, m_options);
        }
    } catch (const std::exception &e) {
        report->path = path;
        report->error = path + ": the import stopped unexpectedly (" + e.what() + ")";
    }
    std::shared_ptr<const core::ImportReport> result = std::move(report);
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT importFinished(result); }, Qt::QueuedConnection);
}

} // namespace tb::gui
