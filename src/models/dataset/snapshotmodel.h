#pragma once

#include "store/store.h"

#include <QAbstractTableModel>

#include <vector>

namespace tb::models {

class ProjectSession;

// The project's frozen datasets, oldest first: name, when, what and the content hash.
class SnapshotModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotModel)

public:
    enum Column { NameColumn, CreatedColumn, RecordsColumn, FormatColumn, HashColumn, ColumnCount };

    explicit SnapshotModel(ProjectSession *session, QObject *parent = nullptr);
    ~SnapshotModel() override;

    // Reads the list again (a few rows: cheap on the GUI thread).
    void reload();
    const core::SnapshotInfo *snapshot(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProjectSession *m_session;
    std::vector<core::SnapshotInfo> m_rows;
};

} // namespace tb::models
