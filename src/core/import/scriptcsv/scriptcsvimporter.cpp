#include "scriptcsvimporter.h"

#include "csvdecode.h"
#include "csvreader.h"
#include "scriptfile.h"
#include "scriptlayout.h"
#include "util/text.h"

#include <unordered_set>

namespace tb::core {

using namespace scriptcsv;

namespace {

constexpr std::size_t kPeekBytes = 16 * 1024;
constexpr int kMaxPeeks = 8;

bool looksLikeTable(const std::string &path)
{
    const std::size_t dot = path.rfind('.');
    if (dot == std::string::npos)
        return false;
    const std::string ext = text::toLowerAscii(path.substr(dot + 1));
    return ext == "csv" || ext == "tsv" || ext == "txt" || ext == "tab";
}

bool mappingGiven(const ColumnMapping &mapping)
{
    return !mapping.speaker.empty() || !mapping.text.empty() || !mapping.conversationKeys.empty()
        || !mapping.sceneKey.empty() || !mapping.order.empty();
}

} // namespace

int ScriptCsvImporter::detect(const InputSource &input) const
{
    const bool single = input.entries().size() == 1;
    int best = 0;
    int peeks = 0;
    std::vector<std::string> header;
    for (const auto &entry : input.entries()) {
        if (!single && !looksLikeTable(entry.path))
            continue;
        if (peeks++ >= kMaxPeeks)
            break;
        const auto head = input.peek(entry, kPeekBytes);
        if (!head)
            continue;
        const DecodedCsv decoded = decodeCsvBytes(*head);
        CsvReader reader(decoded.text(), sniffDelimiter(decoded.text()));
        while (reader.next(header) && reader.blank()) { }
        best = std::max(best, scoreHeader(header));
    }
    return best;
}

void ScriptCsvImporter::run(const InputSource &input, const ImportOptions &options, BatchWriter &out) const
{
    FindingLimiter findings(out);
    std::unordered_set<std::string> participants;
    const bool single = input.entries().size() == 1;
    const bool mapped = mappingGiven(options.columns);
    std::size_t imported = 0, failed = 0;
    for (const auto &entry : input.entries()) {
        if (!single && !looksLikeTable(entry.path))
            continue;
        if (out.isCancelled())
            return;
        auto content = input.read(entry);
        if (!content) {
            Finding f;
            f.severity = Severity::Error;
            f.file = entry.path;
            f.reason = content.error().message + "; the file was skipped";
            out.add(std::move(f));
            ++failed;
            continue;
        }
        ScriptFile file(out, findings, entry, participants);
        switch (file.import(*content, options.columns, single || mapped)) {
        case ScriptFile::Outcome::Imported:
            ++imported;
            break;
        case ScriptFile::Outcome::Failed:
            ++failed;
            break;
        case ScriptFile::Outcome::NotAScript:
            break;
        }
        findings.flush();
        out.fileDone(entry.path, entry.size);
    }
    if (imported == 0 && failed == 0) {
        Finding f;
        f.severity = Severity::Error;
        f.reason = "no CSV file with a speaker and a text column was found; point Tunebench at the script's .csv, "
                   "or name its columns with a column mapping";
        out.add(std::move(f));
    }
}

} // namespace tb::core
