#pragma once

#include "participantcounter.h"
#include "participantgroups.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QString>

#include <map>
#include <vector>

namespace tb::models {

class ProjectSession;

// The participants of the open project as a two-level tree: each person (a participant that is no
// alias) at the top, the participants merged into them ("same person as") as its children.
//
// Reads only: the user's edits arrive through setData() and leave as the *Requested signals, which
// the page turns into undo commands; the model shows the result when the session says participants
// changed. Names, marks and aliases are read on the GUI thread (one small query); the message counts
// per source read the whole author index, so they come from a worker with its own Store.
//
// Messages shows the participant's own count; its tooltip breaks it down per source (and, on a
// person with aliases, gives the whole person's count, by which the proxy also sorts people).
class ParticipantsModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsModel)

public:
    enum Column { Name, Exported, Sources, Messages, Me, Bot, SameAs, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        SortRole,                  // numbers for counts and marks, folded text for names
        FilterRole,                // every name, the handle, key and sources, for the filter field
        IsAliasRole,               // bool: merged into the person above
    };

    explicit ParticipantsModel(ProjectSession *session, QObject *parent = nullptr);
    ~ParticipantsModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The participant at INDEX (any column), or null.
    const core::ParticipantInfo *participant(const QModelIndex &index) const;
    const core::ParticipantInfo *participantById(qint64 id) const;
    QModelIndex indexOfId(qint64 id, int column = Name) const;
    // The ids of ID's person: the root first, then everyone merged into it.
    std::vector<qint64> groupOf(qint64 id) const;
    // Every person (top-level participant), by name: what "Same person as" offers.
    std::vector<std::pair<qint64, QString>> people() const;
    // "slack-acme (Slack)": how a source is named in the table.
    QString sourceLabel(qint64 sourceId) const;
    // True while the message counts are being read.
    bool countsPending() const { return m_countsPending; }
    QString countsError() const { return m_countsError; }

    // Reads everything again: names and marks at once, message counts in the background.
    void reload();

Q_SIGNALS:
    // NAME empty: back to the exported name.
    void renameRequested(qint64 id, const QString &name);
    void meRequested(qint64 id, bool me);
    void botRequested(qint64 id, bool bot);
    // TARGET 0: ID is a person of their own again.
    void aliasRequested(qint64 id, qint64 target);
    // The message counts arrived (or failed: see countsError()).
    void countsLoaded();

private:
    using Place = ParticipantGroups::Place;

    void readAttributes(bool recount);
    void startCounting();
    void applyCounts(quint64 job, ParticipantMessageCounts counts);
    void setParticipants(std::vector<core::ParticipantInfo> participants);
    Place place(const QModelIndex &index) const;
    QVariant display(const core::ParticipantInfo &p, int column, const Place &at) const;
    QString toolTip(const core::ParticipantInfo &p, int column, const Place &at) const;
    QVariant sortKey(const core::ParticipantInfo &p, int column, const Place &at) const;

    ProjectSession *m_session;
    ParticipantGroups m_groups;
    QHash<qint64, QString> m_sourceLabels;
    QHash<qint64, QString> m_sourcePaths;
    std::map<std::int64_t, std::vector<core::ParticipantSourceCount>> m_counts; // kept across attribute reads
    quint64 m_job = 0;
    bool m_countsPending = false;
    QString m_countsError;
};

} // namespace tb::models
