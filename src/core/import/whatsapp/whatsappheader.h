#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tb::core::whatsapp {

// What a message header ("12/9/20, 23:55 - ", "[3/27/22, 21:41:35] ", "19:23, 28 Aug 2013 - ") says,
// before the day/month order is known: that order is decided per file from all headers together.
struct Header {
    enum class DateShape : std::uint8_t {
        Numeric,   // three numbers; which is the day and which the month is decided later
        YearFirst, // a 4-digit (or era) first field: year/month/day
        Named,     // a month name: day/month/year are known, the year may be missing
    };

    DateShape shape = DateShape::Numeric;
    std::uint16_t field[3] = {}; // Numeric/YearFirst: the numbers as written; Named: day, month, year
    std::uint8_t yearDigits = 0; // digits of the year field as written (0 when there is none)
    char era = 0;                // Japanese era letter (M T S H R) on the year field, or 0
    bool buddhist = false;       // "BE" after the date
    bool hasYear = true;

    std::uint8_t hour = 0; // 0..23, already converted from a 12-hour clock
    std::uint8_t minute = 0;
    std::uint8_t second = 0;

    // Layout signature (brackets, separators, year width, clock style). A file that switches
    // format mid-way has two families, and each gets its own day/month order.
    std::uint16_t family = 0;

    std::uint32_t bodyOffset = 0; // bytes from the start of the line to the first byte of the body
};

// Parses the header at the start of LINE (no '\n'; a trailing '\r' is allowed). Hand-written and
// allocation-free: it runs on every line of files of hundreds of megabytes. Tolerates BOM,
// LRM/RLM and embedding marks anywhere in the header, Arabic-Indic digits, the Arabic comma,
// NBSP/U+202F before AM/PM and ill-formed UTF-8 (the detector sees unrepaired bytes).
bool parseHeader(std::string_view line, Header &out);

// How a layout family looks, for findings: "[n/n/yy, time]", "n.n.yyyy time -", "time, d Mon yyyy -".
std::string describeFamily(std::uint16_t family);

} // namespace tb::core::whatsapp
