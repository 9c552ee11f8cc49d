#pragma once

#include <simdjson.h>

#include <string_view>

namespace tb::core::slackjson {

// Lenient accessors: a missing key or a value of another type reads as empty, because Slack
// exports change types between eras ("created": "1452837318" and 1568448961 both occur).
inline std::string_view string(simdjson::dom::element e, std::string_view key)
{
    std::string_view v;
    if (e[key].get(v) != simdjson::SUCCESS)
        return {};
    return v;
}

inline bool member(simdjson::dom::element e, std::string_view key, simdjson::dom::element &value)
{
    return e[key].get(value) == simdjson::SUCCESS;
}

inline std::string_view firstNonEmpty(
    std::string_view a, std::string_view b, std::string_view c = {}, std::string_view d = {})
{
    return !a.empty() ? a : !b.empty() ? b : !c.empty() ? c : d;
}

} // namespace tb::core::slackjson
