#include "scrubreportdialog.h"

#include "privacy/scrubreport.h"
#include "ui_scrubreportdialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace tb::gui {

namespace {

constexpr int kOrdinalRole = Qt::UserRole + 1;

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString categoryName(core::ScrubCategory category)
{
    switch (category) {
    case core::ScrubCategory::Email:
        return ScrubReportDialog::tr("Emails");
    case core::ScrubCategory::Phone:
        return ScrubReportDialog::tr("Phone numbers");
    case core::ScrubCategory::Url:
        return ScrubReportDialog::tr("Links");
    case core::ScrubCategory::Ip:
        return ScrubReportDialog::tr("IP addresses");
    case core::ScrubCategory::Card:
        return ScrubReportDialog::tr("Card numbers");
    case core::ScrubCategory::PlatformId:
        return ScrubReportDialog::tr("Platform ids");
    case core::ScrubCategory::Mention:
        return ScrubReportDialog::tr("Mentions");
    case core::ScrubCategory::Name:
        return ScrubReportDialog::tr("Names");
    }
    return {};
}

QString where(const core::ScrubReplacement &r)
{
    switch (r.field) {
    case core::ScrubField::TurnContent:
        return ScrubReportDialog::tr("turn %1").arg(r.turn + 1);
    case core::ScrubField::TurnName:
        return ScrubReportDialog::tr("turn %1 name").arg(r.turn + 1);
    default:
        return qs(core::toString(r.field));
    }
}

} // namespace

ScrubReportDialog::ScrubReportDialog(const core::ScrubReport &report, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScrubReportDialog>())
{
    m_ui->setupUi(this);
    const QLocale locale;
    const auto n = [&locale](std::uint64_t v) { return locale.toString(static_cast<qulonglong>(v)); };
    m_ui->summaryLabel->setText(report.total() == 0
                                    ? tr("Nothing was replaced in the %1 records built.").arg(n(report.recordsSeen()))
                                    : tr("%1 replacements in %2 of the %3 records built. The records in the table, the checks and "
                                         "the exported files all use the scrubbed text.")
                                          .arg(n(report.total()), n(report.recordsChanged()), n(report.recordsSeen())));

    // One row per category, the ones with matches first.
    QString counts = QStringLiteral("<table cellspacing=\"2\">");
    for (std::size_t i = 0; i < core::ScrubCategoryCount; ++i) {
        const auto category = static_cast<core::ScrubCategory>(i);
        counts += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;<b>%2</b></td><td>&nbsp;&nbsp;→ %3</td></tr>")
                      .arg(categoryName(category).toHtmlEscaped(), n(report.count(category)),
                           category == core::ScrubCategory::Name ? tr("a pseudonym per person") : qs(core::placeholder(category)).toHtmlEscaped());
    }
    counts += QStringLiteral("</table>");
    m_ui->countsLabel->setText(counts);

    QList<QTreeWidgetItem *> items;
    items.reserve(static_cast<qsizetype>(report.entries().size()));
    for (const core::ScrubReplacement &r : report.entries()) {
        auto *item = new QTreeWidgetItem({n(r.ordinal + 1), where(r), categoryName(r.category), qs(r.original), qs(r.replacement)});
        item->setData(0, kOrdinalRole, QVariant::fromValue(static_cast<qulonglong>(r.ordinal)));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    m_ui->entriesView->addTopLevelItems(items);
    m_ui->entriesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->entriesView->header()->setStretchLastSection(true);
    m_ui->entriesView->setVisible(!items.isEmpty());
    connect(m_ui->entriesView, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT recordRequested(item->data(0, kOrdinalRole).toULongLong());
    });

    m_ui->omittedLabel->setVisible(report.omitted() > 0);
    if (report.omitted() > 0)
        m_ui->omittedLabel->setText(tr("The first %1 replacements are listed; %2 more are counted above.")
                                        .arg(n(report.entries().size()), n(report.omitted())));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ScrubReportDialog::~ScrubReportDialog() = default;

} // namespace tb::gui
