#include "recipes/recipes.h"
#include "recipes/textclean.h"
#include "util/text.h"

#include <algorithm>
#include <deque>
#include <map>
#include <unordered_map>

namespace tb::core::recipes {

namespace {

struct SpeakerSettings {
    std::size_t context = 3;
    std::size_t minContext = 1;
    bool newSpeakersOnly = true;
    std::string separator;
    std::string joiner;
    bool labelByName = false;
    std::string negativeLabel;
    CleanOptions clean;
};

struct Said {
    std::int64_t id = 0;
    std::int64_t person = 0;
    std::string text; // cleaned
};

class SpeakerRun final : public RecipeRun {
public:
    SpeakerRun(const RunContext &context, const CommonSettings &common, const SpeakerSettings &settings,
               const LabelMap &labels, std::unordered_map<std::int64_t, std::size_t> labelOf)
        : m_context(context), m_common(common), m_settings(settings), m_labels(labels), m_labelOf(std::move(labelOf))
    {
    }

    void begin(const ConversationSummary &conversation) override
    {
        m_channel = conversation.name;
        m_conversationKey = conversation.key;
        m_sequences.clear();
    }

    void message(const StoredMessage &m) override
    {
        // Slack ids and links are plain to see in the export's own text; the text as read has them
        // resolved to names, which strip-ids could no longer tell apart from words.
        const std::string_view source = m_settings.clean.ids && !m.rawText.empty() ? m.rawText : m.text;
        Said said{m.id, m.authorId == 0 ? 0 : m_context.scope.personOf(m.authorId),
                  cleanText(source, m_settings.clean)};
        const SequenceKeys keys = sequencesOf(m);
        if (keys.topLevel)
            add(m_sequences[std::string()], said);
        if (!keys.thread.empty())
            add(m_sequences[std::string(keys.thread)], said);
    }

    void end() override { m_sequences.clear(); }

private:
    void add(std::deque<Said> &window, const Said &said)
    {
        predict(window, said);
        window.push_back(said);
        while (window.size() > m_settings.context)
            window.pop_front();
    }

    void predict(const std::deque<Said> &window, const Said &next)
    {
        Emitter &out = m_context.out;
        if (window.empty())
            return; // a sequence's first message: nothing to predict it from
        if (window.size() < m_settings.minContext)
            return out.skip("too little context");
        const auto label = m_labelOf.find(next.person);
        if (next.person == 0 || label == m_labelOf.end())
            return out.skip("no author");
        if (m_settings.newSpeakersOnly
            && std::any_of(window.begin(), window.end(), [&](const Said &s) { return s.person == next.person; }))
            return out.skip("speaker in context");
        std::string prompt;
        for (const Said &s : window) {
            if (s.text.empty())
                continue;
            if (!prompt.empty())
                prompt += m_settings.joiner;
            prompt += s.text;
        }
        if (prompt.empty())
            return out.skip("empty prompt");
        if (characterCount(prompt) < m_common.minChars)
            return out.skip("too short");
        prompt += m_settings.separator;
        const bool negative = verdictOf(m_context.labels, next.id) == Verdict::Negative;
        std::string completion
            = negative ? m_settings.negativeLabel : " " + m_labels.entries[label->second].label;

        TrainingRecord record;
        if (!m_common.systemPrompt.empty()) {
            const std::map<std::string, std::string, std::less<>> values{{"channel", m_channel}};
            record.messages.push_back(
                ChatTurn{TurnRole::System, renderTemplate(m_common.systemPrompt, values), {}, std::nullopt});
        }
        record.messages.push_back(ChatTurn{TurnRole::User, prompt, {}, std::nullopt});
        record.messages.push_back(ChatTurn{TurnRole::Assistant, completion, {}, std::nullopt});
        record.promptCompletion = PromptCompletion{std::move(prompt), std::move(completion)};
        for (const Said &s : window)
            record.messageIds.push_back(s.id);
        record.messageIds.push_back(next.id);
        record.anchorMessageId = next.id;
        record.conversationKey = m_conversationKey;
        out.emit(std::move(record));
    }

    const RunContext &m_context;
    const CommonSettings &m_common;
    const SpeakerSettings m_settings;
    const LabelMap &m_labels;
    const std::unordered_map<std::int64_t, std::size_t> m_labelOf;
    std::string m_channel;
    std::string m_conversationKey;
    std::map<std::string, std::deque<Said>> m_sequences;
};

class NextSpeakerRecipe final : public RecipeBase {
public:
    NextSpeakerRecipe(RecipeOptions options, OptionValues values)
        : RecipeBase(RecipeKind::NextSpeaker, std::move(options), std::move(values))
    {
        const OptionValues &v = this->values();
        m_settings.context = static_cast<std::size_t>(v.integer("context"));
        m_settings.minContext = static_cast<std::size_t>(v.integer("min-context"));
        m_settings.newSpeakersOnly = v.flag("new-speakers-only");
        m_settings.separator = v.text("separator");
        m_settings.joiner = v.text("joiner");
        m_settings.labelByName = v.text("label-style") == "name";
        m_settings.negativeLabel = v.text("negative-label");
        m_settings.clean = CleanOptions{v.flag("strip-links"), v.flag("strip-ids"), v.flag("strip-code")};
    }

    Result<std::optional<LabelMap>> labelMap(const Store &store) const override
    {
        auto scope = BuildScope::open(store, common(), false);
        if (!scope)
            return scope.error();
        auto map = buildLabelMap(store, *scope, nullptr);
        if (!map)
            return map.error();
        return std::optional<LabelMap>(std::move(*map));
    }

protected:
    bool needsMe() const override { return false; }

    Result<std::unique_ptr<RecipeRun>> start(const RunContext &context) const override
    {
        auto map = buildLabelMap(context.store, context.scope, context.cancel);
        if (!map)
            return map.error();
        context.summary.labelMap = std::move(*map);
        std::unordered_map<std::int64_t, std::size_t> labelOf;
        const LabelMap &labels = *context.summary.labelMap;
        for (std::size_t i = 0; i < labels.entries.size(); ++i)
            labelOf.emplace(labels.entries[i].participantId, i);
        return std::unique_ptr<RecipeRun>(
            std::make_unique<SpeakerRun>(context, common(), m_settings, labels, std::move(labelOf)));
    }

private:
    // LabelEncoder over everyone who wrote a message in scope (bots and left-out messages aside),
    // by participant key: the same project and options always number people the same way.
    Result<LabelMap> buildLabelMap(const Store &store, const BuildScope &scope, const std::atomic_bool *cancel) const
    {
        std::unordered_map<std::int64_t, bool> people;
        for (const auto &conversation : scope.conversations()) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                break;
            store.forEachMessage(conversation.key, [&](const StoredMessage &m) {
                if (m.authorId != 0 && scope.exclusion(m).empty())
                    people.emplace(scope.personOf(m.authorId), true);
            });
        }
        LabelMap map;
        map.negativeCompletion = m_settings.negativeLabel;
        for (const auto &[id, seen] : people) {
            LabelEntry entry;
            entry.participantId = id;
            if (const auto *p = scope.participant(id)) {
                entry.participantKey = p->key;
                entry.name = p->name();
            }
            map.entries.push_back(std::move(entry));
        }
        std::sort(map.entries.begin(), map.entries.end(), [](const LabelEntry &a, const LabelEntry &b) {
            return a.participantKey != b.participantKey ? a.participantKey < b.participantKey
                                                        : a.participantId < b.participantId;
        });
        for (std::size_t i = 0; i < map.entries.size(); ++i)
            map.entries[i].label = m_settings.labelByName ? map.entries[i].name : std::to_string(i);
        return map;
    }

    SpeakerSettings m_settings;
};

} // namespace

std::unique_ptr<Recipe> makeNextSpeaker(RecipeOptions options, OptionValues values)
{
    return std::make_unique<NextSpeakerRecipe>(std::move(options), std::move(values));
}

} // namespace tb::core::recipes
