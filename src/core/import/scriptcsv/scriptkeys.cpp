#include "scriptkeys.h"

#include "util/text.h"

#include <cstdio>

namespace tb::core::scriptcsv {

std::optional<long> numberIn(std::string_view value)
{
    value = text::trim(value);
    std::size_t i = 0;
    // A word before the number: "Season", "S", "Episode", "Ep.", "Series".
    while (i < value.size() && ((value[i] >= 'a' && value[i] <= 'z') || (value[i] >= 'A' && value[i] <= 'Z')))
        ++i;
    if (i > 12)
        return std::nullopt;
    while (i < value.size() && (value[i] == '.' || value[i] == ' ' || value[i] == '#'))
        ++i;
    const std::size_t start = i;
    long number = 0;
    while (i < value.size() && value[i] >= '0' && value[i] <= '9' && i - start < 9)
        number = number * 10 + (value[i++] - '0');
    if (i == start)
        return std::nullopt;
    // "3.0" as pandas writes whole numbers in a float column.
    if (i + 1 < value.size() && value[i] == '.' && value.substr(i + 1).find_first_not_of('0') == std::string_view::npos)
        i = value.size();
    return i == value.size() ? std::optional<long>(number) : std::nullopt;
}

std::string keyPart(std::string_view value)
{
    if (const auto number = numberIn(value))
        return std::to_string(*number);
    std::string out;
    for (const char c : text::trim(value)) {
        if (c == ':')
            out += "%3A";
        else if (c == '%')
            out += "%25";
        else
            out += c;
    }
    return out;
}

std::string conversationName(const std::vector<std::string_view> &values, bool seasonEpisode, std::string_view title)
{
    std::string name;
    title = text::trim(title);
    const auto season = seasonEpisode ? numberIn(values[0]) : std::nullopt;
    const auto episode = seasonEpisode ? numberIn(values[1]) : std::nullopt;
    if (season && episode) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "S%02ldE%02ld", *season, *episode);
        name = buf;
    } else {
        for (const auto value : values) {
            const std::string_view v = text::trim(value);
            if (!v.empty())
                name += (name.empty() ? "" : " ") + std::string(v);
        }
    }
    if (!title.empty() && title != name)
        name += (name.empty() ? "" : " ") + std::string(title);
    return name;
}

std::string fileStem(std::string_view path)
{
    const std::size_t slash = path.rfind('/');
    if (slash != std::string_view::npos)
        path.remove_prefix(slash + 1);
    const std::size_t dot = path.rfind('.');
    if (dot != std::string_view::npos && dot > 0)
        path = path.substr(0, dot);
    return std::string(path);
}

} // namespace tb::core::scriptcsv
