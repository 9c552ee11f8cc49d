#include "findingsdock.h"

#include "models/counttext.h"
#include "models/findingsfiltermodel.h"
#include "models/findingsmodel.h"
#include "models/projectsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tb::gui {

using models::FindingsModel;

FindingsDock::FindingsDock(models::ProjectSession *session, QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_session(session)
    , m_model(new FindingsModel(this))
    , m_filter(new models::FindingsFilterModel(this))
{
    setObjectName(QStringLiteral("findingsDock"));
    m_filter->setSourceModel(m_model);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("findingsSeverityFilter"));
    m_severity->addItem(
        FindingsModel::severityIcon(core::Severity::Info), tr("Everything"), static_cast<int>(core::Severity::Info));
    m_severity->addItem(FindingsModel::severityIcon(core::Severity::Warning), tr("Warnings and errors"),
        static_cast<int>(core::Severity::Warning));
    m_severity->addItem(
        FindingsModel::severityIcon(core::Severity::Error), tr("Errors only"), static_cast<int>(core::Severity::Error));
    showLabel->setBuddy(m_severity);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    bar->addWidget(showLabel);
    bar->addWidget(m_severity);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::ReasonColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 100);
    m_view->setColumnWidth(FindingsModel::LocationColumn, 240);
    m_view->setColumnWidth(FindingsModel::SourceColumn, 180);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(static_cast<core::Severity>(m_severity->currentData().toInt()));
        updateSummary();
    });
    // activated covers double-click and Enter (and single click where the style says so).
    connect(m_view, &QAbstractItemView::activated, this, &FindingsDock::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsDock::updateSummary);
    m_model->setSession(m_session);
}

FindingsDock::~FindingsDock() = default;

void FindingsDock::revealProblems(int errors, int warnings)
{
    if (errors + warnings == 0)
        return;
    // Start with what needs attention; everything is one click away in the filter.
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(core::Severity::Warning)));
    show();
    raise();
}

void FindingsDock::activate(const QModelIndex &index)
{
    const QString key = index.data(FindingsModel::MessageKeyRole).toString();
    if (!key.isEmpty())
        Q_EMIT messageRequested(key);
}

void FindingsDock::updateSummary()
{
    // Whole reasons while there are few; one line each (reason in the tooltip) when there are many,
    // as measuring thousands of rows would stall the window.
    constexpr int kWrapRows = 300;
    const bool wrap = m_model->rowCount() <= kWrapRows;
    m_view->setWordWrap(wrap);
    m_view->verticalHeader()->setSectionResizeMode(wrap ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    const int errors = m_model->count(core::Severity::Error), warnings = m_model->count(core::Severity::Warning),
              notes = m_model->count(core::Severity::Info);
    if (!m_session->isOpen()) {
        m_summary->setText(tr("No project is open."));
    } else if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No problems: the imports found nothing to report."));
    } else {
        m_summary->setText(tr("%1, %2, %3 from the latest import of each export. Double-click one that names a "
                              "message to show it.")
                               .arg(models::countText(errors, tr("1 error"), tr("%1 errors")),
                                   models::countText(warnings, tr("1 warning"), tr("%1 warnings")),
                                   models::countText(notes, tr("1 note"), tr("%1 notes"))));
    }
    setWindowTitle(errors + warnings > 0 ? tr("Findings (%1)").arg(errors + warnings) : tr("Findings"));
}

} // namespace tb::gui
