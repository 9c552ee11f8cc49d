#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace tb::core {

// What the scrubber looks for. The order is the report's order.
enum class ScrubCategory { Email, Phone, Url, Ip, Card, PlatformId, Mention, Name };
inline constexpr std::size_t ScrubCategoryCount = 8;

std::string_view toString(ScrubCategory category); // "email", "phone", ..., "platform-id", "mention", "name"
std::optional<ScrubCategory> scrubCategoryFromString(std::string_view text);
// The readable placeholder a match of CATEGORY becomes ("[email]", ...; names become pseudonyms).
std::string_view placeholder(ScrubCategory category);

// Every category is on by default: a user who turns scrubbing on means it.
struct ScrubOptions {
    bool emails = true;
    bool phones = true;
    bool urls = true;
    bool ips = true;
    bool cards = true;
    bool platformIds = true;
    bool mentions = true;
    bool names = true;

    // Names: "me" (and everyone merged with me) keeps their own name when set.
    bool keepMyName = false;
    // Names: a first name alone also matches when written in lower case ("alice said"). Off, it must
    // start with a capital, which spares words that are also first names ("will", "may", "mark").
    bool lowercaseFirstNames = true;

    // Report: at most so many detailed entries; counts are always complete.
    std::size_t maxReportEntries = 10000;

    bool enabled(ScrubCategory category) const;
    void setEnabled(ScrubCategory category, bool on);
    bool anyEnabled() const;
};

} // namespace tb::core
