#pragma once

#include "import/importer.h"

namespace tb::core {

// A Twitter/X "Download your data" archive: the zip, its folder, or the .js files themselves.
// Reads tweets.js / tweet.js / tweets-partN.js (with note-tweet.js for long posts) into one Timeline
// conversation, and direct-messages(-group).js into one conversation per chat. See
// ../shared/reference/export-formats.md §2 for the format and its traps.
class TwitterImporter final : public Importer {
public:
    std::string_view id() const override { return "twitter"; }
    std::string_view displayName() const override { return "Twitter/X archive"; }
    int detect(const InputSource &input) const override;
    void run(const InputSource &input, const ImportOptions &options, BatchWriter &out) const override;
};

} // namespace tb::core
