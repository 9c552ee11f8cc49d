#pragma once

#include "import/importpreview.h"

#include <QAbstractTableModel>

#include <vector>

namespace tb::models {

// The people an import preview found, with how many messages each wrote.
class PreviewParticipantsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewParticipantsModel)

public:
    enum Column { NameColumn, MessagesColumn, KeyColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers as numbers

    explicit PreviewParticipantsModel(QObject *parent = nullptr);
    ~PreviewParticipantsModel() override;

    void setParticipants(std::vector<core::PreviewParticipant> participants);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::PreviewParticipant> m_rows;
};

} // namespace tb::models
