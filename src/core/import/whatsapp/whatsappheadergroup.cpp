#include "whatsappheadergroup.h"

#include <string_view>

namespace tb::core::whatsapp {

namespace {


bool isEraLetter(char32_t c)
{
    return c == 'M' || c == 'T' || c == 'S' || c == 'H' || c == 'R';
}

char32_t lower(char32_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

bool readNumber(Cursor &c, std::uint16_t &value, std::uint8_t &digits)
{
    value = 0;
    digits = 0;
    while (isAsciiDigit(c.peek())) {
        if (++digits > 4)
            return false;
        value = static_cast<std::uint16_t>(value * 10 + (c.peek() - '0'));
        c.next();
    }
    return digits > 0;
}

// English month names and their three-letter forms (old Android exports: "28 Aug 2013").
int monthFromName(Cursor &c)
{
    char word[10];
    std::size_t n = 0;
    Cursor t = c;
    while (isAsciiLetter(t.peek())) {
        if (n == sizeof word)
            return 0;
        word[n++] = static_cast<char>(lower(t.peek()));
        t.next();
    }
    static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                   "july",    "august",   "september", "october", "november", "december"};
    const std::string_view w(word, n);
    for (int m = 0; m < 12; ++m) {
        const std::string_view name = kMonths[m];
        if (w == name || (n == 3 && name.substr(0, 3) == w) || (m == 8 && w == "sept")) {
            c = t;
            if (c.peek() == '.') // "Mar. 5"
                c.next();
            return m + 1;
        }
    }
    return 0;
}

// A year after a named date: 4 digits not followed by ':' or '.' (that would be a time).
bool readNamedYear(Cursor &c, std::uint16_t &year)
{
    Cursor t = c;
    if (t.peek() == ',')
        t.next();
    if (t.peek() != ' ')
        return false;
    t.next();
    std::uint8_t digits = 0;
    if (!readNumber(t, year, digits) || digits != 4 || t.peek() == ':' || t.peek() == '.')
        return false;
    c = t;
    return true;
}

bool parseNamedMonthFirst(Cursor &c, HeaderGroup &g)
{
    const int month = monthFromName(c);
    if (month == 0 || c.peek() != ' ')
        return false;
    c.next();
    std::uint8_t digits = 0;
    if (!readNumber(c, g.v[0], digits) || digits > 2)
        return false;
    g.v[1] = static_cast<std::uint16_t>(month);
    g.named = true;
    g.namedHasYear = readNamedYear(c, g.v[2]);
    return true;
}

// "18 Mar" / "28 Aug 2013" once the day has been read.
bool parseNamedDayFirst(Cursor &c, HeaderGroup &g)
{
    Cursor t = c;
    t.next(); // the space
    const int month = monthFromName(t);
    if (month == 0 || g.digits[0] > 2)
        return false;
    c = t;
    g.v[1] = static_cast<std::uint16_t>(month);
    g.named = true;
    g.namedHasYear = readNamedYear(c, g.v[2]);
    return true;
}

bool parseNumericGroup(Cursor &c, HeaderGroup &g)
{
    for (;;) {
        if (isEraLetter(c.peek())) {
            if (g.era)
                return false;
            g.era = static_cast<char>(c.peek());
            g.eraPos = static_cast<std::int8_t>(g.count);
            c.next();
        }
        if (!readNumber(c, g.v[g.count], g.digits[g.count]))
            return false;
        ++g.count;
        if (g.count == 3)
            break;
        const char32_t ch = c.peek();
        if (g.count == 1) {
            if (ch == ' ' && !g.era) {
                Cursor t = c;
                t.next();
                if (isAsciiLetter(t.peek()))
                    return parseNamedDayFirst(c, g);
                return false;
            }
            if (ch != ':' && ch != '.' && ch != '/' && ch != '-')
                return false;
            g.sep = ch;
        } else if (ch != g.sep) {
            break;
        }
        Cursor t = c;
        t.next();
        if (g.sep == '.' && t.peek() == ' ') // "2022. 3. 27." (Korean, Hungarian)
            t.next();
        if (!isAsciiDigit(t.peek()) && !(g.count == 2 && isEraLetter(t.peek())))
            break; // the separator belongs to what follows: "10:59: Name"
        c = t;
    }
    if (g.count < 2)
        return false;
    if (c.peek() == '.') { // trailing dot: "13:34. - ", "2022. 3. 27. "
        Cursor t = c;
        t.next();
        const char32_t after = t.peek();
        if (after == ' ' || after == ',' || after == ']' || after == 0)
            c = t;
    }
    if (g.count == 3 && c.peek() == ' ') { // Buddhist calendar: "3/27/2565 BE"
        Cursor t = c;
        t.next();
        if (t.peek() == 'B') {
            t.next();
            if (t.peek() == 'E') {
                t.next();
                if (!isAsciiLetter(t.peek())) {
                    g.buddhist = true;
                    c = t;
                }
            }
        }
    }
    return true;
}

// AM/PM and their spellings: "PM", "p.m.", "p. m." (NBSP inside), Arabic ص/م, CJK/Korean words.
std::int8_t parseMarker(Cursor &c, bool prefix)
{
    struct Marker {
        std::u32string_view text;
        std::int8_t value;
        bool prefix; // written before the time (Korean, Chinese, Japanese), never after
    };
    static constexpr Marker kMarkers[] = {
        {U"a. m.", -1, false}, {U"p. m.", 1, false}, {U"a.m.", -1, false}, {U"p.m.", 1, false},
        {U"a.m", -1, false},   {U"p.m", 1, false},   {U"am", -1, false},   {U"pm", 1, false},
        {U"\u0635", -1, false}, {U"\u0645", 1, false}, {U"\u5348\u524D", -1, true}, {U"\u5348\u5F8C", 1, true},
        {U"\uC624\uC804", -1, true}, {U"\uC624\uD6C4", 1, true}, {U"\u4E0A\u5348", -1, true}, {U"\u4E0B\u5348", 1, true},
    };
    for (const Marker &m : kMarkers) {
        if (prefix != m.prefix)
            continue;
        Cursor t = c;
        bool matched = true;
        for (const char32_t ch : m.text) {
            if (ch == ' ') {
                if (t.peek() == ' ')
                    t.next();
                continue;
            }
            if (lower(t.peek()) != ch) {
                matched = false;
                break;
            }
            t.next();
        }
        if (matched && !isAsciiLetter(t.peek())) {
            c = t;
            return m.value;
        }
    }
    return 0;
}

std::int8_t parseMarkerAfterSpace(Cursor &c)
{
    Cursor t = c;
    if (t.peek() == ' ')
        t.next();
    const std::int8_t value = parseMarker(t, false);
    if (value)
        c = t;
    return value;
}

} // namespace

bool parseHeaderGroup(Cursor &c, HeaderGroup &g)
{
    if (c.peek() >= 0x80) { // "오후 9:41", "下午3:13"
        g.ampm = parseMarker(c, true);
        if (!g.ampm)
            return false;
        if (c.peek() == ' ')
            c.next();
    }
    const char32_t ch = c.peek();
    bool ok = false;
    if (isAsciiLetter(ch) && !(isEraLetter(ch) && [&] {
            Cursor t = c;
            t.next();
            return isAsciiDigit(t.peek());
        }()))
        ok = parseNamedMonthFirst(c, g);
    else
        ok = parseNumericGroup(c, g);
    if (!ok)
        return false;
    if (!g.named && !g.ampm && (g.sep == ':' || g.sep == '.'))
        g.ampm = parseMarkerAfterSpace(c);
    return true;
}

} // namespace tb::core::whatsapp
