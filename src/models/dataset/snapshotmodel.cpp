#include "snapshotmodel.h"

#include "models/projectsession.h"

#include <QDateTime>
#include <QLocale>

namespace tb::models {

SnapshotModel::SnapshotModel(ProjectSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &ProjectSession::opened, this, &SnapshotModel::reload);
    connect(session, &ProjectSession::closed, this, &SnapshotModel::reload);
    reload();
}

SnapshotModel::~SnapshotModel() = default;

void SnapshotModel::reload()
{
    beginResetModel();
    m_rows = m_session->store() ? m_session->store()->snapshots() : std::vector<core::SnapshotInfo>{};
    endResetModel();
}

const core::SnapshotInfo *SnapshotModel::snapshot(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int SnapshotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SnapshotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotModel::data(const QModelIndex &index, int role) const
{
    const core::SnapshotInfo *s = index.isValid() ? snapshot(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(s->name);
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(s->createdAtMs), QLocale::ShortFormat);
        case RecordsColumn:
            return tr("%1 (%2 validation)")
                .arg(QLocale().toString(static_cast<qulonglong>(s->recordCount)),
                     QLocale().toString(static_cast<qulonglong>(s->validCount)));
        case FormatColumn:
            return QString::fromStdString(s->format);
        case HashColumn:
            return QString::fromStdString(s->sha256.substr(0, 16));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == HashColumn)
        return tr("sha256 %1").arg(QString::fromStdString(s->sha256));
    return {};
}

QVariant SnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CreatedColumn:
        return tr("Frozen");
    case RecordsColumn:
        return tr("Records");
    case FormatColumn:
        return tr("Format");
    case HashColumn:
        return tr("Content hash");
    }
    return {};
}

} // namespace tb::models
