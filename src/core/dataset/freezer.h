#pragma once

#include "dataset/datasetwriter.h"
#include "dataset/tokenaccounting.h"
#include "domain/result.h"

#include <atomic>
#include <memory>
#include <string>

namespace tb::core {

class Store;
struct SnapshotInfo;

struct FreezeOptions {
    std::string name;
    std::string recipeKind;
    std::string recipeOptionsJson;      // the recipe's options as saved (Store::saveRecipe's form)
    WriteOptions write;                 // format, split
    std::shared_ptr<const TokenAccountant> accountant; // token count of the snapshot; none: 0
};

// "Freeze": writes the records into STORE as one immutable snapshot, in one transaction — the
// train and validation files in the snapshot's format (their sha256 is the content hash) and the
// records in the neutral form (exporter.h) so that any format can be written later. A cancel, an
// error or a kill leaves no snapshot.
Result<SnapshotInfo> freezeDataset(Store &store, const RecordSource &source, const FreezeOptions &options,
                                   const WriteProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

// Writes snapshot ID out again. In the snapshot's own format without a new split, the stored bytes
// are copied and checked against the content hash; otherwise the neutral records are converted
// (VALIDFRACTION/SEED re-split all records; a negative fraction keeps the frozen split).
struct SnapshotExport {
    std::optional<ExportFormat> format; // none: the snapshot's
    double validFraction = -1;
    std::uint64_t seed = 0;
    ExportOptions exportOptions;
};
Result<WriteResult> exportSnapshot(const Store &store, std::int64_t snapshotId, const SnapshotExport &how,
                                   const std::string &trainPath, const std::string &validPath = {});

} // namespace tb::core
