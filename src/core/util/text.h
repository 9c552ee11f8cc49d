#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tb::core::text {

// True when BYTES is well-formed UTF-8.
bool isValidUtf8(std::string_view bytes);
// BYTES with every ill-formed sequence replaced by U+FFFD; COUNT receives how many were replaced.
std::string repairUtf8(std::string_view bytes, std::size_t *count = nullptr);

// Strips a leading UTF-8 byte-order mark.
std::string_view stripBom(std::string_view bytes);

// Removes U+FEFF, U+200E/U+200F, U+202A..U+202E and U+2066..U+2069 anywhere: marks that carry no
// text but break matching. Turns U+00A0 and U+202F into plain spaces.
std::string normaliseForMatching(std::string_view utf8);

// Decodes &lt; &gt; &amp; &quot; &apos; &#NN; &#xNN; once (never twice: "&amp;lt;" -> "&lt;").
std::string unescapeHtml(std::string_view escaped);

std::string_view trim(std::string_view s);
std::string toLowerAscii(std::string_view s);

// The length of the well-formed UTF-8 character at S[I] (1 for ASCII), with its code point in
// CODEPOINT, or 0 when the bytes there are not one (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF).
std::size_t utf8CharacterAt(std::string_view s, std::size_t i, char32_t &codepoint);

// Appends the UTF-8 encoding of CODEPOINT.
void appendUtf8(std::string &out, char32_t codepoint);

// A stable 64-bit FNV-1a hash as 16 hex digits: for keys of messages that have no id of their own.
std::string hashHex(std::string_view bytes);
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t seed = 14695981039346656037ull);

} // namespace tb::core::text
