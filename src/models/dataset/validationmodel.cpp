#include "validationmodel.h"

#include "models/findingsmodel.h"

#include <QLocale>

namespace tb::models {

ValidationModel::ValidationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (core::Severity severity : {core::Severity::Info, core::Severity::Warning, core::Severity::Error})
        m_icons[static_cast<std::size_t>(severity)] = FindingsModel::severityIcon(severity);
}

ValidationModel::~ValidationModel() = default;

void ValidationModel::setOutcome(BuildOutcomePtr outcome)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    endResetModel();
}

int ValidationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_outcome ? 0 : static_cast<int>(m_outcome->findings.size());
}

int ValidationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_outcome || index.row() >= rowCount())
        return {};
    const core::DatasetFinding &finding = m_outcome->findings[static_cast<std::size_t>(index.row())];
    const std::int64_t ordinal = m_outcome->ordinalOf(finding.record);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return FindingsModel::severityName(finding.severity);
        case RecordColumn:
            return ordinal < 0 ? tr("all") : QLocale().toString(static_cast<qlonglong>(ordinal + 1));
        case RuleColumn:
            return QString::fromStdString(finding.rule);
        case MessageColumn:
            return QString::fromStdString(finding.message);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return QString::fromStdString(finding.message);
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return m_icons[static_cast<std::size_t>(finding.severity)];
        return {};
    case OrdinalRole:
        return QVariant::fromValue(static_cast<qlonglong>(ordinal));
    case RuleRole:
        return QString::fromStdString(finding.rule);
    case FixRole:
        return finding.fix ? QString::fromUtf8(core::toString(*finding.fix).data(),
                                               static_cast<qsizetype>(core::toString(*finding.fix).size()))
                           : QString();
    }
    return {};
}

QVariant ValidationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RecordColumn:
        return tr("Record");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Finding");
    }
    return {};
}

} // namespace tb::models
