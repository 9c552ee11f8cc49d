#include "exportdialog.h"

#include "backgroundtask.h"
#include "build/buildjobs.h"
#include "ui_exportdialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace tb::gui {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString formatLabel(core::ExportFormat format)
{
    switch (format) {
    case core::ExportFormat::Chat:
        return ExportDialog::tr("OpenAI chat (messages)");
    case core::ExportFormat::Dpo:
        return ExportDialog::tr("OpenAI DPO (preferred / non-preferred)");
    case core::ExportFormat::PromptCompletion:
        return ExportDialog::tr("Prompt / completion (legacy)");
    case core::ExportFormat::ShareGpt:
        return ExportDialog::tr("ShareGPT (conversations)");
    case core::ExportFormat::Alpaca:
        return ExportDialog::tr("Alpaca (instruction / output)");
    case core::ExportFormat::Kto:
        return ExportDialog::tr("KTO (kto_tag)");
    }
    return {};
}

using WriteOutcome = core::Result<core::WriteResult>;

} // namespace

ExportDialog::ExportDialog(const QString &projectPath, const core::BuildSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_projectPath(projectPath)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    for (core::ExportFormat format : {core::ExportFormat::Chat, core::ExportFormat::Dpo, core::ExportFormat::PromptCompletion,
                                      core::ExportFormat::ShareGpt, core::ExportFormat::Alpaca, core::ExportFormat::Kto})
        m_ui->formatCombo->addItem(QStringLiteral("%1 — %2").arg(formatLabel(format), qs(core::toString(format))), static_cast<int>(format));
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(settings.format)));
    m_ui->scrubCheck->setChecked(settings.scrub);
    m_ui->splitCheck->setChecked(settings.validFraction > 0);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->fileEdit->setText(dir + QStringLiteral("/%1.jsonl").arg(qs(core::toString(settings.kind))));
    m_ui->exportProgress->hide();
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportStartButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->browseButton, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->splitCheck, &QCheckBox::toggled, this, &ExportDialog::updateSplitText);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateSplitText);
    updateSplitText();
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_ui->fileEdit->text(), tr("JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ExportDialog::updateSplitText()
{
    if (!m_ui->splitCheck->isChecked() || m_settings.validFraction <= 0) {
        m_ui->splitLabel->setText(m_ui->splitCheck->isChecked()
                                      ? tr("The validation share is 0 % (set it on the page): everything goes to one file.")
                                      : tr("Every record goes to one file."));
        return;
    }
    m_ui->splitLabel->setText(tr("%1 % of the records (seed %2) go to %3.")
                                  .arg(qRound(m_settings.validFraction * 100))
                                  .arg(m_settings.seed)
                                  .arg(QString::fromStdString(core::validationPathFor(m_ui->fileEdit->text().toStdString()))));
}

void ExportDialog::setRunning(bool running)
{
    m_exportButton->setEnabled(!running);
    m_ui->formatCombo->setEnabled(!running);
    m_ui->fileEdit->setEnabled(!running);
    m_ui->browseButton->setEnabled(!running);
    m_ui->splitCheck->setEnabled(!running);
    m_ui->scrubCheck->setEnabled(!running);
    m_ui->exportProgress->setVisible(running);
}

void ExportDialog::startExport()
{
    if (m_thread)
        return;
    const QString trainPath = m_ui->fileEdit->text().trimmed();
    if (trainPath.isEmpty()) {
        m_ui->statusLabel->setText(tr("Choose the file to write."));
        return;
    }
    core::BuildSettings settings = m_settings;
    settings.format = static_cast<core::ExportFormat>(m_ui->formatCombo->currentData().toInt());
    settings.scrub = m_ui->scrubCheck->isChecked();
    const bool split = m_ui->splitCheck->isChecked() && settings.validFraction > 0;
    const QString validPath = split ? QString::fromStdString(core::validationPathFor(trainPath.toStdString())) : QString();

    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic<quint64>>(0);
    m_total = std::make_shared<std::atomic<quint64>>(0);
    setRunning(true);
    m_ui->exportProgress->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Writing…"));
    // The worker only counts; the bar reads the counts on a timer (no signal per record).
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this] {
        const quint64 total = *m_total;
        if (total > 0) {
            m_ui->exportProgress->setRange(0, 1000);
            m_ui->exportProgress->setValue(static_cast<int>(*m_done * 1000 / total));
        }
    });
    poll->start(100);
    m_thread = runInBackground<WriteOutcome>(
        this,
        [project = m_projectPath.toStdString(), settings, train = trainPath.toStdString(), valid = validPath.toStdString(),
         cancel = m_cancel, done = m_done, total = m_total]() -> WriteOutcome {
            try {
                return core::exportBuild(project, settings, train, valid,
                                             [done, total](std::uint64_t d, std::uint64_t t) {
                                                 *done = d;
                                                 *total = t;
                                             },
                                             cancel.get());
            } catch (const std::exception &e) {
                return core::Error{std::string("the export failed: ") + e.what()};
            }
        },
        [this, poll, trainPath, validPath](WriteOutcome result) {
            poll->deleteLater();
            m_thread = nullptr;
            setRunning(false);
            if (*m_cancel) {
                m_ui->statusLabel->setText(tr("Cancelled: nothing was written."));
                return;
            }
            if (!result) {
                m_ui->statusLabel->setText(tr("The export failed: %1").arg(QString::fromStdString(result.error().message)));
                return;
            }
            const QLocale locale;
            QString text = tr("Wrote %1 records to %2").arg(locale.toString(static_cast<qulonglong>(result->trainRecords)), trainPath);
            if (!validPath.isEmpty())
                text += tr(" and %1 to %2").arg(locale.toString(static_cast<qulonglong>(result->validRecords)), validPath);
            text += QLatin1Char('.');
            if (result->skipped > 0)
                text += QLatin1Char(' ') + tr("%1 records were left out: %2").arg(locale.toString(static_cast<qulonglong>(result->skipped)),
                                                                                 QString::fromStdString(result->firstSkipReason));
            m_ui->statusLabel->setText(text);
            m_trainPath = trainPath;
            m_validPath = validPath;
            m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            Q_EMIT exported(trainPath, validPath);
        });
}

void ExportDialog::reject()
{
    if (m_thread) {
        // First Cancel stops the export; the dialog stays to say so.
        *m_cancel = true;
        m_ui->statusLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace tb::gui
