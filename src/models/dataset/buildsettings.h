#pragma once

#include "dataset/exportformat.h"
#include "dataset/validator.h"
#include "recipes/recipe.h"

#include <array>
#include <set>
#include <string>

namespace tb::core {
class Store;
}

namespace tb::models {

// Everything the Build and Check & Export pages turn into records: the chosen recipe, every
// recipe's options (switching recipes keeps each one's settings), scrubbing, the format and model
// the records are checked for, the fixes chosen, and the split.
struct BuildSettings {
    core::RecipeKind kind = core::RecipeKind::ReplyAsMe;
    std::array<core::RecipeOptions, 4> options; // by RecipeKind
    bool scrub = false;
    core::ExportFormat format = core::ExportFormat::Chat;
    std::string modelId;                        // empty: the catalog's default
    std::set<core::DatasetFix> fixes;
    double validFraction = 0.1;
    std::uint64_t seed = 42;
    int epochs = 0;                             // 0: the epoch heuristic

    const core::RecipeOptions &recipeOptions() const { return options[static_cast<std::size_t>(kind)]; }
    core::RecipeOptions &recipeOptions() { return options[static_cast<std::size_t>(kind)]; }
    bool operator==(const BuildSettings &) const = default;
};

// A recipe's options as the project keeps them (Store::saveRecipe): one JSON object of key → text.
std::string optionsToJson(const core::RecipeOptions &options);
core::RecipeOptions optionsFromJson(const std::string &json);

// Reads the settings saved in STORE (defaults for whatever was never saved).
BuildSettings loadBuildSettings(const core::Store &store);
// Saves the options of SETTINGS' current recipe and the page's other choices, each one small
// transaction; an error says what could not be written.
core::Result<core::Ok> saveBuildSettings(core::Store &store, const BuildSettings &settings);

} // namespace tb::models
