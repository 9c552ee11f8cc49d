#include "slacklayout.h"

#include "util/text.h"

#include <algorithm>
#include <map>

namespace tb::core {

namespace {

bool endsWithJson(std::string_view path)
{
    return path.size() > 5 && text::toLowerAscii(path.substr(path.size() - 5)) == ".json";
}

std::size_t depthOf(std::string_view path)
{
    return static_cast<std::size_t>(std::count(path.begin(), path.end(), '/'));
}

std::string_view baseName(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

const InputEntry **metadataSlot(SlackLayout &layout, std::string_view name)
{
    if (name == "users.json")
        return &layout.users;
    if (name == "org_users.json")
        return &layout.orgUsers;
    if (name == "channels.json")
        return &layout.channels;
    if (name == "groups.json")
        return &layout.groups;
    if (name == "dms.json")
        return &layout.dms;
    if (name == "mpims.json")
        return &layout.mpims;
    return nullptr;
}

// Lists Slack writes beside the conversations that hold no messages.
bool isOtherListing(std::string_view name)
{
    return name == "integration_logs.json" || name == "canvases.json" || name == "huddles.json" || name == "lists.json"
        || name == "file_conversations.json";
}

std::string findRoot(const InputSource &input)
{
    // The shallowest metadata list marks the export's top.
    std::size_t bestDepth = SIZE_MAX;
    std::string root;
    SlackLayout probe;
    for (const auto &entry : input.entries()) {
        const std::size_t depth = depthOf(entry.path);
        if (depth < bestDepth && metadataSlot(probe, baseName(entry.path))) {
            bestDepth = depth;
            root = entry.path.substr(0, entry.path.size() - baseName(entry.path).size());
        }
    }
    if (bestDepth != SIZE_MAX)
        return root;
    // No lists: strip top folders that hold nothing but folders ("export/general/2020-01-01.json"),
    // stopping at a folder that holds files itself (a channel folder zipped on its own).
    std::vector<const InputEntry *> entries;
    for (const auto &entry : input.entries()) {
        if (endsWithJson(entry.path))
            entries.push_back(&entry);
    }
    while (!entries.empty()) {
        const std::string &first = entries.front()->path;
        const auto slash = first.find('/', root.size());
        if (slash == std::string::npos)
            break;
        const std::string candidate = first.substr(0, slash + 1);
        const bool allInside = std::all_of(entries.begin(), entries.end(), [&](const InputEntry *e) {
            return e->path.compare(0, candidate.size(), candidate) == 0
                && e->path.find('/', candidate.size()) != std::string::npos;
        });
        if (!allInside)
            break;
        root = candidate;
    }
    return root;
}

} // namespace

bool isSlackDayFileName(std::string_view name)
{
    if (name.size() != 15 || name.substr(10) != ".json")
        return false;
    for (std::size_t i = 0; i < 10; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? name[i] != '-' : (name[i] < '0' || name[i] > '9'))
            return false;
    }
    return true;
}

bool looksLikeSlackConversationId(std::string_view name)
{
    if (name.size() < 9 || name.size() > 14 || (name[0] != 'C' && name[0] != 'D' && name[0] != 'G'))
        return false;
    return std::all_of(
        name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

SlackLayout SlackLayout::scan(const InputSource &input)
{
    SlackLayout layout;
    layout.root = findRoot(input);
    std::map<std::string, SlackFolder, std::less<>> folders;
    for (const auto &entry : input.entries()) {
        if (entry.path.compare(0, layout.root.size(), layout.root) != 0 || !endsWithJson(entry.path)) {
            layout.ignored.push_back(&entry);
            continue;
        }
        const std::string_view rel = std::string_view(entry.path).substr(layout.root.size());
        const auto slash = rel.find('/');
        if (slash == std::string_view::npos) {
            if (const InputEntry **slot = metadataSlot(layout, rel); slot && !*slot)
                *slot = &entry;
            else if (slot || isOtherListing(rel))
                layout.ignored.push_back(&entry);
            else
                layout.looseFiles.push_back(&entry);
            continue;
        }
        const std::string_view folder = rel.substr(0, slash);
        if (rel.find('/', slash + 1) != std::string_view::npos || folder == "__uploads" || folder.empty()) {
            layout.ignored.push_back(&entry); // downloads: __uploads/F…/x, <channel>/attachments/F…-x
            continue;
        }
        auto it = folders.find(folder);
        if (it == folders.end())
            it = folders.emplace(std::string(folder), SlackFolder { std::string(folder), {} }).first;
        it->second.files.push_back(&entry);
    }
    for (auto &[name, folder] : folders) {
        std::sort(folder.files.begin(), folder.files.end(),
            [](const InputEntry *a, const InputEntry *b) { return a->path < b->path; });
        layout.folders.push_back(std::move(folder));
    }
    std::sort(layout.looseFiles.begin(), layout.looseFiles.end(),
        [](const InputEntry *a, const InputEntry *b) { return a->path < b->path; });
    return layout;
}

} // namespace tb::core
