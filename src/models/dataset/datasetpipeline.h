#pragma once

#include "buildsettings.h"
#include "dataset/datasetwriter.h"
#include "dataset/modelcatalog.h"
#include "dataset/tokenaccounting.h"
#include "dataset/validator.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace tb::core {
class Store;
}

namespace tb::models {

// The one path from the project to checked lines that the Build page's table, the preview, the
// validation, the export and the freeze all take, so that what the page shows is what is written:
// recipe → scrubber (when asked) → exporter (the chosen format) → fixes (when chosen).
// Plain functions for worker threads: each call is given the thread's own Store.

// The bundled model catalog, read once (thread-safe).
const core::ModelCatalog *catalog(std::string *error = nullptr);
// The model SETTINGS name, else the catalog's default; null when the catalog cannot be read.
const core::CatalogModel *chosenModel(const BuildSettings &settings);
// One counter per encoding the catalog uses, with MODEL's overheads; an error names the damaged file.
core::Result<std::map<core::Encoding, std::shared_ptr<const core::TokenAccountant>>>
accountantsFor(const core::CatalogModel &model);
core::ValidationOptions validationOptions(const core::CatalogModel &model, core::ExportFormat format,
                                          std::map<core::Encoding, std::shared_ptr<const core::TokenAccountant>> counters);

struct PassResult {
    core::BuildSummary summary;
    std::uint64_t unwritable = 0;   // records the format cannot hold
    std::string firstUnwritable;    // why, for the first of them
    std::uint64_t droppedByFixes = 0;
};

// Called per record kept, with its exact line; false stops the pass.
using LineVisitor = std::function<bool(const core::TrainingRecord &record, const std::string &line)>;

// Runs SETTINGS' recipe with OPTIONS (its own, or narrowed to one conversation for a preview) over
// STORE. With PLAN, SETTINGS' fixes are applied to the lines the plan was made from.
core::Result<PassResult> runPass(const core::Store &store, const BuildSettings &settings, const core::RecipeOptions &options,
                                 const core::FixPlan *plan, const LineVisitor &visit,
                                 const std::atomic_bool *cancel = nullptr, const core::BuildProgress &progress = {});

// The fixes' plan: one validation pass over the unfixed lines (only when fixes are chosen).
core::Result<core::FixPlan> planFixes(const core::Store &store, const BuildSettings &settings,
                                      const std::atomic_bool *cancel = nullptr);

// The records as the writer and the freeze take them (fixed by PLAN when given).
core::RecordSource recordSource(const core::Store &store, const BuildSettings &settings,
                                std::shared_ptr<const core::FixPlan> plan, const std::atomic_bool *cancel);

// OPTIONS narrowed to the conversation with KEY.
core::RecipeOptions scopedTo(const core::RecipeOptions &options, const std::string &conversationKey);

// What a record teaches, for the table: the final assistant turn or the completion, first words.
std::string recordPreviewText(const core::TrainingRecord &record, std::size_t maxBytes = 80);

} // namespace tb::models
