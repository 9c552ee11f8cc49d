#include "slackmrkdwn.h"

#include <cstring>

namespace tb::core {

namespace {

void appendLabel(std::string &out, char sigil, std::string_view label)
{
    // Old exports write "<@U123|bob>", newer tools "<!subteam^S1|@team>": never double the sigil.
    if (sigil && (label.empty() || label.front() != sigil))
        out += sigil;
    appendSlackUnescaped(out, label);
}

void appendToken(std::string &out, std::string_view token, const SlackNameResolver &names)
{
    const auto bar = token.find('|');
    const std::string_view target = token.substr(0, bar);
    const std::string_view label = bar == std::string_view::npos ? std::string_view() : token.substr(bar + 1);
    const char kind = target.empty() ? '\0' : target.front();
    if (kind == '@') {
        const std::string_view id = target.substr(1);
        const std::string_view name = names.userName(id);
        if (!name.empty()) {
            out += '@';
            out += name;
        } else {
            appendLabel(out, '@', label.empty() ? id : label);
        }
        return;
    }
    if (kind == '#') {
        const std::string_view id = target.substr(1);
        if (!label.empty()) {
            appendLabel(out, '#', label);
            return;
        }
        const std::string_view name = names.channelName(id);
        out += '#';
        out += name.empty() ? id : name;
        return;
    }
    if (kind == '!') {
        const std::string_view command = target.substr(1);
        if (command == "here" || command == "channel" || command == "everyone") {
            out += '@';
            out += command;
        } else if (!label.empty()) {
            appendSlackUnescaped(out, label);
        } else if (command.substr(0, 8) == "subteam^") {
            out += '@';
            out += command.substr(8);
        } else if (command.substr(0, 5) == "date^") {
            const std::string_view rest = command.substr(5);
            out += rest.substr(0, rest.find('^')); // the epoch seconds: better than nothing
        } else {
            out += '@';
            out += command;
        }
        return;
    }
    if (!label.empty()) {
        appendSlackUnescaped(out, label);
        return;
    }
    appendSlackUnescaped(out, target.substr(0, 7) == "mailto:" ? target.substr(7) : target);
}

} // namespace

void appendSlackUnescaped(std::string &out, std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto *amp = static_cast<const char *>(std::memchr(s.data() + i, '&', s.size() - i));
        if (!amp) {
            out.append(s.data() + i, s.size() - i);
            return;
        }
        const std::size_t at = static_cast<std::size_t>(amp - s.data());
        out.append(s.data() + i, at - i);
        const std::string_view rest = s.substr(at);
        if (rest.substr(0, 4) == "&lt;") {
            out += '<';
            i = at + 4;
        } else if (rest.substr(0, 4) == "&gt;") {
            out += '>';
            i = at + 4;
        } else if (rest.substr(0, 5) == "&amp;") {
            out += '&';
            i = at + 5;
        } else {
            out += '&';
            i = at + 1;
        }
    }
}

void appendSlackMrkdwn(std::string &out, std::string_view raw, const SlackNameResolver &names)
{
    std::size_t i = 0;
    const std::size_t n = raw.size();
    while (i < n) {
        const auto *lt = static_cast<const char *>(std::memchr(raw.data() + i, '<', n - i));
        if (!lt) {
            appendSlackUnescaped(out, raw.substr(i));
            return;
        }
        const std::size_t open = static_cast<std::size_t>(lt - raw.data());
        appendSlackUnescaped(out, raw.substr(i, open - i));
        // A token ends at the next '>'; a '<' or line break first, or a space after it, means the '<'
        // was literal (Slack escapes it, other tools may not). Scanning stops there: the pass stays linear.
        std::size_t close = open + 1;
        while (close < n && raw[close] != '>' && raw[close] != '<' && raw[close] != '\n')
            ++close;
        const bool spaced = open + 1 < n && (raw[open + 1] == ' ' || raw[open + 1] == '\t');
        if (close >= n || raw[close] != '>' || close == open + 1 || spaced) {
            out += '<';
            i = open + 1;
            continue;
        }
        appendToken(out, raw.substr(open + 1, close - open - 1), names);
        i = close + 1;
    }
}

std::string decodeSlackMrkdwn(std::string_view raw, const SlackNameResolver &names)
{
    std::string out;
    out.reserve(raw.size());
    appendSlackMrkdwn(out, raw, names);
    return out;
}

} // namespace tb::core
