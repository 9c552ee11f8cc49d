#include "importpage.h"

#include "import/dateorderdecision.h"
#include "import/importpreview.h"
#include "import/importrunner.h"
#include "importentry.h"
#include "importjob.h"
#include "importpreviewview.h"
#include "models/counttext.h"
#include "models/projectsession.h"
#include "models/settings/appsettings.h"
#include "ui_importpage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>

namespace tb::gui {

using models::AppSettings;

namespace {

QString number(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

core::DateOrder defaultDateOrder()
{
    // Only the orders a day/month choice can take; "auto" and "ymd" leave the importer's default.
    const auto order = core::dateOrderFromFlag(AppSettings::defaultDateOrder.get().toStdString());
    return order == core::DateOrder::DayMonthYear || order == core::DateOrder::MonthDayYear ? *order
                                                                                            : core::DateOrder::Auto;
}

int countSeverity(const std::vector<core::Finding> &findings, core::Severity severity)
{
    return static_cast<int>(std::count_if(
        findings.begin(), findings.end(), [severity](const core::Finding &f) { return f.severity == severity; }));
}

} // namespace

ImportPage::ImportPage(models::ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImportPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->dropFrame->setFrameShape(QFrame::StyledPanel);
    m_ui->cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));

    connect(m_ui->chooseExportButton, &QPushButton::clicked, this, &ImportPage::chooseExport);
    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &ImportPage::chooseFolder);
    connect(m_ui->otherExportButton, &QPushButton::clicked, this, &ImportPage::chooseExport);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportPage::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportPage::cancel);
    connect(m_ui->exportList, &QListWidget::currentRowChanged, this, [this] { updateView(); });
    connect(m_ui->previewView, &ImportPreviewView::dateOrderChosen, this, &ImportPage::dateOrderChosen);
    // Another project: what was read for this one no longer applies.
    connect(m_session, &models::ProjectSession::opened, this, &ImportPage::reset);
    connect(m_session, &models::ProjectSession::closed, this, &ImportPage::reset);
    updateUi();
}

ImportPage::~ImportPage()
{
    // The job's destructor cancels and waits: a running import is undone, never left half-written.
    delete m_job;
}

bool ImportPage::isBusy() const
{
    return m_job != nullptr;
}

void ImportPage::previewPaths(const QStringList &paths)
{
    if (!isBusy())
        reset(); // a new drop starts a new list; while busy, it joins the queue
    const int firstNew = static_cast<int>(m_entries.size());
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool listed = std::any_of(m_entries.begin(), m_entries.end(),
            [&](const auto &e) { return e->path == absolute && e->state != ImportEntry::State::Imported; });
        if (listed)
            continue;
        auto entry = std::make_unique<ImportEntry>();
        entry->path = absolute;
        entry->dateOrder = defaultDateOrder();
        m_entries.push_back(std::move(entry));
    }
    updateList();
    if (firstNew < static_cast<int>(m_entries.size()))
        m_ui->exportList->setCurrentRow(firstNew);
    schedule();
}

void ImportPage::chooseExport()
{
    QFileDialog dialog(this, tr("Choose an Export"), AppSettings::lastImportFolder.get());
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setNameFilters({ tr("Exports (*.zip *.json *.js *.txt *.csv *.tsv)"), tr("All files (*)") });
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::lastImportFolder.set(dialog.directory().absolutePath());
    previewPaths(dialog.selectedFiles());
}

void ImportPage::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Choose an Unpacked Export"), AppSettings::lastImportFolder.get());
    if (folder.isEmpty())
        return;
    AppSettings::lastImportFolder.set(QFileInfo(folder).absolutePath());
    previewPaths({ folder });
}

void ImportPage::reset()
{
    delete m_job; // cancels and waits; a preview stops within a batch
    m_entries.clear();
    m_importing = false;
    m_stopping = false;
    m_shownEntry = nullptr;
    m_shownPreview = nullptr;
    updateList();
    updateUi();
}

ImportEntry *ImportPage::currentEntry() const
{
    const int row = m_ui->exportList->currentRow();
    if (row >= 0 && row < static_cast<int>(m_entries.size()))
        return m_entries[static_cast<std::size_t>(row)].get();
    return m_entries.empty() ? nullptr : m_entries.front().get();
}

void ImportPage::schedule()
{
    if (m_job)
        return;
    if (m_importing && !m_stopping) {
        for (auto &e : m_entries) {
            if (e->state == ImportEntry::State::Queued) {
                startImportOf(*e);
                return;
            }
        }
    }
    if (m_importing) {
        finishRun();
        return;
    }
    if (!m_stopping) {
        for (auto &e : m_entries) {
            if (e->state == ImportEntry::State::Waiting) {
                startPreview(*e);
                return;
            }
        }
    }
    m_stopping = false;
    updateUi();
}

void ImportPage::startPreview(ImportEntry &entry)
{
    core::ImportOptions options;
    options.ambiguousDateOrder = entry.dateOrder;
    entry.state = ImportEntry::State::Reading;
    m_job = ImportJob::preview(entry.path, options, this);
    ImportEntry *target = &entry;
    connect(m_job, &ImportJob::progressed, this, [this](const core::ImportProgress &p) {
        m_estimate.update(p);
        updateUi();
    });
    connect(m_job, &ImportJob::previewFinished, this,
        [this, target](const std::shared_ptr<const core::ImportPreview> &preview) { previewDone(target, preview); });
    m_estimate.start(0);
    m_job->start();
    updateList();
    updateUi();
}

void ImportPage::previewDone(ImportEntry *entry, const std::shared_ptr<const core::ImportPreview> &preview)
{
    m_job->deleteLater();
    m_job = nullptr;
    if (preview->cancelled) {
        // Cancel during reading stops the reading of everything still waiting.
        for (auto &e : m_entries) {
            if (e->state == ImportEntry::State::Waiting || e->state == ImportEntry::State::Reading) {
                e->state = ImportEntry::State::Cancelled;
                e->outcome = tr("Reading was cancelled. Drop the export again to read it.");
            }
        }
    } else {
        entry->preview = preview;
        const bool usable = preview->problem == core::ImportPreview::Problem::None && preview->messages > 0;
        entry->state = usable ? ImportEntry::State::Ready : ImportEntry::State::Unusable;
    }
    updateList();
    schedule();
}

void ImportPage::startImport()
{
    if (m_job || !m_session->isOpen())
        return;
    for (auto &e : m_entries) {
        if (e->state == ImportEntry::State::Ready)
            e->state = ImportEntry::State::Queued;
    }
    m_importing = true;
    m_stopping = false;
    m_committed = 0;
    m_runErrors = 0;
    m_runWarnings = 0;
    m_runFailed = false;
    schedule();
}

void ImportPage::startImportOf(ImportEntry &entry)
{
    core::ImportOptions options;
    options.format = entry.preview->format; // what the preview showed is what gets imported
    options.ambiguousDateOrder = entry.dateOrder;
    entry.state = ImportEntry::State::Importing;
    m_job = ImportJob::import(m_session->path(), entry.path, options, this);
    ImportEntry *target = &entry;
    connect(m_job, &ImportJob::progressed, this, [this](const core::ImportProgress &p) {
        m_estimate.update(p);
        updateUi();
    });
    connect(m_job, &ImportJob::importFinished, this,
        [this, target](const std::shared_ptr<const core::ImportReport> &report) { importDone(target, report); });
    m_estimate.start(entry.preview->messages);
    m_job->start();
    m_ui->exportList->setCurrentRow(static_cast<int>(
        std::find_if(m_entries.begin(), m_entries.end(), [target](const auto &e) { return e.get() == target; })
        - m_entries.begin()));
    updateList();
    updateUi();
}

void ImportPage::importDone(ImportEntry *entry, const std::shared_ptr<const core::ImportReport> &report)
{
    m_job->deleteLater();
    m_job = nullptr;
    const QString project = QFileInfo(m_session->path()).fileName().toHtmlEscaped();
    entry->errors = countSeverity(report->findings, core::Severity::Error);
    entry->warnings = countSeverity(report->findings, core::Severity::Warning);
    if (report->cancelled) {
        entry->state = ImportEntry::State::Cancelled;
        entry->outcome = tr("Import cancelled: %1 is exactly as it was before.").arg(project);
    } else if (!report->error.empty() && report->importId == 0) {
        entry->state = ImportEntry::State::Failed;
        m_runFailed = true;
        entry->outcome = tr("<b>Nothing was imported.</b> %1<br>Fix what it says, then drop the export again.")
                             .arg(QString::fromStdString(report->error).toHtmlEscaped());
    } else {
        const auto &c = report->counts;
        const std::uint64_t known = c.messagesSeen - c.messagesAdded;
        QString done = tr("<b>Imported %1 new messages</b> into %2").arg(number(c.messagesAdded), project);
        if (known)
            done += tr(" (%1 were already in the project)").arg(number(known));
        done += QLatin1Char('.');
        if (entry->errors + entry->warnings)
            done += tr(" %1 and %2 are listed in the Findings panel.")
                        .arg(models::countText(entry->errors, tr("1 error"), tr("%1 errors")),
                            models::countText(entry->warnings, tr("1 warning"), tr("%1 warnings")));
        if (!report->error.empty()) {
            // Written up to the failure: what was stored stays, and says so.
            m_runFailed = true;
            entry->state = ImportEntry::State::Failed;
            done += tr("<br><b>The import stopped early:</b> %1")
                        .arg(QString::fromStdString(report->error).toHtmlEscaped());
        } else {
            entry->state = ImportEntry::State::Imported;
        }
        entry->outcome = done;
        ++m_committed;
        m_runErrors += entry->errors;
        m_runWarnings += entry->warnings;
        // The GUI thread's Store is another connection on the same WAL file: it reads the commit now.
        m_session->notifyContentChanged();
    }
    if (m_stopping || report->cancelled) {
        for (auto &e : m_entries) {
            if (e->state == ImportEntry::State::Queued)
                e->state = ImportEntry::State::Ready;
        }
        m_stopping = false;
        m_importing = false;
        if (m_committed > 0) {
            m_committed = 0;
            Q_EMIT importReported(m_runErrors, m_runWarnings);
        }
    }
    updateList();
    schedule();
}

void ImportPage::finishRun()
{
    m_importing = false;
    updateUi();
    if (m_committed == 0)
        return;
    m_committed = 0;
    Q_EMIT importReported(m_runErrors, m_runWarnings);
    // On to Browse only when everything went in; otherwise this page says what went wrong.
    if (!m_runFailed)
        Q_EMIT importFinished();
}

void ImportPage::cancel()
{
    if (!m_job)
        return;
    m_stopping = true;
    m_job->cancel();
    updateUi();
}

void ImportPage::dateOrderChosen(core::DateOrder order)
{
    ImportEntry *entry = currentEntry();
    if (!entry || m_job || entry->state != ImportEntry::State::Ready || entry->dateOrder == order)
        return;
    // Read it again: the date range (and any impossible dates) depend on the order.
    entry->dateOrder = order;
    entry->state = ImportEntry::State::Waiting;
    updateList();
    schedule();
}

void ImportPage::updateList()
{
    const int current = m_ui->exportList->currentRow();
    QSignalBlocker block(m_ui->exportList);
    m_ui->exportList->clear();
    for (const auto &e : m_entries) {
        auto *item = new QListWidgetItem(e->listText(), m_ui->exportList);
        item->setToolTip(QDir::toNativeSeparators(e->path));
    }
    if (!m_entries.empty())
        m_ui->exportList->setCurrentRow(qBound(0, current, static_cast<int>(m_entries.size()) - 1));
    m_ui->exportList->setVisible(m_entries.size() > 1);
}

void ImportPage::updateView()
{
    const ImportEntry *entry = currentEntry();
    ImportPreviewView *view = m_ui->previewView;
    if (!entry)
        return;
    const core::ImportPreview *preview = entry->preview.get();
    const bool reading = entry->state == ImportEntry::State::Waiting || entry->state == ImportEntry::State::Reading;
    if (reading) {
        if (m_shownEntry != entry || m_shownPreview != nullptr)
            view->showReading(entry->path);
        m_shownPreview = nullptr;
    } else if (preview && (m_shownEntry != entry || m_shownPreview != preview)) {
        view->showPreview(*preview); // only when it changed: a preview can list thousands of people
        m_shownPreview = preview;
    } else if (!preview) {
        view->showReading(entry->path);
        m_shownPreview = nullptr;
    }
    m_shownEntry = entry;
    view->setChoicesEnabled(!m_job && entry->state == ImportEntry::State::Ready);

    const auto [kind, text] = entry->banner(QFileInfo(m_session->path()).fileName());
    view->setBanner(kind, text);
}

QString ImportPage::idleStatus() const
{
    std::uint64_t messages = 0;
    int ready = 0;
    for (const auto &e : m_entries) {
        if (e->state == ImportEntry::State::Ready) {
            ++ready;
            messages += e->preview->messages;
        }
    }
    if (ready == 0)
        return {};
    return tr("Import adds %1 from %2 to %3; messages already in the project are skipped.")
        .arg(models::countText(messages, tr("1 message"), tr("%1 messages")),
            models::countText(ready, tr("1 export"), tr("%1 exports")), QFileInfo(m_session->path()).fileName());
}

void ImportPage::updateUi()
{
    const bool empty = m_entries.empty();
    m_ui->contentStack->setCurrentWidget(empty ? m_ui->startPage : m_ui->previewPage);
    const bool busy = m_job != nullptr;
    const int ready = static_cast<int>(std::count_if(
        m_entries.begin(), m_entries.end(), [](const auto &e) { return e->state == ImportEntry::State::Ready; }));
    m_ui->actionBar->setVisible(!empty);
    m_ui->importButton->setVisible(!busy);
    m_ui->importButton->setEnabled(!busy && ready > 0 && m_session->isOpen());
    m_ui->importButton->setText(ready > 1 ? tr("&Import %1 Exports").arg(ready) : tr("&Import"));
    m_ui->otherExportButton->setVisible(!busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy && !m_stopping);
    m_ui->progressBar->setVisible(busy);
    if (busy) {
        const int permille = m_estimate.permille();
        m_ui->progressBar->setRange(0, permille < 0 ? 0 : 1000); // 0..0: the busy indicator
        m_ui->progressBar->setValue(qMax(0, permille));
        QString text = m_job->kind() == ImportJob::Kind::Preview ? tr("Reading: %1").arg(m_estimate.text())
                                                                 : tr("Importing: %1").arg(m_estimate.text());
        if (m_stopping)
            text = m_job->kind() == ImportJob::Kind::Import ? tr("Cancelling: undoing what this import wrote…")
                                                            : tr("Cancelling…");
        m_ui->progressLabel->setText(text);
    } else {
        m_ui->progressLabel->setText(idleStatus());
    }
    updateView();
}

} // namespace tb::gui
