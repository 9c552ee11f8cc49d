#pragma once

#include <QSortFilterProxyModel>

namespace tb::models {

// Sorts participants by ParticipantsModel::SortRole (people by everything they wrote under any name)
// and filters them by any of their names, handle, key or sources. A person whose alias matches is
// shown with that alias; a person who matches is shown with all their aliases.
class ParticipantsFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsFilterProxy)

public:
    explicit ParticipantsFilterProxy(QObject *parent = nullptr);
    ~ParticipantsFilterProxy() override;

    // Every word of TEXT must appear (case-insensitive) in one of the participant's names.
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace tb::models
