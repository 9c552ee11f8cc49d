#pragma once

#include "recordrow.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QStringList>

#include <vector>

namespace tb::models {

// The records of the latest build, one compact row each, appended in batches while the build
// runs (the first rows show long before the last is built).
class RecordListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListModel)

public:
    enum Column { OrdinalColumn, ConversationColumn, TextColumn, TokensColumn, FindingsColumn, ColumnCount };
    enum Role {
        OrdinalRole = Qt::UserRole + 1, // qulonglong
        AnchorIdRole,                   // qlonglong: the message the record teaches
        ConversationKeyRole,            // QString
        TokensRole,                     // int
    };

    explicit RecordListModel(QObject *parent = nullptr);
    ~RecordListModel() override;

    // Empties the table for a new build whose rows name conversations by index into KEYS (with
    // their display NAMES).
    void reset(QStringList keys, QStringList names);
    void append(const RecordRows &rows);
    // Sets the findings counts of the records in ORDINALS (sorted) after a validation; the rest
    // get none.
    void setFindingCounts(const std::vector<std::uint64_t> &ordinals, const std::vector<std::uint16_t> &errors,
                          const std::vector<std::uint16_t> &warnings);

    const RecordRow *row(int row) const;
    // The table row of the record with ORDINAL, or -1 (ordinals ascend, so this is a binary search).
    int rowOfOrdinal(std::uint64_t ordinal) const;
    QString conversationKey(const RecordRow &row) const;
    int count() const { return static_cast<int>(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RecordRow> m_rows;
    QStringList m_keys;
    QStringList m_names;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace tb::models
