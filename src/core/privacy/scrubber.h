#pragma once

#include "domain/trainingrecord.h"
#include "privacy/namedirectory.h"
#include "privacy/scruboptions.h"
#include "privacy/scrubreport.h"

#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

class Store;

// Rewrites training records before validation and export: emails, phone numbers, URLs, IP
// addresses, card numbers, platform ids and @mentions become readable placeholders, and the
// project's people become stable pseudonyms ("Alice" → "Person A"). See scruboptions.h for the
// switches, privacy/numberscanner.h and privacy/patternscanners.h for exactly what each category
// matches, and privacy/namedirectory.h for the names.
//
// Built once per export from the project's participants (no pattern is compiled per record);
// after that it is only read, so several threads may scrub different records with one Scrubber,
// each into its own ScrubReport (merged in record order afterwards).
class Scrubber final {
public:
    Scrubber(ScrubOptions options, const std::vector<ParticipantInfo> &participants);
    // The project's participants, with their merges, names and "me" marks as the user left them.
    static Scrubber forProject(const Store &store, ScrubOptions options);

    // Scrubs every turn's content and name, the prompt and completion, and the rejected turn.
    // Returns whether anything changed; REPORT gets each replacement.
    bool scrub(TrainingRecord &record, ScrubReport &report) const;
    // One text, as a turn's content is scrubbed: for previews and tests. REPORT may be null.
    std::string scrubText(std::string_view text, ScrubReport *report = nullptr) const;

    const ScrubOptions &options() const { return m_options; }
    const NameDirectory &names() const { return m_names; }

private:
    struct Span {
        std::size_t begin = 0;
        std::size_t end = 0;
        ScrubCategory category = ScrubCategory::Email;
        std::string replacement;
    };
    struct Place {
        std::uint64_t ordinal = 0;
        ScrubField field = ScrubField::TurnContent;
        int turn = -1;
    };

    struct Hints {
        bool at = false;    // the text holds an '@'
        bool colon = false; // the text holds a ':'
        std::size_t noEmailBefore = 0;
    };

    void collect(std::string_view text, std::vector<Span> &spans) const;
    // Each tries one kind of match at byte I and, on success, appends it and returns its end.
    std::optional<std::size_t> angleForm(std::string_view text, std::size_t i, std::vector<Span> &spans) const;
    std::optional<std::size_t> mention(std::string_view text, std::size_t i, std::vector<Span> &spans) const;
    std::optional<std::size_t> wordStart(std::string_view text, std::size_t i, Hints &hints,
                                         std::vector<Span> &spans) const;
    std::optional<std::size_t> numbers(std::string_view text, std::size_t i, const Hints &hints,
                                       std::vector<Span> &spans) const;
    // "@Person A", or "@[user]" for someone unknown, ambiguous or (with keepMyName) me.
    std::string mentionOf(int person) const;
    bool keeps(int person) const;

    bool scrubField(std::string &text, const Place &place, ScrubReport *report) const;
    bool scrubName(std::string &name, const Place &place, ScrubReport *report) const;
    static std::string apply(std::string_view text, const std::vector<Span> &spans, const Place &place,
                             ScrubReport *report);

    ScrubOptions m_options;
    NameDirectory m_names;
    bool m_numbers = false;
};

} // namespace tb::core
