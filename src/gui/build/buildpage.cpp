#include "buildpage.h"

#include "build/buildpipeline.h"
#include "models/dataset/datasetsession.h"
#include "models/dataset/recordlistmodel.h"
#include "build/recordpreview.h"
#include "models/projectsession.h"
#include "recipeform.h"
#include "scrubreportdialog.h"
#include "store/store.h"
#include "ui_buildpage.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>

namespace tb::gui {

using models::RecordListModel;

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

struct ProjectChoices {
    QStringList participants;
    QList<QPair<QString, QString>> conversations;
};

} // namespace

BuildPage::BuildPage(models::ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BuildPage>())
    , m_session(session)
    , m_dataset(new models::DatasetSession(session, this))
    , m_worker(new models::StoreWorker(this))
{
    m_ui->setupUi(this);
    m_ui->buildSplitter->setStretchFactor(0, 0);
    m_ui->buildSplitter->setStretchFactor(1, 1);
    m_ui->buildSplitter->setSizes({470, 700});
    m_ui->recordSplitter->setSizes({420, 260});
    // The form never scrolls sideways: its pane is kept as wide as the form's widest row needs
    // (recomputed when the form's layout changes, e.g. another recipe's page is shown).
    m_ui->recipeForm->installEventFilter(this);
    fitRecipePane();

    m_ui->recordTable->setModel(m_dataset->records());
    m_ui->recordTable->verticalHeader()->hide();
    m_ui->recordTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_ui->recordTable->horizontalHeader();
    header->setSectionResizeMode(RecordListModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(RecordListModel::OrdinalColumn, fontMetrics().horizontalAdvance(QStringLiteral("0,000,000")) + 12);
    header->resizeSection(RecordListModel::ConversationColumn, fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14);
    header->resizeSection(RecordListModel::TokensColumn, fontMetrics().horizontalAdvance(QStringLiteral("Tokens")) + 24);
    header->resizeSection(RecordListModel::FindingsColumn, fontMetrics().horizontalAdvance(QStringLiteral("Findings")) + 32);
    m_ui->recordTable->installEventFilter(this);

    for (core::ExportFormat format : {core::ExportFormat::Chat, core::ExportFormat::Dpo, core::ExportFormat::PromptCompletion,
                                      core::ExportFormat::ShareGpt, core::ExportFormat::Alpaca, core::ExportFormat::Kto})
        m_ui->previewFormatCombo->addItem(qs(core::toString(format)), static_cast<int>(format));
    if (const core::ModelCatalog *catalog = core::bundledCatalog()) {
        for (const core::CatalogModel &model : catalog->models())
            m_ui->previewModelCombo->addItem(qs(model.displayName.empty() ? model.id : model.displayName), qs(model.id));
    } else {
        std::string error;
        core::bundledCatalog(&error);
        m_ui->previewStatusLabel->setText(tr("The model catalog cannot be read (%1): token counts are not available.").arg(qs(error)));
    }
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->previewText->setFont(mono);

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(150);
    connect(&m_previewDelay, &QTimer::timeout, this, &BuildPage::requestPreview);

    connect(m_ui->recipeForm, &RecipeForm::changed, this, &BuildPage::onFormChanged);
    connect(m_ui->previewFormatCombo, &QComboBox::currentIndexChanged, this, &BuildPage::onFormChanged);
    connect(m_ui->previewModelCombo, &QComboBox::currentIndexChanged, this, &BuildPage::onFormChanged);
    connect(m_ui->recordTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BuildPage::onCurrentRowChanged);
    connect(m_ui->recordTable, &QAbstractItemView::doubleClicked, this, &BuildPage::showSelectedInBrowse);
    connect(m_ui->showInBrowseButton, &QPushButton::clicked, this, &BuildPage::showSelectedInBrowse);
    connect(m_ui->cancelBuildButton, &QPushButton::clicked, m_dataset, &models::DatasetSession::cancelBuild);
    connect(m_ui->rebuildButton, &QPushButton::clicked, m_dataset, &models::DatasetSession::rebuild);
    connect(m_ui->scrubReportButton, &QPushButton::clicked, this, &BuildPage::showScrubReport);
    auto *rebuild = new QAction(this);
    rebuild->setShortcut(QKeySequence::Refresh);
    rebuild->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(rebuild, &QAction::triggered, m_dataset, &models::DatasetSession::rebuild);
    addAction(rebuild);

    connect(m_dataset, &models::DatasetSession::settingsChanged, this, &BuildPage::onSettingsChanged);
    connect(m_dataset, &models::DatasetSession::buildStarted, this, [this] {
        m_ui->buildProgress->setRange(0, 0);
        m_ui->buildProgress->show();
        m_ui->cancelBuildButton->show();
        updateSummary();
    });
    connect(m_dataset, &models::DatasetSession::buildProgress, this, &BuildPage::onBuildProgress);
    connect(m_dataset, &models::DatasetSession::buildFinished, this, &BuildPage::onBuildFinished);
    connect(m_dataset, &models::DatasetSession::problem, this, [this](const QString &message) {
        m_ui->summaryLabel->setText(message);
    });
    connect(m_dataset->records(), &QAbstractItemModel::rowsInserted, this, [this] {
        // The first rows of a new build: select the record the user had, or the first one.
        if (!m_ui->recordTable->currentIndex().isValid()) {
            const int row = m_dataset->currentOrdinal() >= 0 ? m_dataset->records()->rowOfOrdinal(static_cast<std::uint64_t>(m_dataset->currentOrdinal())) : -1;
            if (row >= 0 || m_dataset->currentOrdinal() < 0)
                m_ui->recordTable->setCurrentIndex(m_dataset->records()->index(qMax(0, row), 0));
        }
        if (m_dataset->isBuilding())
            updateSummary();
    });
    connect(m_dataset, &models::DatasetSession::currentOrdinalChanged, this, [this](qint64 ordinal) {
        if (ordinal >= 0)
            selectRecord(static_cast<quint64>(ordinal));
    });
    connect(m_session, &models::ProjectSession::opened, this, &BuildPage::loadProjectChoices);
    connect(m_session, &models::ProjectSession::participantsChanged, this, &BuildPage::loadProjectChoices);
    connect(m_session, &models::ProjectSession::contentChanged, this, &BuildPage::loadProjectChoices);
    connect(m_session, &models::ProjectSession::closed, this, [this] {
        m_worker->setPath({});
        m_ui->previewText->clear();
        m_ui->previewTokensLabel->clear();
    });
    m_ui->buildProgress->hide();
    m_ui->cancelBuildButton->hide();
    m_ui->scrubReportButton->hide();
    if (m_session->isOpen())
        loadProjectChoices();
    onSettingsChanged();
}

BuildPage::~BuildPage() = default;

void BuildPage::loadProjectChoices()
{
    m_worker->setPath(m_session->path());
    // The conversation list reads every conversation's count: on the worker, not here.
    m_worker->run<ProjectChoices>(
        [](const core::Store *store, const std::string &) {
            ProjectChoices choices;
            if (!store)
                return choices;
            for (const core::ParticipantInfo &p : store->participants(core::ParticipantCounts::Skip)) {
                if (!p.aliasOf)
                    choices.participants << QString::fromStdString(p.name());
            }
            choices.participants.sort(Qt::CaseInsensitive);
            choices.participants.removeDuplicates();
            for (const core::ConversationNode &node : store->conversationNodes())
                choices.conversations.append({QString::fromStdString(node.key), QString::fromStdString(node.name)});
            return choices;
        },
        [this](ProjectChoices choices) {
            m_ui->recipeForm->setProjectChoices(choices.participants, choices.conversations);
            m_ui->recipeForm->setSettings(m_dataset->settings());
        });
}

void BuildPage::onFormChanged()
{
    if (m_updating)
        return;
    core::BuildSettings settings = m_ui->recipeForm->settings(m_dataset->settings());
    settings.format = static_cast<core::ExportFormat>(m_ui->previewFormatCombo->currentData().toInt());
    settings.modelId = m_ui->previewModelCombo->currentData().toString().toStdString();
    m_dataset->setSettings(settings);
}

void BuildPage::onSettingsChanged()
{
    m_updating = true;
    const core::BuildSettings &settings = m_dataset->settings();
    m_ui->recipeForm->setSettings(settings);
    m_ui->previewFormatCombo->setCurrentIndex(m_ui->previewFormatCombo->findData(static_cast<int>(settings.format)));
    if (const core::CatalogModel *model = core::chosenModel(settings))
        m_ui->previewModelCombo->setCurrentIndex(m_ui->previewModelCombo->findData(qs(model->id)));
    m_updating = false;
    m_previewDelay.start();
}

void BuildPage::onBuildProgress(quint64 done, quint64 total, const QString &phase)
{
    if (total > 0) {
        m_ui->buildProgress->setRange(0, 1000);
        m_ui->buildProgress->setValue(static_cast<int>(done * 1000 / total));
    } else {
        m_ui->buildProgress->setRange(0, 0);
    }
    m_ui->buildProgress->setFormat(phase + QStringLiteral(" %p%"));
    m_ui->buildProgress->setToolTip(phase);
}

void BuildPage::onBuildFinished()
{
    m_ui->buildProgress->hide();
    m_ui->cancelBuildButton->hide();
    const models::BuildOutcomePtr outcome = m_dataset->outcome();
    m_ui->scrubReportButton->setVisible(outcome && outcome->error.empty() && outcome->pass.scrubbed);
    updateSummary();
    m_previewDelay.start();
}

void BuildPage::updateSummary()
{
    const QLocale locale;
    const int rows = m_dataset->records()->count();
    if (m_dataset->isBuilding()) {
        m_ui->summaryLabel->setText(tr("Building… %1 records so far").arg(locale.toString(rows)));
        return;
    }
    const models::BuildOutcomePtr outcome = m_dataset->outcome();
    if (!outcome) {
        m_ui->summaryLabel->setText(m_session->isOpen() ? tr("Not built yet.") : QString());
        return;
    }
    if (!outcome->error.empty()) {
        m_ui->summaryLabel->setText(tr("The records could not be built: %1").arg(QString::fromStdString(outcome->error)));
        return;
    }
    const core::BuildSummary &summary = outcome->pass.summary;
    QStringList skipped;
    for (const auto &[reason, count] : summary.skipped)
        skipped << tr("%1 %2").arg(locale.toString(static_cast<qulonglong>(count)), QString::fromStdString(reason));
    if (outcome->pass.unwritable > 0)
        skipped << tr("%1 the format cannot hold (%2)")
                       .arg(locale.toString(static_cast<qulonglong>(outcome->pass.unwritable)), QString::fromStdString(outcome->pass.firstUnwritable));
    if (outcome->pass.droppedByFixes > 0)
        skipped << tr("%1 dropped by fixes").arg(locale.toString(static_cast<qulonglong>(outcome->pass.droppedByFixes)));
    QString text = tr("%1 records from %2 messages.")
                       .arg(locale.toString(rows), locale.toString(static_cast<qulonglong>(summary.messagesRead)));
    if (!skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped: %1.").arg(skipped.join(QStringLiteral(", ")));
    if (outcome->pass.scrubbed) {
        const core::ScrubReport &scrub = outcome->pass.scrub;
        text += QLatin1Char(' ')
            + tr("Scrubbed: %1 replacements in %2 records.")
                  .arg(locale.toString(static_cast<qulonglong>(scrub.total())), locale.toString(static_cast<qulonglong>(scrub.recordsChanged())));
    }
    m_ui->summaryLabel->setText(text);
}

void BuildPage::onCurrentRowChanged()
{
    const models::RecordRow *row = m_dataset->records()->row(m_ui->recordTable->currentIndex().row());
    if (row)
        m_dataset->setCurrentOrdinal(static_cast<std::int64_t>(row->ordinal));
    m_previewDelay.start();
}

void BuildPage::selectRecord(quint64 ordinal)
{
    const int row = m_dataset->records()->rowOfOrdinal(ordinal);
    if (row < 0)
        return;
    const QModelIndex index = m_dataset->records()->index(row, 0);
    if (m_ui->recordTable->currentIndex().row() != row)
        m_ui->recordTable->setCurrentIndex(index);
    m_ui->recordTable->scrollTo(index);
}

void BuildPage::requestPreview()
{
    const models::RecordRow *row = m_dataset->records()->row(m_ui->recordTable->currentIndex().row());
    if (!row || !m_session->isOpen()) {
        m_ui->previewText->clear();
        m_ui->previewTokensLabel->clear();
        m_anchorKey.clear();
        return;
    }
    const quint64 job = m_previewJob.start();
    const std::string conversation = m_dataset->records()->conversationKey(*row).toStdString();
    const std::int64_t anchor = row->anchorMessageId;
    m_ui->previewStatusLabel->setText(tr("Updating…"));
    m_worker->run<core::RecordPreview>(
        [settings = m_dataset->settings(), conversation, anchor, wanted = m_previewJob.stillWanted(job)](
            const core::Store *store, const std::string &error) {
            core::RecordPreview preview;
            if (!store) {
                preview.error = error;
                return preview;
            }
            if (!wanted())
                return preview; // a newer preview is queued
            return core::previewRecord(*store, settings, conversation, anchor);
        },
        [this, job](core::RecordPreview preview) {
            if (m_previewJob.isLatest(job))
                showPreview(preview);
        });
}

void BuildPage::showPreview(const core::RecordPreview &preview)
{
    if (!preview.error.empty()) {
        m_ui->previewText->clear();
        m_ui->previewTokensLabel->clear();
        m_ui->previewStatusLabel->setText(tr("The preview could not be built: %1").arg(QString::fromStdString(preview.error)));
        return;
    }
    m_ui->previewText->setPlainText(QString::fromStdString(preview.line));
    m_anchorKey = QString::fromStdString(preview.anchorMessageKey);
    m_ui->previewTokensLabel->setText(preview.found ? tr("<b>%1 tokens</b> (%2)")
                                                          .arg(QLocale().toString(static_cast<qulonglong>(preview.tokens)),
                                                               QString::fromStdString(preview.encoding))
                                                    : QString());
    QString status = QString::fromStdString(preview.note);
    if (!m_dataset->settings().fixes.empty())
        status = (status.isEmpty() ? QString() : status + QLatin1Char(' '))
            + tr("The fixes chosen on Check & Export are applied to the whole dataset when it is written.");
    m_ui->previewStatusLabel->setText(status);
}

ScrubReportDialog *BuildPage::showScrubReport()
{
    const models::BuildOutcomePtr outcome = m_dataset->outcome();
    if (!outcome || !outcome->pass.scrubbed)
        return nullptr;
    // The dialog reads the report once; a later build does not change what it shows.
    auto *dialog = new ScrubReportDialog(outcome->pass.scrub, this);
    dialog->setObjectName(QStringLiteral("scrubReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScrubReportDialog::recordRequested, this, &BuildPage::selectRecord);
    dialog->show();
    return dialog;
}

void BuildPage::showSelectedInBrowse()
{
    const models::RecordRow *row = m_dataset->records()->row(m_ui->recordTable->currentIndex().row());
    if (!row || !m_session->store())
        return;
    // One row by id: cheap enough for the GUI thread.
    const auto messages = m_session->store()->messagesByIds({row->anchorMessageId});
    if (!messages.empty())
        Q_EMIT messageRequested(QString::fromStdString(messages.front().key));
}

void BuildPage::fitRecipePane()
{
    const int scrollBar = m_ui->recipeScroll->verticalScrollBar()->sizeHint().width();
    const int width = m_ui->recipeForm->minimumSizeHint().width() + scrollBar + 2 * m_ui->recipeScroll->frameWidth();
    if (m_ui->recipeScroll->minimumWidth() != width)
        m_ui->recipeScroll->setMinimumWidth(width);
}

bool BuildPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->recipeForm && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
        fitRecipePane();
    if (watched == m_ui->recordTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            showSelectedInBrowse();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tb::gui
