#pragma once

#include "buildoutcome.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>

namespace tb::models {

// The validator's findings of the latest build: severity, record, rule and what to do.
class ValidationModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationModel)

public:
    enum Column { SeverityColumn, RecordColumn, RuleColumn, MessageColumn, ColumnCount };
    enum Role {
        OrdinalRole = Qt::UserRole + 1, // qlonglong: the record's recipe ordinal; -1: the whole dataset
        RuleRole,                       // QString
        FixRole,                        // QString: the fix's name (core::toString(DatasetFix)); empty: none
    };

    explicit ValidationModel(QObject *parent = nullptr);
    ~ValidationModel() override;

    void setOutcome(BuildOutcomePtr outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    BuildOutcomePtr m_outcome;
    std::array<QIcon, 3> m_icons;
};

} // namespace tb::models
