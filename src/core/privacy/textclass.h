#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// Character classes the scrubber's scanners share: decoding UTF-8 one code point at a time and
// Unicode-aware word and case rules, without building a QString per word.
namespace tb::core::privacy {

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1; // bytes; an ill-formed byte counts as one code point U+FFFD
};

CodePoint decodeMultiByte(std::string_view text, std::size_t i);
inline CodePoint decodeAt(std::string_view text, std::size_t i)
{
    const auto b = static_cast<unsigned char>(text[i]);
    return b < 0x80 ? CodePoint {b, 1} : decodeMultiByte(text, i);
}
// The start of the code point that ends just before I (0 at the start).
std::size_t previousStart(std::string_view text, std::size_t i);

// Letters, digits, combining marks and '_': what a whole-word match may not touch on either side.
bool isWordCharNonAscii(char32_t c);
inline bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
    return isWordCharNonAscii(c);
}
// Scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer,
// Myanmar): there a name may sit between two other letters, so no word boundary is required.
bool isUnspacedScriptAbove(char32_t c);
inline bool isUnspacedScript(char32_t c) { return c >= 0x0E00 && isUnspacedScriptAbove(c); }
// True when a match may begin or end between BEFORE and AFTER (0 stands for the text's edge).
inline bool isWordBoundary(char32_t before, char32_t after)
{
    if (before == 0 || after == 0 || !isWordChar(before) || !isWordChar(after))
        return true;
    return isUnspacedScript(before) || isUnspacedScript(after);
}
bool isUppercase(char32_t c);
bool isLowercase(char32_t c);
bool isCurrencySymbol(char32_t c);
// Full case folding to one code point, with typographic apostrophes folded to '\''.
char32_t foldNonAscii(char32_t c);
inline char32_t foldCase(char32_t c) { return c < 0x80 ? ((c >= 'A' && c <= 'Z') ? c + 32 : c) : foldNonAscii(c); }

inline bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isAsciiAlnum(char c) { return isAsciiDigit(c) || isAsciiAlpha(c); }
inline bool isHexDigit(char c) { return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The code point just before byte offset I (0 at the start).
char32_t codePointBefore(std::string_view text, std::size_t i);
// The code point at byte offset I (0 at the end).
char32_t codePointAt(std::string_view text, std::size_t i);

// NFC-normalised, case-folded copy of TEXT with runs of white space turned into one space: the form
// names are compared in.
std::string foldForMatching(std::string_view text);

} // namespace tb::core::privacy
