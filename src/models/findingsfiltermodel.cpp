#include "findingsfiltermodel.h"

#include "findingsmodel.h"

namespace tb::models {

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

FindingsFilterModel::~FindingsFilterModel() = default;

void FindingsFilterModel::setMinimumSeverity(core::Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(FindingsModel::SeverityRole).toInt() >= static_cast<int>(m_minimum);
}

} // namespace tb::models
