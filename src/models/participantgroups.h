#pragma once

#include "store/store.h"

#include <QHash>

#include <vector>

namespace tb::models {

// The participants of a project arranged as people: each person (a participant that is no alias)
// with the participants merged into it. Plain data, rebuilt whenever the aliases change; lookups by
// id are constant time, so views of tens of thousands of participants stay quick.
class ParticipantGroups {
public:
    // Where a participant sits: its person's position, and its row among that person's aliases
    // (-1: it is the person).
    struct Place {
        int person = -1;
        int alias = -1;
    };

    ParticipantGroups() = default;
    explicit ParticipantGroups(std::vector<core::ParticipantInfo> participants);

    const std::vector<core::ParticipantInfo> &participants() const { return m_participants; }
    int personCount() const { return int(m_persons.size()); }
    int aliasCount(int person) const { return int(m_aliases[std::size_t(person)].size()); }
    // ALIAS -1: the person themself.
    const core::ParticipantInfo &at(int person, int alias = -1) const
    {
        return m_participants[std::size_t(indexAt(person, alias))];
    }
    // Into participants().
    int indexAt(int person, int alias = -1) const;
    const core::ParticipantInfo *byId(qint64 id) const;
    Place placeOf(qint64 id) const; // person -1 when ID is not here
    // The ids of ID's person: the person first, then everyone merged into them.
    std::vector<qint64> groupOf(qint64 id) const;
    // What a person wrote under every name.
    std::uint64_t personMessages(int person) const;

    // Same participants in the same order with the same links: only their details differ.
    bool sameShape(const std::vector<core::ParticipantInfo> &participants) const;
    // Takes PARTICIPANTS (of the same shape) and returns, per participant, whether it changed.
    std::vector<bool> update(std::vector<core::ParticipantInfo> participants);

private:
    std::vector<core::ParticipantInfo> m_participants;
    std::vector<int> m_persons;              // indices into m_participants
    std::vector<std::vector<int>> m_aliases; // per person, indices into m_participants
    QHash<qint64, int> m_indexOfId;          // into m_participants
    std::vector<Place> m_places;             // per participant
};

} // namespace tb::models
