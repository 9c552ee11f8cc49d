#include "build/buildjobs.h"

#include "build/buildpipeline.h"
#include "dataset/freezer.h"

#include <filesystem>

namespace tb::core {

namespace {

WriteOptions writeOptions(const BuildSettings &settings)
{
    WriteOptions options;
    options.format = settings.format;
    options.validFraction = settings.validFraction;
    options.seed = settings.seed;
    return options;
}

Result<std::shared_ptr<const FixPlan>> planFor(
    const Store &store, const BuildSettings &settings, const std::atomic_bool *cancel)
{
    if (settings.fixes.empty())
        return std::shared_ptr<const FixPlan>();
    auto plan = planFixes(store, settings, cancel);
    if (!plan)
        return plan.error();
    return std::make_shared<const FixPlan>(std::move(*plan));
}

} // namespace

std::string validationPathFor(const std::string &trainPath)
{
    // Everything after the name's first dot is the suffix ("train.chat.jsonl" → "train.valid.chat.jsonl").
    const std::filesystem::path path(trainPath);
    const std::string name = path.filename().string();
    const std::size_t dot = name.find('.', name.empty() || name.front() != '.' ? 0 : 1);
    const std::string base = dot == std::string::npos ? name : name.substr(0, dot);
    const std::string suffix = dot == std::string::npos || dot + 1 == name.size() ? "jsonl" : name.substr(dot + 1);
    return (path.parent_path() / (base + ".valid." + suffix)).string();
}

Result<WriteResult> exportBuild(const std::string &projectPath, const BuildSettings &settings,
    const std::string &trainPath, const std::string &validPath, const WriteProgress &progress,
    const std::atomic_bool *cancel, PassResult *lastPass)
{
    auto store = Store::open(projectPath);
    if (!store)
        return store.error();
    auto plan = planFor(**store, settings, cancel);
    if (!plan)
        return plan.error();
    WriteOptions options = writeOptions(settings);
    if (validPath.empty())
        options.validFraction = 0;
    const DatasetWriter writer(options);
    return writer.write(recordSource(**store, settings, *plan, cancel, lastPass), trainPath, validPath, progress, cancel);
}

Result<SnapshotInfo> freezeBuild(const std::string &projectPath, const BuildSettings &settings, const std::string &name,
    const WriteProgress &progress, const std::atomic_bool *cancel, PassResult *lastPass)
{
    auto store = Store::open(projectPath);
    if (!store)
        return store.error();
    auto plan = planFor(**store, settings, cancel);
    if (!plan)
        return plan.error();
    FreezeOptions options;
    options.name = name;
    options.recipeKind = std::string(toString(settings.kind));
    options.recipeOptionsJson = optionsToJson(settings.recipeOptions());
    options.write = writeOptions(settings);
    if (const CatalogModel *model = chosenModel(settings)) {
        if (auto counters = accountantsFor(*model))
            options.accountant = (*counters)[model->encoding];
    }
    return freezeDataset(**store, recordSource(**store, settings, *plan, cancel, lastPass), options, progress, cancel);
}

} // namespace tb::core
