#include "dateorderdecision.h"

namespace tb::core {

bool DateOrderDecision::inferred() const
{
    return basis == Basis::MonthName || basis == Basis::YearFirst || basis == Basis::FieldOver12
        || basis == Basis::TimeOrder;
}

std::string_view dateOrderFlag(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return "dmy";
    case DateOrder::MonthDayYear:
        return "mdy";
    case DateOrder::YearMonthDay:
        return "ymd";
    case DateOrder::Auto:
        break;
    }
    return "auto";
}

std::optional<DateOrder> dateOrderFromFlag(std::string_view flag)
{
    for (const DateOrder order :
        { DateOrder::Auto, DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::YearMonthDay }) {
        if (flag == dateOrderFlag(order))
            return order;
    }
    return std::nullopt;
}

std::string_view dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return "day/month/year";
    case DateOrder::MonthDayYear:
        return "month/day/year";
    case DateOrder::YearMonthDay:
        return "year/month/day";
    case DateOrder::Auto:
        break;
    }
    return "inferred";
}

} // namespace tb::core
