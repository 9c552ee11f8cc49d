#include "slackmessagereader.h"

#include "import/importsink.h"
#include "slackjson.h"
#include "slackrichtext.h"
#include "util/text.h"

#include <array>
#include <cstdio>

namespace tb::core {

using simdjson::dom::element;

namespace {

// More record-level warnings than this per file are counted, not listed: one broken generator
// must not bury the other findings.
constexpr std::size_t kWarningsPerFile = 50;

// Subtypes a person wrote (the rest are joins, topic changes, integrations, reminders...).
constexpr std::array<std::string_view, 7> kHumanSubtypes = { "thread_broadcast", "file_share", "me_message",
    "file_comment", "file_mention", "reply_broadcast", "message_replied" };
// Subtypes that name an integration as their object, not as their author.
constexpr std::array<std::string_view, 4> kIntegrationSubtypes
    = { "bot_add", "bot_remove", "bot_enable", "bot_disable" };

template <std::size_t N> bool contains(const std::array<std::string_view, N> &list, std::string_view value)
{
    for (const auto item : list) {
        if (item == value)
            return true;
    }
    return false;
}

bool getString(element v, std::string_view &out)
{
    std::string_view s;
    if (v.get(s) != simdjson::SUCCESS)
        return false;
    out = s;
    return true;
}

bool isTrue(element v)
{
    bool b = false;
    return v.get(b) == simdjson::SUCCESS && b;
}

// The fields of one message this importer uses, gathered in a single pass over the object.
struct Fields {
    std::string_view ts, user, text, subtype, threadTs, botId, username;
    bool edited = false, media = false, hasProfile = false, hasBotProfile = false, hasBlocks = false,
         hasAttachments = false, hasComment = false, hasReplies = false, tsIsNumber = false;
    element profile, botProfile, blocks, attachments, comment, replies;
    char tsNumber[40] = {};
};

void gather(const simdjson::dom::object &object, Fields &f)
{
    for (const auto field : object) {
        const std::string_view k = field.key;
        const element v = field.value;
        switch (k.size()) {
        case 2:
            if (k == "ts" && !getString(v, f.ts)) {
                double number = 0;
                if (v.get(number) == simdjson::SUCCESS && number >= 0 && number < 1e12) {
                    std::snprintf(f.tsNumber, sizeof f.tsNumber, "%.6f", number);
                    f.ts = f.tsNumber;
                    f.tsIsNumber = true;
                }
            }
            break;
        case 4:
            if (k == "user")
                getString(v, f.user);
            else if (k == "text")
                getString(v, f.text);
            else if (k == "file")
                f.media = f.media || v.is_object();
            break;
        case 5:
            if (k == "files") {
                simdjson::dom::array files;
                f.media = f.media || (v.get(files) == simdjson::SUCCESS && files.begin() != files.end());
            }
            break;
        case 6:
            if (k == "blocks") {
                f.blocks = v;
                f.hasBlocks = v.is_array();
            } else if (k == "bot_id")
                getString(v, f.botId);
            else if (k == "edited")
                f.edited = v.is_object();
            else if (k == "upload")
                f.media = f.media || isTrue(v);
            break;
        case 7:
            if (k == "subtype") {
                getString(v, f.subtype);
            } else if (k == "comment") {
                f.comment = v;
                f.hasComment = v.is_object();
            }
            break;
        case 8:
            if (k == "username")
                getString(v, f.username);
            break;
        case 9:
            if (k == "thread_ts")
                getString(v, f.threadTs);
            break;
        case 11:
            if (k == "attachments") {
                f.attachments = v;
                f.hasAttachments = v.is_array();
            } else if (k == "bot_profile") {
                f.botProfile = v;
                f.hasBotProfile = v.is_object();
            }
            break;
        case 12:
            if (k == "user_profile") {
                f.profile = v;
                f.hasProfile = v.is_object();
            }
            break;
        case 24:
            if (k == "slackdump_thread_replies") {
                f.replies = v;
                f.hasReplies = v.is_array();
            }
            break;
        default:
            break;
        }
    }
}

void appendKey(std::string &key, const std::string &conversationKey, std::string_view ts)
{
    key.reserve(conversationKey.size() + 1 + ts.size());
    key += conversationKey;
    key += ':';
    key += ts;
}

} // namespace

bool parseSlackTs(std::string_view ts, std::int64_t &micros)
{
    std::size_t i = 0;
    std::int64_t seconds = 0;
    while (i < ts.size() && ts[i] >= '0' && ts[i] <= '9') {
        if (i >= 12)
            return false; // beyond year 33000: not a Slack time
        seconds = seconds * 10 + (ts[i] - '0');
        ++i;
    }
    if (i == 0)
        return false;
    std::int64_t fraction = 0;
    int digits = 0;
    if (i < ts.size()) {
        if (ts[i] != '.')
            return false;
        for (++i; i < ts.size(); ++i) {
            if (ts[i] < '0' || ts[i] > '9')
                return false;
            if (digits < 6) {
                fraction = fraction * 10 + (ts[i] - '0');
                ++digits;
            }
        }
    }
    for (; digits < 6; ++digits)
        fraction *= 10;
    micros = seconds * 1000000 + fraction;
    return true;
}

SlackMessageReader::SlackMessageReader(SlackDirectory &directory, BatchWriter &out)
    : m_directory(directory)
    , m_out(out)
{
}

void SlackMessageReader::beginConversation(const std::string &conversationKey)
{
    if (conversationKey == m_conversationKey)
        return;
    m_conversationKey = conversationKey;
    m_seenReplies.clear();
}

void SlackMessageReader::warn(const std::string &file, std::int64_t index, std::string reason, std::string messageKey)
{
    if (++m_fileWarnings > kWarningsPerFile) {
        ++m_suppressedWarnings;
        return;
    }
    m_out.add(Finding { Severity::Warning, file, 0, index, std::move(reason), std::move(messageKey) });
}

void SlackMessageReader::endFile(const std::string &file)
{
    if (m_suppressedWarnings)
        m_out.add(Finding { Severity::Warning, file, 0, -1,
            std::to_string(m_suppressedWarnings) + " more records of this file had problems like the ones listed above",
            {} });
    m_fileWarnings = 0;
    m_suppressedWarnings = 0;
}

std::size_t SlackMessageReader::read(element record, const std::string &file, std::int64_t index)
{
    simdjson::dom::array list;
    bool hasReplies = false;
    std::size_t written = readOne(record, file, index, {}, &list, &hasReplies);
    if (hasReplies) {
        std::int64_t r = 0;
        std::string suffix;
        for (const element reply : list) {
            suffix = '.' + std::to_string(r++);
            written += readOne(reply, file, index, suffix, nullptr, nullptr);
        }
    }
    return written;
}

std::size_t SlackMessageReader::readOne(element record, const std::string &file, std::int64_t index,
    std::string_view originSuffix, simdjson::dom::array *replies, bool *hasReplies)
{
    simdjson::dom::object object;
    if (record.get(object) != simdjson::SUCCESS) {
        warn(file, index, "is not a JSON object; a day file holds an array of message objects; skipped");
        return 0;
    }
    Fields f;
    gather(object, f);
    if (replies && f.hasReplies)
        *hasReplies = f.replies.get(*replies) == simdjson::SUCCESS;

    Message m;
    std::int64_t micros = 0;
    const bool timed = parseSlackTs(f.ts, micros);
    if (timed) {
        appendKey(m.key, m_conversationKey, f.ts);
        m.timestampMs = micros / 1000;
    } else {
        if (f.ts.empty() && f.text.empty() && f.user.empty() && f.botId.empty()) {
            warn(file, index, "has no ts, text or user: not a Slack message; skipped");
            return 0;
        }
        // Without a ts the message has no id of its own; its content is the next stablest thing.
        std::string identity;
        identity.append(f.user).append(1, '\0').append(f.subtype).append(1, '\0').append(f.text);
        appendKey(m.key, m_conversationKey, "h" + text::hashHex(identity));
    }

    const bool reply = !f.threadTs.empty() && f.threadTs != f.ts;
    if (reply) {
        const std::int64_t id = timed ? micros : static_cast<std::int64_t>(text::fnv1a(m.key));
        if (!m_seenReplies.insert(id).second)
            return 0; // the same reply again: a broadcast listed in the channel and in its thread
        appendKey(m.threadKey, m_conversationKey, f.threadTs);
        m.replyToKey = m.threadKey;
    } else if (!f.threadTs.empty()) {
        m.threadKey = m.key; // the root of a thread
    }

    if (f.subtype == "bot_add" && !f.botId.empty()) {
        const auto bar = f.text.rfind('|');
        const auto close = f.text.rfind('>');
        if (bar != std::string_view::npos && close != std::string_view::npos && close > bar + 1)
            m_directory.nameBot(f.botId, f.text.substr(bar + 1, close - bar - 1), m_out);
    }

    bool botAuthor = false;
    std::string_view commenter;
    if (f.user.empty() && f.hasComment)
        commenter = slackjson::string(f.comment, "user"); // legacy file_comment: the author sits there
    if (!f.user.empty() || !commenter.empty()) {
        const bool postsAsBot
            = f.subtype == "bot_message" || (!f.botId.empty() && !contains(kIntegrationSubtypes, f.subtype));
        const SlackUser &user = m_directory.user(
            f.user.empty() ? commenter : f.user, f.profile, f.hasProfile, postsAsBot, m_out, file, index);
        m.authorKey = user.participant.key;
        botAuthor = user.participant.isBot;
    } else if (!f.botId.empty() || !f.username.empty()) {
        const std::string_view name = slackjson::firstNonEmpty(
            f.hasBotProfile ? slackjson::string(f.botProfile, "name") : std::string_view(), f.username);
        const SlackUser &bot = m_directory.bot(f.botId.empty() ? f.username : f.botId, name, m_out);
        m.authorKey = bot.participant.key;
        botAuthor = true;
    }

    if (!f.subtype.empty()) {
        if (f.subtype == "bot_message" || f.subtype == "slackbot_response")
            m.flags |= MessageFlag::Bot;
        else if (!contains(kHumanSubtypes, f.subtype))
            m.flags |= MessageFlag::System;
        if (f.subtype == "tombstone")
            m.flags |= MessageFlag::Deleted;
    }
    if (botAuthor || (!f.botId.empty() && !contains(kIntegrationSubtypes, f.subtype)))
        m.flags |= MessageFlag::Bot;
    if (f.media)
        m.flags |= MessageFlag::Media;
    if (f.edited)
        m.flags |= MessageFlag::Edited;

    m.rawText = std::string(f.text);
    if (!f.text.empty()) {
        m.text.reserve(f.text.size());
        appendSlackMrkdwn(m.text, f.text, m_directory);
    } else {
        if (f.hasBlocks)
            appendSlackBlocks(m.text, f.blocks, m_directory);
        if (m.text.empty() && f.hasAttachments)
            appendSlackAttachments(m.text, f.attachments, m_directory);
        if (m.text.empty() && f.hasComment)
            appendSlackMrkdwn(m.text, slackjson::string(f.comment, "comment"), m_directory);
    }

    m.conversationKey = m_conversationKey;
    m.origin.reserve(file.size() + 12);
    m.origin += file;
    m.origin += '#';
    m.origin += std::to_string(index);
    m.origin += originSuffix;
    if (!timed)
        warn(file, index,
            f.ts.empty() ? "has no ts; imported without a time, keyed by its content"
                         : "has a ts that is not a Slack time (\"" + std::string(f.ts.substr(0, 40))
                    + "\"); imported without a time, keyed by its content",
            m.key);
    m_out.add(std::move(m));
    return 1;
}

} // namespace tb::core
