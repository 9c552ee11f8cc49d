#pragma once

#include <simdjson.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace tb::core::twitter {

// The JSON inside "window.YTD.tweets.part0 = [ ... ]" (or a bare JSON array or object): from the first
// OPEN bracket after '=' to the end, without trailing whitespace or ';'. The archive's files are
// JavaScript assignments; they are never evaluated.
struct YtdPayload {
    std::string_view json;
    std::string_view globalName; // "window.YTD.tweets.part0"; empty for bare JSON
};
std::optional<YtdPayload> locatePayload(std::string_view content, char open);

// Walks the elements of a top-level JSON array. A file that does not parse as a whole (truncated,
// a stray byte) is split into its top-level elements, which are parsed one by one, so one damaged
// record costs that record only.
class YtdReader {
public:
    struct Outcome {
        std::size_t records = 0; // elements handed to the callback
        std::size_t badRecords = 0; // elements that did not parse
        std::size_t repairedBytes = 0; // invalid UTF-8 bytes replaced by U+FFFD
        bool salvaged = false; // the file had to be read element by element
        bool unterminated = false; // the array never closed: the file is cut short
        std::string firstError; // simdjson's word for the first failure
    };
    using ElementFn = std::function<void(simdjson::dom::element element, std::size_t record)>;
    using BadFn = std::function<void(std::size_t record, std::string_view error)>;

    // Calls ELEMENT for each element of the array JSON (or once for a top-level object) and BAD for
    // each element that is not valid JSON. PADDING is how many bytes after JSON belong to the same
    // buffer: with simdjson's padding there, a large file is parsed where it lies instead of copied.
    Outcome forEach(std::string_view json, std::size_t padding, const ElementFn &element, const BadFn &bad);

    // Parses one JSON object (manifest.js); nullopt with ERROR set when it is not valid.
    std::optional<simdjson::dom::element> parseOne(std::string_view json, std::string &error);

private:
    bool parseWhole(std::string_view json, std::size_t padding, const ElementFn &element, Outcome &outcome);
    void salvage(std::string_view json, const ElementFn &element, const BadFn &bad, Outcome &outcome);

    simdjson::dom::parser m_parser;
    simdjson::padded_string m_buffer;
};

} // namespace tb::core::twitter
