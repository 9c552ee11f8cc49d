#include "csvreader.h"

#include <algorithm>
#include <array>

namespace tb::core::scriptcsv {

char sniffDelimiter(std::string_view text)
{
    std::array<std::size_t, 3> counts {};
    constexpr std::array<char, 3> kCandidates = { ',', ';', '\t' };
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted) {
            for (std::size_t k = 0; k < kCandidates.size(); ++k)
                counts[k] += c == kCandidates[k];
        }
    }
    const auto best = std::max_element(counts.begin(), counts.end());
    return *best == 0 ? ',' : kCandidates[static_cast<std::size_t>(best - counts.begin())];
}

void CsvReader::readQuoted(std::string &field)
{
    ++m_pos; // the opening quote
    while (true) {
        const std::size_t quote = m_text.find('"', m_pos);
        const std::size_t end = quote == std::string_view::npos ? m_text.size() : quote;
        const std::string_view chunk = m_text.substr(m_pos, end - m_pos);
        // Line breaks inside the field still count as lines of the file.
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            if (chunk[i] == '\n' || (chunk[i] == '\r' && (i + 1 >= chunk.size() || chunk[i + 1] != '\n')))
                ++m_line;
        }
        field.append(chunk);
        if (quote == std::string_view::npos) {
            m_pos = m_text.size();
            m_unterminated = true;
            return;
        }
        if (quote + 1 < m_text.size() && m_text[quote + 1] == '"') {
            field += '"';
            m_pos = quote + 2;
            continue;
        }
        m_pos = quote + 1;
        return;
    }
}

bool CsvReader::next(std::vector<std::string> &fields)
{
    fields.clear();
    m_blank = false;
    m_unterminated = false;
    if (m_pos >= m_text.size())
        return false;
    m_recordLine = m_line;
    std::string field;
    while (true) {
        // Spaces before an opening quote are tolerated: `a, "b, c"` is two fields.
        std::size_t look = m_pos;
        while (look < m_text.size() && m_text[look] == ' ')
            ++look;
        if (look < m_text.size() && m_text[look] == '"') {
            m_pos = look;
            readQuoted(field);
        }
        // The unquoted field, or whatever follows a closing quote, up to the next delimiter or line end.
        std::size_t end = m_pos;
        while (end < m_text.size() && m_text[end] != m_delimiter && m_text[end] != '\n' && m_text[end] != '\r')
            ++end;
        field.append(m_text.substr(m_pos, end - m_pos));
        m_pos = end;
        fields.push_back(std::move(field));
        field.clear();
        if (m_pos >= m_text.size())
            break;
        if (m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        // A line end: LF, CRLF or a lone CR.
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        break;
    }
    m_blank = fields.size() == 1 && fields.front().empty();
    return true;
}

} // namespace tb::core::scriptcsv
