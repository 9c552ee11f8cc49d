#pragma once

#include "dataset/exportformat.h"
#include "dataset/validator.h"
#include "privacy/scruboptions.h"
#include "recipes/recipe.h"

#include <array>
#include <set>
#include <string>

namespace tb::core {

class Store;

// Everything the Build and Check & Export pages turn into records: the chosen recipe, every
// recipe's options (switching recipes keeps each one's settings), scrubbing, the format and model
// the records are checked for, the fixes chosen, and the split.
struct BuildSettings {
    RecipeKind kind = RecipeKind::ReplyAsMe;
    std::array<RecipeOptions, 4> options; // by RecipeKind
    bool scrub = false;
    std::set<ScrubCategory> scrubKept; // categories the scrubber leaves as they are
    ExportFormat format = ExportFormat::Chat;
    std::string modelId; // empty: the catalog's default
    std::set<DatasetFix> fixes;
    double validFraction = 0.1;
    std::uint64_t seed = 42;
    int epochs = 0; // 0: the epoch heuristic

    const RecipeOptions &recipeOptions() const { return options[static_cast<std::size_t>(kind)]; }
    RecipeOptions &recipeOptions() { return options[static_cast<std::size_t>(kind)]; }
    bool operator==(const BuildSettings &) const = default;
};

// A recipe's options as the project keeps them (Store::saveRecipe): one JSON object of key → text.
std::string optionsToJson(const RecipeOptions &options);
RecipeOptions optionsFromJson(const std::string &json);

// Reads the settings saved in STORE (defaults for whatever was never saved).
BuildSettings loadBuildSettings(const Store &store);
// Saves the options of SETTINGS' current recipe and the page's other choices, each one small
// transaction; an error says what could not be written.
Result<Ok> saveBuildSettings(Store &store, const BuildSettings &settings);

} // namespace tb::core
