#include "tweetrecord.h"

#include "domain/message.h"
#include "twittertime.h"
#include "util/text.h"

#include <algorithm>

namespace tb::core::twitter {

namespace {

bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view rtrim(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

struct Replacement {
    std::size_t pos;
    std::size_t len;
    std::string_view with;
};

void addOccurrences(std::string_view body, std::string_view url, std::string_view with, std::vector<Replacement> &out)
{
    if (url.empty())
        return;
    for (std::size_t pos = body.find(url); pos != std::string_view::npos; pos = body.find(url, pos + url.size())) {
        // "https://t.co/abc" must not match the start of "https://t.co/abcd".
        const std::size_t end = pos + url.size();
        if (end < body.size() && isAlnum(body[end]))
            continue;
        out.push_back({ pos, url.size(), with });
    }
}

void learnUser(UserDirectory *users, const std::string &id, std::string_view handle, std::string_view name)
{
    if (!users || id.empty() || (handle.empty() && name.empty()))
        return;
    KnownUser &user = (*users)[id];
    if (!handle.empty())
        user.handle = handle;
    if (!name.empty())
        user.name = name;
}

void readEditIds(json::element tweet, std::vector<std::string> &out)
{
    json::element info, part;
    if (!json::child(tweet, "edit_info", info))
        return;
    json::array ids;
    bool found = false;
    if (json::child(info, "initial", part))
        found = json::arrayOf(part, "editTweetIds", ids);
    else if (json::child(info, "edit", part) && json::child(part, "editControlInitial", part))
        found = json::arrayOf(part, "editTweetIds", ids);
    // A default-constructed array must never be touched: only a found one is read.
    if (!found || ids.size() < 2)
        return;
    for (json::element id : ids) {
        std::string_view s;
        if (!id.get_string().get(s) && !s.empty())
            out.emplace_back(s);
    }
}

} // namespace

std::string readableText(
    std::string_view raw, const std::vector<UrlEntity> &urls, std::string_view mediaUrl, std::string_view mediaExpanded)
{
    std::string_view body = raw;
    std::vector<Replacement> replacements;
    if (!mediaUrl.empty()) {
        const std::string_view trimmed = rtrim(body);
        if (trimmed.size() >= mediaUrl.size() && trimmed.substr(trimmed.size() - mediaUrl.size()) == mediaUrl)
            body = rtrim(trimmed.substr(0, trimmed.size() - mediaUrl.size()));
        else if (!mediaExpanded.empty())
            addOccurrences(body, mediaUrl, mediaExpanded, replacements);
    }
    for (const auto &url : urls) {
        if (!url.expanded.empty())
            addOccurrences(body, url.url, url.expanded, replacements);
    }
    if (replacements.empty())
        return text::unescapeHtml(body);
    std::sort(replacements.begin(), replacements.end(),
        [](const Replacement &a, const Replacement &b) { return a.pos < b.pos; });
    std::string out;
    out.reserve(body.size() + 64);
    std::size_t at = 0;
    for (const auto &r : replacements) {
        if (r.pos < at)
            continue; // overlapping entities: the first one wins
        out += text::unescapeHtml(body.substr(at, r.pos - at));
        out += r.with;
        at = r.pos + r.len;
    }
    out += text::unescapeHtml(body.substr(at));
    return out;
}

bool looksLikeRetweet(std::string_view text)
{
    return text.substr(0, 4) == "RT @";
}

TweetStatus readTweet(json::element element, TweetRecord &out, UserDirectory *users)
{
    json::element tweet = element;
    json::element inner;
    if (json::child(element, "tweet", inner))
        tweet = inner;
    json::object probe;
    if (tweet.get_object().get(probe))
        return TweetStatus::NotAnObject;
    out.id = json::idText(tweet, "id_str");
    if (out.id.empty())
        out.id = json::idText(tweet, "id");
    if (out.id.empty())
        return TweetStatus::NoId;

    std::string_view raw = json::str(tweet, "full_text");
    if (raw.empty())
        raw = json::str(tweet, "text");
    out.rawText = raw;
    out.timestampMs = parseTwitterTime(json::str(tweet, "created_at"));
    out.timeFromId = !out.timestampMs;
    if (!out.timestampMs)
        out.timestampMs = snowflakeTimeMs(out.id);

    out.replyToId = json::idText(tweet, "in_reply_to_status_id_str");
    if (out.replyToId.empty())
        out.replyToId = json::idText(tweet, "in_reply_to_status_id");
    out.replyUserId = json::idText(tweet, "in_reply_to_user_id_str");
    if (out.replyUserId.empty())
        out.replyUserId = json::idText(tweet, "in_reply_to_user_id");
    out.replyHandle = json::str(tweet, "in_reply_to_screen_name");
    learnUser(users, out.replyUserId, out.replyHandle, {});

    std::vector<UrlEntity> urls;
    std::string_view mediaUrl, mediaExpanded;
    json::element entities;
    if (json::child(tweet, "entities", entities)) {
        json::array list;
        if (json::arrayOf(entities, "urls", list)) {
            for (json::element url : list)
                urls.push_back({ json::str(url, "url"), json::str(url, "expanded_url") });
        }
        if (users && json::arrayOf(entities, "user_mentions", list)) {
            for (json::element user : list)
                learnUser(users, json::idText(user, "id_str"), json::str(user, "screen_name"), json::str(user, "name"));
        }
    }
    for (const char *holder : { "extended_entities", "entities" }) {
        json::element media;
        json::array list;
        if (!json::child(tweet, holder, media) || !json::arrayOf(media, "media", list) || list.size() == 0)
            continue;
        out.flags |= MessageFlag::Media;
        for (json::element item : list) {
            mediaUrl = json::str(item, "url");
            mediaExpanded = json::str(item, "expanded_url");
            if (!mediaUrl.empty())
                break;
        }
        break;
    }
    out.text = readableText(raw, urls, mediaUrl, mediaExpanded);
    if (looksLikeRetweet(raw) || json::flag(tweet, "retweeted"))
        out.flags |= MessageFlag::Retweet;
    readEditIds(tweet, out.editIds);
    return TweetStatus::Ok;
}

} // namespace tb::core::twitter
