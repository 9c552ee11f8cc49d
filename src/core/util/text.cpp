#include "text.h"

#include <array>
#include <cstdio>

namespace tb::core::text {

namespace {

// Length of the well-formed UTF-8 sequence at S[I], or 0 when it is ill-formed (RFC 3629).
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80)
        return 1;
    auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        if (i + k >= s.size())
            return false;
        const auto b = static_cast<unsigned char>(s[i + k]);
        return b >= lo && b <= hi;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b0 == 0xE0)
        return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
    if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (b0 == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b0 == 0xF0)
        return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
    if (b0 >= 0xF1 && b0 <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b0 == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

char32_t decodeAt(std::string_view s, std::size_t i, std::size_t len)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    switch (len) {
    case 1:
        return b(0);
    case 2:
        return (char32_t(b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3:
        return (char32_t(b(0) & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default:
        return (char32_t(b(0) & 0x07) << 18) | (char32_t(b(1) & 0x3F) << 12) |
               (char32_t(b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    }
}

} // namespace

std::size_t utf8CharacterAt(std::string_view s, std::size_t i, char32_t &codepoint)
{
    const std::size_t len = utf8SequenceLength(s, i);
    if (len)
        codepoint = decodeAt(s, i, len);
    return len;
}

bool isValidUtf8(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size();) {
        // Fast path over ASCII runs.
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = utf8SequenceLength(bytes, i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

std::string repairUtf8(std::string_view bytes, std::size_t *count)
{
    std::string out;
    out.reserve(bytes.size());
    std::size_t replaced = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t len = utf8SequenceLength(bytes, i);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++replaced;
            ++i;
            continue;
        }
        out.append(bytes.substr(i, len));
        i += len;
    }
    if (count)
        *count = replaced;
    return out;
}

std::string_view stripBom(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    return bytes;
}

std::string normaliseForMatching(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            out += s[i++];
            continue;
        }
        std::size_t len = utf8SequenceLength(s, i);
        if (len == 0) {
            out += s[i++];
            continue;
        }
        const char32_t cp = decodeAt(s, i, len);
        const bool invisible = cp == 0xFEFF || cp == 0x200E || cp == 0x200F ||
                               (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        if (cp == 0x00A0 || cp == 0x202F)
            out += ' ';
        else if (!invisible)
            out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string unescapeHtml(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const std::size_t semi = s.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += '&';
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (name == "lt")
            cp = '<';
        else if (name == "gt")
            cp = '>';
        else if (name == "amp")
            cp = '&';
        else if (name == "quot")
            cp = '"';
        else if (name == "apos")
            cp = '\'';
        else if (name == "nbsp")
            cp = 0xA0;
        else if (name.size() >= 2 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            // Digits only: strtoul would also take "&# 65;" or "&#+65;", which are not references.
            const std::string_view digits = name.substr(hex ? 2 : 1);
            unsigned long value = 0;
            bool valid = !digits.empty() && digits.size() <= 8;
            for (const char c : digits) {
                const int d = c >= '0' && c <= '9'             ? c - '0'
                              : hex && c >= 'a' && c <= 'f'    ? c - 'a' + 10
                              : hex && c >= 'A' && c <= 'F'    ? c - 'A' + 10
                                                               : -1;
                valid = valid && d >= 0;
                value = value * (hex ? 16 : 10) + static_cast<unsigned long>(d < 0 ? 0 : d);
            }
            if (valid && value > 0 && value <= 0x10FFFF)
                cp = static_cast<char32_t>(value);
        }
        if (cp == 0) {
            out += '&';
            continue;
        }
        appendUtf8(out, cp);
        i = semi;
    }
    return out;
}

std::string_view trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string toLowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t seed)
{
    std::uint64_t h = seed;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

std::string hashHex(std::string_view bytes)
{
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(fnv1a(bytes)));
    return buffer;
}

} // namespace tb::core::text
