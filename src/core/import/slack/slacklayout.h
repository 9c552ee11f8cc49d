#pragma once

#include "input/inputsource.h"

#include <string>
#include <vector>

namespace tb::core {

struct SlackFolder {
    std::string name; // the channel's name (or a DM's id, or a group DM's mpdm-… name)
    std::vector<const InputEntry *> files;
};

// Where things sit in a Slack export, from file names only: the metadata lists, one folder per
// conversation with its day files, and JSON files lying at the top (slackdump dumps, single day
// files). The export may sit under one top folder of the zip. Files deeper than <folder>/<day>.json
// (slackdump's attachments/ and __uploads/ downloads) and non-JSON files are left out.
struct SlackLayout {
    std::string root; // "" or "top/": the prefix every path below carries
    const InputEntry *users = nullptr;
    const InputEntry *orgUsers = nullptr;
    const InputEntry *channels = nullptr;
    const InputEntry *groups = nullptr;
    const InputEntry *dms = nullptr;
    const InputEntry *mpims = nullptr;
    std::vector<SlackFolder> folders; // sorted by name, files sorted by path
    std::vector<const InputEntry *> looseFiles; // JSON files at the root that are not metadata
    std::vector<const InputEntry *> ignored; // everything else, still reported as done

    bool hasChannelList() const { return channels || groups || dms || mpims; }
    bool hasMetadata() const { return users || orgUsers || hasChannelList(); }

    static SlackLayout scan(const InputSource &input);
};

// "2016-01-14.json": the name Slack gives day files (their date is in the workspace's time zone).
bool isSlackDayFileName(std::string_view fileName);
// "C0JGLMMNX", "D0123ABCD", "GM27XUQT0": what Slack ids look like (channel names are lowercase).
bool looksLikeSlackConversationId(std::string_view name);

} // namespace tb::core
