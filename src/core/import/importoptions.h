#pragma once

#include <string>
#include <vector>

namespace tb::core {

enum class DateOrder { Auto, DayMonthYear, MonthDayYear, YearMonthDay };

// How a CSV's columns map onto messages; empty names mean "recognise the layout by its header".
struct ColumnMapping {
    std::string speaker;
    std::string text;
    std::vector<std::string> conversationKeys; // e.g. {"season", "episode"}; scene goes in sceneKey
    std::string sceneKey;
    std::string order;                         // a numeric column giving the line order
};

struct ImportOptions {
    std::string format;                 // empty: detect by content
    DateOrder dateOrder = DateOrder::Auto;          // forces an order on every numeric date
    // Used only where the export does not decide the order (Auto: day/month/year); unlike
    // dateOrder it never overrides what the dates themselves show.
    DateOrder ambiguousDateOrder = DateOrder::Auto;
    ColumnMapping columns;
};

} // namespace tb::core
