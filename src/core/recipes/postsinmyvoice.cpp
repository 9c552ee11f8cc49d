#include "recipes/recipes.h"
#include "recipes/textclean.h"
#include "util/text.h"
#include "util/timeutil.h"

#include <map>

namespace tb::core::recipes {

namespace {

struct PostSettings {
    std::string userPrompt;
    bool skipRetweets = true;
    bool skipReplies = false;
    std::string links; // expand | keep | strip
    bool unescape = true;
};

// A reply to someone else's post: it answers a post, and not as the next part of my own thread.
bool isReplyToOthers(const StoredMessage &m)
{
    return !m.replyToKey.empty() && (m.threadKey.empty() || m.threadKey == m.key);
}

class PostsRun final : public RecipeRun {
public:
    PostsRun(const RunContext &context, const CommonSettings &common, const PostSettings &settings)
        : m_context(context), m_common(common), m_settings(settings)
    {
    }

    void begin(const ConversationSummary &conversation) override
    {
        m_channel = conversation.name;
        m_conversationKey = conversation.key;
    }

    void message(const StoredMessage &m) override
    {
        Emitter &out = m_context.out;
        if (!m_context.scope.isMe(m.authorId))
            return out.skip("not mine");
        if (m_settings.skipRetweets && (m.flags & MessageFlag::Retweet))
            return out.skip("retweet");
        if (m_settings.skipReplies && isReplyToOthers(m))
            return out.skip("reply");
        std::string post = m_settings.links == "keep" && !m.rawText.empty() ? m.rawText
            : m_settings.links == "strip"                                   ? stripUrls(m.text)
                                                                            : m.text;
        if (m_settings.unescape)
            post = unescapeEntities(post);
        if (text::trim(post).empty())
            return out.skip("empty");
        if (characterCount(text::trim(post)) < m_common.minChars)
            return out.skip("too short");
        const Verdict verdict = verdictOf(m_context.labels, m.id);
        if (verdict == Verdict::Negative && m_common.negatives == NegativeMode::Drop)
            return out.skip("negative label");

        TrainingRecord record;
        const std::string date = m.timestampMs ? timeutil::toIsoUtc(*m.timestampMs).substr(0, 10) : std::string();
        if (!m_common.systemPrompt.empty()) {
            const std::map<std::string, std::string, std::less<>> values{{"me", m_context.scope.meName()},
                                                                         {"channel", m_channel}};
            record.messages.push_back(
                ChatTurn{TurnRole::System, renderTemplate(m_common.systemPrompt, values), {}, std::nullopt});
        }
        const std::map<std::string, std::string, std::less<>> promptValues{{"date", date}, {"channel", m_channel}};
        record.messages.push_back(
            ChatTurn{TurnRole::User, renderTemplate(m_settings.userPrompt, promptValues), {}, std::nullopt});
        ChatTurn reply{TurnRole::Assistant, std::move(post), {}, std::nullopt};
        if (verdict == Verdict::Negative && m_common.negatives == NegativeMode::WeightZero)
            reply.weight = 0;
        record.messages.push_back(std::move(reply));
        if (m_common.negatives == NegativeMode::Kto && verdict != Verdict::None)
            record.desirable = verdict == Verdict::Positive;
        record.messageIds = {m.id};
        record.anchorMessageId = m.id;
        record.conversationKey = m_conversationKey;
        out.emit(std::move(record));
    }

    void end() override {}

private:
    const RunContext &m_context;
    const CommonSettings &m_common;
    const PostSettings m_settings;
    std::string m_channel;
    std::string m_conversationKey;
};

class PostsRecipe final : public RecipeBase {
public:
    PostsRecipe(RecipeOptions options, OptionValues values)
        : RecipeBase(RecipeKind::PostsInMyVoice, std::move(options), std::move(values))
    {
        m_settings.userPrompt = this->values().text("user-prompt");
        m_settings.skipRetweets = this->values().flag("skip-retweets");
        m_settings.skipReplies = this->values().flag("skip-replies");
        m_settings.links = this->values().text("links");
        m_settings.unescape = this->values().flag("unescape-entities");
    }

protected:
    bool needsMe() const override { return true; }
    // Posts are a timeline's; other conversations only when the user names them.
    bool wants(const ConversationSummary &conversation) const override
    {
        return !common().conversations.empty() || conversation.kind == ConversationKind::Timeline;
    }
    Result<std::unique_ptr<RecipeRun>> start(const RunContext &context) const override
    {
        return std::unique_ptr<RecipeRun>(std::make_unique<PostsRun>(context, common(), m_settings));
    }

private:
    PostSettings m_settings;
};

} // namespace

std::unique_ptr<Recipe> makePostsInMyVoice(RecipeOptions options, OptionValues values)
{
    return std::make_unique<PostsRecipe>(std::move(options), std::move(values));
}

} // namespace tb::core::recipes
