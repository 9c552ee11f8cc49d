#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tb::core::utf8 {

// The length of the valid UTF-8 prefix of TEXT (TEXT.size() when all of it is valid): no overlong
// forms, no surrogates, nothing above U+10FFFF.
std::size_t validPrefix(std::string_view text);

// TEXT with each maximal invalid subsequence replaced by U+FFFD, as the WHATWG decoder (JavaScript's
// TextDecoder, Node's Buffer) and Python's errors="replace" do.
std::string repaired(std::string_view text);

} // namespace tb::core::utf8
