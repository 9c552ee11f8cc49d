#pragma once

#include "build/buildsettings.h"

#include <cstdint>
#include <string>

namespace tb::core {

class Store;

// One record as it will be written, for the Build page's preview.
struct RecordPreview {
    bool found = false;
    std::string line; // the exact JSONL line (without the newline)
    std::uint64_t tokens = 0; // as the chosen model counts it (§10 formula for chat)
    std::string encoding;
    std::string modelName;
    std::uint64_t ordinal = 0; // within the conversation-scoped build
    std::int64_t anchorMessageId = 0;
    std::string anchorMessageKey;
    std::string note; // why nothing was found, or what differs from the full build
    std::string error; // the recipe or catalog could not run: what to do
};

// Builds SETTINGS' recipe over the conversation CONVERSATIONKEY only and returns the record whose
// anchor is ANCHORID (the same record after an option change); when the message no longer makes a
// record of its own, the record that now includes it, else the conversation's first record.
RecordPreview previewRecord(
    const Store &store, const BuildSettings &settings, const std::string &conversationKey, std::int64_t anchorId);

} // namespace tb::core
