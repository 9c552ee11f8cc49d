#include "scriptfile.h"

#include "csvdecode.h"
#include "csvreader.h"
#include "scriptkeys.h"
#include "util/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tb::core::scriptcsv {

namespace {

constexpr std::size_t kCancelCheckEvery = 4096;

std::string_view cellAt(const std::vector<std::string> &fields, int column)
{
    return column >= 0 && static_cast<std::size_t>(column) < fields.size() ? std::string_view(fields[column])
                                                                           : std::string_view();
}

bool truthy(std::string_view value)
{
    const std::string v = text::toLowerAscii(text::trim(value));
    return v == "true" || v == "1" || v == "yes" || v == "t" || v == "y";
}

std::optional<double> parseNumber(std::string_view value)
{
    value = text::trim(value);
    double number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (value.empty() || ec != std::errc() || end != value.data() + value.size() || !std::isfinite(number))
        return std::nullopt;
    return number;
}

// Text as a person reads it: the cell without surrounding blanks, with Windows line breaks made plain.
std::string readable(std::string_view cell)
{
    cell = text::trim(cell);
    std::string out;
    out.reserve(cell.size());
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] == '\r') {
            out += '\n';
            if (i + 1 < cell.size() && cell[i + 1] == '\n')
                ++i;
        } else {
            out += cell[i];
        }
    }
    return out;
}

// "u9" before "u10": runs of digits compare by value.
bool naturalLess(std::string_view a, std::string_view b)
{
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            while (i < a.size() && a[i] == '0')
                ++i;
            while (j < b.size() && b[j] == '0')
                ++j;
            std::size_t ei = i, ej = j;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            if (ei - i != ej - j)
                return ei - i < ej - j;
            const int c = a.substr(i, ei - i).compare(b.substr(j, ej - j));
            if (c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

Finding ScriptFile::finding(Severity severity, std::size_t line, std::string reason) const
{
    Finding f;
    f.severity = severity;
    f.file = m_entry.path;
    f.line = static_cast<std::int64_t>(line);
    f.reason = std::move(reason);
    return f;
}

void ScriptFile::reportEncoding(int encoding, std::size_t replaced)
{
    switch (static_cast<SourceEncoding>(encoding)) {
    case SourceEncoding::Utf16Le:
    case SourceEncoding::Utf16Be:
        m_out.add(finding(Severity::Info, 0,
            "the file is UTF-16 (Excel's \"Unicode text\"); it was converted to UTF-8"
                + (replaced ? "; " + std::to_string(replaced) + " broken characters became U+FFFD" : std::string())));
        break;
    case SourceEncoding::Windows1252:
        m_out.add(finding(Severity::Warning, 0,
            "the file is not UTF-8; it was read as Windows-1252. Check accented letters and quotes, "
            "or save the file as UTF-8 and import it again"));
        break;
    case SourceEncoding::RepairedUtf8:
        m_out.add(finding(Severity::Warning, 0,
            "bytes that are not valid UTF-8 were replaced by U+FFFD: " + std::to_string(replaced)
                + ". Save the file as UTF-8 and import it again"));
        break;
    default:
        break;
    }
}

ScriptFile::Outcome ScriptFile::import(std::string_view bytes, const ColumnMapping &mapping, bool required)
{
    m_stem = fileStem(m_entry.path);
    DecodedCsv decoded = decodeCsvBytes(bytes);
    const std::string_view text = decoded.text();
    const char delimiter = sniffDelimiter(text);
    CsvReader reader(text, delimiter);
    while (reader.next(m_header) && reader.blank()) { }
    if (m_header.empty() || (m_header.size() == 1 && m_header.front().empty())) {
        m_out.add(finding(required ? Severity::Error : Severity::Info, 0, "the file is empty; nothing was imported"));
        return required ? Outcome::Failed : Outcome::NotAScript;
    }
    ScriptColumns columns;
    std::string error;
    if (!resolveColumns(m_header, mapping, columns, error)) {
        m_out.add(finding(required ? Severity::Error : Severity::Info, reader.line(),
            required ? error : "not read as a script: " + error));
        return required ? Outcome::Failed : Outcome::NotAScript;
    }
    reportEncoding(static_cast<int>(decoded.encoding), decoded.replaced);
    if (columns.conversation.empty())
        m_out.add(finding(Severity::Info, reader.line(),
            "no season or episode column: all lines form one conversation '" + m_stem
                + "'. If the file has such columns, name them with --map conversation=SEASON+EPISODE"));
    if (!readRows(reader, columns))
        return Outcome::Failed;
    orderRows(columns);
    write(columns);
    return Outcome::Imported;
}

std::size_t ScriptFile::groupFor(const std::vector<std::string> &fields, const ScriptColumns &columns)
{
    std::string key = "script:" + m_stem;
    std::vector<std::string_view> values;
    for (const int column : columns.conversation) {
        values.push_back(cellAt(fields, column));
        key += ':' + keyPart(values.back());
    }
    const auto [it, inserted] = m_groupIndex.emplace(key, m_groups.size());
    if (inserted) {
        Group group;
        group.key = key;
        group.name = columns.conversation.empty()
            ? m_stem
            : conversationName(values, columns.seasonEpisode, cellAt(fields, columns.episodeName));
        m_groups.push_back(std::move(group));
    }
    return it->second;
}

long ScriptFile::sceneFor(const std::vector<std::string> &fields, const ScriptColumns &columns, std::size_t episode)
{
    const std::string_view scene = text::trim(cellAt(fields, columns.scene));
    if (columns.scene < 0 || scene.empty())
        return -1;
    std::string key = m_groups[episode].key + ':' + keyPart(scene);
    const auto [it, inserted] = m_groupIndex.emplace(key, m_groups.size());
    if (inserted) {
        Group group;
        group.key = std::move(key);
        const std::string lower = text::toLowerAscii(scene.substr(0, 5));
        group.name = lower == "scene" ? std::string(scene) : "Scene " + std::string(scene);
        group.parentKey = m_groups[episode].key;
        group.scene = true;
        m_groups.push_back(std::move(group));
    }
    return static_cast<long>(it->second);
}

bool ScriptFile::readRows(CsvReader &reader, const ScriptColumns &columns)
{
    std::vector<std::string> fields;
    std::size_t dataRow = 0;
    const std::size_t width = m_header.size();
    while (reader.next(fields)) {
        if (reader.blank())
            continue;
        if (++dataRow % kCancelCheckEvery == 0 && m_out.isCancelled())
            return false;
        const std::size_t line = reader.line();
        if (reader.unterminated())
            m_findings.add("unclosed quotes",
                finding(Severity::Warning, line,
                    "a quoted field opened on this line never closes, so the rest "
                    "of the file was read as one field; check the quotes"));
        const bool hasCells = static_cast<std::size_t>(std::max(columns.text, columns.speaker)) < fields.size();
        if (fields.size() != width)
            m_findings.add("rows with a wrong number of columns",
                finding(Severity::Warning, line,
                    "this row has " + std::to_string(fields.size()) + " fields where the header has "
                        + std::to_string(width)
                        + (hasCells ? "; it was imported, check its speaker and text"
                                    : "; it has no speaker or text cell and was skipped")));
        if (!hasCells)
            continue;
        Row row;
        row.line = line;
        row.dataRow = dataRow;
        row.cell = fields[static_cast<std::size_t>(columns.text)];
        if (text::trim(row.cell).empty()) {
            m_findings.add("empty lines of dialogue",
                finding(Severity::Info, line, "the line of dialogue is empty; it was skipped"));
            continue;
        }
        row.speaker = text::trim(fields[static_cast<std::size_t>(columns.speaker)]);
        if (row.speaker.empty())
            row.flags |= MessageFlag::System; // narration or a stage direction with nobody speaking
        if (truthy(cellAt(fields, columns.deleted)))
            row.flags |= MessageFlag::Deleted;
        if (columns.order >= 0) {
            row.orderText = text::trim(cellAt(fields, columns.order));
            const auto number = parseNumber(row.orderText);
            row.hasOrder = number.has_value();
            row.order = number.value_or(0);
        }
        row.episode = groupFor(fields, columns);
        row.scene = sceneFor(fields, columns, row.episode);
        m_rows.push_back(std::move(row));
    }
    return true;
}

void ScriptFile::orderRows(const ScriptColumns &columns)
{
    if (columns.order < 0)
        return;
    // Numbers sort as numbers; ids like "s01_e02_c03_u004" in natural order. A column mixing both is
    // suspicious: say so once per line.
    const bool anyNumber = std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.hasOrder; });
    const bool anyText = std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return !r.hasOrder; });
    if (anyNumber && anyText) {
        for (const auto &row : m_rows) {
            if (!row.hasOrder)
                m_findings.add("lines without an order number",
                    finding(Severity::Warning, row.line,
                        "the order column '" + m_header[static_cast<std::size_t>(columns.order)] + "' holds '"
                            + row.orderText + "', not a number; the line was put after the numbered ones"));
        }
    }
    const auto before = [](const Row &a, const Row &b) {
        if (a.hasOrder != b.hasOrder)
            return a.hasOrder;
        return a.hasOrder ? a.order < b.order : naturalLess(a.orderText, b.orderText);
    };
    // Most files are in order already; sorting a million rows for nothing is a waste.
    if (!std::is_sorted(m_rows.begin(), m_rows.end(), before))
        std::stable_sort(m_rows.begin(), m_rows.end(), before);
}

void ScriptFile::write(const ScriptColumns &columns)
{
    // Keys come from the order column when its values name each line once; else from row numbers.
    bool uniqueOrder = columns.order >= 0;
    if (uniqueOrder) {
        std::unordered_map<std::string_view, std::size_t> seen;
        for (const auto &row : m_rows) {
            const auto [it, inserted] = seen.emplace(row.orderText, row.line);
            if (row.orderText.empty() || !inserted) {
                m_out.add(finding(Severity::Info, row.line,
                    "the column '" + m_header[static_cast<std::size_t>(columns.order)]
                        + "' does not name each line once ('" + row.orderText
                        + "' again); message keys use row numbers instead"));
                uniqueOrder = false;
                break;
            }
        }
    }
    for (const auto &group : m_groups) {
        Conversation conversation;
        conversation.key = group.key;
        conversation.kind = group.scene ? ConversationKind::Scene : ConversationKind::Episode;
        conversation.name = group.name;
        conversation.parentKey = group.parentKey;
        m_out.add(std::move(conversation));
    }
    const std::string keyPrefix = "script:" + m_stem + ":";
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (i % kCancelCheckEvery == 0 && m_out.isCancelled())
            return;
        Row &row = m_rows[i];
        Message message;
        if (!row.speaker.empty()) {
            message.authorKey = "script:" + row.speaker;
            if (m_participants.insert(message.authorKey).second) {
                Participant participant;
                participant.key = message.authorKey;
                participant.displayName = row.speaker;
                m_out.add(std::move(participant));
            }
        }
        message.key = keyPrefix + (uniqueOrder ? row.orderText : std::to_string(row.dataRow));
        message.conversationKey = m_groups[row.scene >= 0 ? static_cast<std::size_t>(row.scene) : row.episode].key;
        message.text = readable(row.cell);
        message.rawText = std::move(row.cell);
        message.flags = row.flags;
        message.origin = m_entry.path + ":" + std::to_string(row.line);
        m_out.add(std::move(message));
    }
}

} // namespace tb::core::scriptcsv
