#pragma once

#include "tweetrecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tb::core::twitter {

// A long post from note-tweet.js: its full text, which tweets.js only holds cut short.
struct NoteRecord {
    std::string noteId;
    std::optional<std::int64_t> timestampMs;
    std::string text; // readable: entities decoded, links expanded
    std::string rawText; // core.text as in the file
    std::uint32_t file = 0;
    std::uint32_t record = 0;
};

// Reads {"noteTweet": {...}}; false when ELEMENT holds no note text.
bool readNote(json::element element, NoteRecord &out);

// For each note, the index in TWEETS of the tweet it completes, or -1. Matches by id when the note
// carries the tweet's id, else by creation time (within a few seconds) and the start of the text;
// each tweet takes one note at most. SKIP marks tweets that may not take one (retweets, old edits).
std::vector<long> matchNotes(
    const std::vector<NoteRecord> &notes, const std::vector<TweetRecord> &tweets, const std::vector<bool> &skip);

// The "@a @b " a reply starts with; note texts leave it out.
std::string_view leadingMentions(std::string_view text);

} // namespace tb::core::twitter
