#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

// Small non-throwing accessors over simdjson's DOM: archives from different years disagree on
// whether ids and counts are strings or numbers, and a missing field must never be an exception.
namespace tb::core::twitter::json {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

inline bool child(element e, std::string_view key, element &out)
{
    object o;
    if (e.get_object().get(o))
        return false;
    return !o.at_key(key).get(out);
}

inline std::string_view str(element e, std::string_view key)
{
    element v;
    std::string_view s;
    if (!child(e, key, v) || v.get_string().get(s))
        return {};
    return s;
}

// A string, or an integer written as text: "id" is a string in every real archive, a number in
// some hand-made ones.
inline std::string idText(element e, std::string_view key)
{
    element v;
    if (!child(e, key, v))
        return {};
    std::string_view s;
    if (!v.get_string().get(s))
        return std::string(s);
    std::uint64_t u = 0;
    if (!v.get_uint64().get(u))
        return std::to_string(u);
    std::int64_t i = 0;
    if (!v.get_int64().get(i))
        return std::to_string(i);
    return {};
}

inline bool flag(element e, std::string_view key)
{
    element v;
    bool b = false;
    if (!child(e, key, v))
        return false;
    if (!v.get_bool().get(b))
        return b;
    std::string_view s;
    return !v.get_string().get(s) && s == "true";
}

inline bool arrayOf(element e, std::string_view key, array &out)
{
    element v;
    return child(e, key, v) && !v.get_array().get(out);
}

inline std::size_t arraySize(element e, std::string_view key)
{
    array a;
    return arrayOf(e, key, a) ? a.size() : 0;
}

} // namespace tb::core::twitter::json
