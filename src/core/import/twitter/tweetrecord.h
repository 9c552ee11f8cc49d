#pragma once

#include "jsonfields.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tb::core::twitter {

struct UrlEntity {
    std::string_view url; // the t.co link as it stands in the text
    std::string_view expanded; // where it leads
};

// Text as a person reads it: HTML entities decoded once, t.co links replaced by where they lead, and
// a trailing media link (which only stands for the attached photo or video) removed. Decoding runs on
// the text between links only, so an '&amp;' inside an expanded URL is left alone.
std::string readableText(std::string_view raw, const std::vector<UrlEntity> &urls, std::string_view mediaUrl = {},
    std::string_view mediaExpanded = {});

// What a tweet contributes; read from the DOM once so the DOM of a large file can be dropped.
struct TweetRecord {
    std::string id;
    std::optional<std::int64_t> timestampMs;
    bool timeFromId = false; // created_at was unreadable; the time comes from the id
    std::string text;
    std::string rawText;
    std::string replyToId;
    std::string replyUserId; // whom it answers, for telling the owner from self-replies
    std::string replyHandle;
    std::vector<std::string> editIds; // every version's id, when the tweet was edited
    std::uint32_t flags = 0;
    std::uint32_t file = 0; // which tweets file
    std::uint32_t record = 0; // element index in that file
};

// Names of other accounts the archive mentions, so DM partners get a handle instead of a number.
struct KnownUser {
    std::string handle;
    std::string name;
};
using UserDirectory = std::unordered_map<std::string, KnownUser>;

enum class TweetStatus { Ok, NotAnObject, NoId };

// Reads ELEMENT ({"tweet": {...}} or a bare tweet object) into OUT; learns user names into USERS.
TweetStatus readTweet(json::element element, TweetRecord &out, UserDirectory *users);

// True when TEXT starts with "RT @": the only mark a retweet carries in an archive.
bool looksLikeRetweet(std::string_view text);

} // namespace tb::core::twitter
