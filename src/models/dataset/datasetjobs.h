#pragma once

#include "buildsettings.h"
#include "dataset/datasetwriter.h"
#include "store/store.h"

#include <QString>

#include <atomic>

namespace tb::models {

// The long jobs of the Check & Export page, for a worker thread: each opens its own Store on the
// project at PROJECTPATH and takes the same path as the build (recipe → scrubber → format → fixes).

// Writes the dataset to TRAINPATH (and VALIDPATH when SETTINGS split it), each file complete or
// not at all.
core::Result<core::WriteResult> exportDataset(const QString &projectPath, const BuildSettings &settings,
                                              const std::string &trainPath, const std::string &validPath,
                                              const core::WriteProgress &progress, const std::atomic_bool *cancel);

// Stores the dataset as the immutable snapshot NAME in the project.
core::Result<core::SnapshotInfo> freezeDataset(const QString &projectPath, const BuildSettings &settings,
                                               const std::string &name, const core::WriteProgress &progress,
                                               const std::atomic_bool *cancel);

// "train.jsonl" → "train.valid.jsonl": where the validation file goes beside TRAINPATH.
QString validationPathFor(const QString &trainPath);

} // namespace tb::models
