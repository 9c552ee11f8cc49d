#include "participantsfilterproxy.h"

#include "participantsmodel.h"

namespace tb::models {

ParticipantsFilterProxy::ParticipantsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ParticipantsModel::SortRole);
    setFilterRole(ParticipantsModel::FilterRole);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

ParticipantsFilterProxy::~ParticipantsFilterProxy() = default;

void ParticipantsFilterProxy::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ParticipantsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(ParticipantsModel::FilterRole).toString();
    return std::all_of(m_words.begin(), m_words.end(),
                       [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

} // namespace tb::models
