#pragma once

#include "build/buildsettings.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QPushButton;
#include <QThread>

namespace Ui {
class ExportDialog;
}

namespace tb::gui {

// Export: format, file, split and scrubbing, then the records written on a worker thread with a
// progress bar; Cancel stops it (the files are written completely or not at all).
class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const QString &projectPath, const core::BuildSettings &settings, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFilePath(const QString &path);
    bool isRunning() const { return m_thread != nullptr; }
    // Starts writing with what the dialog shows (the Export button).
    void startExport();
    // Results of the last export: the files written and their line counts.
    QString trainPath() const { return m_trainPath; }
    QString validPath() const { return m_validPath; }

Q_SIGNALS:
    void exported(const QString &trainPath, const QString &validPath);

protected:
    void reject() override;

private:
    void browse();
    void updateSplitText();
    void setRunning(bool running);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_projectPath;
    core::BuildSettings m_settings;
    QPushButton *m_exportButton;
    QPointer<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic<quint64>> m_done;
    std::shared_ptr<std::atomic<quint64>> m_total;
    QString m_trainPath;
    QString m_validPath;
};

} // namespace tb::gui
