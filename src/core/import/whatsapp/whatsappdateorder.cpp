#include "whatsappdateorder.h"

#include "util/timeutil.h"

#include <string_view>

namespace tb::core::whatsapp {

namespace {

std::int64_t sortKey(std::int64_t year, unsigned month, unsigned day, const Header &h)
{
    return (((year * 13 + month) * 32 + day) * 24 + h.hour) * 3600 + h.minute * 60 + h.second;
}

std::string lineRange(std::int64_t first, std::int64_t last)
{
    return first == last ? "line " + std::to_string(first)
                         : "lines " + std::to_string(first) + "-" + std::to_string(last);
}

// Year as written -> Gregorian year, or 0 when the calendar cannot be converted.
int gregorianYear(const Header &h, int written, DateProblem &problem)
{
    if (h.era) {
        // Japanese eras: year 1 of Meiji, Taisho, Showa, Heisei, Reiwa.
        switch (h.era) {
        case 'M': return 1867 + written;
        case 'T': return 1911 + written;
        case 'S': return 1925 + written;
        case 'H': return 1988 + written;
        case 'R': return 2018 + written;
        default: problem = DateProblem::UnknownCalendar; return 0;
        }
    }
    if (h.buddhist)
        return written - 543;
    if (written < 100)
        return 2000 + written; // WhatsApp's 2-digit years are all after 2009
    if (written >= 2400) {
        // Thai phones write Buddhist-era years (2565 = 2022) without "BE".
        problem = DateProblem::AssumedBuddhist;
        return written - 543;
    }
    if (written < 1900) {
        // Hijri (1443) or Persian (1401) years: we cannot convert them reliably.
        problem = DateProblem::UnknownCalendar;
        return 0;
    }
    return written;
}

} // namespace

void DateProblemTally::note(DateProblem problem, std::int64_t line, int year)
{
    const auto i = static_cast<std::size_t>(problem);
    if (count[i]++ == 0) {
        firstLine[i] = line;
        firstYear[i] = year;
    }
}

void DateProblemTally::report(const std::string &file, std::vector<Finding> &findings) const
{
    auto add = [&](DateProblem p, Severity severity, std::string reason) {
        const auto i = static_cast<std::size_t>(p);
        if (count[i])
            findings.push_back({severity, file, firstLine[i], -1, std::to_string(count[i]) + " " + reason, {}});
    };
    add(DateProblem::NoYear, Severity::Warning,
        "message(s), the first on this line, have a date without a year (old exports wrote \"18 Mar 12:14\"); "
        "they are imported without a timestamp. Export the chat again from a current WhatsApp to get full dates.");
    add(DateProblem::UnknownCalendar, Severity::Warning,
        "message(s), the first on this line, give their year in a calendar Tunebench cannot convert (year " +
            std::to_string(count[2] ? firstYear[2] : 0) +
            ", e.g. Hijri or Persian); they are imported without a timestamp. Set the phone to the Gregorian "
            "calendar and export again.");
    add(DateProblem::InvalidDate, Severity::Warning,
        "message(s), the first on this line, have a date that does not exist in the chosen day/month order "
        "(e.g. a 13th month); they are imported without a timestamp. Check --date-order.");
    add(DateProblem::AssumedBuddhist, Severity::Info,
        "message(s), the first on this line, have years such as " + std::to_string(firstYear[4]) +
            " that can only be Buddhist-era years; read as that year minus 543.");
}

DateOrderResolver::Family &DateOrderResolver::familyFor(std::uint16_t id, Header::DateShape shape, std::int64_t line)
{
    for (auto &f : m_families) {
        if (f.id == id)
            return f;
    }
    Family f;
    f.id = id;
    f.shape = shape;
    f.firstLine = line;
    m_families.push_back(f);
    return m_families.back();
}

const DateOrderResolver::Family *DateOrderResolver::findFamily(std::uint16_t id) const
{
    for (const auto &f : m_families) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

void DateOrderResolver::observe(const Header &h, std::int64_t line)
{
    Family &f = familyFor(h.family, h.shape, line);
    f.lastLine = line;
    ++f.headers;
    if (h.shape != Header::DateShape::Numeric)
        return;
    for (int i = 0; i < 2; ++i) {
        if (h.field[i] > 12 && f.over12[i]++ == 0) {
            f.over12Line[i] = line;
            f.over12Value[i] = h.field[i];
        }
    }
    // Order 0 = day first, 1 = month first: the month is field[1] or field[0].
    for (int order = 0; order < 2; ++order) {
        const unsigned month = h.field[1 - order];
        const unsigned day = h.field[order];
        if (month > 12)
            continue;
        const std::int64_t key = sortKey(h.field[2], month, day, h);
        if (f.hasPrevious[order] && key < f.previous[order])
            ++f.decreases[order];
        f.previous[order] = key;
        f.hasPrevious[order] = true;
    }
}

void DateOrderResolver::decide(const ImportOptions &options, const std::string &file, std::vector<Finding> &findings,
                               std::vector<DateOrderDecision> &decisions)
{
    for (auto &f : m_families) {
        DateOrderDecision d;
        d.basis = decideFamily(f, options, file, findings);
        d.file = file;
        d.firstLine = f.firstLine;
        d.lastLine = f.lastLine;
        d.layout = describeFamily(f.id);
        d.headers = f.headers;
        d.order = f.order;
        if (f.shape == Header::DateShape::Numeric)
            d.choices = {DateOrder::DayMonthYear, DateOrder::MonthDayYear};
        decisions.push_back(std::move(d));
    }
}

DateOrderDecision::Basis DateOrderResolver::decideFamily(Family &f, const ImportOptions &options,
                                                         const std::string &file, std::vector<Finding> &findings) const
{
    using Basis = DateOrderDecision::Basis;
    const DateOrder requested = options.dateOrder;
    const std::string where = lineRange(f.firstLine, f.lastLine) + " (layout \"" + describeFamily(f.id) + "\")";
    auto info = [&](const std::string &why) {
        findings.push_back({Severity::Info, file, f.firstLine, -1,
                            "dates on " + where + " read as " + std::string(dateOrderName(f.order)) + ": " + why, {}});
    };
    auto over = [&](int i) {
        return "line " + std::to_string(f.over12Line[i]) + " has " + std::to_string(f.over12Value[i]) + " in the " +
               (i == 0 ? "first" : "second") + " field";
    };
    if (f.shape == Header::DateShape::Named) {
        f.order = DateOrder::DayMonthYear;
        info("the month is written as a name");
        return Basis::MonthName;
    }
    if (f.shape == Header::DateShape::YearFirst) {
        f.order = DateOrder::YearMonthDay;
        info("the year comes first");
        return Basis::YearFirst;
    }
    if (requested != DateOrder::Auto) {
        f.order = requested;
        info("as requested (--date-order " + std::string(dateOrderFlag(requested)) + ")");
        const int contradicting = requested == DateOrder::DayMonthYear ? 1 : requested == DateOrder::MonthDayYear ? 0 : -1;
        if (contradicting >= 0 && f.over12[contradicting]) {
            findings.push_back({Severity::Warning, file, f.over12Line[contradicting], -1,
                                "--date-order " + std::string(dateOrderFlag(requested)) + " was requested, but " +
                                    over(contradicting) + ", which cannot be a month; such dates get no timestamp. "
                                    "Import again without --date-order to let Tunebench decide.",
                                {}});
        }
        return Basis::Requested;
    }
    const bool dayFirstPossible = f.over12[1] == 0;
    const bool monthFirstPossible = f.over12[0] == 0;
    if (!dayFirstPossible && !monthFirstPossible) {
        // Both orders meet a field above 12: keep the one fewer headers contradict, unless a
        // person chose.
        f.order = options.ambiguousDateOrder != DateOrder::Auto ? options.ambiguousDateOrder
                  : f.over12[1] <= f.over12[0]                 ? DateOrder::DayMonthYear
                                                               : DateOrder::MonthDayYear;
        findings.push_back({Severity::Warning, file, f.firstLine, -1,
                            "dates on " + where + " contradict each other: " + over(0) + " and " + over(1) +
                                "; read as " + std::string(dateOrderName(f.order)) +
                                (options.ambiguousDateOrder != DateOrder::Auto ? " as chosen" : "") +
                                ", and dates impossible in that order get no timestamp. Pass --date-order to choose.",
                            {}});
        return Basis::Contradiction;
    }
    if (dayFirstPossible != monthFirstPossible) {
        f.order = dayFirstPossible ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        info(over(dayFirstPossible ? 0 : 1));
        return Basis::FieldOver12;
    }
    if (f.decreases[0] != f.decreases[1]) {
        f.order = f.decreases[0] < f.decreases[1] ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        const int other = f.order == DateOrder::DayMonthYear ? 1 : 0;
        info("no field exceeds 12, but the other order would put " + std::to_string(f.decreases[other]) +
             " message(s) before the one above them, this one " + std::to_string(f.decreases[1 - other]));
        return Basis::TimeOrder;
    }
    if (options.ambiguousDateOrder != DateOrder::Auto) {
        // A person chose for this export (the workbench's preview): no need to warn again.
        f.order = options.ambiguousDateOrder;
        info("no field exceeds 12 and both orders keep the messages in time order, so the order chosen for "
             "undecidable dates was used");
        return Basis::Default;
    }
    f.order = DateOrder::DayMonthYear;
    info("no field exceeds 12 and both orders keep the messages in time order, so this is a guess");
    findings.push_back({Severity::Warning, file, f.firstLine, -1,
                        "the day/month order of the dates on " + where +
                            " cannot be decided (no field exceeds 12); they were read as day/month/year. If they are "
                            "month/day/year, import again with --date-order mdy.",
                        {}});
    return Basis::Default;
}

std::optional<std::int64_t> DateOrderResolver::timestamp(const Header &h, DateProblem &problem, int &year) const
{
    problem = DateProblem::None;
    int written = 0;
    unsigned month = 0;
    unsigned day = 0;
    switch (h.shape) {
    case Header::DateShape::Named:
        if (!h.hasYear) {
            problem = DateProblem::NoYear;
            return std::nullopt;
        }
        day = h.field[0];
        month = h.field[1];
        written = h.field[2];
        break;
    case Header::DateShape::YearFirst:
        written = h.field[0];
        month = h.field[1];
        day = h.field[2];
        break;
    case Header::DateShape::Numeric: {
        const Family *f = findFamily(h.family);
        const DateOrder order = f ? f->order : DateOrder::DayMonthYear;
        if (order == DateOrder::YearMonthDay) {
            written = h.field[0];
            month = h.field[1];
            day = h.field[2];
        } else {
            const bool monthFirst = order == DateOrder::MonthDayYear;
            month = h.field[monthFirst ? 0 : 1];
            day = h.field[monthFirst ? 1 : 0];
            written = h.field[2];
        }
        break;
    }
    }
    year = written;
    const int gregorian = gregorianYear(h, written, problem);
    if (gregorian == 0)
        return std::nullopt;
    const auto ms = timeutil::toEpochMs(gregorian, month, day, h.hour, h.minute, h.second);
    if (!ms)
        problem = DateProblem::InvalidDate;
    return ms;
}

} // namespace tb::core::whatsapp
