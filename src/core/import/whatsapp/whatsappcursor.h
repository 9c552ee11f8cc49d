#pragma once

#include <cstddef>

namespace tb::core::whatsapp {

// Walks the start of a line one code point at a time, the way the header parser wants to see it:
// direction and embedding marks and BOMs vanish, Arabic-Indic digits read as ASCII digits, the
// Arabic comma as ',', NBSP/U+202F/thin spaces as ' ', en/em dashes as '-'. Ill-formed UTF-8
// reads as U+FFFD one byte at a time, so unrepaired bytes are safe. Copying a cursor is how the
// parser looks ahead. A budget of code points keeps a pathological line from costing more than
// a header's worth of work.
class Cursor {
public:
    Cursor(const char *begin, const char *end) : m_end(end), m_consumedEnd(begin) { load(begin); }

    // The current code point, normalised; 0 at the end of the line or of the budget.
    char32_t peek() const { return m_cur; }
    void next()
    {
        m_consumedEnd = m_curEnd;
        ++m_count;
        load(m_curEnd);
    }
    // Just past the last code point next() consumed (marks after it are not consumed).
    const char *consumedEnd() const { return m_consumedEnd; }

    static bool isInvisible(char32_t cp)
    {
        return cp == 0xFEFF || cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0x061C ||
               (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    // Decodes the code point at P (P < END); LEN receives its length. Ill-formed: U+FFFD, LEN 1.
    static char32_t decode(const char *p, const char *end, std::size_t &len)
    {
        const auto b0 = static_cast<unsigned char>(p[0]);
        const std::size_t n = b0 < 0x80 ? 1 : (b0 >= 0xC2 && b0 <= 0xDF) ? 2 : (b0 >= 0xE0 && b0 <= 0xEF) ? 3
                                                                          : (b0 >= 0xF0 && b0 <= 0xF4) ? 4 : 0;
        len = 1;
        if (n == 1)
            return b0;
        if (n == 0 || static_cast<std::size_t>(end - p) < n)
            return 0xFFFD;
        char32_t cp = b0 & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
        for (std::size_t i = 1; i < n; ++i) {
            const auto b = static_cast<unsigned char>(p[i]);
            if ((b & 0xC0) != 0x80)
                return 0xFFFD;
            cp = (cp << 6) | (b & 0x3F);
        }
        len = n;
        return cp;
    }

private:
    static constexpr int kBudget = 96;

    void load(const char *p)
    {
        m_cur = 0;
        m_curEnd = p;
        if (m_count >= kBudget)
            return;
        while (p < m_end) {
            std::size_t len = 1;
            const char32_t cp = decode(p, m_end, len);
            if (isInvisible(cp)) {
                p += len;
                continue;
            }
            m_cur = map(cp);
            m_curEnd = p + len;
            return;
        }
        m_curEnd = p;
    }

    static char32_t map(char32_t cp)
    {
        if (cp == 0)
            return 0xFFFD;
        if (cp < 0x80)
            return cp;
        if (cp >= 0x0660 && cp <= 0x0669)
            return '0' + (cp - 0x0660);
        if (cp >= 0x06F0 && cp <= 0x06F9)
            return '0' + (cp - 0x06F0);
        if (cp == 0x060C)
            return ',';
        if (cp == 0x00A0 || cp == 0x202F || cp == 0x2007 || cp == 0x2009)
            return ' ';
        if ((cp >= 0x2012 && cp <= 0x2014) || cp == 0x2212)
            return '-';
        return cp;
    }

    const char *m_end;
    const char *m_consumedEnd;
    const char *m_curEnd = nullptr;
    char32_t m_cur = 0;
    int m_count = 0;
};

} // namespace tb::core::whatsapp
