#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tb::core::whatsapp {

// TEXT without the marks WhatsApp sprinkles into exports (LRM/RLM, U+202A..E embeddings,
// U+2066..9 isolates, BOM). Unlike text::normaliseForMatching it keeps NBSP and U+202F: they are
// real spaces a person typed or a locale uses. Returns TEXT unchanged when it holds none.
std::string stripMarks(std::string_view text);

// An author as shown, cleaned: marks removed, "~ " (non-contact) prefix dropped, trimmed.
std::string cleanAuthor(std::string_view raw);

// Where the author ends in the first line of a body: the first ": ". Returns npos for lines with
// no author (Android system lines), including system lines that merely contain ": " such as
// 'Alice changed the subject from "a" to "b: c"'.
std::size_t authorSeparator(std::string_view firstLine);

// Flags (MessageFlag) of a message from its text (marks already stripped). HASAUTHOR false means
// an Android system line. LEADINGLRM: the raw body began with U+200E, which is how iOS marks text
// WhatsApp wrote itself (system lines, media, deletions).
std::uint32_t classifyBody(std::string_view text, std::string_view author, bool hasAuthor, bool leadingLrm);

// Removes a trailing "<This message was edited>" (or a localised form) from TEXT; true if found.
bool stripEditedMarker(std::string &text);

// True for system lines that only happen in groups (created group, added, left, subject...).
bool isGroupSystemText(std::string_view text);

} // namespace tb::core::whatsapp
