#include "recipes/dialogue.h"
#include "recipes/recipes.h"

#include "util/text.h"

#include <algorithm>
#include <map>

namespace tb::core::recipes {

namespace {

struct ReplySettings {
    std::int64_t sessionGapMs = 0;
    std::int64_t burstWindowMs = 0;
    std::size_t depth = 1;
    bool multi = false;
    bool trainOnLast = false;
    bool speakerPrefix = false;
};

// A burst of mine: consecutive messages within the merge window, one reply.
struct Burst {
    Line line;
    std::optional<std::int64_t> lastMs;
    Verdict verdict = Verdict::None;
};

// One sequence of messages: a conversation's top level or one thread.
struct Sequence {
    std::deque<Line> history;        // the session so far, before the replies in GROUP
    std::size_t historyMessages = 0; // messages in HISTORY (a burst counts each of its messages)
    std::vector<Burst> group;        // my replies after the same context (alternatives: DPO pairs)
    std::optional<Burst> open;       // the burst still merging
    std::optional<std::int64_t> lastMs;
};

class ReplyRun final : public RecipeRun {
public:
    ReplyRun(const RunContext &context, const CommonSettings &common, const ReplySettings &settings)
        : m_context(context), m_common(common), m_settings(settings)
    {
    }

    void begin(const ConversationSummary &conversation) override
    {
        m_channel = conversation.name;
        m_conversationKey = conversation.key;
        m_sequences.clear();
        m_position = 0;
    }

    void message(const StoredMessage &m) override
    {
        const std::uint64_t position = m_position++;
        const SequenceKeys keys = sequencesOf(m);
        if (keys.topLevel)
            add(m_sequences[std::string()], m, position);
        if (!keys.thread.empty())
            add(m_sequences[std::string(keys.thread)], m, position);
        // Threads long quiet cannot continue their session: flush them so state stays small.
        if (m.timestampMs && (position & 0xFFF) == 0xFFF)
            sweep(*m.timestampMs);
    }

    // Replies still pending go out in the order they were written, whichever thread they are in.
    void end() override
    {
        std::vector<std::pair<std::uint64_t, Sequence *>> pending;
        for (auto &[key, sequence] : m_sequences) {
            closeBurst(sequence);
            if (!sequence.group.empty())
                pending.emplace_back(sequence.group.front().line.order.front(), &sequence);
        }
        std::sort(pending.begin(), pending.end());
        for (auto &[order, sequence] : pending)
            flushGroup(*sequence);
        m_sequences.clear();
    }

private:
    void add(Sequence &s, const StoredMessage &m, std::uint64_t position)
    {
        if (s.lastMs && m.timestampMs && *m.timestampMs - *s.lastMs > m_settings.sessionGapMs)
            closeSession(s);
        if (m.timestampMs)
            s.lastMs = m.timestampMs;
        const bool mine = m_context.scope.isMe(m.authorId);
        if (mine && s.open && (!s.open->lastMs || !m.timestampMs
                               || *m.timestampMs - *s.open->lastMs <= m_settings.burstWindowMs)) {
            s.open->line.ids.push_back(m.id);
            s.open->line.order.push_back(position);
            s.open->line.text += '\n';
            s.open->line.text += m.text;
            s.open->lastMs = m.timestampMs ? m.timestampMs : s.open->lastMs;
            noteVerdict(*s.open, m.id);
            return;
        }
        closeBurst(s);
        Line line{{m.id}, {position}, mine, m_context.scope.personOf(m.authorId), nameOf(m), m.text, false};
        if (mine) {
            s.open = Burst{std::move(line), m.timestampMs, Verdict::None};
            noteVerdict(*s.open, m.id);
            return;
        }
        flushGroup(s);
        s.historyMessages += 1;
        s.history.push_back(std::move(line));
        trim(s);
    }

    void noteVerdict(Burst &burst, std::int64_t id) const
    {
        const Verdict v = verdictOf(m_context.labels, id);
        if (v == Verdict::Negative || (v == Verdict::Positive && burst.verdict == Verdict::None))
            burst.verdict = v;
    }

    std::string nameOf(const StoredMessage &m) const
    {
        if (const auto *p = m_context.scope.participant(m_context.scope.personOf(m.authorId)))
            return p->name();
        return m.authorName.empty() ? std::string("Someone") : m.authorName;
    }

    void closeBurst(Sequence &s)
    {
        if (s.open) {
            s.group.push_back(std::move(*s.open));
            s.open.reset();
        }
    }

    void closeSession(Sequence &s)
    {
        closeBurst(s);
        flushGroup(s);
        s.history.clear();
        s.historyMessages = 0;
    }

    void trim(Sequence &s)
    {
        while (s.historyMessages > m_settings.depth && !s.history.empty()) {
            s.historyMessages -= s.history.front().ids.size();
            s.history.pop_front();
        }
    }

    void sweep(std::int64_t nowMs)
    {
        for (auto it = m_sequences.begin(); it != m_sequences.end();) {
            if (!it->first.empty() && it->second.lastMs && nowMs - *it->second.lastMs > m_settings.sessionGapMs) {
                closeSession(it->second);
                it = m_sequences.erase(it);
            } else {
                ++it;
            }
        }
    }

    // The lines a reply answers: single: the others' messages since my last reply; multi: the
    // session's last messages, my earlier replies included.
    std::vector<const Line *> contextOf(const Sequence &s) const
    {
        std::vector<const Line *> lines;
        for (auto it = s.history.rbegin(); it != s.history.rend(); ++it) {
            if (!m_settings.multi && it->mine)
                break;
            lines.insert(lines.begin(), &*it);
        }
        return lines;
    }

    void flushGroup(Sequence &s)
    {
        if (s.group.empty())
            return;
        const auto context = contextOf(s);
        emitGroup(s.group, context);
        for (auto &burst : s.group) {
            burst.line.negative = burst.verdict == Verdict::Negative;
            s.historyMessages += burst.line.ids.size();
            s.history.push_back(std::move(burst.line));
        }
        s.group.clear();
        trim(s);
    }

    void emitGroup(const std::vector<Burst> &group, const std::vector<const Line *> &context)
    {
        // Pair positive and negative replies to the same context, in order: DPO pairs.
        std::vector<const Burst *> usable, positives, negatives;
        for (const auto &burst : group) {
            if (characterCount(text::trim(burst.line.text)) < m_common.minChars) {
                m_context.out.skip("too short");
                continue;
            }
            usable.push_back(&burst);
            if (burst.verdict == Verdict::Positive)
                positives.push_back(&burst);
            else if (burst.verdict == Verdict::Negative)
                negatives.push_back(&burst);
        }
        std::map<const Burst *, const Burst *> rejectedFor;
        std::map<const Burst *, bool> paired;
        for (std::size_t i = 0; i < std::min(positives.size(), negatives.size()); ++i) {
            rejectedFor[positives[i]] = negatives[i];
            paired[negatives[i]] = true;
        }
        for (const Burst *burst : usable) {
            if (m_context.out.stopped())
                return;
            if (paired.count(burst))
                continue;
            if (burst->verdict == Verdict::Negative && m_common.negatives == NegativeMode::Drop) {
                m_context.out.skip("negative label");
                continue;
            }
            const auto rejected = rejectedFor.find(burst);
            emitReply(*burst, rejected == rejectedFor.end() ? nullptr : rejected->second, context);
        }
    }

    void emitReply(const Burst &burst, const Burst *rejected, const std::vector<const Line *> &context)
    {
        TrainingRecord record;
        std::vector<ChatTurn> turns;
        if (m_settings.multi) {
            TurnStyle style;
            style.mergeMine = MergePolicy::Always;
            style.mergeOthers = MergePolicy::SamePerson;
            style.othersPrefix = m_settings.speakerPrefix ? "{speaker}: " : "";
            style.weightZeroEarlier = m_settings.trainOnLast;
            turns = turnsOf(context, style);
        } else {
            const std::string user = collated(context, m_settings.speakerPrefix ? "{speaker}: " : "");
            if (!user.empty())
                turns.push_back(ChatTurn{TurnRole::User, user, {}, std::nullopt});
        }
        if (turns.empty()) {
            m_context.out.skip("no context");
            return;
        }
        if (!m_common.systemPrompt.empty()) {
            const std::map<std::string, std::string, std::less<>> values{
                {"me", m_context.scope.meName()}, {"other", otherNames(context)}, {"channel", m_channel}};
            record.messages.push_back(
                ChatTurn{TurnRole::System, renderTemplate(m_common.systemPrompt, values), {}, std::nullopt});
        }
        const bool anyWeight = std::any_of(turns.begin(), turns.end(), [](const auto &t) { return t.weight; });
        for (auto &turn : turns)
            record.messages.push_back(std::move(turn));
        ChatTurn reply{TurnRole::Assistant, burst.line.text, {}, std::nullopt};
        const bool negative = burst.verdict == Verdict::Negative;
        if (negative && m_common.negatives == NegativeMode::WeightZero)
            reply.weight = 0;
        else if (anyWeight)
            reply.weight = 1;
        record.messages.push_back(std::move(reply));
        if (m_common.negatives == NegativeMode::Kto && burst.verdict != Verdict::None)
            record.desirable = !negative;
        std::vector<const Line *> used = context;
        used.push_back(&burst.line);
        if (rejected) {
            record.rejected = ChatTurn{TurnRole::Assistant, rejected->line.text, {}, std::nullopt};
            used.push_back(&rejected->line);
        }
        record.messageIds = lineageOf(used);
        record.anchorMessageId = burst.line.ids.front();
        record.conversationKey = m_conversationKey;
        m_context.out.emit(std::move(record));
    }

    const RunContext &m_context;
    const CommonSettings &m_common;
    const ReplySettings m_settings;
    std::string m_channel;
    std::string m_conversationKey;
    std::map<std::string, Sequence> m_sequences;
    std::uint64_t m_position = 0;
};

class ReplyAsMeRecipe final : public RecipeBase {
public:
    ReplyAsMeRecipe(RecipeOptions options, OptionValues values)
        : RecipeBase(RecipeKind::ReplyAsMe, std::move(options), std::move(values))
    {
        m_settings.sessionGapMs = this->values().integer("session-gap") * 1000;
        m_settings.burstWindowMs = this->values().integer("burst-merge-window") * 1000;
        m_settings.depth = static_cast<std::size_t>(this->values().integer("context-depth"));
        m_settings.multi = this->values().text("turns") == "multi";
        m_settings.trainOnLast = this->values().text("train-on") == "last";
        m_settings.speakerPrefix = this->values().flag("speaker-prefix");
    }

protected:
    bool needsMe() const override { return true; }
    Result<std::unique_ptr<RecipeRun>> start(const RunContext &context) const override
    {
        return std::unique_ptr<RecipeRun>(std::make_unique<ReplyRun>(context, common(), m_settings));
    }

private:
    ReplySettings m_settings;
};

} // namespace

std::unique_ptr<Recipe> makeReplyAsMe(RecipeOptions options, OptionValues values)
{
    return std::make_unique<ReplyAsMeRecipe>(std::move(options), std::move(values));
}

} // namespace tb::core::recipes
