#pragma once

#include "recipes/recipebase.h"

namespace tb::core::recipes {

// reply-as-me: bursts of "me" become assistant turns, what others said before them user turns.
std::unique_ptr<Recipe> makeReplyAsMe(RecipeOptions options, OptionValues values);
// posts-in-my-voice: each post of "me" is the assistant turn after a blank or templated prompt.
std::unique_ptr<Recipe> makePostsInMyVoice(RecipeOptions options, OptionValues values);
// character: a speaker's lines are assistant turns, the scene's earlier lines user turns.
std::unique_ptr<Recipe> makeCharacter(RecipeOptions options, OptionValues values);
// next-speaker: the last K messages as a prompt, the label of whoever writes next as completion.
std::unique_ptr<Recipe> makeNextSpeaker(RecipeOptions options, OptionValues values);

} // namespace tb::core::recipes
