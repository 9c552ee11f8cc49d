#pragma once

#include "dataset/exporter.h"
#include "domain/result.h"
#include "domain/trainingrecord.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace tb::core {

// A replayable record stream: calls VISIT for every record in order, stops early when VISIT
// returns false, and returns false when it could not produce them all (the reason in ERROR).
// The writer runs it twice when splitting (once to choose the validation records, once to write),
// so it must give the same records each time — recipes are deterministic.
using RecordVisitor = std::function<bool(const TrainingRecord &)>;
using RecordSource = std::function<bool(const RecordVisitor &visit, std::string &error)>;
// (records done, records in all — 0 while unknown)
using WriteProgress = std::function<void(std::uint64_t, std::uint64_t)>;

struct WriteOptions {
    ExportFormat format = ExportFormat::Chat;
    ExportOptions exportOptions;
    double validFraction = 0;   // 0: everything goes to the train file
    std::uint64_t seed = 0;
};

struct WriteResult {
    std::uint64_t trainRecords = 0;
    std::uint64_t validRecords = 0;
    std::uint64_t skipped = 0;        // records the format cannot hold (e.g. DPO without rejected)
    std::string firstSkipReason;      // why, for the first of them
    std::uint64_t trainBytes = 0;
    std::uint64_t validBytes = 0;
};

// Where lines go: (is validation line, bytes of one line without the newline) → false to stop.
using LineSink = std::function<bool(bool valid, const std::string &line, const TrainingRecord &record)>;

// Streams records through the exporter and the split to a sink; DatasetWriter and the freeze share it.
Result<WriteResult> exportRecords(const RecordSource &source, const WriteOptions &options, const LineSink &sink,
                                  const WriteProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

// Writes records to TRAINPATH (and VALIDPATH when splitting) atomically: the files appear complete
// or not at all (QSaveFile), also when cancelled or failed.
class DatasetWriter {
public:
    explicit DatasetWriter(WriteOptions options) : m_options(std::move(options)) {}

    Result<WriteResult> write(const RecordSource &source, const std::string &trainPath,
                              const std::string &validPath = {}, const WriteProgress &progress = {},
                              const std::atomic_bool *cancel = nullptr) const;

private:
    WriteOptions m_options;
};

} // namespace tb::core
