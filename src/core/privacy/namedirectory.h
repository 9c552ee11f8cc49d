#pragma once

#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tb::core {

// The people a scrub replaces by pseudonyms, and one automaton over every way of writing their
// names, built once and then only read (safe to share between threads).
//
// A person is a root participant with everyone merged into it (aliasOf). Persons are numbered by
// their root's participant id, so "Person A" stays Person A across builds, sources and scrubber
// instances as long as the merges stay the same; adding an export only adds letters after the
// existing ones. Bots get no pseudonym: their names are products, not people.
//
// What matches a person, case-insensitively and as whole words only:
// - every member's display name, custom name and handle, and the id in its key ("U024BE7LH" of
//   "slack:U024BE7LH"): display and custom names from 2 letters, handles and ids from 3;
// - the first word of a display or custom name alone, when it has at least 3 letters, no other
//   person has it as a first word and no one has it as a whole name.
// A whole name two persons share matches neither: it becomes the neutral "[name]".
class NameDirectory final {
public:
    static constexpr int NoPerson = -1;
    static constexpr int Ambiguous = -2;

    struct Match {
        std::size_t end = 0; // byte offset just past the match
        int person = NoPerson;
        bool firstNameOnly = false;
    };

    NameDirectory() = default;
    NameDirectory(const std::vector<ParticipantInfo> &participants, bool lowercaseFirstNames);

    // The longest name starting at byte I of TEXT with a word boundary on both sides
    // (BOUNDARYKNOWN: the caller has checked the one before I).
    std::optional<Match> matchAt(std::string_view text, std::size_t i, bool boundaryKnown = false) const;
    // The person whose handle, key id or name is exactly TEXT (folded): for "@handle" and "<@U…>".
    int personByHandle(std::string_view text) const;

    std::size_t personCount() const { return m_pseudonyms.size(); }
    const std::string &pseudonym(int person) const { return m_pseudonyms[static_cast<std::size_t>(person)]; }
    bool isMe(int person) const { return m_isMe[static_cast<std::size_t>(person)]; }
    // The pseudonym of participant ID (of its person); none for bots and unknown ids.
    std::optional<std::string> pseudonymOfParticipant(std::int64_t id) const;

    // "Person A" for 0, … "Person Z", "Person AA", "Person AB", …
    static std::string pseudonymFor(std::size_t index);

private:
    struct Node {
        std::vector<std::pair<char32_t, std::uint32_t>> children; // sorted by code point
        int person = NoPerson;
        bool terminal = false;
        bool firstNameOnly = false;
    };

    void insert(std::string_view folded, int person, bool firstNameOnly);
    std::uint32_t child(std::uint32_t node, char32_t c) const;

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_asciiRoot; // root's children for code points below 128
    std::unordered_map<std::string, int> m_handles;
    std::unordered_map<std::int64_t, int> m_personOfParticipant;
    std::vector<std::string> m_pseudonyms;
    std::vector<bool> m_isMe;
    bool m_lowercaseFirstNames = true;
};

} // namespace tb::core
