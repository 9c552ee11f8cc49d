#pragma once

#include "dataset/datasetstats.h"

#include <QAbstractTableModel>

#include <vector>

namespace tb::models {

// The estimated training cost per provider and model, with where each price comes from.
class CostModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostModel)

public:
    enum Column { ProviderColumn, ModelColumn, EpochsColumn, BilledColumn, CostColumn, AsOfColumn, ColumnCount };

    explicit CostModel(QObject *parent = nullptr);
    ~CostModel() override;

    void setEstimates(std::vector<core::CostEstimate> estimates);
    const std::vector<core::CostEstimate> &estimates() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::CostEstimate> m_rows;
};

} // namespace tb::models
