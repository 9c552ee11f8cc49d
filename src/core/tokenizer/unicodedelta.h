#pragma once

#include <string_view>

namespace tb::core {

// tiktoken's regex (Rust regex-syntax, as in @dqbd/tiktoken 1.0.22) knows Unicode 16.0; the PCRE2 of
// Debian 12 knows Unicode 14.0. For PROPERTY ("L", "N", "M", "Lu", "Ll", "Lt", "Lm", "Lo") this is
// the PCRE2 class text ("\x{..}-\x{..}...") of the code points Unicode 15.0-16.0 added to it, so a
// word in a script added since (Kawi, Garay, CJK extension H and I...) splits as in tiktoken.
std::string_view unicode16Additions(std::string_view property);

// Whether valid UTF-8 TEXT holds a code point of any of those additions.
bool containsUnicode16Additions(std::string_view text);

} // namespace tb::core
