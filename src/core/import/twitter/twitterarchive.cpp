#include "twitterarchive.h"

#include "jsonfields.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace tb::core::twitter {

namespace {

std::string_view baseName(std::string_view path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// Part number of NAME when it is STEM.js (0) or STEM-partN.js (N); -1 otherwise.
long partOf(std::string_view name, std::string_view stem)
{
    if (name.size() < stem.size() + 3 || name.substr(0, stem.size()) != stem || name.substr(name.size() - 3) != ".js")
        return -1;
    const std::string_view rest = name.substr(stem.size(), name.size() - stem.size() - 3);
    if (rest.empty())
        return 0;
    if (rest.substr(0, 5) != "-part" || rest.size() == 5 || rest.size() > 12)
        return -1;
    long part = 0;
    const auto [end, ec] = std::from_chars(rest.data() + 5, rest.data() + rest.size(), part);
    return ec == std::errc() && end == rest.data() + rest.size() ? part : -1;
}

bool isGrailbirdMonth(std::string_view path)
{
    // .../js/tweets/2014_12.js
    const std::string_view name = baseName(path);
    if (name.size() != 10 || path.find("js/tweets/") == std::string_view::npos)
        return false;
    for (std::size_t i : { 0, 1, 2, 3, 5, 6 }) {
        if (name[i] < '0' || name[i] > '9')
            return false;
    }
    return name[4] == '_' && name.substr(7) == ".js";
}

struct StemRole {
    std::string_view stem;
    FileRole role;
};

constexpr std::array<StemRole, 13> kStems = { {
    { "manifest", FileRole::Manifest },
    { "account", FileRole::Account },
    { "tweets", FileRole::Tweets },
    { "tweet", FileRole::Tweets },
    { "community-tweet", FileRole::Tweets },
    { "note-tweet", FileRole::NoteTweets },
    { "deleted-tweets", FileRole::DeletedTweets },
    { "deleted-tweet", FileRole::DeletedTweets },
    { "direct-messages-group", FileRole::GroupMessages },
    { "direct-message-group", FileRole::GroupMessages },
    { "direct-messages", FileRole::DirectMessages },
    { "direct-message", FileRole::DirectMessages },
    { "deleted-direct-messages", FileRole::None },
} };

std::pair<FileRole, long> classifyWithPart(std::string_view path)
{
    if (isGrailbirdMonth(path))
        return { FileRole::Grailbird, 0 };
    const std::string_view name = baseName(path);
    for (const auto &[stem, role] : kStems) {
        const long part = partOf(name, stem);
        if (part >= 0)
            return { role, part };
    }
    return { FileRole::None, 0 };
}

} // namespace

FileRole classifyPath(std::string_view path)
{
    return classifyWithPart(path).first;
}

bool pathEndsWith(std::string_view path, std::string_view fileName)
{
    if (path.size() < fileName.size() || path.substr(path.size() - fileName.size()) != fileName)
        return false;
    return path.size() == fileName.size() || path[path.size() - fileName.size() - 1] == '/';
}

ArchiveLayout findArchiveFiles(const InputSource &input)
{
    ArchiveLayout layout;
    struct Ranked {
        const InputEntry *entry;
        long part;
    };
    std::vector<Ranked> tweets, notes, deleted, dms, groups;
    for (const auto &entry : input.entries()) {
        const auto [role, part] = classifyWithPart(entry.path);
        switch (role) {
        case FileRole::Manifest:
            // The shallowest manifest.js is the archive's own (a nested copy would be odd).
            if (!layout.manifest || entry.path.size() < layout.manifest->path.size())
                layout.manifest = &entry;
            break;
        case FileRole::Account:
            if (!layout.account || entry.path.size() < layout.account->path.size())
                layout.account = &entry;
            break;
        case FileRole::Tweets:
            tweets.push_back({ &entry, part });
            break;
        case FileRole::NoteTweets:
            notes.push_back({ &entry, part });
            break;
        case FileRole::DeletedTweets:
            deleted.push_back({ &entry, part });
            break;
        case FileRole::DirectMessages:
            dms.push_back({ &entry, part });
            break;
        case FileRole::GroupMessages:
            groups.push_back({ &entry, part });
            break;
        case FileRole::Grailbird:
            layout.grailbird.push_back(&entry);
            break;
        case FileRole::None:
            break;
        }
    }
    const auto order = [](std::vector<Ranked> &list, std::vector<const InputEntry *> &out) {
        std::stable_sort(list.begin(), list.end(), [](const Ranked &a, const Ranked &b) {
            const std::string_view an = baseName(a.entry->path), bn = baseName(b.entry->path);
            // tweets.js before tweet.js before community-tweet.js; then by part number.
            const auto stemLength = [](std::string_view n) {
                return n.find("-part") == std::string_view::npos ? n.size() - 3 : n.find("-part");
            };
            const std::string_view as = an.substr(0, stemLength(an)), bs = bn.substr(0, stemLength(bn));
            if (as != bs)
                return as > bs;
            return a.part < b.part;
        });
        for (const auto &r : list)
            out.push_back(r.entry);
    };
    order(tweets, layout.tweets);
    order(notes, layout.notes);
    order(deleted, layout.deleted);
    order(dms, layout.directMessages);
    order(groups, layout.groupMessages);
    return layout;
}

std::optional<Manifest> readManifest(std::string_view content, YtdReader &reader, std::string &error)
{
    const auto payload = locatePayload(content, '{');
    if (!payload) {
        error = "it is not a 'window.__THAR_CONFIG = {...}' file";
        return std::nullopt;
    }
    const auto root = reader.parseOne(payload->json, error);
    if (!root)
        return std::nullopt;
    Manifest manifest;
    json::element part;
    if (json::child(*root, "userInfo", part)) {
        manifest.owner.id = json::idText(part, "accountId");
        manifest.owner.userName = json::str(part, "userName");
        manifest.owner.displayName = json::str(part, "displayName");
    }
    if (json::child(*root, "archiveInfo", part))
        manifest.partial = json::flag(part, "isPartialArchive");
    json::element types;
    if (json::child(*root, "dataTypes", types)) {
        for (const char *type : { "tweets", "tweet", "communityTweet", "noteTweet", "directMessages",
                 "directMessagesGroup", "deletedTweets" }) {
            json::element dataType;
            json::array files;
            if (!json::child(types, type, dataType) || !json::arrayOf(dataType, "files", files))
                continue;
            for (json::element file : files) {
                ManifestFile entry;
                entry.dataType = type;
                entry.fileName = json::str(file, "fileName");
                const std::string count = json::idText(file, "count");
                std::int64_t n = -1;
                std::from_chars(count.data(), count.data() + count.size(), n);
                entry.count = n;
                if (!entry.fileName.empty())
                    manifest.files.push_back(std::move(entry));
            }
        }
    }
    return manifest;
}

std::optional<ArchiveOwner> readAccount(std::string_view content, YtdReader &reader, std::string &error)
{
    const auto payload = locatePayload(content, '[');
    if (!payload) {
        error = "it is not a 'window.YTD.account.part0 = [...]' file";
        return std::nullopt;
    }
    std::optional<ArchiveOwner> owner;
    reader.forEach(
        payload->json, 0,
        [&](json::element element, std::size_t) {
            json::element account;
            if (owner || !json::child(element, "account", account))
                return;
            ArchiveOwner found;
            found.id = json::idText(account, "accountId");
            found.userName = json::str(account, "username");
            found.displayName = json::str(account, "accountDisplayName");
            if (!found.id.empty())
                owner = std::move(found);
        },
        [](std::size_t, std::string_view) {});
    if (!owner)
        error = "it holds no account with an accountId";
    return owner;
}

} // namespace tb::core::twitter
