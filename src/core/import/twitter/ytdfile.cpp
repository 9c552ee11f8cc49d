#include "ytdfile.h"

#include "util/text.h"

namespace tb::core::twitter {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trimTail(std::string_view s)
{
    while (!s.empty() && (isSpace(s.back()) || s.back() == ';'))
        s.remove_suffix(1);
    return s;
}

// The end of the top-level value starting at S[I] (which is not whitespace): the index of the ','
// or ']' that follows it at depth 0, or S.size() when the text ends first.
std::size_t valueEnd(std::string_view s, std::size_t i)
{
    int depth = 0;
    bool inString = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            if (depth == 0)
                return i; // the array's own closing bracket
            --depth;
        } else if (c == ',' && depth == 0)
            return i;
    }
    return s.size();
}

} // namespace

std::optional<YtdPayload> locatePayload(std::string_view content, char open)
{
    content = text::stripBom(content);
    std::size_t i = 0;
    while (i < content.size() && isSpace(content[i]))
        ++i;
    YtdPayload payload;
    if (i < content.size() && (content[i] == '[' || content[i] == '{')) {
        payload.json = trimTail(content.substr(i));
        return payload;
    }
    const std::size_t eq = content.find('=', i);
    if (eq == std::string_view::npos)
        return std::nullopt;
    payload.globalName = text::trim(content.substr(i, eq - i));
    const std::size_t start = content.find(open, eq + 1);
    if (start == std::string_view::npos)
        return std::nullopt;
    // Only whitespace may stand between '=' and the bracket; anything else is not an archive file.
    for (std::size_t k = eq + 1; k < start; ++k) {
        if (!isSpace(content[k]))
            return std::nullopt;
    }
    payload.json = trimTail(content.substr(start));
    return payload;
}

YtdReader::Outcome YtdReader::forEach(
    std::string_view json, std::size_t padding, const ElementFn &element, const BadFn &bad)
{
    Outcome outcome;
    std::string repaired;
    if (!parseWhole(json, padding, element, outcome)) {
        if (outcome.firstError == simdjson::error_message(simdjson::UTF8_ERROR)) {
            repaired = text::repairUtf8(json, &outcome.repairedBytes);
            json = repaired;
            outcome.firstError.clear();
        }
        if (repaired.empty() || !parseWhole(json, 0, element, outcome))
            salvage(json, element, bad, outcome);
    }
    // The parser keeps buffers as large as the largest file; give a big one's memory back at once.
    constexpr std::size_t kLargeDocument = 32u << 20;
    if (json.size() > kLargeDocument) {
        m_parser = simdjson::dom::parser();
        m_buffer = simdjson::padded_string();
    }
    return outcome;
}

bool YtdReader::parseWhole(std::string_view json, std::size_t padding, const ElementFn &element, Outcome &outcome)
{
    simdjson::dom::element root;
    simdjson::error_code error;
    if (padding >= simdjson::SIMDJSON_PADDING) {
        error = m_parser.parse(json.data(), json.size(), false).get(root);
    } else {
        m_buffer = simdjson::padded_string(json);
        error = m_parser.parse(m_buffer).get(root);
    }
    if (error) {
        outcome.firstError = simdjson::error_message(error);
        return false;
    }
    simdjson::dom::array array;
    if (root.get_array().get(array)) {
        element(root, 0);
        outcome.records = 1;
        return true;
    }
    std::size_t record = 0;
    for (simdjson::dom::element item : array)
        element(item, record++);
    outcome.records = record;
    return true;
}

void YtdReader::salvage(std::string_view json, const ElementFn &element, const BadFn &bad, Outcome &outcome)
{
    outcome.salvaged = true;
    std::size_t i = json.empty() || json.front() != '[' ? 0 : 1;
    std::size_t record = 0;
    bool closed = false;
    while (i < json.size()) {
        while (i < json.size() && isSpace(json[i]))
            ++i;
        if (i >= json.size())
            break;
        if (json[i] == ']') {
            closed = true;
            break;
        }
        const std::size_t end = valueEnd(json, i);
        const std::string_view item = text::trim(json.substr(i, end - i));
        if (!item.empty()) {
            m_buffer = simdjson::padded_string(item);
            simdjson::dom::element value;
            if (const auto error = m_parser.parse(m_buffer).get(value); error) {
                ++outcome.badRecords;
                if (outcome.firstError.empty())
                    outcome.firstError = simdjson::error_message(error);
                bad(record, simdjson::error_message(error));
            } else {
                element(value, record);
                ++outcome.records;
            }
            ++record;
        }
        if (end >= json.size())
            break;
        if (json[end] == ']') {
            closed = true;
            break;
        }
        i = end + 1;
    }
    outcome.unterminated = !closed;
}

std::optional<simdjson::dom::element> YtdReader::parseOne(std::string_view json, std::string &error)
{
    m_buffer = simdjson::padded_string(json);
    simdjson::dom::element root;
    if (const auto code = m_parser.parse(m_buffer).get(root); code) {
        error = simdjson::error_message(code);
        return std::nullopt;
    }
    return root;
}

} // namespace tb::core::twitter
