#include "recipes/recipe.h"

#include <array>

namespace tb::core {

namespace {

OptionSpec spec(std::string key, OptionType type, std::string defaultValue, std::string help,
                std::vector<std::string> choices = {})
{
    return OptionSpec{std::move(key), type, std::move(defaultValue), std::move(help), std::move(choices)};
}

// Options every recipe takes: what is in scope and which messages count.
void addScope(std::vector<OptionSpec> &out)
{
    out.push_back(spec("conversations", OptionType::StringList, "",
                       "Conversation keys to build from, comma-separated; empty: every conversation."));
    out.push_back(spec("from", OptionType::Text, "", "First day to include, YYYY-MM-DD (UTC); empty: from the start."));
    out.push_back(spec("to", OptionType::Text, "", "Last day to include, YYYY-MM-DD (UTC); empty: to the end."));
    out.push_back(spec("include-system", OptionType::Bool, "false",
                       "Keep system messages (joins, topic changes, narration) as context."));
    out.push_back(spec("include-bots", OptionType::Bool, "false",
                       "Keep messages of bots and integrations (and participants marked as bots)."));
    out.push_back(spec("skip-deleted", OptionType::Bool, "true", "Leave out deleted messages and tombstones."));
    out.push_back(spec("skip-media-only", OptionType::Bool, "true",
                       "Leave out messages that are only a photo, file or sticker placeholder."));
}

void addMinChars(std::vector<OptionSpec> &out, const std::string &what)
{
    out.push_back(spec("min-chars", OptionType::Int, "0",
                       "Skip records whose " + what + " has fewer characters than this; 0: no minimum."));
}

void addNegatives(std::vector<OptionSpec> &out)
{
    out.push_back(spec("negatives", OptionType::Choice, "drop",
                       "What a negatively labelled reply becomes: dropped, kept with weight 0, or a KTO "
                       "undesirable example.",
                       {"drop", "weight-0", "kto"}));
}

void addMe(std::vector<OptionSpec> &out)
{
    out.push_back(spec("me", OptionType::Text, "",
                       "Whose voice to learn, by name, handle or key; empty: the participants marked as me."));
}

std::vector<OptionSpec> replyAsMeSpecs()
{
    std::vector<OptionSpec> out;
    addMe(out);
    out.push_back(spec("session-gap", OptionType::Duration, "21600",
                       "A pause longer than this (seconds, or 90m, 6h) starts a new session; context never "
                       "reaches across it."));
    out.push_back(spec("burst-merge-window", OptionType::Duration, "120",
                       "Consecutive messages of mine at most this far apart (seconds) are one reply."));
    out.push_back(spec("context-depth", OptionType::Int, "6",
                       "How many earlier messages of the session the record may show."));
    out.push_back(spec("turns", OptionType::Choice, "single",
                       "single: the others' messages as one user turn; multi: each burst its own turn.",
                       {"single", "multi"}));
    out.push_back(spec("train-on", OptionType::Choice, "all",
                       "multi only: all: train on every reply of mine in the record; last: only the final one "
                       "(earlier ones get weight 0).",
                       {"all", "last"}));
    out.push_back(spec("speaker-prefix", OptionType::Bool, "false",
                       "Start other people's lines with their name (\"Alice: ...\")."));
    out.push_back(spec("system-prompt", OptionType::Text, "",
                       "System message; {me}, {other} and {channel} are filled in. Empty: none."));
    addMinChars(out, "reply");
    addNegatives(out);
    addScope(out);
    return out;
}

std::vector<OptionSpec> postsSpecs()
{
    std::vector<OptionSpec> out;
    addMe(out);
    out.push_back(spec("user-prompt", OptionType::Text, "",
                       "The user turn before each post; {date} and {channel} are filled in. Empty: a blank "
                       "prompt, as the tweets seed does."));
    out.push_back(spec("skip-retweets", OptionType::Bool, "true", "Leave out retweets (not your words)."));
    out.push_back(spec("skip-replies", OptionType::Bool, "false", "Leave out posts that reply to another post."));
    out.push_back(spec("links", OptionType::Choice, "expand",
                       "expand: full URLs; keep: links as the export wrote them (t.co); strip: no URLs.",
                       {"expand", "keep", "strip"}));
    out.push_back(spec("unescape-entities", OptionType::Bool, "true",
                       "Decode &amp; &lt; &gt; &quot; &#39; left in the text."));
    out.push_back(spec("system-prompt", OptionType::Text, "",
                       "System message; {me} and {channel} are filled in. Empty: none."));
    addMinChars(out, "post");
    addNegatives(out);
    addScope(out);
    return out;
}

std::vector<OptionSpec> characterSpecs()
{
    std::vector<OptionSpec> out;
    out.push_back(spec("character", OptionType::Text, "", "The speaker whose lines to learn (required), e.g. Rick."));
    out.push_back(spec("context-depth", OptionType::Int, "4",
                       "How many earlier lines of the same scene the record may show."));
    out.push_back(spec("prefix", OptionType::Text, "{speaker}: ",
                       "How other speakers' lines start; {speaker} is their name."));
    out.push_back(spec("merge-others", OptionType::Bool, "false",
                       "Merge consecutive lines of other speakers into one user turn."));
    out.push_back(spec("train-on", OptionType::Choice, "all",
                       "all: train on every line of the character in the record; last: only the final one "
                       "(earlier ones get weight 0).",
                       {"all", "last"}));
    out.push_back(spec("system-prompt", OptionType::Text, "",
                       "System message; {character} and {channel} are filled in. Empty: none."));
    addMinChars(out, "line");
    addNegatives(out);
    addScope(out);
    return out;
}

std::vector<OptionSpec> nextSpeakerSpecs()
{
    std::vector<OptionSpec> out;
    out.push_back(spec("context", OptionType::Int, "3", "How many messages before the next one the prompt shows."));
    out.push_back(spec("min-context", OptionType::Int, "1",
                       "Skip predictions with fewer messages before them than this."));
    out.push_back(spec("new-speakers-only", OptionType::Bool, "true",
                       "Only predict a speaker who wrote none of the prompt's messages (whom to alert)."));
    out.push_back(spec("separator", OptionType::Text, "\\n\\n###\\n\\n",
                       "Appended to every prompt (\\n for a newline)."));
    out.push_back(spec("joiner", OptionType::Text, "\\n\\n", "Between the prompt's messages (\\n for a newline)."));
    out.push_back(spec("label-style", OptionType::Choice, "index",
                       "index: each speaker a number (one token); name: their name.", {"index", "name"}));
    out.push_back(spec("negative-label", OptionType::Text, " nil",
                       "The completion of a negatively labelled example."));
    out.push_back(spec("strip-links", OptionType::Bool, "true", "Remove URLs, Slack <http...|label> links included."));
    out.push_back(spec("strip-ids", OptionType::Bool, "true",
                       "Remove Slack mentions and ids (<@U...>, <#C...|...>, raw user ids)."));
    out.push_back(spec("strip-code", OptionType::Bool, "true", "Remove fenced and inline code."));
    out.push_back(spec("system-prompt", OptionType::Text, "",
                       "System message of the chat form of each record; {channel} is filled in. Empty: none."));
    addMinChars(out, "prompt");
    addScope(out);
    return out;
}

constexpr std::array<std::string_view, 4> kKindNames = {"reply-as-me", "posts-in-my-voice", "character",
                                                         "next-speaker"};
constexpr std::array<std::string_view, 4> kDisplayNames = {"Reply as me", "Posts in my voice", "Character",
                                                            "Next speaker"};

} // namespace

std::string_view toString(RecipeKind kind)
{
    return kKindNames[static_cast<std::size_t>(kind)];
}

std::optional<RecipeKind> recipeKindFromString(std::string_view text)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == text)
            return static_cast<RecipeKind>(i);
    }
    return std::nullopt;
}

std::string_view displayName(RecipeKind kind)
{
    return kDisplayNames[static_cast<std::size_t>(kind)];
}

const std::vector<OptionSpec> &optionSpecs(RecipeKind kind)
{
    static const std::array<std::vector<OptionSpec>, 4> specs = {replyAsMeSpecs(), postsSpecs(), characterSpecs(),
                                                                nextSpeakerSpecs()};
    return specs[static_cast<std::size_t>(kind)];
}

const OptionSpec *findOptionSpec(RecipeKind kind, std::string_view key)
{
    for (const auto &s : optionSpecs(kind)) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

} // namespace tb::core
