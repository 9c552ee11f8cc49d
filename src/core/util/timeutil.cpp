#include "timeutil.h"

#include <cstdio>

namespace tb::core::timeutil {

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool isValidDate(std::int64_t year, unsigned month, unsigned day)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const unsigned last = month == 2 && leap ? 29 : kDays[month - 1];
    return day <= last;
}

std::optional<std::int64_t> toEpochMs(std::int64_t year, unsigned month, unsigned day, unsigned hour,
                                      unsigned minute, unsigned second, unsigned millisecond)
{
    if (year < 1 || year > 9999 || !isValidDate(year, month, day) || hour > 23 || minute > 59 ||
        second > 60 || millisecond > 999)
        return std::nullopt;
    const std::int64_t days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60000 + std::int64_t(second) * 1000 + millisecond;
}

std::string toIsoUtc(std::int64_t ms)
{
    std::int64_t days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    std::int64_t rest = ms - days * 86400000;
    // civil_from_days
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    const auto h = static_cast<unsigned>(rest / 3600000);
    rest %= 3600000;
    const auto mi = static_cast<unsigned>(rest / 60000);
    rest %= 60000;
    const auto s = static_cast<unsigned>(rest / 1000);
    const auto milli = static_cast<unsigned>(rest % 1000);
    char buf[96];
    if (milli)
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02u.%03uZ", static_cast<long long>(y), m,
                      d, h, mi, s, milli);
    else
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02uZ", static_cast<long long>(y), m, d,
                      h, mi, s);
    return buf;
}

std::optional<std::int64_t> parseIso8601(std::string_view t)
{
    std::size_t i = 0;
    auto number = [&](std::size_t digits, unsigned &out) {
        if (i + digits > t.size())
            return false;
        unsigned v = 0;
        for (std::size_t k = 0; k < digits; ++k) {
            const char c = t[i + k];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + unsigned(c - '0');
        }
        out = v;
        i += digits;
        return true;
    };
    auto expect = [&](char c) {
        if (i < t.size() && t[i] == c) {
            ++i;
            return true;
        }
        return false;
    };
    unsigned y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!number(4, y) || !expect('-') || !number(2, mo) || !expect('-') || !number(2, d))
        return std::nullopt;
    if (i < t.size() && (t[i] == 'T' || t[i] == ' ')) {
        ++i;
        if (!number(2, h) || !expect(':') || !number(2, mi))
            return std::nullopt;
        if (expect(':') && !number(2, s))
            return std::nullopt;
        if (expect('.') || expect(',')) {
            unsigned scale = 100;
            bool any = false;
            while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
                ms += unsigned(t[i] - '0') * scale;
                scale /= 10;
                ++i;
                any = true;
            }
            if (!any)
                return std::nullopt;
        }
    }
    std::int64_t offsetMinutes = 0;
    if (i < t.size()) {
        if (t[i] == 'Z' || t[i] == 'z') {
            ++i;
        } else if (t[i] == '+' || t[i] == '-') {
            const int sign = t[i] == '-' ? -1 : 1;
            ++i;
            unsigned oh = 0, om = 0;
            if (!number(2, oh))
                return std::nullopt;
            expect(':');
            if (i < t.size() && !number(2, om))
                return std::nullopt;
            offsetMinutes = sign * std::int64_t(oh * 60 + om);
        }
    }
    if (i != t.size())
        return std::nullopt;
    const auto base = toEpochMs(y, mo, d, h, mi, s, ms);
    if (!base)
        return std::nullopt;
    return *base - offsetMinutes * 60000;
}

} // namespace tb::core::timeutil
