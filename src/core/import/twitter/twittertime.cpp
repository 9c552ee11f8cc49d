#include "twittertime.h"

#include "util/timeutil.h"

#include <array>
#include <charconv>

namespace tb::core::twitter {

namespace {

bool digits(std::string_view s, unsigned &out)
{
    if (s.empty() || s.size() > 4)
        return false;
    out = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + unsigned(c - '0');
    }
    return true;
}

unsigned monthFromName(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> kMonths
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    for (unsigned m = 0; m < kMonths.size(); ++m) {
        if (kMonths[m] == name)
            return m + 1;
    }
    return 0;
}

std::optional<std::int64_t> parseClassic(std::string_view text)
{
    std::array<std::string_view, 6> parts;
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ')
            ++i;
        if (start == i)
            break;
        if (n == parts.size())
            return std::nullopt;
        parts[n++] = text.substr(start, i - start);
    }
    if (n != 6)
        return std::nullopt;
    const unsigned month = monthFromName(parts[1]);
    const std::string_view clock = parts[3];
    const std::string_view zone = parts[4];
    unsigned day = 0, year = 0, hour = 0, minute = 0, second = 0, zh = 0, zm = 0;
    if (month == 0 || !digits(parts[2], day) || !digits(parts[5], year) || clock.size() != 8 || clock[2] != ':'
        || clock[5] != ':' || !digits(clock.substr(0, 2), hour) || !digits(clock.substr(3, 2), minute)
        || !digits(clock.substr(6, 2), second) || zone.size() != 5 || (zone[0] != '+' && zone[0] != '-')
        || !digits(zone.substr(1, 2), zh) || !digits(zone.substr(3, 2), zm))
        return std::nullopt;
    const auto local = timeutil::toEpochMs(year, month, day, hour, minute, second);
    if (!local)
        return std::nullopt;
    const std::int64_t offset = (std::int64_t(zh) * 60 + zm) * 60000;
    return zone[0] == '+' ? *local - offset : *local + offset;
}

} // namespace

std::optional<std::int64_t> parseTwitterTime(std::string_view text)
{
    if (auto classic = parseClassic(text))
        return classic;
    return timeutil::parseIso8601(text);
}

std::optional<std::int64_t> snowflakeTimeMs(std::string_view id)
{
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), value);
    if (ec != std::errc() || end != id.data() + id.size())
        return std::nullopt;
    // Ids before the snowflake scheme (November 2010) are sequential, below 3e10, and carry no time.
    constexpr std::uint64_t kSmallestSnowflake = 300000000000ull;
    constexpr std::int64_t kTwitterEpochMs = 1288834974657;
    if (value < kSmallestSnowflake || (value >> 22) > (std::uint64_t(1) << 41))
        return std::nullopt;
    return kTwitterEpochMs + static_cast<std::int64_t>(value >> 22);
}

} // namespace tb::core::twitter
