#include "whatsappchatparser.h"

#include "domain/message.h"
#include "util/text.h"
#include "whatsappbody.h"
#include "whatsapphashcounter.h"
#include "whatsapplines.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace tb::core::whatsapp {

namespace {

constexpr std::size_t kExcerpt = 160;
constexpr std::string_view kLrm = "\xE2\x80\x8E";

std::string excerpt(std::string_view text)
{
    if (text.size() <= kExcerpt)
        return std::string(text);
    std::size_t cut = kExcerpt;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return std::string(text.substr(0, cut)) + "...";
}

// Appends BODY with its CRLF line ends turned into LF ends.
void appendWithoutCarriageReturns(std::string &out, std::string_view body)
{
    if (std::memchr(body.data(), '\r', body.size()) == nullptr) {
        out.append(body);
        return;
    }
    out.reserve(out.size() + body.size());
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\r' && (i + 1 == body.size() || body[i + 1] == '\n'))
            continue;
        out += body[i];
    }
}

template <typename Integer>
void appendNumber(std::string &out, Integer value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void trimTrailingBlank(std::string &text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\t'))
        text.pop_back();
}

void appendHex16(std::string &out, std::uint64_t value)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    char buffer[16];
    for (int i = 15; i >= 0; --i, value >>= 4)
        buffer[i] = kDigits[value & 0xF];
    out.append(buffer, 16);
}

} // namespace

ChatParser::ChatParser(std::string path, std::string chatName, const ImportOptions &options, BatchWriter &out)
    : m_path(std::move(path)), m_chatName(std::move(chatName)), m_conversationKey("whatsapp:" + m_chatName),
      m_options(options), m_out(out)
{
}

void ChatParser::add(Severity severity, std::int64_t line, std::string reason)
{
    m_out.add(Finding{severity, m_path, line, -1, std::move(reason), {}});
}

void ChatParser::repairEncoding(std::string &content)
{
    if (text::isValidUtf8(content))
        return;
    std::int64_t firstLine = 0;
    std::int64_t line = 0;
    for (std::size_t pos = 0; pos < content.size() && firstLine == 0;) {
        std::size_t lineEnd = 0;
        const std::string_view l = lineAt(content, pos, lineEnd);
        ++line;
        if (!text::isValidUtf8(l))
            firstLine = line;
        pos = lineEnd + 1;
    }
    std::size_t replaced = 0;
    content = text::repairUtf8(content, &replaced);
    add(Severity::Warning, firstLine,
        std::to_string(replaced) + " byte(s) that are not UTF-8, the first on this line, were replaced by U+FFFD. "
                                   "WhatsApp writes UTF-8: was the file re-saved in another encoding?");
}

void ChatParser::noteAuthor(Record &record, std::string_view firstLine)
{
    const std::size_t sep = authorSeparator(firstLine);
    if (sep == std::string_view::npos) {
        if (!m_groupSystemLine && isGroupSystemText(firstLine))
            m_groupSystemLine = true;
        return;
    }
    record.authorLength = static_cast<std::uint32_t>(sep);
    const std::string_view raw = firstLine.substr(0, sep);
    std::uint32_t index = kNoAuthor;
    if (const auto it = m_authorByRaw.find(raw); it != m_authorByRaw.end()) {
        index = it->second;
    } else {
        std::string name = cleanAuthor(raw);
        if (!name.empty()) {
            const auto [named, inserted] = m_authorByName.emplace(std::move(name), std::uint32_t(m_authors.size()));
            if (inserted)
                m_authors.push_back(named->first);
            index = named->second;
        }
        m_authorByRaw.emplace(raw, index);
    }
    if (index != kNoAuthor && m_authors[index] == m_chatName) {
        // iOS attributes system lines to the chat itself ("Group: \u200EAlice added Bob"): the
        // chat is not a participant. A 1:1 contact's own actions ("Sam: Sam updated the message
        // timer") stay theirs.
        const std::string_view rest = firstLine.substr(sep + 2);
        const std::string text = stripMarks(rest);
        const bool lrm = rest.substr(0, kLrm.size()) == kLrm;
        const bool selfAction = text.size() > m_chatName.size() && text.compare(0, m_chatName.size(), m_chatName) == 0 &&
                                text[m_chatName.size()] == ' ';
        if (!selfAction && (classifyBody(text, m_chatName, true, lrm) & MessageFlag::System)) {
            index = kNoAuthor;
            m_groupSystemLine = m_groupSystemLine || isGroupSystemText(text);
        }
    }
    record.author = index;
}

void ChatParser::scan(std::string_view content)
{
    std::int64_t line = 0;
    std::int64_t leadingFirst = 0;
    std::int64_t leadingLast = 0;
    std::string leadingText;
    Record record;
    for (std::size_t pos = 0; pos < content.size();) {
        std::size_t lineEnd = 0;
        const std::string_view text = lineAt(content, pos, lineEnd);
        ++line;
        if (parseHeader(text, record.header)) {
            if (!m_records.empty())
                m_records.back().end = pos - 1;
            record.bodyStart = pos + record.header.bodyOffset;
            record.line = line;
            record.authorLength = 0;
            record.author = kNoAuthor;
            noteAuthor(record, text.substr(record.header.bodyOffset));
            m_dates.observe(record.header, line);
            m_records.push_back(record);
        } else if (m_records.empty() && !isBlank(text)) {
            if (leadingFirst == 0)
                leadingFirst = line;
            leadingLast = line;
            if (leadingText.size() < kExcerpt)
                leadingText += (leadingText.empty() ? "" : " / ") + std::string(text.substr(0, kExcerpt));
        }
        pos = lineEnd + 1;
    }
    if (!m_records.empty()) {
        std::size_t end = content.size();
        if (end > 0 && content[end - 1] == '\n')
            --end;
        if (end > 0 && content[end - 1] == '\r')
            --end;
        m_records.back().end = std::max<std::uint64_t>(end, m_records.back().bodyStart);
    }
    if (leadingFirst) {
        add(Severity::Warning, leadingFirst,
            (leadingFirst == leadingLast ? "this line comes" : "lines " + std::to_string(leadingFirst) + "-" +
                                                                   std::to_string(leadingLast) + " come") +
                " before the first message header and belong to no message, so they were not imported: \"" +
                excerpt(leadingText) + "\". Check that the file is a complete WhatsApp export.");
    }
}

void ChatParser::emitConversation()
{
    std::vector<std::uint64_t> uses(m_authors.size(), 0);
    for (const auto &r : m_records) {
        if (r.author != kNoAuthor)
            ++uses[r.author];
    }
    std::size_t speakers = 0;
    for (const auto u : uses)
        speakers += u > 0;
    Conversation conversation;
    conversation.key = m_conversationKey;
    conversation.name = m_chatName;
    conversation.kind =
        speakers == 2 && !m_groupSystemLine ? ConversationKind::DirectMessage : ConversationKind::Group;
    m_out.add(std::move(conversation));
    for (std::size_t i = 0; i < m_authors.size(); ++i) {
        if (uses[i] == 0)
            continue;
        Participant p;
        p.key = "whatsapp:" + m_authors[i];
        p.displayName = m_authors[i];
        m_out.add(std::move(p));
    }
}

void ChatParser::emitMessages(std::string_view content)
{
    HashCounter seen(m_records.size());
    std::vector<std::string> authorKeys;
    authorKeys.reserve(m_authors.size());
    for (const auto &name : m_authors)
        authorKeys.push_back("whatsapp:" + name);
    const std::string keyPrefix = m_conversationKey + ":";

    // Same timestamp, author and text -> same key in every export of this chat; N tells apart
    // genuine repeats ("ok", "ok") within one export. Keys are finished a few messages late so
    // that the counter's slot has been fetched meanwhile.
    struct Pending {
        Message message;
        std::uint64_t hash = 0;
    };
    constexpr std::size_t kDepth = 8;
    std::array<Pending, kDepth> ring;
    std::size_t head = 0;
    std::size_t pending = 0;
    auto finish = [&](Pending &p) {
        p.message.key.reserve(keyPrefix.size() + 16 + 12);
        p.message.key = keyPrefix;
        appendHex16(p.message.key, p.hash);
        p.message.key += ':';
        appendNumber(p.message.key, seen.next(p.hash));
        m_out.add(std::move(p.message));
    };

    std::string hashInput;
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        if ((i & 4095) == 0 && m_out.isCancelled())
            return;
        Pending next;
        next.message = buildMessage(content, m_records[i], authorKeys);
        const Message &m = next.message;
        hashInput.clear();
        if (m.timestampMs)
            appendNumber(hashInput, *m.timestampMs);
        hashInput += '|';
        if (m_records[i].author != kNoAuthor)
            hashInput += m_authors[m_records[i].author];
        hashInput += '|';
        hashInput += m.text;
        next.hash = text::fnv1a(hashInput);
        seen.prefetch(next.hash);
        if (pending == kDepth) {
            finish(ring[head]);
            ring[head] = std::move(next);
            head = (head + 1) % kDepth;
        } else {
            ring[(head + pending++) % kDepth] = std::move(next);
        }
    }
    for (; pending > 0; --pending, head = (head + 1) % kDepth)
        finish(ring[head]);
}

Message ChatParser::buildMessage(std::string_view content, const Record &r, const std::vector<std::string> &authorKeys)
{
    std::string_view body = content.substr(r.bodyStart, r.end - r.bodyStart);
    Message m;
    m.conversationKey = m_conversationKey;
    std::string_view author;
    const bool fromChat = r.authorLength && r.author == kNoAuthor;
    if (r.authorLength) {
        body.remove_prefix(std::min<std::size_t>(body.size(), r.authorLength + 2));
        if (r.author != kNoAuthor) {
            author = m_authors[r.author];
            m.authorKey = authorKeys[r.author];
        }
    }
    appendWithoutCarriageReturns(m.rawText, body);
    m.text = stripMarks(m.rawText);
    trimTrailingBlank(m.text);
    const bool edited = stripEditedMarker(m.text);
    const bool lrm = std::string_view(m.rawText).substr(0, kLrm.size()) == kLrm;
    m.flags = classifyBody(m.text, author, !author.empty() || fromChat, lrm);
    if (fromChat)
        m.flags |= MessageFlag::System;
    if (edited)
        m.flags |= MessageFlag::Edited;

    DateProblem problem = DateProblem::None;
    int year = 0;
    m.timestampMs = m_dates.timestamp(r.header, problem, year);
    if (problem != DateProblem::None)
        m_dateProblems.note(problem, r.line, year);

    m.origin.reserve(m_path.size() + 12);
    m.origin = m_path;
    m.origin += ':';
    appendNumber(m.origin, r.line);
    return m;
}

void ChatParser::run(std::string content)
{
    repairEncoding(content);
    scan(content);
    if (m_records.empty()) {
        add(Severity::Error, 0, "no WhatsApp message header found; nothing was imported from this file");
        return;
    }
    std::vector<Finding> findings;
    std::vector<DateOrderDecision> decisions;
    m_dates.decide(m_options, m_path, findings, decisions);
    for (auto &f : findings)
        m_out.add(std::move(f));
    for (const auto &d : decisions)
        m_out.dateOrderDecided(d);
    emitConversation();
    emitMessages(content);
    findings.clear();
    m_dateProblems.report(m_path, findings);
    for (auto &f : findings)
        m_out.add(std::move(f));
}

} // namespace tb::core::whatsapp
