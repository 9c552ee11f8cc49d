#include "timeline.h"

#include "util/text.h"
#include "ytdreport.h"

#include <algorithm>
#include <unordered_map>

namespace tb::core::twitter {

namespace {

constexpr std::size_t kCancelCheckEvery = 4096;

Finding finding(Severity severity, std::string file, std::int64_t record, std::string reason, std::string key = {})
{
    Finding f;
    f.severity = severity;
    f.file = std::move(file);
    f.record = record;
    f.reason = std::move(reason);
    f.messageKey = std::move(key);
    return f;
}

} // namespace

struct Timeline::Resolved {
    std::vector<bool> skip; // duplicates and earlier versions of edited posts
    std::unordered_map<std::string_view, std::size_t> byId;
    std::unordered_map<std::string_view, std::string_view> newerVersion;
    std::vector<long> parent; // the post it answers, when that post is here
    std::vector<long> root; // the first post of its self-thread
    std::vector<bool> hasReplies;

    std::string_view latest(std::string_view id) const
    {
        for (int hops = 0; hops < 16; ++hops) { // edit chains are short; a cycle must not hang
            const auto it = newerVersion.find(id);
            if (it == newerVersion.end())
                break;
            id = it->second;
        }
        return id;
    }
};

std::size_t Timeline::readTweets(const InputEntry &entry, std::string &content)
{
    const auto file = static_cast<std::uint32_t>(m_files.size());
    m_files.push_back(entry.path);
    return readYtdArray(m_reader, entry, content, m_findings, [&](json::element element, std::size_t record) {
        TweetRecord tweet;
        const TweetStatus status = readTweet(element, tweet, &m_users);
        if (status != TweetStatus::Ok) {
            m_findings.add("records without a tweet",
                finding(Severity::Warning, entry.path, static_cast<std::int64_t>(record),
                    status == TweetStatus::NoId ? "this tweet has no id_str; it was skipped"
                                                : "this record is not a tweet object; it was skipped"));
            return;
        }
        if (tweet.timeFromId)
            m_findings.add("tweets with an unreadable created_at",
                finding(Severity::Warning, entry.path, static_cast<std::int64_t>(record),
                    tweet.timestampMs ? "created_at is missing or unreadable; the time was taken "
                                        "from the tweet id"
                                      : "created_at is missing or unreadable; the tweet has no time",
                    "twitter:" + tweet.id));
        tweet.file = file;
        tweet.record = static_cast<std::uint32_t>(record);
        m_tweets.push_back(std::move(tweet));
    });
}

std::size_t Timeline::readNotes(const InputEntry &entry, std::string &content)
{
    const auto file = static_cast<std::uint32_t>(m_noteFiles.size());
    m_noteFiles.push_back(entry.path);
    return readYtdArray(m_reader, entry, content, m_findings, [&](json::element element, std::size_t record) {
        NoteRecord note;
        if (!readNote(element, note)) {
            m_findings.add("notes without text",
                finding(Severity::Warning, entry.path, static_cast<std::int64_t>(record),
                    "this record holds no noteTweet.core.text; it was skipped"));
            return;
        }
        note.file = file;
        note.record = static_cast<std::uint32_t>(record);
        m_notes.push_back(std::move(note));
    });
}

std::size_t Timeline::readDeleted(const InputEntry &entry, std::string &content)
{
    return readYtdArray(m_reader, entry, content, m_findings, [&](json::element element, std::size_t) {
        TweetRecord tweet;
        if (readTweet(element, tweet, nullptr) == TweetStatus::Ok) {
            tweet.rawText.clear(); // only time and text are needed, to recognise a deleted long post
            m_deleted.push_back(std::move(tweet));
        }
    });
}

std::optional<ArchiveOwner> Timeline::inferOwner() const
{
    std::unordered_map<std::string_view, std::size_t> ids;
    for (std::size_t i = 0; i < m_tweets.size(); ++i)
        ids.emplace(m_tweets[i].id, i);
    for (const auto &tweet : m_tweets) {
        if (!tweet.replyToId.empty() && !tweet.replyUserId.empty() && ids.count(tweet.replyToId)) {
            ArchiveOwner owner;
            owner.id = tweet.replyUserId;
            owner.userName = tweet.replyHandle;
            return owner;
        }
    }
    return std::nullopt;
}

void Timeline::resolveEdits(Resolved &r)
{
    std::size_t superseded = 0;
    for (std::size_t i = 0; i < m_tweets.size(); ++i) {
        TweetRecord &tweet = m_tweets[i];
        if (r.skip[i] || tweet.editIds.size() < 2)
            continue;
        // Every version lists all version ids; the last one present is the text that stands.
        std::string_view kept;
        for (auto it = tweet.editIds.rbegin(); it != tweet.editIds.rend() && kept.empty(); ++it) {
            if (r.byId.count(*it))
                kept = *it;
        }
        const bool listed = std::find(tweet.editIds.begin(), tweet.editIds.end(), tweet.id) != tweet.editIds.end();
        if (!kept.empty() && kept != tweet.id && listed) {
            r.skip[i] = true;
            r.newerVersion.emplace(tweet.id, kept);
            ++superseded;
        } else {
            tweet.flags |= MessageFlag::Edited;
        }
    }
    if (superseded > 0)
        m_out.add(finding(Severity::Info, m_files.empty() ? std::string() : m_files.front(), -1,
            "earlier versions of edited posts not imported: " + std::to_string(superseded)
                + ". Each edited post is imported once, in its last version, flagged as edited"));
}

void Timeline::resolveThreads(Resolved &r)
{
    const std::size_t n = m_tweets.size();
    r.parent.assign(n, -1);
    r.root.assign(n, -1);
    r.hasReplies.assign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (r.skip[i] || m_tweets[i].replyToId.empty())
            continue;
        const auto it = r.byId.find(r.latest(m_tweets[i].replyToId));
        if (it != r.byId.end() && !r.skip[it->second] && it->second != i)
            r.parent[i] = static_cast<long>(it->second);
    }
    // Walk each chain up once; ROOT doubles as the visited mark so a cycle cannot loop forever.
    constexpr long kInProgress = -2;
    std::vector<std::size_t> path;
    for (std::size_t i = 0; i < n; ++i) {
        if (r.root[i] != -1)
            continue;
        path.clear();
        std::size_t at = i;
        long top = -1;
        while (true) {
            if (r.root[at] >= 0) {
                top = r.root[at];
                break;
            }
            if (r.root[at] == kInProgress) {
                top = static_cast<long>(at); // a reply cycle: cut it here
                break;
            }
            r.root[at] = kInProgress;
            path.push_back(at);
            if (r.parent[at] < 0) {
                top = static_cast<long>(at);
                break;
            }
            at = static_cast<std::size_t>(r.parent[at]);
        }
        for (const std::size_t p : path)
            r.root[p] = top;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (r.parent[i] >= 0)
            r.hasReplies[static_cast<std::size_t>(r.root[i])] = true;
    }
}

void Timeline::write(const ArchiveOwner &owner, const std::string &ownerKey)
{
    Resolved r;
    const std::size_t n = m_tweets.size();
    r.skip.assign(n, false);
    std::size_t duplicates = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!r.byId.emplace(m_tweets[i].id, i).second) {
            r.skip[i] = true;
            ++duplicates;
        }
    }
    if (duplicates > 0)
        m_out.add(finding(Severity::Info, m_files.front(), -1,
            "posts found in more than one file: " + std::to_string(duplicates) + "; each was imported once"));
    resolveEdits(r);
    resolveThreads(r);

    std::vector<bool> noNote(n);
    for (std::size_t i = 0; i < n; ++i)
        noNote[i] = r.skip[i] || (m_tweets[i].flags & MessageFlag::Retweet);
    const std::vector<long> matches = matchNotes(m_notes, m_tweets, noNote);
    std::vector<long> noteOf(n, -1);
    for (std::size_t j = 0; j < matches.size(); ++j) {
        if (matches[j] >= 0)
            noteOf[static_cast<std::size_t>(matches[j])] = static_cast<long>(j);
    }

    Conversation conversation;
    conversation.key = "twitter:" + (owner.id.empty() ? std::string("unknown-owner") : owner.id) + ":timeline";
    conversation.kind = ConversationKind::Timeline;
    conversation.name = owner.userName.empty() ? std::string("Twitter posts") : "@" + owner.userName + " posts";
    m_out.add(conversation);

    for (std::size_t i = 0; i < n; ++i) {
        if (r.skip[i])
            continue;
        if (i % kCancelCheckEvery == 0 && m_out.isCancelled())
            return;
        TweetRecord &tweet = m_tweets[i];
        Message message;
        message.key = "twitter:" + tweet.id;
        message.conversationKey = conversation.key;
        message.authorKey = ownerKey;
        message.timestampMs = tweet.timestampMs;
        message.flags = tweet.flags;
        message.rawText = std::move(tweet.rawText);
        if (noteOf[i] >= 0) {
            // The note holds the whole post but not the "@a @b" a reply starts with.
            const std::string &full = m_notes[static_cast<std::size_t>(noteOf[i])].text;
            const std::string_view mentions = leadingMentions(tweet.text);
            message.text = (!mentions.empty() && full.substr(0, 1) != "@") ? std::string(mentions) + full : full;
        } else {
            message.text = std::move(tweet.text);
        }
        if (!tweet.replyToId.empty())
            message.replyToKey = "twitter:" + std::string(r.latest(tweet.replyToId));
        if (r.parent[i] >= 0 || r.hasReplies[i])
            message.threadKey = "twitter:" + m_tweets[static_cast<std::size_t>(r.root[i])].id;
        message.origin = m_files[tweet.file] + "#" + std::to_string(tweet.record);
        m_out.add(std::move(message));
    }
    writeNotesWithoutPost(matches, conversation.key, ownerKey);
}

void Timeline::writeNotesWithoutPost(
    const std::vector<long> &matches, const std::string &conversationKey, const std::string &ownerKey)
{
    std::vector<NoteRecord> unmatched;
    for (std::size_t j = 0; j < matches.size(); ++j) {
        if (matches[j] < 0)
            unmatched.push_back(m_notes[j]);
    }
    if (unmatched.empty())
        return;
    // A long post that was deleted keeps its note; it stays deleted.
    const std::vector<long> deleted = matchNotes(unmatched, m_deleted, std::vector<bool>(m_deleted.size(), false));
    std::size_t ofDeleted = 0;
    for (std::size_t j = 0; j < unmatched.size(); ++j) {
        const NoteRecord &note = unmatched[j];
        if (deleted[j] >= 0) {
            ++ofDeleted;
            continue;
        }
        Message message;
        message.key = "twitter:note:" + (note.noteId.empty() ? text::hashHex(note.rawText) : note.noteId);
        message.conversationKey = conversationKey;
        message.authorKey = ownerKey;
        message.timestampMs = note.timestampMs;
        message.text = note.text;
        message.rawText = note.rawText;
        message.origin = m_noteFiles[note.file] + "#" + std::to_string(note.record);
        m_findings.add("long posts without their tweet",
            finding(Severity::Warning, m_noteFiles[note.file], note.record,
                "this long post matches no tweet in the archive (by id, or by time and opening "
                "words); it was imported on its own",
                message.key));
        m_out.add(std::move(message));
    }
    if (ofDeleted > 0)
        m_out.add(finding(Severity::Info, m_noteFiles.front(), -1,
            "long posts of deleted tweets not imported: " + std::to_string(ofDeleted)));
}

} // namespace tb::core::twitter
