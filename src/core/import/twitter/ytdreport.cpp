#include "ytdreport.h"

namespace tb::core::twitter {

namespace {

Finding make(Severity severity, const InputEntry &entry, std::int64_t record, std::string reason)
{
    Finding f;
    f.severity = severity;
    f.file = entry.path;
    f.record = record;
    f.reason = std::move(reason);
    return f;
}

} // namespace

std::size_t readYtdArray(YtdReader &reader, const InputEntry &entry, std::string &content, FindingLimiter &findings,
    const YtdReader::ElementFn &element)
{
    const std::size_t size = content.size();
    content.append(simdjson::SIMDJSON_PADDING, ' ');
    struct Restore {
        std::string &s;
        std::size_t n;
        ~Restore() { s.resize(n); }
    } restore { content, size };
    const auto payload = locatePayload(std::string_view(content.data(), size), '[');
    if (!payload) {
        findings.add("files that are not archive data",
            make(Severity::Error, entry, -1,
                "not a Twitter archive data file: expected 'window.YTD.<name>.part0 = [ ... ]' or a JSON "
                "array; nothing was read from it. Re-download the archive if the file is damaged"));
        return 0;
    }
    const std::size_t padding
        = content.size() - static_cast<std::size_t>(payload->json.data() + payload->json.size() - content.data());
    const auto outcome
        = reader.forEach(payload->json, padding, element, [&](std::size_t record, std::string_view error) {
              findings.add("damaged records",
                  make(Severity::Warning, entry, static_cast<std::int64_t>(record),
                      "record " + std::to_string(record) + " is not valid JSON (" + std::string(error)
                          + "); it was skipped and the rest of the file was read"));
          });
    if (outcome.repairedBytes > 0)
        findings.add("files with invalid UTF-8",
            make(Severity::Warning, entry, -1,
                "bytes that are not valid UTF-8 were replaced by U+FFFD: " + std::to_string(outcome.repairedBytes)
                    + ". The file may be damaged"));
    if (outcome.records == 0 && !outcome.firstError.empty() && outcome.salvaged) {
        findings.add("unreadable files",
            make(Severity::Error, entry, -1,
                "nothing could be read (" + outcome.firstError + "); the file is damaged. Re-download the archive"));
    } else if (outcome.unterminated) {
        findings.add("cut-short files",
            make(Severity::Warning, entry, -1,
                "the file ends before its closing ']': it was cut short (an interrupted download or "
                "unzip?). The "
                    + std::to_string(outcome.records)
                    + " records before the cut were read; re-download the archive for the rest"));
    }
    return outcome.records;
}

} // namespace tb::core::twitter
