#include "twitterimporter.h"

#include "directmessages.h"
#include "timeline.h"
#include "twitterarchive.h"
#include "util/text.h"

#include <unordered_set>

namespace tb::core {

using namespace twitter;

namespace {

constexpr std::size_t kPeekBytes = 512;
constexpr int kMaxPeeks = 12;

Finding finding(Severity severity, std::string file, std::string reason)
{
    Finding f;
    f.severity = severity;
    f.file = std::move(file);
    f.reason = std::move(reason);
    return f;
}

std::string_view afterBlanks(std::string_view s)
{
    s = text::stripBom(s);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

// What a lone file holds, from its "window.YTD.<name>.partN" when its name says nothing.
FileRole roleFromContent(std::string_view head)
{
    head = afterBlanks(head);
    if (head.starts_with("window.__THAR_CONFIG"))
        return FileRole::Manifest;
    if (!head.starts_with("window.YTD."))
        return head.starts_with("Grailbird.") ? FileRole::Grailbird : FileRole::None;
    const std::string_view name = head.substr(11, head.find_first_of(". =", 11) - 11);
    if (name == "tweets" || name == "tweet" || name == "community_tweet")
        return FileRole::Tweets;
    if (name == "note_tweet")
        return FileRole::NoteTweets;
    if (name == "deleted_tweets" || name == "deleted_tweet")
        return FileRole::DeletedTweets;
    if (name == "direct_messages" || name == "direct_message")
        return FileRole::DirectMessages;
    if (name == "direct_messages_group" || name == "direct_message_group")
        return FileRole::GroupMessages;
    if (name == "account")
        return FileRole::Account;
    return FileRole::None;
}

std::optional<std::string> readEntry(const InputSource &input, const InputEntry &entry, BatchWriter &out)
{
    auto content = input.read(entry);
    if (!content) {
        out.add(finding(Severity::Error, entry.path, content.error().message + "; the file was skipped"));
        return std::nullopt;
    }
    return std::move(content.value());
}

} // namespace

int TwitterImporter::detect(const InputSource &input) const
{
    int best = 0;
    int peeks = 0;
    const bool single = input.entries().size() == 1;
    for (const auto &entry : input.entries()) {
        FileRole role = classifyPath(entry.path);
        if (role == FileRole::None && !single)
            continue;
        if (role == FileRole::Grailbird) {
            best = std::max(best, 70); // by its path alone: "data/js/tweets/2014_12.js"
            continue;
        }
        if (peeks++ >= kMaxPeeks)
            break;
        const auto head = input.peek(entry, kPeekBytes);
        if (!head)
            continue;
        const FileRole byContent = roleFromContent(*head);
        if (role == FileRole::None)
            role = byContent;
        const std::string_view start = afterBlanks(*head);
        int score = 0;
        if (byContent == FileRole::Manifest && role == FileRole::Manifest)
            score = 100;
        else if (byContent == role
            && (role == FileRole::Tweets || role == FileRole::DirectMessages || role == FileRole::GroupMessages))
            score = 95;
        else if (byContent == role && role == FileRole::Grailbird)
            score = 85;
        else if (byContent == role && role != FileRole::None)
            score = 60; // account.js or note-tweet.js alone
        else if (role == FileRole::Tweets && !start.empty() && start.front() == '['
            && head->find("\"full_text\"") != std::string::npos)
            score = 70; // a bare JSON array of tweets
        best = std::max(best, score);
        if (best == 100)
            break;
    }
    return best;
}

void TwitterImporter::run(const InputSource &input, const ImportOptions &, BatchWriter &out) const
{
    FindingLimiter findings(out);
    YtdReader reader;
    ArchiveLayout layout = findArchiveFiles(input);
    if (input.entries().size() == 1 && classifyPath(input.entries().front().path) == FileRole::None) {
        const InputEntry &only = input.entries().front();
        const auto head = input.peek(only, kPeekBytes);
        switch (head ? roleFromContent(*head) : FileRole::None) {
        case FileRole::Tweets:
            layout.tweets.push_back(&only);
            break;
        case FileRole::NoteTweets:
            layout.notes.push_back(&only);
            break;
        case FileRole::DirectMessages:
            layout.directMessages.push_back(&only);
            break;
        case FileRole::GroupMessages:
            layout.groupMessages.push_back(&only);
            break;
        case FileRole::Grailbird:
            layout.grailbird.push_back(&only);
            break;
        default:
            break;
        }
    }
    const bool modern = !layout.tweets.empty() || !layout.notes.empty() || !layout.directMessages.empty()
        || !layout.groupMessages.empty();
    if (!layout.grailbird.empty()) {
        out.add(finding(modern ? Severity::Info : Severity::Error, layout.grailbird.front()->path,
            modern ? "the old pre-2019 (\"Grailbird\") part of this archive was ignored; the current "
                     "data/tweets.js holds the same posts"
                   : "this is a pre-2019 Twitter archive (\"Grailbird\": data/js/tweets/YYYY_MM.js), which "
                     "Tunebench does not read. Request a new archive from Settings > Your account > "
                     "Download an archive of your data, and import that zip"));
        if (!modern)
            return;
    }
    if (!modern) {
        out.add(finding(Severity::Error, std::string(),
            "no tweets.js, tweet.js, tweets-partN.js or direct-messages.js was found; import the "
            "archive zip, its folder, or its data/tweets.js"));
        return;
    }

    // Who the archive belongs to: manifest.js, else account.js, else its self-replies.
    ArchiveOwner owner;
    std::optional<Manifest> manifest;
    if (layout.manifest) {
        if (const auto content = readEntry(input, *layout.manifest, out)) {
            std::string error;
            manifest = readManifest(*content, reader, error);
            if (!manifest)
                out.add(
                    finding(Severity::Warning, layout.manifest->path, "manifest.js cannot be read (" + error + ")"));
            else
                owner = manifest->owner;
            if (manifest && manifest->partial)
                out.add(finding(Severity::Warning, layout.manifest->path,
                    "manifest.js says this is a partial archive; some posts or messages may be missing"));
            out.fileDone(layout.manifest->path, layout.manifest->size);
        }
    }
    if (layout.account) {
        if (const auto content = readEntry(input, *layout.account, out)) {
            std::string error;
            if (const auto account = readAccount(*content, reader, error)) {
                if (owner.id.empty())
                    owner.id = account->id;
                if (owner.userName.empty())
                    owner.userName = account->userName;
                if (!account->displayName.empty())
                    owner.displayName = account->displayName;
            } else {
                out.add(finding(Severity::Warning, layout.account->path, "account.js cannot be read (" + error + ")"));
            }
            out.fileDone(layout.account->path, layout.account->size);
        }
    }

    Timeline timeline(out, findings, reader);
    const auto manifestCount = [&](const InputEntry &entry) -> std::int64_t {
        if (manifest) {
            for (const auto &file : manifest->files) {
                if (pathEndsWith(entry.path, file.fileName))
                    return file.count;
            }
        }
        return -1;
    };
    for (const InputEntry *entry : layout.tweets) {
        if (out.isCancelled())
            return;
        if (auto content = readEntry(input, *entry, out)) {
            const std::size_t records = timeline.readTweets(*entry, *content);
            const std::int64_t expected = manifestCount(*entry);
            if (expected >= 0 && static_cast<std::int64_t>(records) != expected)
                out.add(finding(Severity::Warning, entry->path,
                    "holds " + std::to_string(records) + " tweets but manifest.js says " + std::to_string(expected)
                        + "; the file may be damaged. Re-download the archive"));
        }
        out.fileDone(entry->path, entry->size);
    }
    for (const InputEntry *entry : layout.notes) {
        if (auto content = readEntry(input, *entry, out))
            timeline.readNotes(*entry, *content);
        out.fileDone(entry->path, entry->size);
    }
    for (const InputEntry *entry : layout.deleted) {
        if (auto content = readEntry(input, *entry, out)) {
            const std::size_t deleted = timeline.readDeleted(*entry, *content);
            out.add(finding(Severity::Info, entry->path,
                "deleted tweets not imported: " + std::to_string(deleted)
                    + " (the archive keeps them, but they are not posts any more)"));
        }
        out.fileDone(entry->path, entry->size);
    }
    if (owner.id.empty()) {
        if (auto inferred = timeline.inferOwner())
            owner = std::move(*inferred);
        out.add(finding(Severity::Warning, layout.tweets.empty() ? std::string() : layout.tweets.front()->path,
            owner.id.empty() ? "the archive's owner is unknown (no manifest.js or account.js); the posts are "
                               "attributed to 'twitter:unknown-owner'. Import the whole archive zip or folder instead"
                             : "no manifest.js or account.js: the owner (@" + owner.userName
                    + ") was inferred from replies to their own posts. Import the whole archive zip "
                      "or folder to be sure"));
    }

    Participant self;
    self.key = "twitter:" + (owner.id.empty() ? std::string("unknown-owner") : owner.id);
    self.handle = owner.userName;
    self.displayName = !owner.displayName.empty() ? owner.displayName
        : !owner.userName.empty()                 ? owner.userName
                                                  : std::string("Archive owner");
    out.add(self);
    std::unordered_set<std::string> participants { self.key };
    if (!timeline.empty())
        timeline.write(owner, self.key);

    DirectMessages dms(out, findings, reader, owner, timeline.users(), participants);
    for (const bool group : { false, true }) {
        for (const InputEntry *entry : group ? layout.groupMessages : layout.directMessages) {
            if (out.isCancelled())
                return;
            if (auto content = readEntry(input, *entry, out))
                dms.read(*entry, *content, group);
            out.fileDone(entry->path, entry->size);
        }
    }

    if (manifest) {
        for (const auto &file : manifest->files) {
            if (file.count <= 0 || file.dataType == "deletedTweets")
                continue;
            bool present = false;
            for (const auto &entry : input.entries())
                present = present || pathEndsWith(entry.path, file.fileName);
            if (!present)
                out.add(finding(Severity::Warning, layout.manifest->path,
                    "manifest.js lists " + file.fileName + " (" + std::to_string(file.count)
                        + " records) but the archive does not contain it; import the complete zip"));
        }
    }
    findings.flush();
}

} // namespace tb::core
