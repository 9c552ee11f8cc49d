#include "tokenizer/utf8.h"

#include <cstdint>

namespace tb::core::utf8 {

namespace {

// The length of the valid sequence at TEXT[i], or 0 when invalid; MAXIMAL gets the length of the
// maximal subpart (the bytes one U+FFFD replaces) in that case.
std::size_t sequenceAt(std::string_view text, std::size_t i, std::size_t &maximal)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        lo = lead == 0xE0 ? 0xA0 : 0x80;
        hi = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        lo = lead == 0xF0 ? 0x90 : 0x80;
        hi = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        maximal = 1;
        return 0;
    }
    std::size_t k = 1;
    for (; k <= need; ++k) {
        if (i + k >= text.size()) {
            maximal = k;
            return 0;
        }
        const unsigned char c = byte(i + k);
        const unsigned char min = k == 1 ? lo : 0x80;
        const unsigned char max = k == 1 ? hi : 0xBF;
        if (c < min || c > max) {
            maximal = k;
            return 0;
        }
    }
    return need + 1;
}

} // namespace

std::size_t validPrefix(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        i = skipAscii(text, i);
        if (i >= text.size())
            break;
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t maximal = 0;
        const std::size_t length = sequenceAt(text, i, maximal);
        if (length == 0)
            return i;
        i += length;
    }
    return text.size();
}

std::string repaired(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t valid = validPrefix(text.substr(i));
        out.append(text, i, valid);
        i += valid;
        if (i >= text.size())
            break;
        std::size_t maximal = 1;
        sequenceAt(text, i, maximal);
        out.append("\xEF\xBF\xBD");
        i += maximal;
    }
    return out;
}

} // namespace tb::core::utf8
