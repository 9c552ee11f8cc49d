#pragma once

#include "build/buildpipeline.h"
#include "dataset/datasetstats.h"
#include "dataset/validator.h"

#include <QMetaType>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace tb::models {

// What a full build found, handed from the build thread to the pages in one piece.
struct BuildOutcome {
    std::string error;                 // set when the build could not run; the rest is empty
    bool cancelled = false;
    core::BuildSettings settings;            // what was built
    core::PassResult pass;
    std::string modelId;
    std::vector<core::DatasetFinding> findings;
    std::uint64_t errors = 0, warnings = 0, infos = 0; // counting findings past the per-rule cap
    core::FixPlan plan;                // of this (already fixed) dataset: what fixes are still open
    std::vector<std::uint64_t> ordinals; // the recipe ordinal of each record the validator saw
    std::map<core::Encoding, std::vector<std::uint32_t>> tokensByEncoding;
    core::TokenStats stats;            // in the chosen model's encoding
    std::int64_t limit = 0;
    bool limitAssumed = false;

    // The ordinal of the validator's record INDEX; -1 for dataset-wide findings.
    std::int64_t ordinalOf(std::int64_t index) const
    {
        return index >= 0 && static_cast<std::size_t>(index) < ordinals.size()
            ? static_cast<std::int64_t>(ordinals[static_cast<std::size_t>(index)])
            : -1;
    }
};

using BuildOutcomePtr = std::shared_ptr<const BuildOutcome>;

} // namespace tb::models

Q_DECLARE_METATYPE(tb::models::BuildOutcomePtr)
