#include "importpreviewview.h"

#include "models/counttext.h"
#include "models/findingsfiltermodel.h"
#include "models/findingsmodel.h"
#include "models/previewparticipantsmodel.h"
#include "ui_importpreviewview.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace tb::gui {

namespace {

QString number(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

QString orderText(core::DateOrder order)
{
    switch (order) {
    case core::DateOrder::MonthDayYear:
        return ImportPreviewView::tr("month/day/year");
    case core::DateOrder::YearMonthDay:
        return ImportPreviewView::tr("year/month/day");
    default:
        return ImportPreviewView::tr("day/month/year");
    }
}

QString why(const core::DateOrderDecision &d)
{
    using Basis = core::DateOrderDecision::Basis;
    switch (d.basis) {
    case Basis::MonthName:
        return ImportPreviewView::tr("the months are written as names");
    case Basis::YearFirst:
        return ImportPreviewView::tr("the year comes first");
    case Basis::Requested:
        return ImportPreviewView::tr("as requested");
    case Basis::FieldOver12:
        return ImportPreviewView::tr("a day above 12 shows the order");
    case Basis::TimeOrder:
        return ImportPreviewView::tr("only this order keeps the messages in time order");
    case Basis::Contradiction:
        return ImportPreviewView::tr("the dates contradict each other; dates impossible in this order get no time");
    case Basis::Default:
        break;
    }
    return ImportPreviewView::tr("nothing in the chat decides it");
}

QString where(const core::DateOrderDecision &d)
{
    const QString file = QFileInfo(QString::fromStdString(d.file)).fileName();
    const QString lines = d.firstLine == d.lastLine
        ? ImportPreviewView::tr("line %1").arg(d.firstLine)
        : ImportPreviewView::tr("lines %1–%2").arg(d.firstLine).arg(d.lastLine);
    return ImportPreviewView::tr("%1, %2, dates written “%3”").arg(file, lines, QString::fromStdString(d.layout));
}

} // namespace

ImportPreviewView::ImportPreviewView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImportPreviewView>())
    , m_participants(new models::PreviewParticipantsModel(this))
    , m_findings(new models::FindingsModel(this))
    , m_findingsSorted(new models::FindingsFilterModel(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->pathLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *participantsSorted = new QSortFilterProxyModel(this);
    participantsSorted->setSourceModel(m_participants);
    participantsSorted->setSortRole(models::PreviewParticipantsModel::SortRole);
    m_ui->participantsView->setModel(participantsSorted);
    m_ui->participantsView->sortByColumn(models::PreviewParticipantsModel::MessagesColumn, Qt::DescendingOrder);
    m_ui->participantsView->verticalHeader()->hide();
    m_ui->participantsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->participantsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_findingsSorted->setSourceModel(m_findings);
    m_ui->findingsView->setModel(m_findingsSorted);
    m_ui->findingsView->setColumnHidden(models::FindingsModel::SourceColumn, true); // one export: always the same
    m_ui->findingsView->sortByColumn(models::FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_ui->findingsView->verticalHeader()->hide();
    m_ui->findingsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->findingsView->setWordWrap(false);

    m_ui->dateOrderCombo->addItem(
        orderText(core::DateOrder::DayMonthYear), static_cast<int>(core::DateOrder::DayMonthYear));
    m_ui->dateOrderCombo->addItem(
        orderText(core::DateOrder::MonthDayYear), static_cast<int>(core::DateOrder::MonthDayYear));
    connect(m_ui->dateOrderCombo, &QComboBox::activated, this,
        [this] { Q_EMIT dateOrderChosen(static_cast<core::DateOrder>(m_ui->dateOrderCombo->currentData().toInt())); });
    setBanner(Banner::None, {});
    clearDetails();
}

ImportPreviewView::~ImportPreviewView() = default;

QString ImportPreviewView::formatDay(std::int64_t ms)
{
    // A month name, never 03/04: this page is where people check the day/month order.
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(), QStringLiteral("d MMM yyyy"));
}

void ImportPreviewView::clearDetails()
{
    for (QLabel *value : { m_ui->formatValue, m_ui->filesValue, m_ui->messagesValue, m_ui->conversationsValue,
             m_ui->participantsValue, m_ui->dateRangeValue, m_ui->findingsValue })
        value->setText(QStringLiteral("…"));
    m_ui->dateOrderGroup->hide();
    m_participants->setParticipants({});
    m_findings->setFindings({});
}

void ImportPreviewView::showReading(const QString &path)
{
    const QFileInfo info(path);
    m_ui->titleLabel->setText(info.fileName().isEmpty() ? path : info.fileName());
    m_ui->pathLabel->setText(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_ui->detailsWidget->show();
    clearDetails();
}

void ImportPreviewView::showPreview(const core::ImportPreview &p)
{
    showReading(QString::fromStdString(p.path));
    if (p.problem != core::ImportPreview::Problem::None) {
        // Nothing was read: the banner says why and what to do; empty numbers would only distract.
        m_ui->detailsWidget->hide();
        return;
    }
    m_ui->formatValue->setText(p.formatForced
            ? tr("%1 (as chosen)").arg(QString::fromStdString(p.formatName))
            : tr("%1 (recognised by its content)").arg(QString::fromStdString(p.formatName)));
    const QString size = QLocale().formattedDataSize(static_cast<qint64>(p.bytes));
    m_ui->filesValue->setText(p.filesRead == p.files
            ? tr("%1, %2").arg(models::countText(p.files, tr("1 file"), tr("%1 files")), size)
            : tr("%1 of %2 read, %3")
                  .arg(number(p.filesRead), models::countText(p.files, tr("1 file"), tr("%1 files")), size));
    QString messages = number(p.messages);
    if (p.messagesWithoutTime)
        messages += tr(" (%1 without a date)").arg(number(p.messagesWithoutTime));
    m_ui->messagesValue->setText(messages);

    QStringList names;
    for (std::size_t i = 0; i < p.conversations.size() && i < 3; ++i)
        names << QString::fromStdString(p.conversations[i].name);
    QString conversations = number(p.conversations.size());
    if (!names.isEmpty())
        conversations += QStringLiteral(": ") + names.join(QStringLiteral(", "));
    if (p.conversations.size() > 3)
        conversations += tr(" and %1 more").arg(number(p.conversations.size() - 3));
    m_ui->conversationsValue->setText(conversations);

    const auto writers
        = std::count_if(p.participants.begin(), p.participants.end(), [](const auto &x) { return x.messages > 0; });
    m_ui->participantsValue->setText(static_cast<std::size_t>(writers) == p.participants.size()
            ? number(p.participants.size())
            : tr("%1 (%2 wrote messages)").arg(number(p.participants.size()), number(writers)));
    m_ui->dateRangeValue->setText(p.firstMs && p.lastMs ? tr("%1 – %2").arg(formatDay(*p.firstMs), formatDay(*p.lastMs))
                                                        : tr("no message has a date"));

    const auto errors = p.count(core::Severity::Error), warnings = p.count(core::Severity::Warning),
               notes = p.count(core::Severity::Info);
    QStringList problems;
    if (errors)
        problems << models::countText(errors, tr("1 error"), tr("%1 errors"));
    if (warnings)
        problems << models::countText(warnings, tr("1 warning"), tr("%1 warnings"));
    if (notes)
        problems << models::countText(notes, tr("1 note"), tr("%1 notes"));
    m_ui->findingsValue->setText(problems.isEmpty() ? tr("none") : problems.join(QStringLiteral(", ")));
    m_ui->detailTabs->setTabText(
        1, p.findings.empty() ? tr("Fi&ndings") : tr("Fi&ndings (%1)").arg(number(p.findings.size())));

    m_participants->setParticipants(p.participants);
    std::vector<core::SourceFinding> rows;
    rows.reserve(p.findings.size());
    for (const auto &f : p.findings)
        rows.push_back({ 0, p.path, p.format, 0, f });
    m_findings->setFindings(std::move(rows));
    // Whole reasons are worth the height while there are few; thousands of rows stay one line each
    // (measuring every row's height would stall the window) with the reason in the tooltip.
    constexpr std::size_t kWrapRows = 300;
    const bool wrap = p.findings.size() <= kWrapRows;
    m_ui->findingsView->setWordWrap(wrap);
    m_ui->findingsView->verticalHeader()->setSectionResizeMode(
        wrap ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    m_ui->participantsView->resizeColumnToContents(models::PreviewParticipantsModel::NameColumn);
    m_ui->findingsView->resizeColumnToContents(models::FindingsModel::SeverityColumn);
    m_ui->findingsView->resizeColumnToContents(models::FindingsModel::LocationColumn);
    // Problems first when there are any worth a look.
    m_ui->detailTabs->setCurrentIndex(errors + warnings > 0 ? 1 : 0);
    showDateOrders(p);
}

void ImportPreviewView::showDateOrders(const core::ImportPreview &p)
{
    m_ui->dateOrderGroup->setVisible(!p.dateOrders.empty());
    if (p.dateOrders.empty())
        return;
    const core::DateOrderDecision *ambiguous = p.ambiguousDateOrder();
    m_ui->dateOrderCombo->setVisible(ambiguous != nullptr);
    m_ui->dateOrderChoiceLabel->setVisible(ambiguous != nullptr);
    QString text;
    if (ambiguous) {
        const int index = m_ui->dateOrderCombo->findData(static_cast<int>(ambiguous->order));
        m_ui->dateOrderCombo->setCurrentIndex(qMax(0, index));
        text = ambiguous->basis == core::DateOrderDecision::Basis::Contradiction
            ? tr("<b>Some dates can only be day/month, others only month/day.</b> They are read as %1; "
                 "dates impossible in that order get no time. Choose the order the phone used.")
                  .arg(orderText(ambiguous->order))
            : tr("<b>This chat does not tell whether 03/04 is 3 April or 4 March</b>: no day is above 12 and "
                 "both orders keep the messages in time order. The dates are read as %1; check the dates "
                 "above and choose the order the phone used.")
                  .arg(orderText(ambiguous->order));
        text += QStringLiteral("<br><small>") + where(*ambiguous).toHtmlEscaped() + QStringLiteral("</small>");
    } else if (p.dateOrders.size() == 1) {
        const auto &d = p.dateOrders.front();
        text = tr("Read as <b>%1</b>: %2.").arg(orderText(d.order), why(d).toHtmlEscaped());
    }
    if (p.dateOrders.size() > 1) {
        // Several chats or layouts: one line each (the choice above applies to every undecided one).
        constexpr std::size_t kShown = 8;
        QStringList lines;
        for (std::size_t i = 0; i < p.dateOrders.size() && i < kShown; ++i) {
            const auto &d = p.dateOrders[i];
            lines << tr("%1: %2 (%3)").arg(where(d), orderText(d.order), why(d)).toHtmlEscaped();
        }
        if (p.dateOrders.size() > kShown)
            lines << tr("and %1 more").arg(number(p.dateOrders.size() - kShown));
        if (!text.isEmpty())
            text += QStringLiteral("<br>");
        text += QStringLiteral("<small>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</small>");
    }
    m_ui->dateOrderValue->setText(text);
}

void ImportPreviewView::setBanner(Banner kind, const QString &text)
{
    m_ui->bannerLabel->setVisible(kind != Banner::None && !text.isEmpty());
    m_ui->bannerLabel->setText(text);
    // Light backgrounds with dark text: readable in light and dark themes alike.
    QString style;
    switch (kind) {
    case Banner::Error:
        style = QStringLiteral("background:#fde7e7; color:#611a15; border:1px solid #e4a8a8; border-radius:4px;");
        break;
    case Banner::Warning:
        style = QStringLiteral("background:#fff4e0; color:#5c3c00; border:1px solid #e8c88a; border-radius:4px;");
        break;
    case Banner::Success:
        style = QStringLiteral("background:#e6f4ea; color:#1e4620; border:1px solid #a8d5b2; border-radius:4px;");
        break;
    case Banner::Busy:
        style = QStringLiteral("background:#e8f0fb; color:#102a4c; border:1px solid #a9c3e8; border-radius:4px;");
        break;
    case Banner::None:
        break;
    }
    m_ui->bannerLabel->setStyleSheet(style);
}

void ImportPreviewView::setChoicesEnabled(bool enabled)
{
    m_ui->dateOrderCombo->setEnabled(enabled);
}

} // namespace tb::gui
