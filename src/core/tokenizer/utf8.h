#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace tb::core::utf8 {

// The first index from I on that is past TEXT's end or not ASCII, checking eight bytes at a time
// (chat text is mostly ASCII).
inline std::size_t skipAscii(std::string_view text, std::size_t i)
{
    while (i + 8 <= text.size()) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if (word & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    return i;
}

// The length of the valid UTF-8 prefix of TEXT (TEXT.size() when all of it is valid): no overlong
// forms, no surrogates, nothing above U+10FFFF.
std::size_t validPrefix(std::string_view text);

// TEXT with each maximal invalid subsequence replaced by U+FFFD, as the WHATWG decoder (JavaScript's
// TextDecoder, Node's Buffer) and Python's errors="replace" do.
std::string repaired(std::string_view text);

} // namespace tb::core::utf8
