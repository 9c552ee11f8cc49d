#include "previewparticipantsmodel.h"

#include "counttext.h"

#include <QLocale>

namespace tb::models {

PreviewParticipantsModel::PreviewParticipantsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PreviewParticipantsModel::~PreviewParticipantsModel() = default;

void PreviewParticipantsModel::setParticipants(std::vector<core::PreviewParticipant> participants)
{
    beginResetModel();
    m_rows = std::move(participants);
    endResetModel();
}

int PreviewParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PreviewParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::PreviewParticipant &p = m_rows[static_cast<std::size_t>(index.row())];
    const QString name = QString::fromStdString(p.displayName);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.isBot ? tr("%1 (bot)").arg(name) : name;
        case MessagesColumn:
            return QLocale().toString(static_cast<qulonglong>(p.messages));
        case KeyColumn:
            return QString::fromStdString(p.key);
        default:
            return {};
        }
    case SortRole:
        if (index.column() == MessagesColumn)
            return static_cast<qulonglong>(p.messages);
        return index.column() == NameColumn ? name.toLower() : QString::fromStdString(p.key);
    case Qt::TextAlignmentRole:
        if (index.column() == MessagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("%1 wrote %2 in this export").arg(name, countText(p.messages, tr("1 message"), tr("%1 messages")));
    default:
        return {};
    }
}

QVariant PreviewParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case MessagesColumn:
        return tr("Messages");
    case KeyColumn:
        return tr("Id in the export");
    default:
        return {};
    }
}

} // namespace tb::models
