#pragma once

#include "input/inputsource.h"
#include "ytdfile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core::twitter {

enum class FileRole {
    None,
    Manifest, // manifest.js: owner, file list and counts
    Account, // account.js: owner
    Tweets, // tweets.js, tweet.js (before 2022-10), tweets-partN.js, community-tweet.js
    NoteTweets, // note-tweet.js: full text of long posts
    DeletedTweets, // deleted-tweets.js: never imported
    DirectMessages, // direct-messages.js (direct-message.js in older archives)
    GroupMessages, // direct-messages-group.js
    Grailbird, // data/js/tweets/2014_12.js of the pre-2019 archive
};

// What a file inside an archive holds, from its path alone.
FileRole classifyPath(std::string_view path);

// The files of an archive that Tunebench reads, each list in part order (part10 after part2).
struct ArchiveLayout {
    const InputEntry *manifest = nullptr;
    const InputEntry *account = nullptr;
    std::vector<const InputEntry *> tweets;
    std::vector<const InputEntry *> notes;
    std::vector<const InputEntry *> deleted;
    std::vector<const InputEntry *> directMessages;
    std::vector<const InputEntry *> groupMessages;
    std::vector<const InputEntry *> grailbird;
};
ArchiveLayout findArchiveFiles(const InputSource &input);

struct ArchiveOwner {
    std::string id;
    std::string userName;
    std::string displayName;
};

struct ManifestFile {
    std::string dataType; // "tweets", "directMessages"…
    std::string fileName; // "data/tweets.js", relative to the archive's top folder
    std::int64_t count = -1;
};

struct Manifest {
    ArchiveOwner owner;
    std::vector<ManifestFile> files; // only the data types Tunebench reads
    bool partial = false;
};

// manifest.js ("window.__THAR_CONFIG = {...}"); nullopt with ERROR when it cannot be read.
std::optional<Manifest> readManifest(std::string_view content, YtdReader &reader, std::string &error);
// account.js; nullopt with ERROR when it holds no account.
std::optional<ArchiveOwner> readAccount(std::string_view content, YtdReader &reader, std::string &error);

// True when PATH ends with FILENAME at a folder boundary ("x/data/tweets.js" ends with "data/tweets.js").
bool pathEndsWith(std::string_view path, std::string_view fileName);

} // namespace tb::core::twitter
