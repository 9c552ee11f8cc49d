#pragma once

#include "domain/result.h"
#include "recipes/optionvalues.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tb::core::recipes {

enum class NegativeMode { Drop, WeightZero, Kto };

// The options every recipe shares, read once.
struct CommonSettings {
    std::vector<std::string> conversations; // empty: all
    std::optional<std::int64_t> fromMs;     // inclusive
    std::optional<std::int64_t> toMs;       // exclusive (the day after "to")
    bool includeSystem = false;
    bool includeBots = false;
    bool skipDeleted = true;
    bool skipMediaOnly = true;
    std::size_t minChars = 0;
    std::string systemPrompt;
    std::string me;
    NegativeMode negatives = NegativeMode::Drop;

    static CommonSettings read(const OptionValues &values);
};

// What a build needs to know about the project, looked up once before the first message.
class BuildScope {
public:
    // NEEDSME: the recipe learns "my" voice, so "me" must resolve to someone.
    static Result<BuildScope> open(const Store &store, const CommonSettings &settings, bool needsMe);

    // In scope, by key (a fixed order that does not change when a conversation grows).
    const std::vector<ConversationSummary> &conversations() const { return m_conversations; }
    std::uint64_t messagesInScope() const { return m_messagesInScope; }
    bool isMe(std::int64_t authorId) const { return m_me.count(authorId) > 0; }
    bool isBot(std::int64_t authorId) const { return m_bots.count(authorId) > 0; }
    // The person an alias stands for (the root of its group); the id itself when it is no alias.
    std::int64_t personOf(std::int64_t authorId) const;
    const ParticipantInfo *participant(std::int64_t id) const;
    // The name "me" goes by (for {me}).
    const std::string &meName() const { return m_meName; }
    // Up to 30 people's names (no bots, no aliases), sorted: for errors that say what a name may be.
    std::string someNames() const;
    const std::vector<ParticipantInfo> &participants() const { return m_participants; }
    // Why M takes no part in the build at all ("system", "bot", ...); empty when it does.
    std::string_view exclusion(const StoredMessage &m) const;

private:
    CommonSettings m_settings;
    std::vector<ConversationSummary> m_conversations;
    std::uint64_t m_messagesInScope = 0;
    std::unordered_set<std::int64_t> m_me;
    std::unordered_set<std::int64_t> m_bots;
    std::vector<ParticipantInfo> m_participants;
    std::unordered_map<std::int64_t, std::size_t> m_participantIndex;
    std::string m_meName;
};

// A message that is nothing but a media placeholder ("<Media omitted>", "IMG-1.jpg (file attached)").
bool isMediaOnly(const StoredMessage &m);
// Length in Unicode code points, for min-chars.
std::size_t characterCount(std::string_view utf8);
// The participant matching NAME (name, exported name, handle or key; case-insensitive), or empty.
std::vector<const ParticipantInfo *> participantsNamed(const std::vector<ParticipantInfo> &people,
                                                       std::string_view name);

} // namespace tb::core::recipes
