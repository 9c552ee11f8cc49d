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

} // namespace

// The fields of one message this importer uses, gathered in a single pass over the object.
struct SlackMessageReader::Fields {
    std::string_view ts, user, text, subtype, threadTs, botId, username;
    bool edited = false, media = false;
    bool isMessage = false; // has a ts, text, user or subtype, of whatever type
    slackjson::Nested profile, botProfile, blocks, attachments, comment, replies;
    char tsNumber[40] = {};

    void setNumericTs(double number)
    {
        if (number >= 0 && number < 1e12) {
            std::snprintf(tsNumber, sizeof tsNumber, "%.6f", number);
            ts = tsNumber;
        }
    }
};

namespace {

using Fields = SlackMessageReader::Fields;

void gather(const simdjson::dom::object &object, Fields &f)
{
    for (const auto field : object) {
        const std::string_view k = field.key;
        const element v = field.value;
        switch (k.size()) {
        case 2:
            if (k == "ts") {
                f.isMessage = true;
                double number = 0;
                if (!getString(v, f.ts) && v.get(number) == simdjson::SUCCESS)
                    f.setNumericTs(number);
            }
            break;
        case 4:
            if (k == "user") {
                f.isMessage = true;
                getString(v, f.user);
            } else if (k == "text") {
                f.isMessage = true;
                getString(v, f.text);
            } else if (k == "file")
                f.media = f.media || v.is_object();
            break;
        case 5:
            if (k == "files") {
                simdjson::dom::array files;
                f.media = f.media || (v.get(files) == simdjson::SUCCESS && files.begin() != files.end());
            }
            break;
        case 6:
            if (k == "blocks")
                f.blocks = v.is_array() ? slackjson::Nested(v) : slackjson::Nested();
            else if (k == "bot_id")
                getString(v, f.botId);
            else if (k == "edited")
                f.edited = v.is_object();
            else if (k == "upload")
                f.media = f.media || isTrue(v);
            break;
        case 7:
            if (k == "subtype") {
                f.isMessage = true;
                getString(v, f.subtype);
            } else if (k == "comment")
                f.comment = v.is_object() ? slackjson::Nested(v) : slackjson::Nested();
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
            if (k == "attachments")
                f.attachments = v.is_array() ? slackjson::Nested(v) : slackjson::Nested();
            else if (k == "bot_profile")
                f.botProfile = v.is_object() ? slackjson::Nested(v) : slackjson::Nested();
            break;
        case 12:
            if (k == "user_profile")
                f.profile = v.is_object() ? slackjson::Nested(v) : slackjson::Nested();
            break;
        case 24:
            if (k == "slackdump_thread_replies")
                f.replies = v.is_array() ? slackjson::Nested(v) : slackjson::Nested();
            break;
        default:
            break;
        }
    }
}

namespace od = simdjson::ondemand;

// A key as it stands in the JSON: no copy unless it holds an escape, which no exporter writes.
simdjson::error_code keyOf(od::field &field, std::string_view &key)
{
    const char *raw = field.key().raw();
    std::size_t n = 0;
    while (raw[n] != '"' && raw[n] != '\\')
        ++n; // the tokenizer saw the closing quote, so this ends
    if (raw[n] == '"') {
        key = std::string_view(raw, n);
        return simdjson::SUCCESS;
    }
    return field.unescaped_key().get(key);
}

// A string field read On-Demand; another type leaves OUT empty, as the DOM reader does.
simdjson::error_code stringOf(od::value &v, od::json_type type, std::string_view &out)
{
    return type == od::json_type::string ? v.get_string().get(out) : simdjson::SUCCESS;
}

// The nested object or array V as JSON text, kept for PARSER to read if it is ever needed.
simdjson::error_code nestedOf(od::value &v, od::json_type type, od::json_type wanted, simdjson::dom::parser &parser,
    slackjson::Nested &out)
{
    if (type != wanted) {
        out = {};
        return simdjson::SUCCESS;
    }
    std::string_view json;
    simdjson::error_code error;
    if (wanted == od::json_type::object) {
        od::object o;
        error = v.get_object().get(o);
        if (!error)
            error = o.raw_json().get(json);
    } else {
        od::array a;
        error = v.get_array().get(a);
        if (!error)
            error = a.raw_json().get(json);
    }
    if (!error)
        out = slackjson::Nested(json, parser);
    return error;
}

// The On-Demand twin of gather(): the same fields, the same leniency about types; values it does
// not read are skipped without being parsed. Returns the first JSON error met.
simdjson::error_code gather(od::object &object, Fields &f, simdjson::dom::parser &nested, simdjson::dom::parser &replies)
{
    using Type = od::json_type;
    for (auto result : object) {
        od::field field;
        std::string_view k;
        if (const auto error = std::move(result).get(field); error)
            return error;
        if (const auto error = keyOf(field, k); error)
            return error;
        od::value &v = field.value();
        Type type;
        if (const auto error = v.type().get(type); error)
            return error;
        simdjson::error_code error = simdjson::SUCCESS;
        switch (k.size()) {
        case 2:
            if (k == "ts") {
                f.isMessage = true;
                double number = 0;
                if (type == Type::string)
                    error = v.get_string().get(f.ts);
                else if (type == Type::number && !(error = v.get_double().get(number)))
                    f.setNumericTs(number);
            }
            break;
        case 4:
            if (k == "user") {
                f.isMessage = true;
                error = stringOf(v, type, f.user);
            } else if (k == "text") {
                f.isMessage = true;
                error = stringOf(v, type, f.text);
            } else if (k == "file")
                f.media = f.media || type == Type::object;
            break;
        case 5:
            if (k == "files" && type == Type::array) {
                od::array files;
                bool empty = true;
                if (!(error = v.get_array().get(files)) && !(error = files.is_empty().get(empty)))
                    f.media = f.media || !empty;
            }
            break;
        case 6:
            if (k == "blocks")
                error = nestedOf(v, type, Type::array, nested, f.blocks);
            else if (k == "bot_id")
                error = stringOf(v, type, f.botId);
            else if (k == "edited")
                f.edited = type == Type::object;
            else if (k == "upload" && type == Type::boolean) {
                bool upload = false;
                if (!(error = v.get_bool().get(upload)))
                    f.media = f.media || upload;
            }
            break;
        case 7:
            if (k == "subtype") {
                f.isMessage = true;
                error = stringOf(v, type, f.subtype);
            } else if (k == "comment")
                error = nestedOf(v, type, Type::object, nested, f.comment);
            break;
        case 8:
            if (k == "username")
                error = stringOf(v, type, f.username);
            break;
        case 9:
            if (k == "thread_ts")
                error = stringOf(v, type, f.threadTs);
            break;
        case 11:
            if (k == "attachments")
                error = nestedOf(v, type, Type::array, nested, f.attachments);
            else if (k == "bot_profile")
                error = nestedOf(v, type, Type::object, nested, f.botProfile);
            break;
        case 12:
            if (k == "user_profile")
                error = nestedOf(v, type, Type::object, nested, f.profile);
            break;
        case 24:
            // Its own parser: the replies' elements are read while each reply's parts are parsed.
            if (k == "slackdump_thread_replies")
                error = nestedOf(v, type, Type::array, replies, f.replies);
            break;
        default:
            break;
        }
        if (error)
            return error;
    }
    return simdjson::SUCCESS;
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
    Finding finding { Severity::Warning, file, 0, index, std::move(reason), std::move(messageKey) };
    if (m_holding)
        m_heldFindings.push_back(std::move(finding));
    else
        m_out.add(std::move(finding));
}

void SlackMessageReader::emit(Message &&message)
{
    if (m_holding)
        m_heldMessages.push_back(std::move(message));
    else
        m_out.add(std::move(message));
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

void SlackMessageReader::holdFile()
{
    m_holding = true;
    m_heldMessages.clear();
    m_heldFindings.clear();
    m_heldReplies.clear();
}

void SlackMessageReader::releaseHeld()
{
    m_holding = false;
    for (auto &message : m_heldMessages)
        m_out.add(std::move(message));
    for (auto &finding : m_heldFindings)
        m_out.add(std::move(finding));
    m_heldMessages.clear();
    m_heldFindings.clear();
    m_heldReplies.clear();
}

void SlackMessageReader::discardHeld()
{
    m_holding = false;
    for (const std::int64_t reply : m_heldReplies)
        m_seenReplies.erase(reply); // not written after all: its other copy must still count
    m_heldMessages.clear();
    m_heldFindings.clear();
    m_heldReplies.clear();
    m_fileWarnings = 0;
    m_suppressedWarnings = 0;
}

std::size_t SlackMessageReader::read(element record, const std::string &file, std::int64_t index)
{
    simdjson::dom::array list;
    bool hasReplies = false;
    std::size_t written = readOne(record, file, index, {}, &list, &hasReplies);
    if (hasReplies)
        written += readReplies(list, file, index);
    return written;
}

std::size_t SlackMessageReader::readReplies(simdjson::dom::array replies, const std::string &file, std::int64_t index)
{
    std::size_t written = 0;
    std::int64_t r = 0;
    std::string suffix;
    for (const element reply : replies) {
        suffix = '.' + std::to_string(r++);
        written += readOne(reply, file, index, suffix, nullptr, nullptr);
    }
    return written;
}

std::size_t SlackMessageReader::read(simdjson::ondemand::value record, const std::string &file, std::int64_t index,
    simdjson::error_code &error, bool *isMessage)
{
    if (isMessage)
        *isMessage = false;
    simdjson::ondemand::json_type type;
    if ((error = record.type().get(type)))
        return 0;
    if (type != simdjson::ondemand::json_type::object) {
        warn(file, index, "is not a JSON object; a day file holds an array of message objects; skipped");
        return 0;
    }
    simdjson::ondemand::object object;
    Fields f;
    if ((error = record.get_object().get(object)) || (error = gather(object, f, m_nestedParser, m_repliesParser)))
        return 0;
    if (isMessage)
        *isMessage = f.isMessage;
    std::size_t written = write(f, file, index, {});
    simdjson::dom::element replies;
    simdjson::dom::array list;
    simdjson::error_code failure = simdjson::SUCCESS;
    if (f.replies.get(replies, &failure) && replies.get(list) == simdjson::SUCCESS)
        written += readReplies(list, file, index);
    else if (failure)
        warn(file, index,
            std::string("has slackdump_thread_replies that cannot be read (") + simdjson::error_message(failure)
                + "); those replies were not imported, export the thread again to add them");
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
    element list;
    if (replies && f.replies.get(list))
        *hasReplies = list.get(*replies) == simdjson::SUCCESS;
    return write(f, file, index, originSuffix);
}

std::size_t SlackMessageReader::write(const Fields &f, const std::string &file, std::int64_t index,
    std::string_view originSuffix)
{
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
        if (m_holding)
            m_heldReplies.push_back(id);
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
    std::string commenter; // a copy: reading the profile next may reuse the parser the comment came from
    element part;
    // A nested part the message needs; one read On-Demand may turn out unreadable only now.
    const auto readPart = [&](const slackjson::Nested &nested, const char *what) {
        simdjson::error_code failure = simdjson::SUCCESS;
        if (nested.get(part, &failure))
            return true;
        if (failure)
            warn(file, index,
                std::string("has ") + what + " that cannot be read (" + simdjson::error_message(failure)
                    + "); the message was imported without what they hold",
                m.key);
        return false;
    };
    if (f.user.empty() && readPart(f.comment, "a comment"))
        commenter = slackjson::string(part, "user"); // legacy file_comment: the author sits there
    if (!f.user.empty() || !commenter.empty()) {
        const bool postsAsBot
            = f.subtype == "bot_message" || (!f.botId.empty() && !contains(kIntegrationSubtypes, f.subtype));
        const SlackUser &user
            = m_directory.user(f.user.empty() ? std::string_view(commenter) : f.user, f.profile, postsAsBot, m_out, file, index);
        m.authorKey = user.participant.key;
        botAuthor = user.participant.isBot;
    } else if (!f.botId.empty() || !f.username.empty()) {
        const std::string_view name = slackjson::firstNonEmpty(
            readPart(f.botProfile, "a bot_profile") ? slackjson::string(part, "name") : std::string_view(), f.username);
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
        if (readPart(f.blocks, "blocks"))
            appendSlackBlocks(m.text, part, m_directory);
        if (m.text.empty() && readPart(f.attachments, "attachments"))
            appendSlackAttachments(m.text, part, m_directory);
        // Without a user the comment was read above already, and any problem with it reported.
        if (m.text.empty() && (f.user.empty() ? f.comment.get(part) : readPart(f.comment, "a comment")))
            appendSlackMrkdwn(m.text, slackjson::string(part, "comment"), m_directory);
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
    emit(std::move(m));
    return 1;
}

} // namespace tb::core
