#pragma once

#include "import/findinglimiter.h"
#include "notetweets.h"
#include "tweetrecord.h"
#include "twitterarchive.h"
#include "ytdfile.h"

#include <optional>
#include <string>
#include <vector>

namespace tb::core::twitter {

// The account's own posts: read from every tweets file first, then resolved as a whole (edits,
// self-threads, long posts) and written as one Timeline conversation.
class Timeline {
public:
    Timeline(BatchWriter &out, FindingLimiter &findings, YtdReader &reader)
        : m_out(out)
        , m_findings(findings)
        , m_reader(reader)
    {
    }

    // Each returns the number of records the file holds.
    std::size_t readTweets(const InputEntry &entry, std::string &content);
    std::size_t readNotes(const InputEntry &entry, std::string &content);
    std::size_t readDeleted(const InputEntry &entry, std::string &content);

    bool empty() const { return m_tweets.empty() && m_notes.empty(); }
    const UserDirectory &users() const { return m_users; }

    // The owner as self-replies reveal it (a reply to a post in the archive answers the owner), for a
    // lone tweets.js without manifest.js or account.js.
    std::optional<ArchiveOwner> inferOwner() const;

    // Writes the Timeline conversation "twitter:<owner>:timeline" and every post. OWNERKEY is the
    // owner's participant key, already written.
    void write(const ArchiveOwner &owner, const std::string &ownerKey);

private:
    struct Resolved;
    void resolveEdits(Resolved &r);
    void resolveThreads(Resolved &r);
    void writeNotesWithoutPost(
        const std::vector<long> &matches, const std::string &conversationKey, const std::string &ownerKey);

    BatchWriter &m_out;
    FindingLimiter &m_findings;
    YtdReader &m_reader;
    std::vector<TweetRecord> m_tweets;
    std::vector<std::string> m_files;
    std::vector<NoteRecord> m_notes;
    std::vector<std::string> m_noteFiles;
    std::vector<TweetRecord> m_deleted;
    UserDirectory m_users;
};

} // namespace tb::core::twitter
