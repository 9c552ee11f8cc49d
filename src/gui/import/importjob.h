#pragma once

#include "import/importoptions.h"
#include "import/importpreview.h"
#include "import/importrunner.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace tb::gui {

// One preview or import on its own thread. An import opens its own Store on the project file
// (a Store is not thread-safe; WAL lets the GUI thread read meanwhile). Progress and the result
// come back to the GUI thread by queued calls; cancel() asks the core to stop, and a cancelled
// import undoes everything it wrote. Destroying a running job cancels it and waits.
class ImportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    enum class Kind { Preview, Import };

    // Reads PATH without writing anything.
    static ImportJob *preview(const QString &path, const core::ImportOptions &options, QObject *parent);
    // Imports PATH into the project at PROJECTPATH.
    static ImportJob *import(
        const QString &projectPath, const QString &path, const core::ImportOptions &options, QObject *parent);
    ~ImportJob() override;

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    void start();
    void cancel();
    bool isCancelling() const { return m_cancel.load(); }
    bool isRunning() const;

Q_SIGNALS:
    void progressed(const tb::core::ImportProgress &progress);
    void previewFinished(const std::shared_ptr<const tb::core::ImportPreview> &preview);
    void importFinished(const std::shared_ptr<const tb::core::ImportReport> &report);

private:
    ImportJob(Kind kind, const QString &projectPath, const QString &path, const core::ImportOptions &options,
        QObject *parent);
    void run();
    void reportProgress(const core::ImportProgress &progress);

    const Kind m_kind;
    const QString m_projectPath;
    const QString m_path;
    const core::ImportOptions m_options;
    std::atomic<bool> m_cancel = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace tb::gui
