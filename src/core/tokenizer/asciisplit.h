#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace tb::core::asciisplit {

// A hand-written matcher for o200k_base's and cl100k_base's pat_str on ASCII text. PCRE2 spends most
// of the tokenizer's time on matching ~4-byte pieces; on ASCII the leftmost-first choice of each
// alternative is a few table lookups. Whenever the piece would depend on a non-ASCII character (it
// starts on one, a run may continue into one, a lookahead or a contraction sees one) the matcher
// gives up and the caller asks PCRE2 for that one piece, so the result is always the regex's.

enum Flavour : std::uint8_t { None, O200k, Cl100k };

enum Class : std::uint8_t {
    Upper = 1,
    Lower = 2,
    Digit = 4,
    Space = 8,    // \s in ASCII: \t \n \v \f \r and space
    Newline = 16, // \r \n
    Punct = 32,   // [^\s\p{L}\p{N}] in ASCII, control characters included
    High = 64,    // a byte of a non-ASCII character
};

constexpr std::array<std::uint8_t, 256> makeClasses()
{
    std::array<std::uint8_t, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        std::uint8_t k = Punct;
        if (c >= 0x80)
            k = High;
        else if (c >= 'A' && c <= 'Z')
            k = Upper;
        else if (c >= 'a' && c <= 'z')
            k = Lower;
        else if (c >= '0' && c <= '9')
            k = Digit;
        else if (c == '\r' || c == '\n')
            k = Space | Newline;
        else if ((c >= 0x09 && c <= 0x0D) || c == ' ')
            k = Space;
        classes[static_cast<std::size_t>(c)] = k;
    }
    return classes;
}

inline constexpr std::array<std::uint8_t, 256> kClasses = makeClasses();
inline constexpr std::size_t kGiveUp = 0;

class Matcher final {
public:
    Matcher(const unsigned char *text, std::size_t size) : m_s(text), m_n(size) {}

    // The end (> P) of the piece that starts at P, or kGiveUp when PCRE2 has to decide.
    template <Flavour F>
    std::size_t pieceEnd(std::size_t p) const
    {
        const std::uint8_t c = cls(p);
        if (c & (Upper | Lower))
            return letters<F>(p);
        if (c & High)
            return kGiveUp;
        if (F == Cl100k && m_s[p] == '\'') {
            // (?i:'s|'t|'re|'ve|'m|'ll|'d) comes first in cl100k_base.
            const std::size_t k = contraction(p);
            if (k == kBad)
                return kGiveUp;
            if (k > 0)
                return p + k;
        }
        if (c & Digit) {
            // \p{N}{1,3}: a shorter run could go on with a non-ASCII digit.
            std::size_t d = p + 1;
            while (d < p + 3 && (cls(d) & Digit))
                ++d;
            return d < p + 3 && (cls(d) & High) ? kGiveUp : d;
        }
        // [^\r\n\p{L}\p{N}]? before a word: any space but \r \n, or punctuation.
        if (!(c & Newline)) {
            const std::uint8_t next = cls(p + 1);
            if (next & High)
                return kGiveUp;
            if (next & (Upper | Lower))
                return letters<F>(p + 1);
        }
        // ' ?[^\s\p{L}\p{N}]+[\r\n]*' ([\r\n/]* in o200k_base)
        const std::size_t i = m_s[p] == ' ' ? p + 1 : p;
        if (cls(i) & Punct) {
            std::size_t r = i + 1;
            while (cls(r) & Punct)
                ++r;
            if (cls(r) & High)
                return kGiveUp;
            while (r < m_n && (m_s[r] == '\r' || m_s[r] == '\n' || (F == O200k && m_s[r] == '/')))
                ++r;
            return r;
        }
        // What is left starts a whitespace run: \s*[\r\n]+ | \s+(?!\S) | \s+
        std::size_t w = p + 1;
        while (cls(w) & Space)
            ++w;
        if (cls(w) & High)
            return kGiveUp; // Unicode whitespace may go on; a letter decides the lookahead
        for (std::size_t k = w; k > p; --k) {
            if (cls(k - 1) & Newline)
                return k; // \s* backs off to the last newline of the run
        }
        if (w == m_n || w - p == 1)
            return w;
        return w - 1; // leave the last space to the word after it
    }

private:
    static constexpr std::size_t kBad = static_cast<std::size_t>(-1);

    std::uint8_t cls(std::size_t i) const { return i < m_n ? kClasses[m_s[i]] : 0; }
    unsigned char lowerAt(std::size_t i) const { return i < m_n ? static_cast<unsigned char>(m_s[i] | 0x20) : 0; }

    // The letters of a word starting at Q (an ASCII letter), with o200k_base's contraction.
    template <Flavour F>
    std::size_t letters(std::size_t q) const
    {
        if (F == Cl100k) {
            std::size_t r = q + 1;
            while (cls(r) & (Upper | Lower))
                ++r;
            return cls(r) & High ? kGiveUp : r;
        }
        // [A-Z]*[a-z]+ or else [A-Z]+[a-z]*: an upper run, then a lower run if there is one.
        std::size_t u = q;
        while (cls(u) & Upper)
            ++u;
        std::size_t e = u;
        while (cls(e) & Lower)
            ++e;
        if (cls(e) & High)
            return kGiveUp; // a non-ASCII letter or mark would go on with the word
        const std::size_t k = contraction(e);
        return k == kBad ? kGiveUp : e + k;
    }

    // The length of (?i:'s|'t|'re|'ve|'m|'ll|'d) at I, 0 if none, kBad when a non-ASCII character
    // is involved (case-insensitive 's' also matches U+017F LATIN SMALL LETTER LONG S).
    std::size_t contraction(std::size_t i) const
    {
        if (i >= m_n || m_s[i] != '\'')
            return 0;
        if ((cls(i + 1) & High) || (cls(i + 2) & High))
            return kBad;
        switch (lowerAt(i + 1)) {
        case 's':
        case 't':
        case 'm':
        case 'd':
            return 2;
        case 'r':
        case 'v':
            return lowerAt(i + 2) == 'e' ? 3 : 0;
        case 'l':
            return lowerAt(i + 2) == 'l' ? 3 : 0;
        default:
            return 0;
        }
    }

    const unsigned char *m_s;
    std::size_t m_n;
};

} // namespace tb::core::asciisplit
