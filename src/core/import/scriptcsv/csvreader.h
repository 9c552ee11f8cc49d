#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core::scriptcsv {

// The delimiter of the header line (the text up to the first line break outside quotes): whichever
// of ',', ';' and tab occurs most often outside quotes; ',' when none does.
char sniffDelimiter(std::string_view text);

// An RFC 4180 reader over UTF-8 text: fields in double quotes may hold the delimiter, line breaks and
// "" for a quote; records end at LF, CRLF or a lone CR. Lenient where files in the wild are: spaces
// before an opening quote, text after a closing quote, and a quote inside an unquoted field are kept.
class CsvReader {
public:
    CsvReader(std::string_view text, char delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    // Reads the next record into FIELDS; false at the end of the text.
    bool next(std::vector<std::string> &fields);

    // The 1-based line the last record started on.
    std::size_t line() const { return m_recordLine; }
    // The last record was an empty line.
    bool blank() const { return m_blank; }
    // The last record has a quoted field that never closed: it ran to the end of the text.
    bool unterminated() const { return m_unterminated; }
    // How far the reader has got, for progress.
    std::size_t position() const { return m_pos; }

private:
    void readQuoted(std::string &field);

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_recordLine = 0;
    bool m_blank = false;
    bool m_unterminated = false;
};

} // namespace tb::core::scriptcsv
