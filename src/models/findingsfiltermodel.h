#pragma once

#include "domain/finding.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tb::models {

// Sorts FindingsModel by any column (severity by rank, locations by file then line) and shows
// only the findings at or above a minimum severity.
class FindingsFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsFilterModel)

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);
    ~FindingsFilterModel() override;

    // Info shows everything.
    void setMinimumSeverity(core::Severity severity);
    core::Severity minimumSeverity() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    core::Severity m_minimum = core::Severity::Info;
};

} // namespace tb::models
