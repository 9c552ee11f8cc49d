#include "whatsappdetect.h"

#include "util/text.h"
#include "whatsappheader.h"
#include "whatsapplines.h"

namespace tb::core::whatsapp {

bool looksLikeChat(std::string_view content, int *headers)
{
    content = text::stripBom(content);
    int nonEmpty = 0;
    int found = 0;
    bool early = false;
    Header header;
    for (std::size_t pos = 0; pos < content.size();) {
        std::size_t lineEnd = 0;
        const std::string_view line = lineAt(content, pos, lineEnd);
        pos = lineEnd + 1;
        if (isBlank(line))
            continue;
        ++nonEmpty;
        if (parseHeader(line, header)) {
            ++found;
            early = early || nonEmpty <= 10;
        }
        if (!headers && (early || nonEmpty > 10))
            break;
    }
    if (headers)
        *headers = found;
    return early;
}

bool convertUtf16(std::string &content)
{
    if (content.size() < 2)
        return false;
    const auto b0 = static_cast<unsigned char>(content[0]);
    const auto b1 = static_cast<unsigned char>(content[1]);
    const bool little = b0 == 0xFF && b1 == 0xFE;
    if (!little && !(b0 == 0xFE && b1 == 0xFF))
        return false;
    std::string out;
    out.reserve(content.size());
    auto unit = [&](std::size_t i) -> char32_t {
        const auto lo = static_cast<unsigned char>(content[i + (little ? 0 : 1)]);
        const auto hi = static_cast<unsigned char>(content[i + (little ? 1 : 0)]);
        return char32_t(hi) << 8 | lo;
    };
    for (std::size_t i = 2; i + 1 < content.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < content.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        text::appendUtf8(out, cp); // lone surrogates become U+FFFD
    }
    content = std::move(out);
    return true;
}

} // namespace tb::core::whatsapp
