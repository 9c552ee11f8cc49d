#include "datasetwriter.h"

#include "dataset/datasetsplit.h"

#include <QSaveFile>
#include <QString>

namespace tb::core {

namespace {

Error cancelled()
{
    return Error{"cancelled: nothing was written"};
}

} // namespace

Result<WriteResult> exportRecords(const RecordSource &source, const WriteOptions &options, const LineSink &sink,
                                  const WriteProgress &progress, const std::atomic_bool *cancel)
{
    const auto stopped = [cancel] { return cancel && cancel->load(); };
    DatasetSplit split(options.seed, options.validFraction);
    std::string error;
    std::uint64_t total = 0;
    if (options.validFraction > 0) {
        // First pass: every record's key, to choose the validation set exactly.
        const bool complete = source(
            [&](const TrainingRecord &record) {
                split.add(record);
                if (progress && (++total & 1023) == 0)
                    progress(0, 0);
                return !stopped();
            },
            error);
        if (stopped())
            return cancelled();
        if (!complete)
            return Error{error.empty() ? std::string("the records could not be read") : error};
        split.finish();
        total = split.records();
    }

    WriteResult result;
    std::uint64_t index = 0;
    bool sinkFailed = false;
    const bool complete = source(
        [&](const TrainingRecord &record) {
            const bool valid = split.isValid(index++);
            auto line = toJsonLine(record, options.format, options.exportOptions);
            if (!line) {
                if (result.skipped++ == 0)
                    result.firstSkipReason = line.error().message;
            } else {
                if (!sink(valid, *line, record)) {
                    sinkFailed = true;
                    return false;
                }
                (valid ? result.validRecords : result.trainRecords) += 1;
                (valid ? result.validBytes : result.trainBytes) += line->size() + 1;
            }
            if (progress && (index & 255) == 0)
                progress(index, total);
            return !stopped();
        },
        error);
    if (stopped())
        return cancelled();
    if (sinkFailed)
        return Error{error.empty() ? std::string("the output could not be written") : error};
    if (!complete)
        return Error{error.empty() ? std::string("the records could not be read") : error};
    if (options.validFraction > 0 && index != total)
        return Error{"the records changed between the two passes (" + std::to_string(total) + " then " + std::to_string(index) +
                     "); a record source must give the same records each time"};
    if (progress)
        progress(index, index);
    return result;
}

Result<WriteResult> DatasetWriter::write(const RecordSource &source, const std::string &trainPath,
                                         const std::string &validPath, const WriteProgress &progress,
                                         const std::atomic_bool *cancel) const
{
    QSaveFile train(QString::fromStdString(trainPath));
    QSaveFile valid(QString::fromStdString(validPath));
    const bool splitting = m_options.validFraction > 0 && !validPath.empty();
    if (!train.open(QIODevice::WriteOnly))
        return Error{trainPath + ": cannot write (" + train.errorString().toStdString() + ")"};
    if (splitting && !valid.open(QIODevice::WriteOnly))
        return Error{validPath + ": cannot write (" + valid.errorString().toStdString() + ")"};
    std::string failure;
    const auto sink = [&](bool isValid, const std::string &line, const TrainingRecord &) {
        QSaveFile &file = isValid && splitting ? valid : train;
        const auto size = static_cast<qint64>(line.size());
        if (file.write(line.data(), size) != size || !file.putChar('\n')) {
            failure = (isValid && splitting ? validPath : trainPath) + ": write failed (" + file.errorString().toStdString() + ")";
            return false;
        }
        return true;
    };
    // Without a validation path every record goes to the train file, split or not.
    WriteOptions options = m_options;
    if (!splitting)
        options.validFraction = 0;
    auto result = exportRecords(source, options, sink, progress, cancel);
    if (!result) {
        train.cancelWriting();
        valid.cancelWriting();
        return failure.empty() ? result.error() : Error{failure};
    }
    if (!train.commit())
        return Error{trainPath + ": cannot finish writing (" + train.errorString().toStdString() + ")"};
    if (splitting && !valid.commit())
        return Error{validPath + ": cannot finish writing (" + valid.errorString().toStdString() + ")"};
    return result;
}

} // namespace tb::core
