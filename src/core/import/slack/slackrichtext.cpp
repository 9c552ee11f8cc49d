#include "slackrichtext.h"

#include "slackjson.h"

#include <algorithm>

namespace tb::core {

using simdjson::dom::array;
using simdjson::dom::element;

namespace {

// Nesting deeper than this is not something Slack writes; stopping keeps hostile input cheap.
constexpr int kMaxDepth = 8;

void newLine(std::string &out)
{
    if (!out.empty() && out.back() != '\n')
        out += '\n';
}

void appendNamed(std::string &out, char sigil, std::string_view name, std::string_view id)
{
    out += sigil;
    out += name.empty() ? id : name;
}

void appendInline(std::string &out, element elements, const SlackNameResolver &names)
{
    array list;
    if (elements.get(list) != simdjson::SUCCESS)
        return;
    for (const element e : list) {
        const std::string_view type = slackjson::string(e, "type");
        if (type == "text") {
            out += slackjson::string(e, "text");
        } else if (type == "link") {
            const std::string_view text = slackjson::string(e, "text");
            out += text.empty() ? slackjson::string(e, "url") : text;
        } else if (type == "user") {
            const std::string_view id = slackjson::string(e, "user_id");
            appendNamed(out, '@', names.userName(id), id);
        } else if (type == "channel") {
            const std::string_view id = slackjson::string(e, "channel_id");
            appendNamed(out, '#', names.channelName(id), id);
        } else if (type == "emoji") {
            out += ':';
            out += slackjson::string(e, "name");
            out += ':';
        } else if (type == "usergroup") {
            appendNamed(out, '@', {}, slackjson::string(e, "usergroup_id"));
        } else if (type == "broadcast") {
            appendNamed(out, '@', {}, slackjson::string(e, "range"));
        } else if (type == "date") {
            out += slackjson::string(e, "fallback");
        } else if (type == "color") {
            out += slackjson::string(e, "value");
        }
    }
}

void appendRichText(std::string &out, element block, const SlackNameResolver &names, int depth)
{
    array elements;
    if (depth > kMaxDepth || block["elements"].get(elements) != simdjson::SUCCESS)
        return;
    for (const element e : elements) {
        const std::string_view type = slackjson::string(e, "type");
        element children;
        if (!slackjson::member(e, "elements", children))
            continue;
        if (type == "rich_text_section") {
            appendInline(out, children, names);
        } else if (type == "rich_text_preformatted") {
            newLine(out);
            out += "```";
            appendInline(out, children, names);
            out += "```";
        } else if (type == "rich_text_quote") {
            newLine(out);
            out += "> ";
            appendInline(out, children, names);
        } else if (type == "rich_text_list") {
            const bool ordered = slackjson::string(e, "style") == "ordered";
            std::int64_t indent = 0;
            if (e["indent"].get(indent) != simdjson::SUCCESS)
                indent = 0;
            array items;
            if (children.get(items) != simdjson::SUCCESS)
                continue;
            int number = 0;
            for (const element item : items) {
                newLine(out);
                out.append(static_cast<std::size_t>(std::clamp<std::int64_t>(indent, 0, 8)) * 2, ' ');
                out += ordered ? std::to_string(++number) + ". " : std::string("- ");
                element itemChildren;
                if (slackjson::member(item, "elements", itemChildren))
                    appendInline(out, itemChildren, names);
            }
            out += '\n';
        } else {
            appendRichText(out, e, names, depth + 1);
        }
    }
}

// A text object {type: mrkdwn|plain_text, text}.
void appendTextObject(std::string &out, element object, const SlackNameResolver &names)
{
    const std::string_view text = slackjson::string(object, "text");
    if (slackjson::string(object, "type") == "mrkdwn")
        appendSlackMrkdwn(out, text, names);
    else
        out += text;
}

} // namespace

void appendSlackBlocks(std::string &out, element blocks, const SlackNameResolver &names)
{
    array list;
    if (blocks.get(list) != simdjson::SUCCESS)
        return;
    for (const element block : list) {
        const std::string_view type = slackjson::string(block, "type");
        newLine(out);
        if (type == "rich_text") {
            appendRichText(out, block, names, 0);
        } else if (type == "section" || type == "header") {
            element text;
            if (slackjson::member(block, "text", text))
                appendTextObject(out, text, names);
            array fields;
            if (block["fields"].get(fields) == simdjson::SUCCESS) {
                for (const element field : fields) {
                    newLine(out);
                    appendTextObject(out, field, names);
                }
            }
        } else if (type == "context") {
            array elements;
            if (block["elements"].get(elements) == simdjson::SUCCESS) {
                for (const element e : elements) {
                    if (slackjson::string(e, "type") == "image")
                        continue;
                    if (!out.empty() && out.back() != '\n')
                        out += ' ';
                    appendTextObject(out, e, names);
                }
            }
        }
    }
    while (!out.empty() && out.back() == '\n')
        out.pop_back();
}

void appendSlackAttachments(std::string &out, element attachments, const SlackNameResolver &names)
{
    array list;
    if (attachments.get(list) != simdjson::SUCCESS)
        return;
    for (const element a : list) {
        const std::string_view fallback = slackjson::string(a, "fallback");
        newLine(out);
        if (!fallback.empty()) {
            appendSlackMrkdwn(out, fallback, names);
            continue;
        }
        for (const char *key : { "pretext", "title", "text" }) {
            const std::string_view part = slackjson::string(a, key);
            if (part.empty())
                continue;
            newLine(out);
            appendSlackMrkdwn(out, part, names);
        }
    }
    while (!out.empty() && out.back() == '\n')
        out.pop_back();
}

} // namespace tb::core
