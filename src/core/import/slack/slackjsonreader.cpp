#include "slackjsonreader.h"

#include "util/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

namespace tb::core {

namespace {

// Records where nlohmann's parser gives up; used only after simdjson rejected a file, to tell the
// user a line number (simdjson's DOM parser does not report positions).
struct ErrorPosition : nlohmann::json_sax<nlohmann::json> {
    std::size_t position = 0;
    bool failed = false;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string &, const nlohmann::detail::exception &) override
    {
        position = pos;
        failed = true;
        return false;
    }
};

} // namespace

SlackJsonReader::SlackJsonReader() = default;

static_assert(kInputPadding >= simdjson::SIMDJSON_PADDING, "simdjson reads this far past the end");

void SlackJsonReader::copyIn(std::string_view bytes)
{
    char *data = m_repaired.reserve(bytes.size());
    std::memcpy(data, bytes.data(), bytes.size());
    std::memset(data + bytes.size(), 0, kInputPadding);
    m_data = data;
    m_size = bytes.size();
}

bool SlackJsonReader::load(const InputSource &input, const InputEntry &entry, std::vector<Finding> &findings)
{
    auto bytes = input.readInto(entry, m_buffer);
    if (!bytes) {
        findings.push_back({ Severity::Error, entry.path, 0, -1,
            bytes.error().message + "; the file was skipped, the rest of the export was imported", {} });
        m_size = 0;
        m_fileSize = 0;
        return false;
    }
    m_fileSize = bytes->size();
    const std::string_view view = text::stripBom(*bytes); // the padding still follows it
    m_data = view.data();
    m_size = view.size();
    return true;
}

std::int64_t SlackJsonReader::lineOfJsonError(std::string_view bytes)
{
    ErrorPosition handler;
    try {
        nlohmann::json::sax_parse(bytes.begin(), bytes.end(), &handler);
    } catch (...) {
        return 0;
    }
    if (!handler.failed)
        return 0;
    const std::size_t end = std::min(handler.position, bytes.size());
    return 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end), '\n');
}

bool SlackJsonReader::iterate(const InputSource &input, const InputEntry &entry, simdjson::ondemand::document &doc)
{
    std::vector<Finding> unused; // parse() reports the same problem when it reads the file again
    if (!load(input, entry, unused) || text::trim(lastBytes()).empty())
        return false;
    return m_onDemand.iterate(m_data, m_size, m_size + kInputPadding).get(doc) == simdjson::SUCCESS;
}

bool SlackJsonReader::parse(const InputSource &input, const InputEntry &entry, const char *what,
    simdjson::dom::element &root, std::vector<Finding> &findings)
{
    if (!load(input, entry, findings))
        return false;
    if (text::trim(lastBytes()).empty()) {
        findings.push_back({ Severity::Warning, entry.path, 0, -1,
            std::string("this ") + what + " is empty (not even []); nothing to import from it", {} });
        return false;
    }
    auto error = m_parser.parse(m_data, m_size, false).get(root);
    if (error == simdjson::UTF8_ERROR) {
        std::size_t replaced = 0;
        const std::string repaired = text::repairUtf8(lastBytes(), &replaced);
        copyIn(repaired);
        findings.push_back({ Severity::Warning, entry.path, 0, -1,
            std::to_string(replaced)
                + " invalid UTF-8 sequence(s) replaced by U+FFFD; the export was damaged or "
                  "re-encoded, check the affected messages",
            {} });
        error = m_parser.parse(m_data, m_size, false).get(root);
    }
    if (error) {
        const std::int64_t line = lineOfJsonError(lastBytes());
        findings.push_back({ Severity::Error, entry.path, line, -1,
            std::string("this ") + what + " is not valid JSON (" + simdjson::error_message(error)
                + "); none of its messages were imported, the rest of the export was; "
                  "re-export it or repair the file",
            {} });
        return false;
    }
    return true;
}

} // namespace tb::core
