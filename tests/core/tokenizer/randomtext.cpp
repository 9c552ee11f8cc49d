#include "randomtext.h"

#include <array>
#include <string_view>
#include <vector>

namespace tb::test {

namespace {

struct Script {
    char32_t first;
    char32_t last;
    char32_t markFirst; // 0: the script has no combining marks here
    char32_t markLast;
};

// Letters (and the marks written with them) of the scripts chat text comes in.
constexpr std::array kScripts{
    Script{U'a', U'z', 0x0300, 0x036F},   // Latin with combining diacritics
    Script{U'A', U'Z', 0x0300, 0x036F},
    Script{0x00C0, 0x024F, 0, 0},         // Latin-1 and Latin Extended
    Script{0x0410, 0x044F, 0, 0},         // Cyrillic
    Script{0x0391, 0x03C9, 0, 0},         // Greek
    Script{0x0621, 0x064A, 0x064B, 0x0652}, // Arabic with harakat
    Script{0x05D0, 0x05EA, 0x05B0, 0x05BC}, // Hebrew with niqqud
    Script{0x0905, 0x0939, 0x093E, 0x094D}, // Devanagari with matras
    Script{0x0E01, 0x0E2E, 0x0E31, 0x0E3A}, // Thai
    Script{0x4E00, 0x9FFF, 0, 0},         // CJK
    Script{0x3041, 0x30FA, 0, 0},         // Hiragana and Katakana
    Script{0xAC00, 0xD7A3, 0, 0},         // Hangul syllables
    Script{0x1100, 0x11FF, 0, 0},         // Hangul jamo
    Script{0x10A0, 0x10FF, 0, 0},         // Georgian
    Script{0x0531, 0x0587, 0, 0},         // Armenian
    Script{0x0980, 0x09FF, 0, 0},         // Bengali (letters, marks, digits mixed)
    Script{0x1D400, 0x1D7FF, 0, 0},       // mathematical alphanumerics (astral letters)
    Script{0x20000, 0x2A6DF, 0, 0},       // CJK extension B (astral)
    // Scripts newer than the Unicode 14.0 PCRE2 knows; tiktoken's regex knows Unicode 16.0.
    Script{0x31350, 0x323AF, 0, 0},       // CJK extension H (15.0)
    Script{0x2EBF0, 0x2EE5D, 0, 0},       // CJK extension I (15.1)
    Script{0x11F04, 0x11F10, 0x11F00, 0x11F03}, // Kawi with its signs (15.0)
    Script{0x13460, 0x143FA, 0, 0},       // Egyptian hieroglyphs extended-A (16.0)
    Script{0x10D4A, 0x10D65, 0x10D69, 0x10D6D}, // Garay (16.0)
    Script{0xA7CB, 0xA7DC, 0, 0},         // Latin Extended-D case pairs (16.0)
    Script{0x323B0, 0x3347F, 0, 0},       // CJK extension J (17.0: unassigned for tiktoken)
};

constexpr std::array<std::string_view, 40> kFixed{
    "<|endoftext|>", "<|endofprompt|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|im_start|>",
    "<@U024BE7LH>", "<#C123|general>", "<https://x.y|label>", "<https://example.com/a?b=1&c=2>", "*bold*",
    "_italic_", "~strike~", "```code```", "`inline`", ":thumbsup:", "&gt; quoted", "<!here>",
    "for (int i = 0; i < n; ++i) {", "def f(x):\n    return x**2\n", "#include <stdio.h>\n", "    if err != nil {\n",
    "SELECT * FROM t WHERE a = 'b';", "{\"key\": [1, 2.5, null]}", "=> std::vector<int>{}", "</div>", "x->y && z || !w",
    "'s", "'S", "'LL", "'ll", "'Re", "'VE", "'m", "'D", "'t", "\u2019s", "'\u017f", "n't", "O'Neil"};

constexpr std::array<char32_t, 21> kSpaces{U' ', U' ', U' ', U'\t', U'\n', U'\n', U'\r', 0x00A0, 0x202F, 0x3000,
    0x2009, 0x180E, 0x0085, 0x2028, 0x2029, 0x000B, 0x000C, 0x200B, 0x1680, 0x205F, 0xFEFF};

} // namespace

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string RandomText::next()
{
    ++m_count;
    std::string out;
    // One string in 100 is long (up to ~60 KB), to exercise long pieces and long whitespace runs.
    const std::uint64_t fragments = m_count % 100 == 0 ? 500 + below(5000) : 1 + below(25);
    for (std::uint64_t i = 0; i < fragments; ++i) {
        appendFragment(out);
        if (below(3) == 0)
            out.push_back(' ');
    }
    return out;
}

void RandomText::appendFragment(std::string &out)
{
    switch (below(14)) {
    case 0:
    case 1:
    case 2:
    case 3: appendWord(out); break;
    case 4: appendEmoji(out); break;
    case 5:
    case 6: appendWhitespace(out); break;
    case 7: appendNumber(out); break;
    case 8:
    case 9: out.append(kFixed[below(kFixed.size())]); break;
    case 10: { // punctuation and symbol runs, sometimes very long
        static constexpr std::string_view kPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        const std::uint64_t n = below(8) == 0 ? 1 + below(300) : 1 + below(5);
        const char c = kPunct[below(kPunct.size())];
        for (std::uint64_t k = 0; k < n; ++k)
            out.push_back(below(3) == 0 ? kPunct[below(kPunct.size())] : c);
        break;
    }
    case 11: appendAnyCodePoint(out); break;
    case 12: { // a word in Title, UPPER or mixed case with a contraction, as the patterns treat case
        static constexpr std::array<std::string_view, 8> kWords{"HELLO", "World", "iPhone", "McDonald", "DON",
            "you", "CAN", "Éric"};
        out.append(kWords[below(kWords.size())]);
        out.append(kFixed[27 + below(13)]);
        break;
    }
    default: { // newlines in every arrangement
        static constexpr std::array<std::string_view, 6> kBreaks{"\r\n", "\n\n", " \n", "\n ", "\r\n\r\n", "\n\t"};
        out.append(kBreaks[below(kBreaks.size())]);
        break;
    }
    }
}

void RandomText::appendWord(std::string &out)
{
    const Script &script = kScripts[below(kScripts.size())];
    const std::uint64_t letters = 1 + below(12);
    for (std::uint64_t i = 0; i < letters; ++i) {
        appendUtf8(out, script.first + static_cast<char32_t>(below(script.last - script.first + 1)));
        if (script.markFirst != 0 && below(4) == 0)
            appendUtf8(out, script.markFirst + static_cast<char32_t>(below(script.markLast - script.markFirst + 1)));
    }
}

void RandomText::appendEmoji(std::string &out)
{
    const auto base = [&] { return static_cast<char32_t>(below(2) ? 0x1F600 + below(0x50) : 0x1F300 + below(0x300)); };
    switch (below(6)) {
    case 0: appendUtf8(out, base()); break;
    case 1: // skin tone
        appendUtf8(out, static_cast<char32_t>(0x1F44A + below(8)));
        appendUtf8(out, static_cast<char32_t>(0x1F3FB + below(5)));
        break;
    case 2: // a ZWJ sequence (family, profession, rainbow flag)
        for (std::uint64_t k = 0, n = 2 + below(3); k < n; ++k) {
            if (k > 0)
                appendUtf8(out, 0x200D);
            appendUtf8(out, static_cast<char32_t>(below(2) ? 0x1F468 + below(4) : 0x1F33E + below(0x40)));
            if (below(3) == 0)
                appendUtf8(out, 0xFE0F);
        }
        break;
    case 3: // flag: two regional indicators
        appendUtf8(out, static_cast<char32_t>(0x1F1E6 + below(26)));
        appendUtf8(out, static_cast<char32_t>(0x1F1E6 + below(26)));
        break;
    case 4: // keycap and dingbats with variation selectors
        appendUtf8(out, static_cast<char32_t>(U'0' + below(10)));
        appendUtf8(out, 0xFE0F);
        appendUtf8(out, 0x20E3);
        break;
    default:
        for (std::uint64_t k = 0, n = 2 + below(10); k < n; ++k)
            appendUtf8(out, base());
    }
}

void RandomText::appendWhitespace(std::string &out)
{
    const std::uint64_t n = below(10) == 0 ? 1 + below(200) : 1 + below(6);
    const char32_t main = kSpaces[below(kSpaces.size())];
    for (std::uint64_t k = 0; k < n; ++k)
        appendUtf8(out, below(3) == 0 ? kSpaces[below(kSpaces.size())] : main);
}

void RandomText::appendNumber(std::string &out)
{
    const std::uint64_t kind = below(6);
    const std::uint64_t digits = kind == 0 ? 10 + below(40) : 1 + below(8);
    for (std::uint64_t k = 0; k < digits; ++k) {
        if (kind == 1)
            appendUtf8(out, static_cast<char32_t>(0x0660 + below(10))); // Arabic-Indic digits
        else if (kind == 2)
            appendUtf8(out, static_cast<char32_t>(0xFF10 + below(10))); // fullwidth
        else if (kind == 3 && k > 0 && below(3) == 0)
            out.append(below(2) ? "," : ".");
        else
            out.push_back(static_cast<char>('0' + below(10)));
    }
    if (kind == 4)
        appendUtf8(out, static_cast<char32_t>(below(2) ? 0x00B2 : 0x00BD)); // other numbers: ² ½
}

void RandomText::appendAnyCodePoint(std::string &out)
{
    // Any scalar value up to plane 3 (assigned or not, controls included), but not U+0000.
    char32_t c = 0;
    do {
        c = static_cast<char32_t>(below(4) ? below(0x10000) : below(0x40000));
    } while (c == 0 || (c >= 0xD800 && c <= 0xDFFF));
    appendUtf8(out, c);
}

} // namespace tb::test
