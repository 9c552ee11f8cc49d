#pragma once

#include <string>
#include <string_view>

namespace tb::core::whatsapp {

// True when CONTENT (a whole file or its first KiB) reads as a WhatsApp chat: one of its first ten
// non-empty lines is a message header. HEADERS receives how many headers CONTENT holds.
bool looksLikeChat(std::string_view content, int *headers = nullptr);

// Turns a UTF-16 file (Notepad's "Unicode") into UTF-8; false when CONTENT has no UTF-16 BOM.
bool convertUtf16(std::string &content);

} // namespace tb::core::whatsapp
