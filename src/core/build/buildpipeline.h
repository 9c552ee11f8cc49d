#pragma once

#include "build/buildsettings.h"
#include "dataset/datasetwriter.h"
#include "dataset/modelcatalog.h"
#include "dataset/tokenaccounting.h"
#include "dataset/validator.h"
#include "privacy/scrubreport.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace tb::core {

class Store;

// The one path from the project to checked lines that the Build page's table, the preview, the
// validation, the export and the freeze all take, so that what the page shows is what is written:
// recipe → scrubber (when asked) → exporter (the chosen format) → fixes (when chosen).
// Plain functions for worker threads: each call is given the thread's own Store.

// The bundled model catalog, read once (thread-safe).
const ModelCatalog *bundledCatalog(std::string *error = nullptr);
// The model SETTINGS name, else the catalog's default; null when the catalog cannot be read.
const CatalogModel *chosenModel(const BuildSettings &settings);
// One counter per encoding the catalog uses, with MODEL's overheads; an error names the damaged file.
Result<std::map<Encoding, std::shared_ptr<const TokenAccountant>>> accountantsFor(const CatalogModel &model);
ValidationOptions validationOptions(const CatalogModel &model, ExportFormat format,
    std::map<Encoding, std::shared_ptr<const TokenAccountant>> counters);

struct PassResult {
    // Detailed replacements a pass keeps for the user's review (the counts are always complete).
    static constexpr std::size_t kScrubEntries = 500;

    BuildSummary summary;
    std::uint64_t unwritable = 0; // records the format cannot hold
    std::string firstUnwritable; // why, for the first of them
    std::uint64_t droppedByFixes = 0;
    bool scrubbed = false; // the scrubber ran (SCRUB says what it replaced)
    ScrubReport scrub{kScrubEntries};
};

// Called per record kept, with its exact line; false stops the pass.
using LineVisitor = std::function<bool(const TrainingRecord &record, const std::string &line)>;

// Runs SETTINGS' recipe with OPTIONS (its own, or narrowed to one conversation for a preview) over
// STORE. With PLAN, SETTINGS' fixes are applied to the lines the plan was made from.
Result<PassResult> runBuildPass(const Store &store, const BuildSettings &settings, const RecipeOptions &options,
    const FixPlan *plan, const LineVisitor &visit, const std::atomic_bool *cancel = nullptr,
    const BuildProgress &progress = {});

// The fixes' plan: one validation pass over the unfixed lines (only when fixes are chosen).
Result<FixPlan> planFixes(const Store &store, const BuildSettings &settings, const std::atomic_bool *cancel = nullptr);

// The records as the writer and the freeze take them (fixed by PLAN when given). LASTPASS, when
// given, receives the summary of the latest complete run (the writer runs the source twice to split).
RecordSource recordSource(const Store &store, const BuildSettings &settings, std::shared_ptr<const FixPlan> plan,
    const std::atomic_bool *cancel, PassResult *lastPass = nullptr);

// What the scrubber replaces for SETTINGS: every category but the ones kept.
ScrubOptions scrubOptionsOf(const BuildSettings &settings);

// OPTIONS narrowed to the conversation with KEY.
RecipeOptions scopedTo(const RecipeOptions &options, const std::string &conversationKey);

// What a record teaches, for the table: the final assistant turn or the completion, first words.
std::string recordPreviewText(const TrainingRecord &record, std::size_t maxBytes = 80);

} // namespace tb::core
