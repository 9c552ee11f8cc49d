#include "checkpage.h"

#include "backgroundtask.h"
#include "dataset/datasetsplit.h"
#include "exportdialog.h"
#include "models/dataset/costmodel.h"
#include "build/buildjobs.h"
#include "build/buildpipeline.h"
#include "models/dataset/datasetsession.h"
#include "models/dataset/recordlistmodel.h"
#include "models/dataset/snapshotmodel.h"
#include "models/dataset/validationmodel.h"
#include "models/projectsession.h"
#include "tokenhistogram.h"
#include "ui_checkpage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace tb::gui {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString number(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

using FreezeOutcome = core::Result<core::SnapshotInfo>;

} // namespace

CheckPage::CheckPage(models::ProjectSession *session, models::DatasetSession *dataset, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckPage>())
    , m_session(session)
    , m_dataset(dataset)
    , m_findings(new models::ValidationModel(this))
    , m_costs(new models::CostModel(this))
    , m_snapshots(new models::SnapshotModel(session, this))
    , m_histogram(new TokenHistogram)
{
    m_ui->setupUi(this);
    m_ui->checkSplitter->setSizes({500, 620});
    auto *chartLayout = new QVBoxLayout(m_ui->histogramContainer);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_histogram);
    m_ui->checkProgress->hide();

    m_ui->findingsView->setModel(m_findings);
    m_ui->findingsView->header()->setSectionResizeMode(models::ValidationModel::MessageColumn, QHeaderView::Stretch);
    m_ui->findingsView->header()->setStretchLastSection(true);
    m_ui->findingsView->setColumnWidth(models::ValidationModel::SeverityColumn, fontMetrics().horizontalAdvance(QStringLiteral("Warning")) + 40);
    m_ui->findingsView->setColumnWidth(models::ValidationModel::RecordColumn, fontMetrics().horizontalAdvance(QStringLiteral("Record")) + 20);
    m_ui->findingsView->setColumnWidth(models::ValidationModel::RuleColumn, fontMetrics().horizontalAdvance(QStringLiteral("missing-assistant")) + 16);
    m_ui->costTable->setModel(m_costs);
    m_ui->costTable->verticalHeader()->hide();
    m_ui->costTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Every column fits without scrolling sideways: the model names take what the figures leave.
    m_ui->costTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->costTable->horizontalHeader()->setSectionResizeMode(models::CostModel::ModelColumn, QHeaderView::Stretch);
    m_ui->costTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->costTable->setWordWrap(false);
    m_ui->snapshotTable->setModel(m_snapshots);
    m_ui->snapshotTable->verticalHeader()->hide();
    m_ui->snapshotTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->snapshotTable->horizontalHeader()->setStretchLastSection(true);

    for (core::ExportFormat format : {core::ExportFormat::Chat, core::ExportFormat::Dpo, core::ExportFormat::PromptCompletion,
                                      core::ExportFormat::ShareGpt, core::ExportFormat::Alpaca, core::ExportFormat::Kto})
        m_ui->formatCombo->addItem(qs(core::toString(format)), static_cast<int>(format));
    if (const core::ModelCatalog *catalog = core::bundledCatalog()) {
        for (const core::CatalogModel &model : catalog->models())
            m_ui->modelCombo->addItem(qs(model.displayName.empty() ? model.id : model.displayName), qs(model.id));
    }

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &CheckPage::onSettingsEdited);
    connect(m_ui->modelCombo, &QComboBox::currentIndexChanged, this, &CheckPage::onSettingsEdited);
    connect(m_ui->epochsSpin, &QSpinBox::valueChanged, this, &CheckPage::onSettingsEdited);
    connect(m_ui->validationFractionSpin, &QSpinBox::valueChanged, this, &CheckPage::onSettingsEdited);
    connect(m_ui->seedSpin, &QSpinBox::valueChanged, this, &CheckPage::onSettingsEdited);
    connect(m_ui->findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CheckPage::onFindingSelected);
    connect(m_ui->findingsView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const qlonglong ordinal = index.data(models::ValidationModel::OrdinalRole).toLongLong();
        if (ordinal >= 0)
            Q_EMIT recordRequested(static_cast<quint64>(ordinal));
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CheckPage::openExportDialog);
    connect(m_ui->freezeButton, &QPushButton::clicked, this, &CheckPage::askFreeze);
    m_ui->exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    connect(m_dataset, &models::DatasetSession::settingsChanged, this, [this] {
        m_updating = true;
        const core::BuildSettings &settings = m_dataset->settings();
        m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(settings.format)));
        if (const core::CatalogModel *model = core::chosenModel(settings))
            m_ui->modelCombo->setCurrentIndex(m_ui->modelCombo->findData(qs(model->id)));
        m_ui->epochsSpin->setValue(settings.epochs);
        m_ui->validationFractionSpin->setValue(qRound(settings.validFraction * 100));
        m_ui->seedSpin->setValue(static_cast<int>(settings.seed));
        m_updating = false;
        updateStats();
    });
    connect(m_dataset, &models::DatasetSession::buildStarted, this, [this] {
        m_ui->checkProgress->setRange(0, 0);
        m_ui->checkProgress->show();
        m_ui->datasetLabel->setText(tr("Building and checking the records…"));
        for (QPushButton *button : std::as_const(m_fixButtons))
            button->setEnabled(false);
    });
    connect(m_dataset, &models::DatasetSession::buildProgress, this, [this](quint64 done, quint64 total, const QString &phase) {
        if (total > 0) {
            m_ui->checkProgress->setRange(0, 1000);
            m_ui->checkProgress->setValue(static_cast<int>(done * 1000 / total));
        }
        m_ui->checkProgress->setFormat(phase + QStringLiteral(" %p%"));
    });
    connect(m_dataset, &models::DatasetSession::buildFinished, this, &CheckPage::onBuildFinished);
    onBuildFinished();
}

CheckPage::~CheckPage()
{
    if (m_freezeCancel)
        *m_freezeCancel = true;
    if (m_freezeThread)
        m_freezeThread->wait();
}

bool CheckPage::isExporting() const
{
    return (m_exportDialog && m_exportDialog->isRunning()) || m_freezeThread;
}

void CheckPage::onSettingsEdited()
{
    if (m_updating)
        return;
    core::BuildSettings settings = m_dataset->settings();
    settings.format = static_cast<core::ExportFormat>(m_ui->formatCombo->currentData().toInt());
    settings.modelId = m_ui->modelCombo->currentData().toString().toStdString();
    settings.epochs = m_ui->epochsSpin->value();
    settings.validFraction = m_ui->validationFractionSpin->value() / 100.0;
    settings.seed = static_cast<std::uint64_t>(m_ui->seedSpin->value());
    m_dataset->setSettings(settings);
}

void CheckPage::onBuildFinished()
{
    m_ui->checkProgress->setVisible(m_dataset->isBuilding());
    const models::BuildOutcomePtr outcome = m_dataset->outcome();
    m_findings->setOutcome(outcome && outcome->error.empty() ? outcome : nullptr);
    if (!outcome) {
        m_ui->datasetLabel->setText(m_session->isOpen() ? tr("No records built yet: choose a recipe on the Build page.") : QString());
        m_ui->validationSummaryLabel->clear();
    } else if (!outcome->error.empty()) {
        m_ui->datasetLabel->setText(tr("The records could not be built: %1").arg(qs(outcome->error)));
        m_ui->validationSummaryLabel->clear();
    } else {
        m_ui->datasetLabel->setText(tr("<b>%1</b>: %2 records, checked as <b>%3</b> for <b>%4</b>.")
                                        .arg(qs(core::displayName(outcome->settings.kind)), number(outcome->ordinals.size()),
                                             qs(core::toString(outcome->settings.format)), qs(outcome->modelId)));
        m_ui->validationSummaryLabel->setText(outcome->errors + outcome->warnings + outcome->infos == 0
                                                  ? tr("No problems found.")
                                                  : tr("%1, %2, %3.")
                                                        .arg(outcome->errors == 1 ? tr("1 error") : tr("%1 errors").arg(number(outcome->errors)),
                                                             outcome->warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(number(outcome->warnings)),
                                                             outcome->infos == 1 ? tr("1 note") : tr("%1 notes").arg(number(outcome->infos))));
    }
    updateStats();
    updateFixButtons();
    const QString split = tr("Validation share of the export and the freeze.");
    m_ui->splitSummaryLabel->setText(outcome && outcome->error.empty()
                                         ? tr("%1 for validation").arg(number(core::DatasetSplit::validCountFor(outcome->ordinals.size(), m_dataset->settings().validFraction)))
                                         : QString());
    m_ui->splitGroup->setToolTip(split);
}

void CheckPage::updateStats()
{
    const models::BuildOutcomePtr outcome = m_dataset->outcome();
    const core::ModelCatalog *catalog = core::bundledCatalog();
    if (!outcome || !outcome->error.empty() || !catalog) {
        m_ui->examplesValue->clear();
        m_ui->tokensValue->clear();
        m_ui->billedValue->clear();
        m_histogram->clear();
        m_costs->setEstimates({});
        m_ui->costNoteLabel->clear();
        return;
    }
    const core::TokenStats &stats = outcome->stats;
    m_ui->examplesValue->setText(number(stats.examples));
    m_ui->tokensValue->setText(tr("min %1 · median %2 · p95 %3 · max %4 (total %5)")
                                   .arg(number(stats.min), number(stats.median), number(stats.p95), number(stats.max), number(stats.total)));
    m_histogram->setStats(stats, outcome->limit);

    const int chosenEpochs = m_dataset->settings().epochs;
    const std::optional<int> epochs = chosenEpochs > 0 ? std::optional<int>(chosenEpochs) : std::nullopt;
    std::vector<core::CostEstimate> estimates = core::estimateCosts(*catalog, outcome->tokensByEncoding, epochs);
    const core::CatalogModel *model = catalog->find(outcome->modelId);
    if (model) {
        const auto tokens = outcome->tokensByEncoding.find(model->encoding);
        if (tokens != outcome->tokensByEncoding.end()) {
            const core::CostEstimate mine = core::estimateCost(*catalog, *model, tokens->second, epochs);
            const QString perEpoch = number(core::billedTokensPerEpoch(tokens->second, mine.limit));
            m_ui->billedValue->setText(tr("%1 per epoch × %2 epochs%3 = <b>%4</b> for %5")
                                           .arg(perEpoch)
                                           .arg(mine.epochs)
                                           .arg(mine.epochsFromHeuristic ? tr(" (OpenAI's default for this many examples)") : QString())
                                           .arg(number(mine.billedTokens), qs(model->id)));
        }
    }
    m_costs->setEstimates(std::move(estimates));
    std::set<std::string> dates;
    for (const core::CostEstimate &e : m_costs->estimates()) {
        if (e.price.known() && !e.price.date.empty())
            dates.insert(e.price.date);
    }
    QStringList dateList;
    for (const std::string &date : dates)
        dateList << qs(date);
    m_ui->costNoteLabel->setText(
        tr("Estimates: billed tokens × the price per 1M training tokens, as of %1, verify on the provider's pricing page. "
           "\"unknown\": the provider publishes no price for this model.")
            .arg(dateList.isEmpty() ? tr("an unknown date") : dateList.join(QStringLiteral(", "))));
}

void CheckPage::updateFixButtons()
{
    qDeleteAll(m_fixButtons);
    m_fixButtons.clear();
    const models::BuildOutcomePtr outcome = m_dataset->outcome();
    const std::set<core::DatasetFix> chosen = m_dataset->settings().fixes;
    auto add = [this](const QString &text, const QString &name, const std::function<void()> &action) {
        auto *button = new QPushButton(text, m_ui->fixBar);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, action);
        // Before the spacer: the buttons line up on the left.
        m_ui->fixBarLayout->insertWidget(m_ui->fixBarLayout->count() - 1, button);
        m_fixButtons << button;
    };
    if (outcome && outcome->error.empty()) {
        const core::FixPlan &plan = outcome->plan;
        const std::size_t dups = plan.duplicates.size(), longOnes = plan.tooLong.size();
        if (dups > 0)
            add(dups == 1 ? tr("Drop 1 duplicate") : tr("Drop %1 duplicates").arg(number(dups)), QStringLiteral("fixDropDuplicates"),
                [this] { applyFix(static_cast<int>(core::DatasetFix::DropDuplicates)); });
        if (longOnes > 0) {
            add(longOnes == 1 ? tr("Truncate 1 long example") : tr("Truncate %1 long examples").arg(number(longOnes)),
                QStringLiteral("fixTruncateLong"), [this] { applyFix(static_cast<int>(core::DatasetFix::TruncateLong)); });
            add(longOnes == 1 ? tr("Drop 1 long example") : tr("Drop %1 long examples").arg(number(longOnes)),
                QStringLiteral("fixDropLong"), [this] { applyFix(static_cast<int>(core::DatasetFix::DropLong)); });
        }
        if (!plan.missingSeparator.empty())
            add(tr("Add separator (%1)").arg(number(plan.missingSeparator.size())), QStringLiteral("fixAddSeparator"),
                [this] { applyFix(static_cast<int>(core::DatasetFix::AddSeparator)); });
        if (!plan.missingLeadingSpace.empty())
            add(tr("Add leading space (%1)").arg(number(plan.missingLeadingSpace.size())), QStringLiteral("fixAddLeadingSpace"),
                [this] { applyFix(static_cast<int>(core::DatasetFix::AddLeadingSpace)); });
    }
    if (!chosen.empty()) {
        QStringList names;
        for (core::DatasetFix fix : chosen)
            names << qs(core::toString(fix));
        add(tr("Undo fixes (%1)").arg(names.join(QStringLiteral(", "))), QStringLiteral("fixClear"), [this] {
            core::BuildSettings settings = m_dataset->settings();
            settings.fixes.clear();
            m_dataset->setSettings(settings);
        });
    }
    m_ui->fixesLabel->setText(m_fixButtons.isEmpty() ? tr("No fixes needed.") : tr("Fixes:"));
}

void CheckPage::applyFix(int fix)
{
    core::BuildSettings settings = m_dataset->settings();
    settings.fixes.insert(static_cast<core::DatasetFix>(fix));
    m_dataset->setSettings(settings);
    m_dataset->rebuild(); // at once: the button was the user's last word
}

void CheckPage::onFindingSelected()
{
    const QModelIndex current = m_ui->findingsView->currentIndex();
    const qlonglong ordinal = current.data(models::ValidationModel::OrdinalRole).toLongLong();
    const QString message = m_findings->index(current.row(), models::ValidationModel::MessageColumn).data().toString();
    if (!current.isValid()) {
        m_ui->recordText->clear();
        return;
    }
    if (ordinal < 0) {
        m_ui->recordText->setPlainText(message);
        return;
    }
    m_dataset->setCurrentOrdinal(ordinal);
    const int row = m_dataset->records()->rowOfOrdinal(static_cast<std::uint64_t>(ordinal));
    const models::RecordRow *record = m_dataset->records()->row(row);
    QString text = tr("Record %1").arg(number(static_cast<std::uint64_t>(ordinal + 1)));
    if (record)
        text += tr(" (%1 tokens): %2").arg(number(record->tokens), QString::fromStdString(record->preview));
    m_ui->recordText->setPlainText(text + QStringLiteral("\n") + message);
}

ExportDialog *CheckPage::openExportDialog()
{
    if (!m_session->isOpen())
        return nullptr;
    if (!m_exportDialog) {
        m_exportDialog = new ExportDialog(m_session->path(), m_dataset->settings(), this);
        m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_exportDialog->setObjectName(QStringLiteral("exportDialog"));
    }
    m_exportDialog->show();
    m_exportDialog->raise();
    return m_exportDialog;
}

void CheckPage::askFreeze()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Freeze Dataset"),
                                               tr("Name of the frozen dataset (training jobs refer to it by this name):"),
                                               QLineEdit::Normal,
                                               tr("%1 %2").arg(qs(core::toString(m_dataset->settings().kind)),
                                                               QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm"))),
                                               &ok);
    if (ok && !name.trimmed().isEmpty())
        freeze(name.trimmed());
}

void CheckPage::freeze(const QString &name)
{
    if (m_freezeThread || !m_session->isOpen())
        return;
    m_freezeCancel = std::make_shared<std::atomic_bool>(false);
    m_ui->freezeButton->setEnabled(false);
    m_ui->datasetLabel->setText(tr("Freezing \"%1\"…").arg(name));
    m_freezeThread = runInBackground<FreezeOutcome>(
        this,
        [project = m_session->path().toStdString(), settings = m_dataset->settings(), name = name.toStdString(), cancel = m_freezeCancel]() -> FreezeOutcome {
            try {
                return core::freezeBuild(project, settings, name, {}, cancel.get());
            } catch (const std::exception &e) {
                return core::Error{std::string("freezing failed: ") + e.what()};
            }
        },
        [this](FreezeOutcome result) {
            m_freezeThread = nullptr;
            m_ui->freezeButton->setEnabled(true);
            onBuildFinished();
            if (!result) {
                QMessageBox::warning(this, tr("Cannot freeze the dataset"), QString::fromStdString(result.error().message));
                return;
            }
            m_snapshots->reload();
            m_ui->snapshotTable->selectRow(m_snapshots->rowCount() - 1);
            m_ui->datasetLabel->setText(tr("Frozen as \"%1\": %2 records, content hash sha256 %3")
                                            .arg(QString::fromStdString(result->name), number(result->recordCount),
                                                 QString::fromStdString(result->sha256)));
        });
}

} // namespace tb::gui
