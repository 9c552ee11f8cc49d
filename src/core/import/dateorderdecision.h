#pragma once

#include "importoptions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

// How the dates of one layout in one file were read (WhatsApp writes "03/04/21" in the phone's
// locale and says nothing about it). Importers report one per layout through ImportSink, so a
// preview can show the decision and let a person choose when the export itself cannot tell.
struct DateOrderDecision {
    enum class Basis {
        MonthName, // the month is written as a name: nothing to decide
        YearFirst, // a 4-digit (or era) first field: year/month/day
        Requested, // ImportOptions::dateOrder forced it
        FieldOver12, // a first (or second) field above 12 can only be a day
        TimeOrder, // only this order keeps the messages in time order
        Contradiction, // both orders meet a field above 12; the one fewer dates contradict
        Default, // nothing decides: ImportOptions::ambiguousDateOrder, else day/month/year
    };

    std::string file; // path inside the export
    std::int64_t firstLine = 0; // the lines this layout covers
    std::int64_t lastLine = 0;
    std::string layout; // how the dates look: "n/n/yy, hh:mm -"
    std::uint64_t headers = 0; // message headers in this layout
    DateOrder order = DateOrder::DayMonthYear; // the order the dates were read in
    Basis basis = Basis::Default;
    std::vector<DateOrder> choices; // orders a person may pick instead; empty when the layout decides

    // The export itself decided the order.
    bool inferred() const;
    // The export does not decide it: the order used is a default (or the lesser evil) and a person
    // should choose from CHOICES.
    bool ambiguous() const { return basis == Basis::Default || basis == Basis::Contradiction; }
};

// "dmy", "mdy", "ymd" or "auto": the words --date-order and the settings use.
std::string_view dateOrderFlag(DateOrder order);
std::optional<DateOrder> dateOrderFromFlag(std::string_view flag);
// "day/month/year"; "inferred" for Auto.
std::string_view dateOrderName(DateOrder order);

} // namespace tb::core
