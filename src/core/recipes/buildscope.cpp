#include "recipes/buildscope.h"

#include "domain/message.h"
#include "util/text.h"
#include "util/timeutil.h"

#include <algorithm>

namespace tb::core::recipes {

namespace {

std::optional<std::int64_t> dayStartMs(const std::string &date, int extraDays)
{
    if (date.empty())
        return std::nullopt;
    const auto year = parseIntOption(std::string_view(date).substr(0, 4));
    const auto month = parseIntOption(std::string_view(date).substr(5, 2));
    const auto day = parseIntOption(std::string_view(date).substr(8, 2));
    if (!year || !month || !day)
        return std::nullopt;
    const std::int64_t days = timeutil::daysFromCivil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
    return (days + extraDays) * 86'400'000;
}

std::string namesOf(const std::vector<ParticipantInfo> &people)
{
    std::vector<const ParticipantInfo *> listed;
    for (const auto &p : people) {
        if (!p.aliasOf && !p.isBot)
            listed.push_back(&p);
    }
    std::sort(listed.begin(), listed.end(), [](const auto *a, const auto *b) { return a->name() < b->name(); });
    std::string out;
    const std::size_t shown = std::min<std::size_t>(listed.size(), 30);
    for (std::size_t i = 0; i < shown; ++i)
        out += (i ? ", " : "") + listed[i]->name();
    if (listed.size() > shown)
        out += ", ... (" + std::to_string(listed.size() - shown) + " more)";
    return out.empty() ? std::string("(none)") : out;
}

} // namespace

CommonSettings CommonSettings::read(const OptionValues &values)
{
    CommonSettings s;
    s.conversations = values.list("conversations");
    s.fromMs = dayStartMs(std::string(text::trim(values.text("from"))), 0);
    s.toMs = dayStartMs(std::string(text::trim(values.text("to"))), 1);
    s.includeSystem = values.flag("include-system");
    s.includeBots = values.flag("include-bots");
    s.skipDeleted = values.flag("skip-deleted");
    s.skipMediaOnly = values.flag("skip-media-only");
    s.minChars = static_cast<std::size_t>(values.integer("min-chars"));
    s.systemPrompt = values.text("system-prompt");
    s.me = std::string(text::trim(values.text("me")));
    const std::string &negatives = values.text("negatives");
    s.negatives = negatives == "weight-0" ? NegativeMode::WeightZero
        : negatives == "kto"              ? NegativeMode::Kto
                                          : NegativeMode::Drop;
    return s;
}

std::vector<const ParticipantInfo *> participantsNamed(const std::vector<ParticipantInfo> &people,
                                                       std::string_view name)
{
    const std::string wanted = text::toLowerAscii(text::trim(name));
    std::vector<const ParticipantInfo *> out;
    for (const auto &p : people) {
        if (text::toLowerAscii(p.name()) == wanted || text::toLowerAscii(p.displayName) == wanted
            || (!p.handle.empty() && text::toLowerAscii(p.handle) == wanted) || text::toLowerAscii(p.key) == wanted)
            out.push_back(&p);
    }
    return out;
}

Result<BuildScope> BuildScope::open(const Store &store, const CommonSettings &settings, bool needsMe)
{
    BuildScope scope;
    scope.m_settings = settings;
    scope.m_participants = store.participants(ParticipantCounts::Skip);
    for (std::size_t i = 0; i < scope.m_participants.size(); ++i)
        scope.m_participantIndex.emplace(scope.m_participants[i].id, i);
    for (const auto id : store.botAuthorIds())
        scope.m_bots.insert(id);

    auto all = store.conversations();
    if (settings.conversations.empty()) {
        scope.m_conversations = std::move(all);
    } else {
        for (const auto &key : settings.conversations) {
            const auto it = std::find_if(all.begin(), all.end(), [&](const auto &c) { return c.key == key; });
            if (it == all.end())
                return Error{"option conversations: '" + key
                             + "' is not a conversation of this project; use the keys the Browse page's inspector "
                               "(or tunebench-cli stats) lists"};
            if (std::none_of(scope.m_conversations.begin(), scope.m_conversations.end(),
                             [&](const auto &c) { return c.key == key; }))
                scope.m_conversations.push_back(*it);
        }
    }
    std::sort(scope.m_conversations.begin(), scope.m_conversations.end(),
              [](const auto &a, const auto &b) { return a.key < b.key; });
    for (const auto &c : scope.m_conversations)
        scope.m_messagesInScope += c.messages;

    // "me": the option names a person (and everyone merged with them), else the Participants page's mark.
    std::vector<std::int64_t> roots;
    if (!settings.me.empty()) {
        const auto named = participantsNamed(scope.m_participants, settings.me);
        if (named.empty())
            return Error{"option me: no participant is called '" + settings.me
                         + "'; it takes a name, handle or key, one of: " + namesOf(scope.m_participants)};
        for (const auto *p : named)
            roots.push_back(p->aliasOf.value_or(p->id));
        for (const auto &p : scope.m_participants) {
            if (std::find(roots.begin(), roots.end(), p.aliasOf.value_or(p.id)) != roots.end())
                scope.m_me.insert(p.id);
        }
    } else {
        for (const auto id : store.meAuthorIds())
            scope.m_me.insert(id);
    }
    if (needsMe && scope.m_me.empty())
        return Error{"nobody is marked as me: pick who you are on the Participants page (or pass --option me=NAME, "
                     "one of: " + namesOf(scope.m_participants) + ")"};
    for (const auto &p : scope.m_participants) {
        if (scope.m_me.count(p.id) && !p.aliasOf) {
            scope.m_meName = p.name();
            break;
        }
    }
    return scope;
}

std::string BuildScope::someNames() const
{
    return namesOf(m_participants);
}

std::int64_t BuildScope::personOf(std::int64_t authorId) const
{
    const auto *p = participant(authorId);
    return p && p->aliasOf ? *p->aliasOf : authorId;
}

const ParticipantInfo *BuildScope::participant(std::int64_t id) const
{
    const auto it = m_participantIndex.find(id);
    return it == m_participantIndex.end() ? nullptr : &m_participants[it->second];
}

std::string_view BuildScope::exclusion(const StoredMessage &m) const
{
    if (m_settings.fromMs || m_settings.toMs) {
        if (!m.timestampMs)
            return "no time (date range)";
        if ((m_settings.fromMs && *m.timestampMs < *m_settings.fromMs)
            || (m_settings.toMs && *m.timestampMs >= *m_settings.toMs))
            return "outside the date range";
    }
    if (!m_settings.includeSystem && (m.flags & MessageFlag::System))
        return "system message";
    if (!m_settings.includeBots && ((m.flags & MessageFlag::Bot) || isBot(m.authorId)))
        return "bot message";
    if (m_settings.skipDeleted && (m.flags & MessageFlag::Deleted))
        return "deleted";
    if (m_settings.skipMediaOnly && isMediaOnly(m))
        return "media only";
    if (text::trim(m.text).empty())
        return "empty";
    return {};
}

bool isMediaOnly(const StoredMessage &m)
{
    if (!(m.flags & MessageFlag::Media))
        return false;
    const std::string_view t = text::trim(m.text);
    if (t.empty() || t == "null")
        return true;
    if (t.find('\n') != std::string_view::npos)
        return false;
    if (t.front() == '<' && t.back() == '>')
        return true; // "<Media omitted>" and its translations
    // "IMG-20220101-WA0001.jpg (file attached)": a file name, then the marker in brackets.
    const auto open = t.find(" (");
    if (t.back() == ')' && open != std::string_view::npos) {
        const std::string_view file = t.substr(0, open);
        return file.find(' ') == std::string_view::npos && file.find('.') != std::string_view::npos;
    }
    return false;
}

std::size_t characterCount(std::string_view utf8)
{
    std::size_t n = 0;
    for (const char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

} // namespace tb::core::recipes
