#include "privacy/scrubber.h"

#include "privacy/numberscanner.h"
#include "privacy/patternscanners.h"
#include "privacy/textclass.h"
#include "store/store.h"

namespace tb::core {

using namespace privacy;

namespace {

constexpr std::size_t MaxAngleForm = 1024;

std::size_t codePoints(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool isBroadcast(std::string_view handle)
{
    return handle == "here" || handle == "channel" || handle == "everyone" || handle == "all";
}

} // namespace

Scrubber::Scrubber(ScrubOptions options, const std::vector<ParticipantInfo> &participants)
    : m_options(options)
    , m_names(participants, options.lowercaseFirstNames)
    , m_numbers(options.phones || options.cards || options.ips || options.platformIds)
{
}

Scrubber Scrubber::forProject(const Store &store, ScrubOptions options)
{
    return Scrubber(options, store.participants(ParticipantCounts::Skip));
}

bool Scrubber::keeps(int person) const { return m_options.keepMyName && person >= 0 && m_names.isMe(person); }

std::string Scrubber::mentionOf(int person) const
{
    if (m_options.names && person >= 0)
        return "@" + m_names.pseudonym(person);
    return std::string(placeholder(ScrubCategory::Mention));
}

std::optional<std::size_t> Scrubber::angleForm(std::string_view text, std::size_t i, std::vector<Span> &spans) const
{
    // Slack's <@U…|name>, <#C…|name>, <!subteam^S…|@team>, <https://…|label>, <mailto:…>, <tel:…>
    // and Discord's <@123…>, <@!123…>, <@&123…>, <#123…>, as the raw export writes them.
    const std::size_t limit = std::min(text.size(), i + MaxAngleForm);
    std::size_t close = i + 1;
    while (close < limit && text[close] != '>' && text[close] != '<' && text[close] != '\n')
        ++close;
    if (close >= limit || text[close] != '>' || close == i + 1)
        return std::nullopt;
    const std::string_view inner = text.substr(i + 1, close - i - 1);
    const auto bar = inner.find('|');
    const std::string_view target = inner.substr(0, bar);
    const std::string_view label = bar == std::string_view::npos ? std::string_view() : inner.substr(bar + 1);
    const std::size_t end = close + 1;
    auto add = [&](ScrubCategory category, std::string replacement) {
        spans.push_back({i, end, category, std::move(replacement)});
        return std::optional(end);
    };

    if (target.front() == '@') {
        std::string_view id = target.substr(1);
        if (!id.empty() && (id.front() == '!' || id.front() == '&'))
            id.remove_prefix(1);
        if (id.empty() || !m_options.platformIds)
            return std::nullopt;
        int person = m_names.personByHandle(id);
        if (person == NameDirectory::NoPerson && !label.empty())
            person = m_names.personByHandle(label.front() == '@' ? label.substr(1) : label);
        if (keeps(person))
            return add(ScrubCategory::PlatformId, label.empty() ? mentionOf(-1) : "@" + std::string(label));
        return add(ScrubCategory::PlatformId, mentionOf(person));
    }
    if (target.front() == '#') {
        if (target.size() < 2 || !m_options.platformIds)
            return std::nullopt;
        return add(ScrubCategory::PlatformId, label.empty() ? std::string("#[id]") : "#" + scrubText(label));
    }
    if (target.front() == '!') {
        if (!startsWith(target, "!subteam^") || !m_options.platformIds)
            return std::nullopt;
        return add(ScrubCategory::PlatformId, label.empty() ? std::string("@[id]") : scrubText(label));
    }

    ScrubCategory category = ScrubCategory::Url;
    std::string_view value = target;
    if (startsWith(target, "mailto:")) {
        category = ScrubCategory::Email;
        value.remove_prefix(7);
    } else if (startsWith(target, "tel:")) {
        category = ScrubCategory::Phone;
        value.remove_prefix(4);
    } else if (startsWith(target, "https://") || startsWith(target, "http://")) {
        value.remove_prefix(value.find("://") + 3);
    } else {
        return std::nullopt;
    }
    if (!m_options.enabled(category))
        return std::nullopt;
    // A label that shows the target (Slack's auto-links) is the target; any other label is the
    // author's words and stays, scrubbed like the rest of the text.
    const bool labelShowsTarget = label.empty() || label == target || startsWith(value, label)
        || (label.size() > 1 && label.back() == '.' && startsWith(value, label.substr(0, label.size() - 1)));
    return add(category, labelShowsTarget ? std::string(placeholder(category)) : scrubText(label));
}

std::optional<std::size_t> Scrubber::mention(std::string_view text, std::size_t i, std::vector<Span> &spans) const
{
    const char32_t before = codePointBefore(text, i);
    // "<@U…>" is a platform id form: with ids off it stays, it is not a mention.
    if (isWordChar(before) || i + 1 >= text.size() || (before == '<' && !m_options.platformIds))
        return std::nullopt;
    const std::size_t start = i + 1;
    if (const auto match = m_names.matchAt(text, start); match && match->person != NameDirectory::NoPerson) {
        if (keeps(match->person))
            return match->end;
        spans.push_back({i, match->end, ScrubCategory::Mention,
                         match->person == NameDirectory::Ambiguous ? mentionOf(-1) : mentionOf(match->person)});
        return match->end;
    }
    std::size_t j = start;
    while (j < text.size()) {
        const CodePoint cp = decodeAt(text, j);
        if (isWordChar(cp.value)) {
            j += cp.length;
        } else if ((cp.value == '.' || cp.value == '-') && j + 1 < text.size()
                   && isWordChar(codePointAt(text, j + 1))) {
            ++j;
        } else {
            break;
        }
    }
    const std::string_view handle = text.substr(start, j - start);
    if (handle.empty() || isBroadcast(handle))
        return std::nullopt;
    const int person = m_names.personByHandle(handle);
    if (keeps(person))
        return j;
    spans.push_back({i, j, ScrubCategory::Mention, mentionOf(person)});
    return j;
}

std::optional<std::size_t> Scrubber::numbers(std::string_view text, std::size_t i, const Hints &hints,
                                             std::vector<Span> &spans) const
{
    if (m_options.ips && hints.colon) {
        if (const auto end = matchIpv6(text, i)) {
            spans.push_back({i, *end, ScrubCategory::Ip, std::string(placeholder(ScrubCategory::Ip))});
            return end;
        }
    }
    if (!m_numbers || text[i] == ':')
        return std::nullopt;
    std::vector<NumberMatch> found;
    const std::size_t end = scanNumberRun(text, i, m_options, found);
    for (const auto &m : found)
        spans.push_back({m.begin, m.end, m.category, std::string(placeholder(m.category))});
    return end > i ? std::optional(end) : std::nullopt;
}

std::optional<std::size_t> Scrubber::wordStart(std::string_view text, std::size_t i, Hints &hints,
                                               std::vector<Span> &spans) const
{
    const char c = text[i];
    if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && (m_options.urls || m_options.platformIds)) {
        if (const auto end = matchUrl(text, i)) {
            if (m_options.urls) {
                spans.push_back({i, *end, ScrubCategory::Url, std::string(placeholder(ScrubCategory::Url))});
            } else if (const auto id = twitterStatusId(text, i, *end); id && m_options.platformIds) {
                spans.push_back({id->first, id->second, ScrubCategory::PlatformId,
                                 std::string(placeholder(ScrubCategory::PlatformId))});
            }
            return end; // a URL kept is kept whole: rewriting a name in its path would break it
        }
    }
    if (hints.at && isAsciiAlnum(c) && i >= hints.noEmailBefore && (m_options.emails || m_options.platformIds)) {
        if (const auto email = matchEmail(text, i, hints.noEmailBefore)) {
            const auto category = email->whatsAppId ? ScrubCategory::PlatformId : ScrubCategory::Email;
            if (m_options.enabled(category))
                spans.push_back({i, email->end, category, std::string(placeholder(category))});
            return email->end;
        }
    }
    if (isHexDigit(c)) {
        if (const auto end = numbers(text, i, hints, spans))
            return end;
    }
    if (m_options.names) {
        if (const auto match = m_names.matchAt(text, i, true)) {
            if (!keeps(match->person)) {
                spans.push_back({i, match->end, ScrubCategory::Name,
                                 match->person == NameDirectory::Ambiguous ? std::string(placeholder(ScrubCategory::Name))
                                                                           : m_names.pseudonym(match->person)});
            }
            return match->end;
        }
    }
    if (m_options.platformIds && c >= 'C' && c <= 'W') {
        if (const auto end = matchSlackId(text, i)) {
            spans.push_back({i, *end, ScrubCategory::PlatformId, std::string(placeholder(ScrubCategory::PlatformId))});
            return end;
        }
    }
    return std::nullopt;
}

void Scrubber::collect(std::string_view text, std::vector<Span> &spans) const
{
    Hints hints;
    // Emails need an '@' and IPv6 a ':': most texts have neither, and then no word is checked.
    hints.at = text.find('@') != std::string_view::npos;
    hints.colon = text.find(':') != std::string_view::npos;
    std::size_t i = 0;
    char32_t prev = 0;
    while (i < text.size()) {
        const CodePoint cp = decodeAt(text, i);
        const char c = text[i];
        std::optional<std::size_t> end;
        if (c == '<') {
            end = angleForm(text, i, spans);
        } else if (c == '@') {
            if (m_options.mentions)
                end = mention(text, i, spans);
        } else if ((c == '+' || c == '(' || c == ':') && i + 1 < text.size() && !isWordChar(prev)
                   && (isAsciiDigit(text[i + 1]) || (c == ':' && text[i + 1] == ':'))) {
            end = numbers(text, i, hints, spans);
        } else if (isWordChar(cp.value) && isWordBoundary(prev, cp.value)) {
            end = wordStart(text, i, hints, spans);
            if (!end && !isUnspacedScript(cp.value)) {
                // Nothing starts inside a word: skip to its end.
                std::size_t j = i + cp.length;
                while (j < text.size()) {
                    const CodePoint next = decodeAt(text, j);
                    if (!isWordChar(next.value) || isUnspacedScript(next.value))
                        break;
                    j += next.length;
                }
                end = j;
            }
        }
        const std::size_t next = end && *end > i ? *end : i + cp.length;
        prev = next == i + cp.length ? cp.value : codePointBefore(text, next);
        i = next;
    }
}

std::string Scrubber::apply(std::string_view text, const std::vector<Span> &spans, const Place &place,
                            ScrubReport *report)
{
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    std::size_t origCp = 0;
    std::size_t outCp = 0;
    for (const auto &span : spans) {
        const std::size_t between = codePoints(text.substr(at, span.begin - at));
        origCp += between;
        outCp += between;
        out.append(text.substr(at, span.begin - at));
        if (report && report->full()) {
            report->addOmitted(span.category);
        } else if (report) {
            report->add({place.ordinal, place.field, place.turn, span.category,
                         std::string(text.substr(span.begin, span.end - span.begin)), span.replacement, origCp, outCp,
                         span.begin});
        }
        origCp += codePoints(text.substr(span.begin, span.end - span.begin));
        outCp += codePoints(span.replacement);
        out += span.replacement;
        at = span.end;
    }
    out.append(text.substr(at));
    return out;
}

bool Scrubber::scrubField(std::string &text, const Place &place, ScrubReport *report) const
{
    if (text.empty())
        return false;
    // Local, not thread_local: a link's label is scrubbed from inside collect().
    std::vector<Span> spans;
    collect(text, spans);
    if (spans.empty())
        return false;
    text = apply(text, spans, place, report);
    return true;
}

bool Scrubber::scrubName(std::string &name, const Place &place, ScrubReport *report) const
{
    if (name.empty())
        return false;
    // The chat format's name is one person's: replace it whole, in the same shape
    // ("Alice_Smith" → "Person_A") so it still passes the format's [A-Za-z0-9_-] rule.
    if (m_options.names) {
        std::string spaced = name;
        for (auto &ch : spaced)
            ch = (ch == '_') ? ' ' : ch;
        int person = m_names.personByHandle(name);
        if (person == NameDirectory::NoPerson)
            person = m_names.personByHandle(spaced);
        if (person != NameDirectory::NoPerson) {
            if (keeps(person))
                return false;
            std::string replacement = person >= 0 ? m_names.pseudonym(person) : std::string("Someone");
            if (name.find(' ') == std::string::npos) {
                for (auto &ch : replacement)
                    ch = (ch == ' ') ? '_' : ch;
            }
            const std::vector<Span> whole {{0, name.size(), ScrubCategory::Name, replacement}};
            name = apply(name, whole, place, report);
            return true;
        }
    }
    return scrubField(name, place, report);
}

bool Scrubber::scrub(TrainingRecord &record, ScrubReport &report) const
{
    bool changed = false;
    if (m_options.anyEnabled()) {
        for (std::size_t k = 0; k < record.messages.size(); ++k) {
            auto &turn = record.messages[k];
            const int index = static_cast<int>(k);
            changed |= scrubField(turn.content, {record.ordinal, ScrubField::TurnContent, index}, &report);
            changed |= scrubName(turn.name, {record.ordinal, ScrubField::TurnName, index}, &report);
        }
        if (record.promptCompletion) {
            changed |= scrubField(record.promptCompletion->prompt, {record.ordinal, ScrubField::Prompt, -1}, &report);
            changed |= scrubField(record.promptCompletion->completion, {record.ordinal, ScrubField::Completion, -1},
                                  &report);
        }
        if (record.rejected) {
            changed |= scrubField(record.rejected->content, {record.ordinal, ScrubField::RejectedContent, -1}, &report);
            changed |= scrubName(record.rejected->name, {record.ordinal, ScrubField::RejectedName, -1}, &report);
        }
    }
    report.noteRecord(changed);
    return changed;
}

std::string Scrubber::scrubText(std::string_view text, ScrubReport *report) const
{
    std::string out(text);
    scrubField(out, {0, ScrubField::TurnContent, -1}, report);
    return out;
}

} // namespace tb::core
