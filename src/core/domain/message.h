#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace tb::core {

namespace MessageFlag {
enum : std::uint32_t {
    System = 1u << 0,  // joins, topic changes, encryption notices: not written by a person
    Bot = 1u << 1,     // written by an integration or a bot account
    Media = 1u << 2,   // carries or stands for a photo, file, sticker, voice note
    Edited = 1u << 3,
    Deleted = 1u << 4, // "This message was deleted" and tombstones
    Retweet = 1u << 5,
};
}

// One message, normalised. Keys are strings chosen by the importer so that the same message in a
// newer export of the same chat gets the same key: that is what makes re-imports idempotent.
struct Message {
    std::string key;
    std::string conversationKey;
    std::string authorKey;                // participant key; empty when the format names nobody
    std::optional<std::int64_t> timestampMs; // UTC milliseconds since the epoch
    std::string text;                     // as a person reads it (markup decoded)
    std::string rawText;                  // as it stands in the export
    std::string replyToKey;               // the message this one answers, when known
    std::string threadKey;                // the thread's root message, when in a thread
    std::uint32_t flags = 0;
    std::string origin;                   // "file:line" or "file#record", for the inspector
};

} // namespace tb::core
