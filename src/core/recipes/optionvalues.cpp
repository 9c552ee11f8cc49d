#include "recipes/optionvalues.h"

#include "util/text.h"
#include "util/timeutil.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace tb::core {

std::optional<bool> parseBoolOption(std::string_view text)
{
    const std::string lower = text::toLowerAscii(text::trim(text));
    if (lower == "true" || lower == "yes" || lower == "on" || lower == "1")
        return true;
    if (lower == "false" || lower == "no" || lower == "off" || lower == "0")
        return false;
    return std::nullopt;
}

std::optional<std::int64_t> parseIntOption(std::string_view text)
{
    text = text::trim(text);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseDurationOption(std::string_view text)
{
    text = text::trim(text);
    std::int64_t unit = 1;
    if (!text.empty()) {
        switch (text.back()) {
        case 's': unit = 1; break;
        case 'm': unit = 60; break;
        case 'h': unit = 3600; break;
        case 'd': unit = 86400; break;
        default: unit = 0; break;
        }
        if (unit != 0)
            text.remove_suffix(1);
        else
            unit = 1;
    }
    const auto number = parseIntOption(text);
    if (!number || *number < 0 || *number > (std::int64_t(1) << 40))
        return std::nullopt;
    return *number * unit;
}

std::vector<std::string> parseListOption(std::string_view text)
{
    std::vector<std::string> out;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view item = text::trim(text.substr(0, comma));
        if (!item.empty())
            out.emplace_back(item);
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

std::string decodeEscapes(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char next = text[++i];
        switch (next) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '\\': out += '\\'; break;
        default:
            out += '\\';
            out += next;
        }
    }
    return out;
}

namespace recipes {

namespace {

bool isNameChar(char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (!first && ((c >= '0' && c <= '9') || c == '-' || c == '_'));
}

// Calls VISIT(begin, length, name) for each placeholder of TEXT.
template <typename Visit>
void forEachPlaceholder(std::string_view text, Visit visit)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{')
            continue;
        std::size_t j = i + 1;
        while (j < text.size() && isNameChar(text[j], j == i + 1))
            ++j;
        if (j > i + 1 && j < text.size() && text[j] == '}') {
            visit(i, j + 1 - i, text.substr(i + 1, j - i - 1));
            i = j;
        }
    }
}

// Which placeholders a template option fills in; empty: not a template.
std::vector<std::string_view> placeholdersOf(RecipeKind kind, std::string_view key)
{
    if (key == "system-prompt") {
        switch (kind) {
        case RecipeKind::ReplyAsMe: return {"me", "other", "channel"};
        case RecipeKind::PostsInMyVoice: return {"me", "channel"};
        case RecipeKind::Character: return {"character", "channel"};
        case RecipeKind::NextSpeaker: return {"channel"};
        }
    }
    if (key == "user-prompt")
        return {"date", "channel"};
    if (key == "prefix")
        return {"speaker"};
    return {};
}

bool takesEscapes(std::string_view key)
{
    return key == "separator" || key == "joiner" || key == "negative-label";
}

std::int64_t minimumOf(std::string_view key)
{
    return (key == "context" || key == "context-depth") ? 1 : 0;
}

std::string joinNames(const std::vector<std::string_view> &names, std::string_view open, std::string_view close)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? " and " : ", ";
        out.append(open).append(names[i]).append(close);
    }
    return out;
}

bool isIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    const auto year = parseIntOption(text.substr(0, 4));
    const auto month = parseIntOption(text.substr(5, 2));
    const auto day = parseIntOption(text.substr(8, 2));
    return year && month && day && *month > 0 && *day > 0
        && timeutil::isValidDate(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
}

std::optional<std::string> checkValue(RecipeKind kind, const OptionSpec &spec, const std::string &value)
{
    const std::string where = "option " + spec.key + ": ";
    switch (spec.type) {
    case OptionType::Bool:
        if (!parseBoolOption(value))
            return where + "'" + value + "' is not a yes/no value; it takes true or false";
        break;
    case OptionType::Int: {
        const auto number = parseIntOption(value);
        const auto minimum = minimumOf(spec.key);
        if (!number || *number < minimum || *number > 1'000'000)
            return where + "'" + value + "' is not a whole number from " + std::to_string(minimum) + " up";
        break;
    }
    case OptionType::Duration:
        if (!parseDurationOption(value))
            return where + "'" + value + "' is not a duration; it takes seconds, or a number with s, m, h or d "
                           "(e.g. 90, 15m, 6h)";
        break;
    case OptionType::Choice:
        if (std::find(spec.choices.begin(), spec.choices.end(), value) == spec.choices.end()) {
            std::vector<std::string_view> choices(spec.choices.begin(), spec.choices.end());
            return where + "'" + value + "' is not one of " + joinNames(choices, "", "");
        }
        break;
    case OptionType::Text: {
        if ((spec.key == "from" || spec.key == "to") && !value.empty() && !isIsoDate(text::trim(value)))
            return where + "'" + value + "' is not a date; it takes YYYY-MM-DD, e.g. 2023-01-31";
        const auto allowed = placeholdersOf(kind, spec.key);
        std::optional<std::string> error;
        forEachPlaceholder(value, [&](std::size_t, std::size_t, std::string_view name) {
            if (!error && std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                error = where + "unknown placeholder {" + std::string(name) + "}; "
                    + (allowed.empty() ? std::string("it takes none") : "it takes " + joinNames(allowed, "{", "}"));
        });
        if (error)
            return error;
        break;
    }
    case OptionType::StringList:
        break;
    }
    return std::nullopt;
}

} // namespace

Result<OptionValues> OptionValues::validate(RecipeKind kind, const RecipeOptions &options)
{
    const auto &specs = optionSpecs(kind);
    for (const auto &[key, value] : options.values()) {
        if (!findOptionSpec(kind, key)) {
            std::vector<std::string_view> keys;
            for (const auto &s : specs)
                keys.push_back(s.key);
            return Error{"option " + key + ": " + std::string(toString(kind)) + " has no such option; it takes "
                         + joinNames(keys, "", "")};
        }
    }
    OptionValues out;
    for (const auto &s : specs) {
        const auto given = options.values().find(s.key);
        const std::string &value = given == options.values().end() ? s.defaultValue : given->second;
        if (auto problem = checkValue(kind, s, value))
            return Error{*problem};
        out.m_values.emplace(s.key, takesEscapes(s.key) ? decodeEscapes(value) : value);
    }
    return out;
}

const std::string &OptionValues::raw(std::string_view key) const
{
    static const std::string empty;
    const auto it = m_values.find(key);
    return it == m_values.end() ? empty : it->second;
}

bool OptionValues::has(std::string_view key) const
{
    return m_values.find(key) != m_values.end();
}

bool OptionValues::flag(std::string_view key) const
{
    return parseBoolOption(raw(key)).value_or(false);
}

std::int64_t OptionValues::integer(std::string_view key) const
{
    return parseDurationOption(raw(key)).value_or(parseIntOption(raw(key)).value_or(0));
}

const std::string &OptionValues::text(std::string_view key) const
{
    return raw(key);
}

std::vector<std::string> OptionValues::list(std::string_view key) const
{
    return parseListOption(raw(key));
}

std::vector<std::string> placeholdersIn(std::string_view text)
{
    std::vector<std::string> out;
    forEachPlaceholder(text, [&](std::size_t, std::size_t, std::string_view name) { out.emplace_back(name); });
    return out;
}

std::string renderTemplate(std::string_view text, const std::map<std::string, std::string, std::less<>> &values)
{
    std::string out;
    std::size_t at = 0;
    forEachPlaceholder(text, [&](std::size_t begin, std::size_t length, std::string_view name) {
        const auto it = values.find(name);
        if (it == values.end())
            return;
        out.append(text.substr(at, begin - at)).append(it->second);
        at = begin + length;
    });
    out.append(text.substr(at));
    return out;
}

} // namespace recipes
} // namespace tb::core
