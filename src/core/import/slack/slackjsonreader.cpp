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

void SlackJsonReader::copyIn(std::string_view bytes)
{
    const std::size_t needed = bytes.size() + simdjson::SIMDJSON_PADDING;
    if (needed > m_capacity) {
        m_capacity = std::max(needed, m_capacity * 2);
        m_buffer = std::make_unique<char[]>(m_capacity);
    }
    std::memcpy(m_buffer.get(), bytes.data(), bytes.size());
    std::memset(m_buffer.get() + bytes.size(), 0, simdjson::SIMDJSON_PADDING);
    m_data = m_buffer.get();
    m_size = bytes.size();
}

void SlackJsonReader::use(std::string &&bytes)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; an input that reads files into
    // strings with that much spare capacity spares us a copy of every file.
    m_read = std::move(bytes);
    const std::string_view view = text::stripBom(m_read);
    if (m_read.capacity() - m_read.size() < simdjson::SIMDJSON_PADDING) {
        copyIn(view);
        return;
    }
    m_data = view.data();
    m_size = view.size();
}

bool SlackJsonReader::load(const InputSource &input, const InputEntry &entry, std::vector<Finding> &findings)
{
    auto bytes = input.read(entry);
    if (!bytes) {
        findings.push_back({ Severity::Error, entry.path, 0, -1,
            bytes.error().message + "; the file was skipped, the rest of the export was imported", {} });
        m_size = 0;
        m_fileSize = 0;
        return false;
    }
    m_fileSize = bytes->size();
    use(std::move(*bytes));
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
