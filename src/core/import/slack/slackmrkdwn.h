#pragma once

#include <string>
#include <string_view>

namespace tb::core {

// Names for mentions inside Slack text; the importer's directory of users and channels.
class SlackNameResolver {
public:
    virtual ~SlackNameResolver() = default;
    // What a person calls USERID, or empty when nobody knows.
    virtual std::string_view userName(std::string_view userId) const = 0;
    // CHANNELID's name without '#', or empty when unknown.
    virtual std::string_view channelName(std::string_view channelId) const = 0;
};

// Appends the readable form of Slack mrkdwn RAW to OUT in one linear pass: <@U…> becomes
// "@Display Name", <#C…|name> "#name", <url|label> "label", <mailto:a@b> "a@b", <!here> "@here",
// <!subteam^S…|@team> "@team", <!date^…|fallback> "fallback"; then &lt; &gt; &amp; are unescaped
// once. Text between the tokens (bold, code, emoji shortcodes) is kept as written.
void appendSlackMrkdwn(std::string &out, std::string_view raw, const SlackNameResolver &names);
std::string decodeSlackMrkdwn(std::string_view raw, const SlackNameResolver &names);

// Appends S with only &lt; &gt; &amp; decoded, the three escapes Slack writes.
void appendSlackUnescaped(std::string &out, std::string_view s);

} // namespace tb::core
