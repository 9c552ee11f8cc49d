#include "csvdecode.h"

#include "util/text.h"

#include <array>

namespace tb::core::scriptcsv {

namespace {

std::string decodeUtf16(std::string_view bytes, bool littleEndian, std::size_t &replaced)
{
    std::string out;
    out.reserve(bytes.size());
    const auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return littleEndian ? char32_t(a | (b << 8)) : char32_t((a << 8) | b);
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
            ++replaced;
        }
        text::appendUtf8(out, cp);
    }
    if (i < bytes.size()) { // an odd trailing byte
        text::appendUtf8(out, 0xFFFD);
        ++replaced;
    }
    return out;
}

std::string decodeWindows1252(std::string_view bytes)
{
    // 0x80..0x9F differ from Latin-1; 0 marks the five undefined positions.
    static constexpr std::array<char16_t, 32> kHigh = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178 };
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80)
            out += c;
        else if (b < 0xA0)
            text::appendUtf8(out, kHigh[b - 0x80] ? kHigh[b - 0x80] : char32_t(0xFFFD));
        else
            text::appendUtf8(out, b);
    }
    return out;
}

bool looksLikeUtf16(std::string_view bytes, bool littleEndian)
{
    // ASCII text in UTF-16 has a zero byte in every other position.
    const std::size_t n = std::min<std::size_t>(bytes.size() & ~std::size_t(1), 64);
    if (n < 4)
        return false;
    for (std::size_t i = 0; i < n; i += 2) {
        const char zero = littleEndian ? bytes[i + 1] : bytes[i];
        const char other = littleEndian ? bytes[i] : bytes[i + 1];
        if (zero != 0 || other == 0)
            return false;
    }
    return true;
}

bool hasValidMultibyte(std::string_view bytes)
{
    for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0xC2 || b > 0xF4)
            continue;
        const std::size_t len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (i + len <= bytes.size() && text::isValidUtf8(bytes.substr(i, len)))
            return true;
    }
    return false;
}

} // namespace

DecodedCsv decodeCsvBytes(std::string_view bytes)
{
    DecodedCsv decoded;
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        const bool little = bytes[0] == '\xFF';
        decoded.encoding = little ? SourceEncoding::Utf16Le : SourceEncoding::Utf16Be;
        decoded.owned = decodeUtf16(bytes.substr(2), little, decoded.replaced);
        decoded.converted = true;
        return decoded;
    }
    for (const bool little : { true, false }) {
        if (looksLikeUtf16(bytes, little)) {
            decoded.encoding = little ? SourceEncoding::Utf16Le : SourceEncoding::Utf16Be;
            decoded.owned = decodeUtf16(bytes, little, decoded.replaced);
            decoded.converted = true;
            return decoded;
        }
    }
    const std::string_view body = text::stripBom(bytes);
    decoded.encoding = body.size() != bytes.size() ? SourceEncoding::Utf8WithBom : SourceEncoding::Utf8;
    if (text::isValidUtf8(body)) {
        decoded.borrowed = body;
        return decoded;
    }
    if (!hasValidMultibyte(body)) {
        decoded.encoding = SourceEncoding::Windows1252;
        decoded.owned = decodeWindows1252(body);
        decoded.converted = true;
        return decoded;
    }
    decoded.encoding = SourceEncoding::RepairedUtf8;
    decoded.owned = text::repairUtf8(body, &decoded.replaced);
    decoded.converted = true;
    return decoded;
}

} // namespace tb::core::scriptcsv
