#pragma once

#include "import/importoptions.h"
#include "importprogressestimate.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ImportPage;
}

namespace tb::core {
struct ImportPreview;
struct ImportReport;
} // namespace tb::core

namespace tb::models {
class ProjectSession;
}

namespace tb::gui {

class ImportJob;
struct ImportEntry;

// Page 1: preview what an export holds, then import it off the GUI thread with progress and Cancel.
// Several exports are read, and imported, one after the other.
class ImportPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)

public:
    explicit ImportPage(models::ProjectSession *session, QWidget *parent = nullptr);
    ~ImportPage() override;

    // Reads PATHS (files, folders, zips) without writing anything and shows what they hold.
    void previewPaths(const QStringList &paths);
    // A preview or an import is running.
    bool isBusy() const;

Q_SIGNALS:
    // An import was committed to the project.
    void importFinished();
    // The imports just committed reported this many errors and warnings (the window then shows
    // the findings dock).
    void importReported(int errors, int warnings);

private:
    void chooseExport();
    void chooseFolder();
    void startImport();
    void cancel();
    void reset();
    void schedule();
    void startPreview(ImportEntry &entry);
    void startImportOf(ImportEntry &entry);
    void previewDone(ImportEntry *entry, const std::shared_ptr<const core::ImportPreview> &preview);
    void importDone(ImportEntry *entry, const std::shared_ptr<const core::ImportReport> &report);
    void finishRun();
    void dateOrderChosen(core::DateOrder order);
    ImportEntry *currentEntry() const;
    void updateUi();
    void updateList();
    void updateView();
    QString idleStatus() const;

    std::unique_ptr<Ui::ImportPage> m_ui;
    models::ProjectSession *m_session;
    std::vector<std::unique_ptr<ImportEntry>> m_entries;
    QPointer<ImportJob> m_job;
    ImportProgressEstimate m_estimate;
    bool m_importing = false; // Import was pressed: queued entries are imported in turn
    bool m_stopping = false; // Cancel was pressed: start nothing more
    int m_committed = 0; // imports committed in this run
    int m_runErrors = 0;
    int m_runWarnings = 0;
    bool m_runFailed = false;
    const ImportEntry *m_shownEntry = nullptr;
    const core::ImportPreview *m_shownPreview = nullptr;
};

} // namespace tb::gui
