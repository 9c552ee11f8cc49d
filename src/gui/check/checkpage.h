#pragma once

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QPushButton;
#include <QThread>

namespace Ui {
class CheckPage;
}

namespace tb::models {
class CostModel;
class DatasetSession;
class ProjectSession;
class SnapshotModel;
class ValidationModel;
} // namespace tb::models

namespace tb::gui {

class ExportDialog;
class TokenHistogram;

// Page 5: the validator's findings with their fixes, token statistics with a histogram, billed
// tokens and cost per model, the split, export and freeze — all of the latest build on the Build page.
class CheckPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPage)

public:
    CheckPage(models::ProjectSession *session, models::DatasetSession *dataset, QWidget *parent = nullptr);
    ~CheckPage() override;

    bool isExporting() const;
    // The export dialog, opened (non-modal) on the page's settings; null when none is open.
    ExportDialog *openExportDialog();
    // Freezes the current dataset as NAME on a worker; the list shows it when done.
    void freeze(const QString &name);

Q_SIGNALS:
    // The user asked to see the record with ORDINAL on the Build page.
    void recordRequested(quint64 ordinal);

private:
    void onBuildFinished();
    void updateStats();
    void updateFixButtons();
    void onFindingSelected();
    void applyFix(int fix);
    void onSettingsEdited();
    void askFreeze();

    std::unique_ptr<Ui::CheckPage> m_ui;
    models::ProjectSession *m_session;
    models::DatasetSession *m_dataset;
    models::ValidationModel *m_findings;
    models::CostModel *m_costs;
    models::SnapshotModel *m_snapshots;
    TokenHistogram *m_histogram;
    QList<QPushButton *> m_fixButtons;
    QPointer<ExportDialog> m_exportDialog;
    QPointer<QThread> m_freezeThread;
    std::shared_ptr<std::atomic_bool> m_freezeCancel;
    bool m_updating = false;
};

} // namespace tb::gui
