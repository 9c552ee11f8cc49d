#pragma once

#include "slackmrkdwn.h"

#include <simdjson.h>

#include <string>

namespace tb::core {

// Readable text of a message's "blocks" (rich_text sections, lists, code, quotes; section, header
// and context blocks), appended to OUT. Used when "text" is empty, as for messages sent by apps.
void appendSlackBlocks(std::string &out, simdjson::dom::element blocks, const SlackNameResolver &names);

// Readable text of "attachments" (bots, unfurls): each one's fallback, else pretext, title and text.
void appendSlackAttachments(std::string &out, simdjson::dom::element attachments, const SlackNameResolver &names);

} // namespace tb::core
