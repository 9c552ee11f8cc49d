#include "notetweets.h"

#include "twittertime.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace tb::core::twitter {

namespace {

constexpr std::int64_t kCloseMs = 1000; // a note and its tweet are written in the same second
constexpr std::int64_t kWindowMs = 5000; // but some archives round differently
constexpr std::size_t kSignatureLength = 60;
constexpr int kMaxCandidates = 200; // bounds the work on archives with many posts in one second

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Letters and digits of TEXT after its leading mentions, lowercased, without links, punctuation or
// the "…" that marks a cut: what a cut tweet and its note have in common.
std::string signature(std::string_view text)
{
    std::string out;
    std::size_t i = leadingMentions(text).size();
    while (i < text.size() && out.size() < kSignatureLength) {
        if (text.compare(i, 7, "http://") == 0 || text.compare(i, 8, "https://") == 0) {
            while (i < text.size() && !isSpace(text[i]))
                ++i;
            continue;
        }
        if (text.compare(i, 3, "\xE2\x80\xA6") == 0) {
            i += 3;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[i++]);
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            out += static_cast<char>(c);
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (c >= 0x80)
            out += static_cast<char>(c);
    }
    return out;
}

bool looksCut(const TweetRecord &tweet)
{
    const std::string_view text = tweet.text;
    const std::string_view tail = text.substr(text.size() > 40 ? text.size() - 40 : 0);
    return tail.find("\xE2\x80\xA6") != std::string_view::npos || text.size() >= 250;
}

} // namespace

std::string_view leadingMentions(std::string_view text)
{
    std::size_t i = 0;
    std::size_t end = 0;
    while (i < text.size() && text[i] == '@') {
        while (i < text.size() && !isSpace(text[i]))
            ++i;
        while (i < text.size() && isSpace(text[i]))
            ++i;
        end = i;
    }
    return text.substr(0, end);
}

bool readNote(json::element element, NoteRecord &out)
{
    json::element note = element, inner, core;
    if (json::child(element, "noteTweet", inner))
        note = inner;
    out.noteId = json::idText(note, "noteTweetId");
    out.timestampMs = parseTwitterTime(json::str(note, "createdAt"));
    if (!json::child(note, "core", core))
        return false;
    out.rawText = json::str(core, "text");
    if (out.rawText.empty())
        return false;
    std::vector<UrlEntity> urls;
    json::array list;
    if (json::arrayOf(core, "urls", list)) {
        for (json::element url : list)
            urls.push_back({ json::str(url, "shortUrl"), json::str(url, "expandedUrl") });
    }
    out.text = readableText(out.rawText, urls);
    return true;
}

std::vector<long> matchNotes(
    const std::vector<NoteRecord> &notes, const std::vector<TweetRecord> &tweets, const std::vector<bool> &skip)
{
    std::vector<long> result(notes.size(), -1);
    if (notes.empty() || tweets.empty())
        return result;
    std::unordered_map<std::string_view, std::size_t> byId;
    std::vector<std::size_t> byTime;
    for (std::size_t i = 0; i < tweets.size(); ++i) {
        if (skip[i])
            continue;
        byId.emplace(tweets[i].id, i);
        if (tweets[i].timestampMs)
            byTime.push_back(i);
    }
    std::sort(byTime.begin(), byTime.end(),
        [&](std::size_t a, std::size_t b) { return *tweets[a].timestampMs < *tweets[b].timestampMs; });
    std::vector<bool> taken(tweets.size(), false);
    std::vector<std::string> signatures(tweets.size());
    std::vector<bool> signed_(tweets.size(), false);

    for (std::size_t n = 0; n < notes.size(); ++n) {
        const NoteRecord &note = notes[n];
        if (const auto it = byId.find(note.noteId); !note.noteId.empty() && it != byId.end() && !taken[it->second]) {
            result[n] = static_cast<long>(it->second);
            taken[it->second] = true;
            continue;
        }
        if (!note.timestampMs)
            continue;
        const std::string noteSig = signature(note.text);
        const std::int64_t t = *note.timestampMs;
        auto it = std::lower_bound(byTime.begin(), byTime.end(), t - kWindowMs,
            [&](std::size_t i, std::int64_t v) { return *tweets[i].timestampMs < v; });
        long best = -1, onlyClose = -1;
        std::int64_t bestDistance = kWindowMs + 1;
        int closeCount = 0;
        int examined = 0;
        for (; it != byTime.end() && *tweets[*it].timestampMs <= t + kWindowMs && examined < kMaxCandidates; ++it) {
            const std::size_t i = *it;
            ++examined;
            if (taken[i])
                continue;
            const std::int64_t distance = std::llabs(*tweets[i].timestampMs - t);
            if (distance <= kCloseMs) {
                ++closeCount;
                onlyClose = static_cast<long>(i);
            }
            if (!signed_[i]) {
                signatures[i] = signature(tweets[i].text);
                signed_[i] = true;
            }
            const std::string &tweetSig = signatures[i];
            const bool textMatches = tweetSig.size() >= 8 && noteSig.compare(0, tweetSig.size(), tweetSig) == 0;
            if (textMatches && distance < bestDistance) {
                best = static_cast<long>(i);
                bestDistance = distance;
            }
        }
        // Without a text match, a lone cut tweet in the same second is still the note's.
        if (best < 0 && closeCount == 1 && looksCut(tweets[static_cast<std::size_t>(onlyClose)]))
            best = onlyClose;
        if (best >= 0) {
            result[n] = best;
            taken[static_cast<std::size_t>(best)] = true;
        }
    }
    return result;
}

} // namespace tb::core::twitter
