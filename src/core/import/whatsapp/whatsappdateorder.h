#pragma once

#include "domain/finding.h"
#include "import/dateorderdecision.h"
#include "import/importoptions.h"
#include "whatsappheader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tb::core::whatsapp {

// Why a header got no timestamp (or got one by assumption); tallied per file and reported once.
enum class DateProblem { None, NoYear, UnknownCalendar, InvalidDate, AssumedBuddhist };

struct DateProblemTally {
    std::uint64_t count[5] = {};
    std::int64_t firstLine[5] = {};
    int firstYear[5] = {};
    void note(DateProblem problem, std::int64_t line, int year);
    void report(const std::string &file, std::vector<Finding> &findings) const;
};

// Decides, for each layout family in a file, whether "01/02/21" is day/month or month/day.
// Evidence in order of strength: a 4-digit (or era) first field means year/month/day; a first
// field above 12 means day first, a second above 12 month first; otherwise the order under which
// the messages run forward in time. When nothing decides, ImportOptions::ambiguousDateOrder (a
// person's choice) or else day/month/year, with a Warning that says how to override
// (--date-order, ImportOptions::dateOrder).
class DateOrderResolver {
public:
    void observe(const Header &header, std::int64_t line);
    // Fixes every family's order, reports each decision as data in DECISIONS and explains it in
    // FINDINGS (Info, or Warning when it is a guess or contradicts the evidence).
    void decide(const ImportOptions &options, const std::string &file, std::vector<Finding> &findings,
                std::vector<DateOrderDecision> &decisions);
    // Wall-clock time of HEADER taken as UTC (WhatsApp writes local time without a zone).
    std::optional<std::int64_t> timestamp(const Header &header, DateProblem &problem, int &year) const;

private:
    struct Family {
        std::uint16_t id = 0;
        Header::DateShape shape = Header::DateShape::Numeric;
        std::int64_t firstLine = 0;
        std::int64_t lastLine = 0;
        std::uint64_t headers = 0;
        std::uint64_t over12[2] = {};     // headers whose first / second field exceeds 12
        std::int64_t over12Line[2] = {};  // the first such line
        std::uint16_t over12Value[2] = {};
        std::int64_t previous[2] = {};    // last sort key under day-first / month-first
        bool hasPrevious[2] = {};
        std::uint64_t decreases[2] = {};  // steps back in time under day-first / month-first
        DateOrder order = DateOrder::DayMonthYear;
    };

    Family &familyFor(std::uint16_t id, Header::DateShape shape, std::int64_t line);
    const Family *findFamily(std::uint16_t id) const;
    DateOrderDecision::Basis decideFamily(Family &family, const ImportOptions &options, const std::string &file,
                                          std::vector<Finding> &findings) const;

    std::vector<Family> m_families; // a file has one, sometimes two
};

} // namespace tb::core::whatsapp
