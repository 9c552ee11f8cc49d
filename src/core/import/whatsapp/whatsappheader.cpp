#include "whatsappheader.h"

#include "whatsappheadergroup.h"

namespace tb::core::whatsapp {

namespace {

enum FamilyBits : std::uint16_t {
    kBracket = 1u << 0,
    kTimeFirst = 1u << 1,
    kSepShift = 2,  // 2 bits: '/', '.', '-', month name
    kYearShift = 4, // 2 bits: yy last, yyyy last, year first, era or none
    kComma = 1u << 6,
    kTwelveHour = 1u << 7,
    kTermShift = 8, // 2 bits: ']', '-', ':'
};

bool isTimeShape(const HeaderGroup &g)
{
    return !g.named && !g.era && !g.buddhist && (g.sep == ':' || g.sep == '.') && g.count >= 2 &&
           g.digits[0] <= 2 && g.digits[1] == 2 && (g.count < 3 || g.digits[2] == 2);
}

bool isDateShape(const HeaderGroup &g)
{
    return !g.ampm && (g.named || (g.count == 3 && (g.sep == '/' || g.sep == '.' || g.sep == '-')));
}

bool inDayRange(std::uint16_t v)
{
    return v >= 1 && v <= 31;
}

bool fillDate(const HeaderGroup &g, Header &out, std::uint16_t &familyBits)
{
    if (g.named) {
        if (!inDayRange(g.v[0]))
            return false;
        out.shape = Header::DateShape::Named;
        out.hasYear = g.namedHasYear;
        out.yearDigits = g.namedHasYear ? 4 : 0;
        familyBits |= std::uint16_t(3u << kSepShift) | std::uint16_t((g.namedHasYear ? 1u : 3u) << kYearShift);
    } else {
        const bool yearFirst = g.digits[0] == 4 || g.eraPos == 0;
        if (g.eraPos == 1)
            return false;
        if (yearFirst) {
            if (g.digits[1] > 2 || g.digits[2] > 2 || !inDayRange(g.v[1]) || !inDayRange(g.v[2]))
                return false;
            out.shape = Header::DateShape::YearFirst;
            out.yearDigits = g.digits[0];
            familyBits |= std::uint16_t(2u << kYearShift);
        } else {
            if (g.digits[0] > 2 || g.digits[1] > 2 || !inDayRange(g.v[0]) || !inDayRange(g.v[1]))
                return false;
            if (!g.era && g.digits[2] != 2 && g.digits[2] != 4)
                return false;
            out.shape = Header::DateShape::Numeric;
            out.yearDigits = g.digits[2];
            familyBits |= std::uint16_t((g.era ? 3u : g.digits[2] == 4 ? 1u : 0u) << kYearShift);
        }
        const unsigned sep = g.sep == '/' ? 0 : g.sep == '.' ? 1 : 2;
        familyBits |= std::uint16_t(sep << kSepShift);
        out.era = g.era;
        out.buddhist = g.buddhist;
    }
    for (int i = 0; i < 3; ++i)
        out.field[i] = g.v[i];
    return true;
}

bool fillTime(const HeaderGroup &g, Header &out)
{
    unsigned hour = g.v[0];
    if (hour > 23 || g.v[1] > 59 || (g.count == 3 && g.v[2] > 59))
        return false;
    // "0:24 PM" means 12:24; broken exports write "14:37:00 p.m." for 14:37.
    if (g.ampm > 0 && hour < 12)
        hour += 12;
    else if (g.ampm < 0 && hour == 12)
        hour = 0;
    out.hour = static_cast<std::uint8_t>(hour);
    out.minute = static_cast<std::uint8_t>(g.v[1]);
    out.second = static_cast<std::uint8_t>(g.count == 3 ? g.v[2] : 0);
    return true;
}

} // namespace

bool parseHeader(std::string_view line, Header &out)
{
    out = Header{};
    Cursor c(line.data(), line.data() + line.size());
    const char32_t first = c.peek();
    // Cheap rejection of most continuation lines.
    if (!(first == '[' || isAsciiDigit(first) || isAsciiLetter(first) || first >= 0x80))
        return false;
    std::uint16_t family = 0;
    const bool bracket = first == '[';
    if (bracket) {
        family |= kBracket;
        c.next();
    }
    HeaderGroup g1;
    if (!parseHeaderGroup(c, g1))
        return false;
    if (c.peek() == ',') {
        family |= kComma;
        c.next();
    }
    if (c.peek() == ' ')
        c.next();
    if (c.peek() == 'k') { // Finnish "27.3.2022 klo 21.41"
        Cursor t = c;
        t.next();
        if (t.peek() == 'l') {
            t.next();
            if (t.peek() == 'o') {
                t.next();
                if (t.peek() == ' ') {
                    t.next();
                    c = t;
                }
            }
        }
    }
    HeaderGroup g2;
    if (!parseHeaderGroup(c, g2))
        return false;

    const HeaderGroup *date = nullptr;
    const HeaderGroup *time = nullptr;
    if (isDateShape(g1) && isTimeShape(g2) && g1.sep != ':') {
        date = &g1;
        time = &g2;
    } else if (isTimeShape(g1) && isDateShape(g2)) {
        date = &g2;
        time = &g1;
        family |= kTimeFirst;
    } else {
        return false;
    }
    if (time->ampm)
        family |= kTwelveHour;
    if (!fillDate(*date, out, family) || !fillTime(*time, out))
        return false;

    if (bracket) {
        if (c.peek() != ']')
            return false;
        c.next();
        if (c.peek() == ' ')
            c.next();
    } else if (c.peek() == ':') { // 2015 iOS: "13/06/15 10:59:59: Name: text"
        c.next();
        if (c.peek() != ' ')
            return false;
        c.next();
        family |= std::uint16_t(2u << kTermShift);
    } else {
        if (c.peek() != ' ')
            return false;
        while (c.peek() == ' ')
            c.next();
        if (c.peek() != '-')
            return false;
        c.next();
        if (c.peek() == ' ')
            c.next();
        else if (c.peek() != 0)
            return false;
        family |= std::uint16_t(1u << kTermShift);
    }
    out.family = family;
    out.bodyOffset = static_cast<std::uint32_t>(c.consumedEnd() - line.data());
    return true;
}

std::string describeFamily(std::uint16_t family)
{
    std::string date;
    const unsigned sepIndex = (family >> kSepShift) & 3u;
    const unsigned year = (family >> kYearShift) & 3u;
    if (sepIndex == 3) {
        date = year == 1 ? "d Mon yyyy" : "d Mon";
    } else {
        const char sep = "/.-"[sepIndex];
        const std::string y = year == 0 ? "yy" : year == 3 ? "era-year" : "yyyy";
        if (year == 2)
            date = std::string("yyyy") + sep + "n" + sep + "n";
        else
            date = std::string("n") + sep + "n" + sep + y;
    }
    const std::string time = (family & kTwelveHour) ? "h:mm am/pm" : "hh:mm";
    std::string out = (family & kBracket) ? "[" : "";
    const std::string comma = (family & kComma) ? ", " : " ";
    out += (family & kTimeFirst) ? time + comma + date : date + comma + time;
    const unsigned term = (family >> kTermShift) & 3u;
    out += (family & kBracket) ? "]" : term == 2 ? ":" : " -";
    return out;
}

} // namespace tb::core::whatsapp
