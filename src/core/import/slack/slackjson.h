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

// A nested part of a message (user_profile, blocks, attachments, a legacy comment, slackdump's
// replies) that the importer reads only now and then. The DOM reader has it parsed already; the
// On-Demand reader of day files keeps only its JSON text and parses it when asked, which spares
// building the bulk of every message (reactions, files, profiles) that nobody reads.
class Nested {
public:
    Nested() = default;
    explicit Nested(simdjson::dom::element parsed)
        : m_parsed(parsed)
        , m_present(true)
        , m_isParsed(true)
    {
    }
    Nested(std::string_view json, simdjson::dom::parser &parser)
        : m_json(json)
        , m_parser(&parser)
        , m_present(true)
    {
    }

    bool present() const { return m_present; }
    // The value. Parsing the JSON text first reuses the parser given, so this invalidates the
    // elements an earlier get() of another Nested with the same parser returned. False when absent,
    // or when the text does not parse (then ERROR, if given, says why): the On-Demand reader only
    // skipped over it, so it may be malformed, or nested deeper than the parser follows.
    bool get(simdjson::dom::element &out, simdjson::error_code *error = nullptr) const
    {
        if (!m_present)
            return false;
        if (m_isParsed) {
            out = m_parsed;
            return true;
        }
        const auto failure = m_parser->parse(m_json.data(), m_json.size()).get(out);
        if (error)
            *error = failure;
        return failure == simdjson::SUCCESS;
    }

private:
    simdjson::dom::element m_parsed;
    std::string_view m_json;
    simdjson::dom::parser *m_parser = nullptr;
    bool m_present = false;
    bool m_isParsed = false;
};

inline std::string_view firstNonEmpty(
    std::string_view a, std::string_view b, std::string_view c = {}, std::string_view d = {})
{
    return !a.empty() ? a : !b.empty() ? b : !c.empty() ? c : d;
}

} // namespace tb::core::slackjson
