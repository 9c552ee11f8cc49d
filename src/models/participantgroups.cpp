#include "participantgroups.h"

namespace tb::models {

namespace {

bool sameDetails(const core::ParticipantInfo &a, const core::ParticipantInfo &b)
{
    const auto sameCounts = std::equal(a.sources.begin(), a.sources.end(), b.sources.begin(), b.sources.end(),
        [](const auto &x, const auto &y) { return x.sourceId == y.sourceId && x.messages == y.messages; });
    return sameCounts && a.displayName == b.displayName && a.customName == b.customName && a.handle == b.handle &&
           a.isBot == b.isBot && a.botOverridden == b.botOverridden && a.isMe == b.isMe;
}

} // namespace

ParticipantGroups::ParticipantGroups(std::vector<core::ParticipantInfo> participants)
    : m_participants(std::move(participants))
{
    const int count = int(m_participants.size());
    for (int i = 0; i < count; ++i)
        m_indexOfId.insert(m_participants[std::size_t(i)].id, i);
    // Store keeps links one deep; follow longer ones anyway (and break loops) so nobody is lost.
    const auto rootOf = [this, count](int index) {
        int at = index;
        for (int steps = 0; steps <= count; ++steps) {
            const auto &link = m_participants[std::size_t(at)].aliasOf;
            if (!link || !m_indexOfId.contains(*link))
                return at;
            at = m_indexOfId.value(*link);
            if (at == index)
                break;
        }
        return index;
    };
    std::vector<int> roots(std::size_t(count), -1);
    m_places.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        roots[std::size_t(i)] = rootOf(i);
        if (roots[std::size_t(i)] == i) {
            m_places[std::size_t(i)] = {int(m_persons.size()), -1};
            m_persons.push_back(i);
            m_aliases.emplace_back();
        }
    }
    for (int i = 0; i < count; ++i) {
        if (roots[std::size_t(i)] == i)
            continue;
        const int person = m_places[std::size_t(roots[std::size_t(i)])].person;
        auto &aliases = m_aliases[std::size_t(person)];
        m_places[std::size_t(i)] = {person, int(aliases.size())};
        aliases.push_back(i);
    }
}

int ParticipantGroups::indexAt(int person, int alias) const
{
    return alias < 0 ? m_persons[std::size_t(person)] : m_aliases[std::size_t(person)][std::size_t(alias)];
}

const core::ParticipantInfo *ParticipantGroups::byId(qint64 id) const
{
    const auto it = m_indexOfId.find(id);
    return it == m_indexOfId.end() ? nullptr : &m_participants[std::size_t(*it)];
}

ParticipantGroups::Place ParticipantGroups::placeOf(qint64 id) const
{
    const auto it = m_indexOfId.find(id);
    return it == m_indexOfId.end() ? Place{} : m_places[std::size_t(*it)];
}

std::vector<qint64> ParticipantGroups::groupOf(qint64 id) const
{
    const Place place = placeOf(id);
    if (place.person < 0)
        return {};
    std::vector<qint64> ids{at(place.person).id};
    for (const int index : m_aliases[std::size_t(place.person)])
        ids.push_back(m_participants[std::size_t(index)].id);
    return ids;
}

std::uint64_t ParticipantGroups::personMessages(int person) const
{
    std::uint64_t total = at(person).messages();
    for (const int index : m_aliases[std::size_t(person)])
        total += m_participants[std::size_t(index)].messages();
    return total;
}

bool ParticipantGroups::sameShape(const std::vector<core::ParticipantInfo> &participants) const
{
    return std::equal(participants.begin(), participants.end(), m_participants.begin(), m_participants.end(),
                      [](const auto &a, const auto &b) { return a.id == b.id && a.aliasOf == b.aliasOf; });
}

std::vector<bool> ParticipantGroups::update(std::vector<core::ParticipantInfo> participants)
{
    std::vector<bool> changed(participants.size());
    for (std::size_t i = 0; i < participants.size(); ++i)
        changed[i] = !sameDetails(participants[i], m_participants[i]);
    m_participants = std::move(participants);
    return changed;
}

} // namespace tb::models
