#pragma once

#include "privacy/scruboptions.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tb::core {

// Where in a TrainingRecord a replacement was made.
enum class ScrubField { TurnContent, TurnName, Prompt, Completion, RejectedContent, RejectedName };

std::string_view toString(ScrubField field); // "content", "name", "prompt", "completion", ...

struct ScrubReplacement {
    std::uint64_t ordinal = 0; // the record's ordinal
    ScrubField field = ScrubField::TurnContent;
    int turn = -1;             // TurnContent/TurnName: index into messages; else -1
    ScrubCategory category = ScrubCategory::Email;
    std::string original;
    std::string replacement;
    // Offsets of the match in the field, in Unicode code points: in the text as it was, and in the
    // text as scrubbed (where the replacement now starts), so a review can highlight either.
    std::size_t offset = 0;
    std::size_t scrubbedOffset = 0;
    std::size_t byteOffset = 0; // the same as OFFSET, in UTF-8 bytes

    bool operator==(const ScrubReplacement &) const = default;
};

// What a scrub replaced. For the user's review on their machine: it holds the very text the
// scrubber removed, so it is never logged. Bounded: counts are complete, detailed entries stop at
// maxEntries and omitted() says how many more there were.
class ScrubReport final {
public:
    explicit ScrubReport(std::size_t maxEntries = 10000) : m_maxEntries(maxEntries) {}

    void add(ScrubReplacement replacement);
    // Counts a replacement without its details: for when full() (copying the text is then wasted).
    void addOmitted(ScrubCategory category);
    bool full() const { return m_entries.size() >= m_maxEntries; }
    // Adds OTHER's counts and as many of its entries as still fit: for reports of parallel runs,
    // merged in record order.
    void merge(const ScrubReport &other);
    void noteRecord(bool changed);

    std::uint64_t count(ScrubCategory category) const { return m_counts[static_cast<std::size_t>(category)]; }
    std::uint64_t total() const;
    const std::vector<ScrubReplacement> &entries() const { return m_entries; }
    std::uint64_t omitted() const { return m_omitted; }
    std::size_t maxEntries() const { return m_maxEntries; }
    std::uint64_t recordsSeen() const { return m_recordsSeen; }
    std::uint64_t recordsChanged() const { return m_recordsChanged; }

private:
    std::size_t m_maxEntries;
    std::array<std::uint64_t, ScrubCategoryCount> m_counts {};
    std::vector<ScrubReplacement> m_entries;
    std::uint64_t m_omitted = 0;
    std::uint64_t m_recordsSeen = 0;
    std::uint64_t m_recordsChanged = 0;
};

} // namespace tb::core
