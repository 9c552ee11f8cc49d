#include "recipes/dialogue.h"
#include "recipes/recipes.h"
#include "util/text.h"

#include <map>
#include <unordered_set>

namespace tb::core::recipes {

namespace {

struct CharacterSettings {
    std::string character;
    std::size_t depth = 1;
    std::string prefix;
    bool mergeOthers = false;
    bool trainOnLast = false;
};

class CharacterRun final : public RecipeRun {
public:
    CharacterRun(const RunContext &context, const CommonSettings &common, const CharacterSettings &settings,
                 std::unordered_set<std::int64_t> people, std::string name)
        : m_context(context), m_common(common), m_settings(settings), m_people(std::move(people)),
          m_name(std::move(name))
    {
    }

    // A scene (or an episode without scenes) is one dialogue: context never crosses it.
    void begin(const ConversationSummary &conversation) override
    {
        m_channel = conversation.name;
        m_conversationKey = conversation.key;
        m_window.clear();
        m_position = 0;
    }

    void message(const StoredMessage &m) override
    {
        const std::int64_t person = m_context.scope.personOf(m.authorId);
        const bool mine = m.authorId != 0 && m_people.count(person) > 0;
        Line line{{m.id}, {m_position++}, mine, person, nameOf(m), m.text, false};
        if (mine) {
            const Verdict verdict = verdictOf(m_context.labels, m.id);
            line.negative = verdict == Verdict::Negative;
            teach(line, verdict);
        }
        m_window.push_back(std::move(line));
        while (m_window.size() > m_settings.depth)
            m_window.pop_front();
    }

    void end() override { m_window.clear(); }

private:
    std::string nameOf(const StoredMessage &m) const
    {
        if (m.authorId == 0)
            return {};
        if (const auto *p = m_context.scope.participant(m_context.scope.personOf(m.authorId)))
            return p->name();
        return m.authorName;
    }

    void teach(const Line &line, Verdict verdict)
    {
        Emitter &out = m_context.out;
        if (characterCount(text::trim(line.text)) < m_common.minChars)
            return out.skip("too short");
        if (verdict == Verdict::Negative && m_common.negatives == NegativeMode::Drop)
            return out.skip("negative label");
        std::vector<const Line *> context;
        for (const Line &l : m_window)
            context.push_back(&l);
        TurnStyle style;
        style.mergeOthers = m_settings.mergeOthers ? MergePolicy::Always : MergePolicy::Never;
        style.othersPrefix = m_settings.prefix;
        style.weightZeroEarlier = m_settings.trainOnLast;
        std::vector<ChatTurn> turns = turnsOf(context, style);
        if (turns.empty())
            return out.skip("no context");

        TrainingRecord record;
        if (!m_common.systemPrompt.empty()) {
            const std::map<std::string, std::string, std::less<>> values{{"character", m_name}, {"channel", m_channel}};
            record.messages.push_back(
                ChatTurn{TurnRole::System, renderTemplate(m_common.systemPrompt, values), {}, std::nullopt});
        }
        const bool anyWeight = std::any_of(turns.begin(), turns.end(), [](const auto &t) { return t.weight; });
        for (auto &turn : turns)
            record.messages.push_back(std::move(turn));
        ChatTurn reply{TurnRole::Assistant, line.text, {}, std::nullopt};
        if (verdict == Verdict::Negative && m_common.negatives == NegativeMode::WeightZero)
            reply.weight = 0;
        else if (anyWeight)
            reply.weight = 1;
        record.messages.push_back(std::move(reply));
        if (m_common.negatives == NegativeMode::Kto && verdict != Verdict::None)
            record.desirable = verdict == Verdict::Positive;
        context.push_back(&line);
        record.messageIds = lineageOf(context);
        record.anchorMessageId = line.ids.front();
        record.conversationKey = m_conversationKey;
        out.emit(std::move(record));
    }

    const RunContext &m_context;
    const CommonSettings &m_common;
    const CharacterSettings m_settings;
    const std::unordered_set<std::int64_t> m_people;
    const std::string m_name;
    std::string m_channel;
    std::string m_conversationKey;
    std::deque<Line> m_window;
    std::uint64_t m_position = 0;
};

class CharacterRecipe final : public RecipeBase {
public:
    CharacterRecipe(RecipeOptions options, OptionValues values)
        : RecipeBase(RecipeKind::Character, std::move(options), std::move(values))
    {
        m_settings.character = std::string(text::trim(this->values().text("character")));
        m_settings.depth = static_cast<std::size_t>(this->values().integer("context-depth"));
        m_settings.prefix = this->values().text("prefix");
        m_settings.mergeOthers = this->values().flag("merge-others");
        m_settings.trainOnLast = this->values().text("train-on") == "last";
    }

protected:
    bool needsMe() const override { return false; }
    // Scripts are scenes and episodes; other conversations only when the user names them.
    bool wants(const ConversationSummary &conversation) const override
    {
        return !common().conversations.empty() || conversation.kind == ConversationKind::Scene
            || conversation.kind == ConversationKind::Episode;
    }
    Result<std::unique_ptr<RecipeRun>> start(const RunContext &context) const override
    {
        const BuildScope &scope = context.scope;
        if (m_settings.character.empty())
            return Error{"option character: required: the speaker whose lines to learn "
                         "(--option character=NAME), one of: " + scope.someNames()};
        const auto named = participantsNamed(scope.participants(), m_settings.character);
        if (named.empty())
            return Error{"option character: nobody called '" + m_settings.character
                         + "' speaks in this project; it takes one of: " + scope.someNames()};
        std::unordered_set<std::int64_t> people;
        for (const auto *p : named)
            people.insert(scope.personOf(p->id));
        const auto *root = scope.participant(scope.personOf(named.front()->id));
        std::string name = root ? root->name() : m_settings.character;
        return std::unique_ptr<RecipeRun>(
            std::make_unique<CharacterRun>(context, common(), m_settings, std::move(people), std::move(name)));
    }

private:
    CharacterSettings m_settings;
};

} // namespace

std::unique_ptr<Recipe> makeCharacter(RecipeOptions options, OptionValues values)
{
    return std::make_unique<CharacterRecipe>(std::move(options), std::move(values));
}

} // namespace tb::core::recipes
