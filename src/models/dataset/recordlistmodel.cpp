#include "recordlistmodel.h"

#include "models/findingsmodel.h"

#include <QLocale>

#include <algorithm>

namespace tb::models {

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_errorIcon(FindingsModel::severityIcon(core::Severity::Error))
    , m_warningIcon(FindingsModel::severityIcon(core::Severity::Warning))
{
    qRegisterMetaType<RecordRows>();
}

RecordListModel::~RecordListModel() = default;

void RecordListModel::reset(QStringList keys, QStringList names)
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_keys = std::move(keys);
    m_names = std::move(names);
    endResetModel();
}

void RecordListModel::append(const RecordRows &rows)
{
    if (rows.isEmpty())
        return;
    const int first = count();
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    endInsertRows();
}

void RecordListModel::setFindingCounts(const std::vector<std::uint64_t> &ordinals, const std::vector<std::uint16_t> &errors,
                                       const std::vector<std::uint16_t> &warnings)
{
    for (RecordRow &r : m_rows)
        r.errors = r.warnings = 0;
    for (std::size_t i = 0; i < ordinals.size() && i < errors.size() && i < warnings.size(); ++i) {
        const int at = rowOfOrdinal(ordinals[i]);
        if (at >= 0) {
            m_rows[static_cast<std::size_t>(at)].errors = errors[i];
            m_rows[static_cast<std::size_t>(at)].warnings = warnings[i];
        }
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, FindingsColumn), index(count() - 1, FindingsColumn));
}

const RecordRow *RecordListModel::row(int row) const
{
    return row >= 0 && row < count() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int RecordListModel::rowOfOrdinal(std::uint64_t ordinal) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), ordinal,
                                     [](const RecordRow &r, std::uint64_t o) { return r.ordinal < o; });
    return it != m_rows.end() && it->ordinal == ordinal ? static_cast<int>(it - m_rows.begin()) : -1;
}

QString RecordListModel::conversationKey(const RecordRow &row) const
{
    return row.conversation < static_cast<std::uint32_t>(m_keys.size()) ? m_keys.at(static_cast<int>(row.conversation)) : QString();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    const RecordRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrdinalColumn:
            return QLocale().toString(static_cast<qulonglong>(r->ordinal + 1));
        case ConversationColumn:
            return r->conversation < static_cast<std::uint32_t>(m_names.size()) ? m_names.at(static_cast<int>(r->conversation)) : QString();
        case TextColumn:
            return QString::fromUtf8(r->preview.data(), static_cast<qsizetype>(r->preview.size()));
        case TokensColumn:
            return QLocale().toString(r->tokens);
        case FindingsColumn:
            if (r->errors + r->warnings == 0)
                return {};
            return QLocale().toString(r->errors + r->warnings);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == FindingsColumn && (r->errors || r->warnings))
            return r->errors ? m_errorIcon : m_warningIcon;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FindingsColumn && (r->errors || r->warnings))
            return tr("%1 errors, %2 warnings: see Check & Export").arg(r->errors).arg(r->warnings);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OrdinalColumn || index.column() == TokensColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OrdinalRole:
        return QVariant::fromValue(static_cast<qulonglong>(r->ordinal));
    case AnchorIdRole:
        return QVariant::fromValue(static_cast<qlonglong>(r->anchorMessageId));
    case ConversationKeyRole:
        return conversationKey(*r);
    case TokensRole:
        return static_cast<int>(r->tokens);
    }
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrdinalColumn:
        return tr("#");
    case ConversationColumn:
        return tr("Conversation");
    case TextColumn:
        return tr("Teaches");
    case TokensColumn:
        return tr("Tokens");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace tb::models
