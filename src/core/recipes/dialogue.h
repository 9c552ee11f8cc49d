#pragma once

#include "domain/trainingrecord.h"
#include "store/store.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace tb::core::recipes {

// One message (or, for reply-as-me, one burst of messages) of a dialogue window.
struct Line {
    std::vector<std::int64_t> ids; // the messages it is made of, in conversation order
    std::vector<std::uint64_t> order; // their positions in the conversation, for lineage order
    bool mine = false;             // the voice being learnt: an assistant turn
    std::int64_t person = 0;       // the author (alias root)
    std::string name;              // the author's name
    std::string text;
    bool negative = false;         // labelled negative (an earlier reply: weight 0)
};

enum class MergePolicy { Never, SamePerson, Always };

struct TurnStyle {
    MergePolicy mergeMine = MergePolicy::Never;
    MergePolicy mergeOthers = MergePolicy::Never;
    std::string othersPrefix;      // "{speaker}: " style, {speaker} replaced; empty: none
    bool weightZeroEarlier = false; // earlier assistant turns get weight 0 (train on the last only)
};

// LINES as chat turns: mine as assistant turns, the others' as user turns; adjacent lines merged as
// STYLE says (joined with "\n"). Leading assistant lines are dropped (a chat starts with the user).
std::vector<ChatTurn> turnsOf(const std::vector<const Line *> &lines, const TurnStyle &style);

// The others' lines of LINES, one per line, prefixed as STYLE says, joined with "\n".
std::string collated(const std::vector<const Line *> &lines, const std::string &prefix);

// "Alice, Bob": the distinct names of the others in LINES in order of appearance.
std::string otherNames(const std::vector<const Line *> &lines);

// The message ids of LINES in conversation order.
std::vector<std::int64_t> lineageOf(const std::vector<const Line *> &lines);

} // namespace tb::core::recipes
