#include "datasetjobs.h"

#include "datasetpipeline.h"
#include "dataset/freezer.h"

#include <QFileInfo>

namespace tb::models {

namespace {

core::WriteOptions writeOptions(const BuildSettings &settings)
{
    core::WriteOptions options;
    options.format = settings.format;
    options.validFraction = settings.validFraction;
    options.seed = settings.seed;
    return options;
}

core::Result<std::shared_ptr<const core::FixPlan>> planFor(const core::Store &store, const BuildSettings &settings,
                                                            const std::atomic_bool *cancel)
{
    if (settings.fixes.empty())
        return std::shared_ptr<const core::FixPlan>();
    auto plan = planFixes(store, settings, cancel);
    if (!plan)
        return plan.error();
    return std::make_shared<const core::FixPlan>(std::move(*plan));
}

} // namespace

QString validationPathFor(const QString &trainPath)
{
    const QFileInfo info(trainPath);
    const QString suffix = info.completeSuffix().isEmpty() ? QStringLiteral("jsonl") : info.completeSuffix();
    return info.path() + QLatin1Char('/') + info.baseName() + QStringLiteral(".valid.") + suffix;
}

core::Result<core::WriteResult> exportDataset(const QString &projectPath, const BuildSettings &settings,
                                              const std::string &trainPath, const std::string &validPath,
                                              const core::WriteProgress &progress, const std::atomic_bool *cancel)
{
    auto store = core::Store::open(projectPath.toStdString());
    if (!store)
        return store.error();
    auto plan = planFor(**store, settings, cancel);
    if (!plan)
        return plan.error();
    core::WriteOptions options = writeOptions(settings);
    if (validPath.empty())
        options.validFraction = 0;
    const core::DatasetWriter writer(options);
    return writer.write(recordSource(**store, settings, *plan, cancel), trainPath, validPath, progress, cancel);
}

core::Result<core::SnapshotInfo> freezeDataset(const QString &projectPath, const BuildSettings &settings,
                                               const std::string &name, const core::WriteProgress &progress,
                                               const std::atomic_bool *cancel)
{
    auto store = core::Store::open(projectPath.toStdString());
    if (!store)
        return store.error();
    auto plan = planFor(**store, settings, cancel);
    if (!plan)
        return plan.error();
    core::FreezeOptions options;
    options.name = name;
    options.recipeKind = std::string(core::toString(settings.kind));
    options.recipeOptionsJson = optionsToJson(settings.recipeOptions());
    options.write = writeOptions(settings);
    if (const core::CatalogModel *model = chosenModel(settings)) {
        if (auto counters = accountantsFor(*model))
            options.accountant = (*counters)[model->encoding];
    }
    return core::freezeDataset(**store, recordSource(**store, settings, *plan, cancel), options, progress, cancel);
}

} // namespace tb::models
