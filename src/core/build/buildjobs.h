#pragma once

#include "build/buildpipeline.h"
#include "build/buildsettings.h"
#include "dataset/datasetwriter.h"
#include "store/store.h"

#include <atomic>

namespace tb::core {

// The long jobs of the Check & Export page and the CLI's build, for a worker thread: each opens its
// own Store on the project at PROJECTPATH and takes the same path as the build (recipe → scrubber →
// format → fixes).

// Writes the dataset to TRAINPATH (and VALIDPATH when SETTINGS split it), each file complete or
// not at all.
// LASTPASS, when given, receives what the recipe made of the project (records, what it passed over).
Result<WriteResult> exportBuild(const std::string &projectPath, const BuildSettings &settings,
    const std::string &trainPath, const std::string &validPath, const WriteProgress &progress,
    const std::atomic_bool *cancel, PassResult *lastPass = nullptr);

// Stores the dataset as the immutable snapshot NAME in the project.
Result<SnapshotInfo> freezeBuild(const std::string &projectPath, const BuildSettings &settings, const std::string &name,
    const WriteProgress &progress, const std::atomic_bool *cancel, PassResult *lastPass = nullptr);

// "train.jsonl" → "train.valid.jsonl": where the validation file goes beside TRAINPATH.
std::string validationPathFor(const std::string &trainPath);

} // namespace tb::core
