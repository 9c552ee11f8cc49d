#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tb::core::timeutil {

// Days since 1970-01-01 of a proleptic Gregorian date (any year, no time zone involved).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);
bool isValidDate(std::int64_t year, unsigned month, unsigned day);

// Milliseconds since the epoch of a wall-clock time taken as UTC; nullopt when out of range.
std::optional<std::int64_t> toEpochMs(std::int64_t year, unsigned month, unsigned day, unsigned hour,
                                      unsigned minute, unsigned second, unsigned millisecond = 0);

// "2021-03-04T05:06:07Z" (with ".123" when there are milliseconds).
std::string toIsoUtc(std::int64_t epochMs);

// Parses ISO-8601 "YYYY-MM-DD[T ]hh:mm[:ss[.fff]][Z|±hh[:]mm]"; without a zone it is UTC.
std::optional<std::int64_t> parseIso8601(std::string_view text);

} // namespace tb::core::timeutil
