#include "privacy/namedirectory.h"

#include "privacy/textclass.h"

#include <algorithm>
#include <map>
#include <set>

namespace tb::core {

using namespace privacy;

namespace {

std::size_t letterCount(std::string_view folded)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < folded.size();) {
        const CodePoint cp = decodeAt(folded, i);
        i += cp.length;
        if (isWordChar(cp.value))
            ++n;
    }
    return n;
}

// A first word is registered alone only when it is a plain word ("dr." or "@bob" are not).
bool isPlainWord(std::string_view folded)
{
    for (std::size_t i = 0; i < folded.size();) {
        const CodePoint cp = decodeAt(folded, i);
        i += cp.length;
        if (!isWordChar(cp.value) && cp.value != '\'' && cp.value != '-')
            return false;
    }
    return !folded.empty();
}

bool isInlineSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F; }

} // namespace

std::string NameDirectory::pseudonymFor(std::size_t index)
{
    std::string letters;
    std::size_t n = index + 1; // bijective base 26: A..Z, AA..AZ, BA..
    while (n > 0) {
        --n;
        letters.insert(letters.begin(), static_cast<char>('A' + n % 26));
        n /= 26;
    }
    return "Person " + letters;
}

NameDirectory::NameDirectory(const std::vector<ParticipantInfo> &participants, bool lowercaseFirstNames)
    : m_lowercaseFirstNames(lowercaseFirstNames)
{
    m_nodes.emplace_back();
    m_asciiRoot.assign(128, 0);

    // Persons by root id: std::map keeps them in the stable order the letters follow.
    std::map<std::int64_t, std::vector<const ParticipantInfo *>> groups;
    std::map<std::int64_t, const ParticipantInfo *> byId;
    for (const auto &p : participants)
        byId[p.id] = &p;
    for (const auto &p : participants)
        groups[p.aliasOf.value_or(p.id)].push_back(&p);

    std::map<std::string, int> whole; // folded full name, handle or id → person (or Ambiguous)
    std::map<std::string, std::set<int>> firstWords;
    auto addWhole = [&](const std::string &folded, int person, std::size_t minLetters) {
        if (letterCount(folded) < minLetters)
            return;
        const auto [it, added] = whole.emplace(folded, person);
        if (!added && it->second != person)
            it->second = Ambiguous;
    };
    auto addHandle = [&](const std::string &folded, int person) {
        if (folded.empty())
            return;
        const auto [it, added] = m_handles.emplace(folded, person);
        if (!added && it->second != person)
            it->second = Ambiguous;
    };

    for (const auto &[rootId, members] : groups) {
        const auto root = byId.find(rootId);
        if (root != byId.end() && root->second->isBot)
            continue;
        const int person = static_cast<int>(m_pseudonyms.size());
        m_pseudonyms.push_back(pseudonymFor(m_pseudonyms.size()));
        bool me = false;
        for (const ParticipantInfo *p : members) {
            me = me || p->isMe;
            m_personOfParticipant[p->id] = person;
            std::vector<std::string> names {foldForMatching(p->displayName)};
            if (p->customName)
                names.push_back(foldForMatching(*p->customName));
            for (const auto &name : names) {
                addWhole(name, person, 2);
                addHandle(name, person);
                const auto space = name.find(' ');
                if (space != std::string::npos)
                    firstWords[name.substr(0, space)].insert(person);
            }
            const std::string handle = foldForMatching(p->handle);
            addWhole(handle, person, 3);
            addHandle(handle, person);
            const auto colon = p->key.find(':');
            if (colon != std::string::npos) {
                const std::string id = foldForMatching(std::string_view(p->key).substr(colon + 1));
                addWhole(id, person, 3);
                addHandle(id, person);
            }
        }
        m_isMe.push_back(me);
    }

    for (const auto &[name, person] : whole)
        insert(name, person, false);
    for (const auto &[word, persons] : firstWords) {
        if (persons.size() == 1 && !whole.count(word) && letterCount(word) >= 3 && isPlainWord(word))
            insert(word, *persons.begin(), true);
    }
}

void NameDirectory::insert(std::string_view folded, int person, bool firstNameOnly)
{
    std::uint32_t node = 0;
    for (std::size_t i = 0; i < folded.size();) {
        const CodePoint cp = decodeAt(folded, i);
        i += cp.length;
        std::uint32_t next = child(node, cp.value);
        if (next == 0) {
            next = static_cast<std::uint32_t>(m_nodes.size());
            m_nodes.emplace_back();
            if (node == 0 && cp.value < 128) {
                m_asciiRoot[cp.value] = next;
            } else {
                auto &children = m_nodes[node].children;
                const auto at = std::lower_bound(children.begin(), children.end(), std::make_pair(cp.value, 0u));
                children.insert(at, {cp.value, next});
            }
        }
        node = next;
    }
    Node &end = m_nodes[node];
    end.terminal = true;
    end.person = person;
    end.firstNameOnly = firstNameOnly;
}

std::uint32_t NameDirectory::child(std::uint32_t node, char32_t c) const
{
    if (node == 0 && c < 128)
        return m_asciiRoot[c];
    const auto &children = m_nodes[node].children;
    const auto at = std::lower_bound(children.begin(), children.end(), std::make_pair(c, 0u));
    return at != children.end() && at->first == c ? at->second : 0;
}

std::optional<NameDirectory::Match> NameDirectory::matchAt(std::string_view text, std::size_t i,
                                                          bool boundaryKnown) const
{
    if (m_nodes.size() <= 1 || i >= text.size())
        return std::nullopt;
    const CodePoint first = decodeAt(text, i);
    if (!boundaryKnown && !isWordBoundary(codePointBefore(text, i), first.value))
        return std::nullopt;
    std::optional<Match> best;
    std::uint32_t node = 0;
    std::size_t j = i;
    char32_t last = 0;
    while (j < text.size()) {
        const CodePoint cp = decodeAt(text, j);
        std::size_t next = j + cp.length;
        char32_t key = foldCase(cp.value);
        if (isInlineSpace(cp.value)) {
            key = ' ';
            while (next < text.size() && isInlineSpace(decodeAt(text, next).value))
                next += decodeAt(text, next).length;
        }
        node = child(node, key);
        if (node == 0)
            break;
        last = cp.value;
        j = next;
        const Node &n = m_nodes[node];
        if (!n.terminal || !isWordBoundary(last, codePointAt(text, j)))
            continue;
        if (n.firstNameOnly && !m_lowercaseFirstNames && isLowercase(first.value))
            continue;
        best = Match {j, n.person, n.firstNameOnly};
    }
    return best;
}

int NameDirectory::personByHandle(std::string_view text) const
{
    const auto it = m_handles.find(foldForMatching(text));
    return it == m_handles.end() ? NoPerson : it->second;
}

std::optional<std::string> NameDirectory::pseudonymOfParticipant(std::int64_t id) const
{
    const auto it = m_personOfParticipant.find(id);
    if (it == m_personOfParticipant.end())
        return std::nullopt;
    return m_pseudonyms[static_cast<std::size_t>(it->second)];
}

} // namespace tb::core
