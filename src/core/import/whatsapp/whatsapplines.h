#pragma once

#include <cstring>
#include <string_view>

namespace tb::core::whatsapp {

// The line of CONTENT starting at POS, without its '\n' and a trailing '\r'; LINEEND receives the
// offset of the '\n' (or CONTENT's size for the last line).
inline std::string_view lineAt(std::string_view content, std::size_t pos, std::size_t &lineEnd)
{
    const void *nl = std::memchr(content.data() + pos, '\n', content.size() - pos);
    lineEnd = nl ? static_cast<std::size_t>(static_cast<const char *>(nl) - content.data()) : content.size();
    std::string_view line = content.substr(pos, lineEnd - pos);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

inline bool isBlank(std::string_view line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

} // namespace tb::core::whatsapp
