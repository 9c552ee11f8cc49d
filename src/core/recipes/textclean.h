#pragma once

#include <string>
#include <string_view>

namespace tb::core::recipes {

struct CleanOptions {
    bool links = true; // URLs, bare and in Slack's <http...|label> form
    bool ids = true;   // Slack mentions and ids: <@U...>, <#C...|name>, <!here>, raw user ids
    bool code = true;  // ``` fenced ``` and `inline` code
};

// TEXT without what OPTIONS removes, runs of spaces collapsed and the ends trimmed; Slack's &amp;
// &lt; &gt; escapes decoded. Hand-written scanning: this runs on every message of a big project.
std::string cleanText(std::string_view text, const CleanOptions &options);

// TEXT without URLs (http://, https://, www.), spaces collapsed as cleanText does.
std::string stripUrls(std::string_view text);

// Runs of spaces and tabs as one space, no spaces at line ends, at most one blank line, ends trimmed.
std::string collapseSpaces(std::string_view text);

// "&amp;" -> "&", "&lt;" -> "<", "&gt;" -> ">", "&quot;" -> '"', "&#39;" -> "'", numeric forms.
std::string unescapeEntities(std::string_view text);

} // namespace tb::core::recipes
