#include "recipes/recipes.h"

namespace tb::core {

Result<std::unique_ptr<Recipe>> makeRecipe(RecipeKind kind, const RecipeOptions &options)
{
    auto values = recipes::OptionValues::validate(kind, options);
    if (!values)
        return values.error();
    switch (kind) {
    case RecipeKind::ReplyAsMe: return recipes::makeReplyAsMe(options, std::move(*values));
    case RecipeKind::PostsInMyVoice: return recipes::makePostsInMyVoice(options, std::move(*values));
    case RecipeKind::Character: return recipes::makeCharacter(options, std::move(*values));
    case RecipeKind::NextSpeaker: return recipes::makeNextSpeaker(options, std::move(*values));
    }
    return Error{"unknown recipe kind"};
}

} // namespace tb::core
