#pragma once

#include "store/store.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>
#include <vector>

namespace tb::models {

class ProjectSession;

// Findings, one row each: with a session, every finding of each source's latest import
// (Store::latestFindings), read again when the session opens, closes or its content changes;
// without one, the rows given to setFindings() (an import preview's).
class FindingsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { SeverityColumn, LocationColumn, ReasonColumn, SourceColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int: core::Severity
        MessageKeyRole, // QString; empty when the finding names no message
        SortRole, // what the column sorts by
    };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    // Follows SESSION's project from now on.
    void setSession(ProjectSession *session);
    // Reads the findings of the session's project again (nothing when none is open).
    void reload();
    // Shows ROWS instead of a project's findings.
    void setFindings(std::vector<core::SourceFinding> rows);
    int count(core::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityName(core::Severity severity);
    // A small drawn icon per severity: no icon theme is needed.
    static QIcon severityIcon(core::Severity severity);

private:
    ProjectSession *m_session = nullptr;
    std::vector<core::SourceFinding> m_rows;
    std::array<QIcon, 3> m_icons; // by core::Severity
};

} // namespace tb::models
