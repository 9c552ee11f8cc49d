#include "build/buildsettings.h"

#include "store/store.h"

#include <nlohmann/json.hpp>

namespace tb::core {

namespace {

// The pages' own choices sit beside the recipes' options under a name no recipe kind has.
const std::string kPageEntry = "build-page";

constexpr std::array<RecipeKind, 4> kKinds
    = { RecipeKind::ReplyAsMe, RecipeKind::PostsInMyVoice, RecipeKind::Character, RecipeKind::NextSpeaker };

} // namespace

std::string optionsToJson(const RecipeOptions &options)
{
    nlohmann::json object = nlohmann::json::object();
    for (const auto &[key, value] : options.values())
        object[key] = value;
    return object.dump();
}

RecipeOptions optionsFromJson(const std::string &json)
{
    RecipeOptions options;
    const auto object = nlohmann::json::parse(json, nullptr, false);
    if (!object.is_object())
        return options;
    for (const auto &[key, value] : object.items()) {
        if (value.is_string())
            options.set(key, value.get<std::string>());
    }
    return options;
}

BuildSettings loadBuildSettings(const Store &store)
{
    BuildSettings settings;
    for (RecipeKind kind : kKinds) {
        if (const auto json = store.loadRecipe(std::string(toString(kind))))
            settings.options[static_cast<std::size_t>(kind)] = optionsFromJson(*json);
    }
    const auto page = store.loadRecipe(kPageEntry);
    if (!page)
        return settings;
    const auto object = nlohmann::json::parse(*page, nullptr, false);
    if (!object.is_object())
        return settings;
    if (const auto kind = recipeKindFromString(object.value("recipe", std::string())))
        settings.kind = *kind;
    settings.scrub = object.value("scrub", false);
    if (object.contains("scrub-kept") && object["scrub-kept"].is_array()) {
        for (const auto &name : object["scrub-kept"]) {
            if (name.is_string()) {
                if (const auto category = scrubCategoryFromString(name.get<std::string>()))
                    settings.scrubKept.insert(*category);
            }
        }
    }
    if (const auto format = exportFormatFromString(object.value("format", std::string())))
        settings.format = *format;
    settings.modelId = object.value("model", std::string());
    if (object.contains("fixes") && object["fixes"].is_array()) {
        for (const auto &fix : object["fixes"]) {
            if (fix.is_string()) {
                if (const auto parsed = datasetFixFromString(fix.get<std::string>()))
                    settings.fixes.insert(*parsed);
            }
        }
    }
    settings.validFraction = std::clamp(object.value("valid-fraction", 0.1), 0.0, 0.5);
    settings.seed = object.value("seed", std::uint64_t { 42 });
    settings.epochs = std::clamp(object.value("epochs", 0), 0, 50);
    return settings;
}

Result<Ok> saveBuildSettings(Store &store, const BuildSettings &settings)
{
    auto saved = store.saveRecipe(std::string(toString(settings.kind)), optionsToJson(settings.recipeOptions()));
    if (!saved)
        return saved;
    nlohmann::json page = { { "recipe", std::string(toString(settings.kind)) }, { "scrub", settings.scrub },
        { "format", std::string(toString(settings.format)) }, { "model", settings.modelId },
        { "valid-fraction", settings.validFraction }, { "seed", settings.seed }, { "epochs", settings.epochs } };
    nlohmann::json fixes = nlohmann::json::array();
    for (DatasetFix fix : settings.fixes)
        fixes.push_back(std::string(toString(fix)));
    page["fixes"] = fixes;
    nlohmann::json kept = nlohmann::json::array();
    for (ScrubCategory category : settings.scrubKept)
        kept.push_back(std::string(toString(category)));
    page["scrub-kept"] = kept;
    return store.saveRecipe(kPageEntry, page.dump());
}

} // namespace tb::core
