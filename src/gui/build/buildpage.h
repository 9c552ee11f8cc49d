#pragma once

#include "models/storeworker.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class BuildPage;
}

namespace tb::core {
struct RecordPreview;
}

namespace tb::models {
class DatasetSession;
class ProjectSession;
} // namespace tb::models

namespace tb::gui {

class ScrubReportDialog;

// Page 4: the recipe form (left), the records of a full build (right, top) and the selected
// record exactly as it will be written, with its token count (right, bottom).
class BuildPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildPage)

public:
    explicit BuildPage(models::ProjectSession *session, QWidget *parent = nullptr);
    ~BuildPage() override;

    // The settings and records this page and Check & Export share.
    models::DatasetSession *dataset() const { return m_dataset; }
    // Selects the record with ORDINAL in the table (when the build has listed it).
    void selectRecord(quint64 ordinal);
    // The selected record's source thread in Browse.
    void showSelectedInBrowse();
    // What the scrubber replaced in the latest build (non-modal); null when it did not run.
    ScrubReportDialog *showScrubReport();

Q_SIGNALS:
    void messageRequested(const QString &messageKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadProjectChoices();
    void onFormChanged();
    void onSettingsChanged();
    void onBuildProgress(quint64 done, quint64 total, const QString &phase);
    void onBuildFinished();
    void onCurrentRowChanged();
    void requestPreview();
    void showPreview(const core::RecordPreview &preview);
    void updateSummary();
    void fitRecipePane();

    std::unique_ptr<Ui::BuildPage> m_ui;
    models::ProjectSession *m_session;
    models::DatasetSession *m_dataset;
    models::StoreWorker *m_worker;
    models::LatestJob m_previewJob;
    QTimer m_previewDelay;
    QString m_anchorKey;
    bool m_updating = false;
};

} // namespace tb::gui
