#pragma once

#include "whatsappcursor.h"

#include <cstdint>

namespace tb::core::whatsapp {

// One half of a header: a date ("27.3.2022", "28 Aug 2013", "3/27/R4", "3/27/2565 BE") or a time
// ("9:41:35 PM", "21.05.53", Korean "9:41" after its PM word). Which half is which is decided
// by the header parser once both are read.
struct HeaderGroup {
    std::uint16_t v[3] = {};
    std::uint8_t digits[3] = {};
    std::uint8_t count = 0;
    char32_t sep = 0;
    bool named = false; // v = day, month, year (year 0 when absent)
    bool namedHasYear = false;
    char era = 0;
    std::int8_t eraPos = -1;
    bool buddhist = false;
    std::int8_t ampm = 0; // -1 am, +1 pm
};

// Reads a group at C; on success C has moved past it (on failure C is left anywhere).
bool parseHeaderGroup(Cursor &c, HeaderGroup &g);

inline bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

inline bool isAsciiLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace tb::core::whatsapp
