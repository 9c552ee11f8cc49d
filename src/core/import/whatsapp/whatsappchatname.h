#pragma once

#include <string>
#include <string_view>

namespace tb::core::whatsapp {

// The chat's name, which WhatsApp only writes into file names: "WhatsApp Chat with X.txt",
// "WhatsApp Chat - X.zip" around an iOS "_chat.txt", localised variants; otherwise the file stem.
// ENTRYPATH is the file inside the input, INPUTNAME the zip, folder or file the user chose.
std::string chatName(std::string_view entryPath, std::string_view inputName);

// The name inside a "WhatsApp Chat with X"-style stem (no extension), or empty.
std::string nameFromExportStem(std::string_view stem);

// True for "_chat.txt" and names of the "WhatsApp Chat with X.txt" kind.
bool looksLikeChatFileName(std::string_view entryPath);

} // namespace tb::core::whatsapp
