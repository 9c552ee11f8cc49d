#include "freezer.h"

#include "dataset/datasetsplit.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QSaveFile>
#include <QString>

namespace tb::core {

Result<SnapshotInfo> freezeDataset(Store &store, const RecordSource &source, const FreezeOptions &options,
                                   const WriteProgress &progress, const std::atomic_bool *cancel)
{
    const std::string format(toString(options.write.format));
    return store.createSnapshot(
        options.name, options.recipeKind, options.recipeOptionsJson, format,
        [&](const SnapshotAppend &append) -> Result<SnapshotCounts> {
            SnapshotCounts counts;
            const auto sink = [&](bool valid, const std::string &line, const TrainingRecord &record) {
                auto neutral = toNeutralJson(record);
                neutral["split"] = valid ? "valid" : "train";
                if (options.accountant)
                    counts.tokenCount += options.accountant->record(record, options.write.format, options.write.exportOptions).total;
                ++counts.recordCount;
                counts.validCount += valid ? 1 : 0;
                return append(valid ? SnapshotPart::Valid : SnapshotPart::Train, line + '\n') &&
                       append(SnapshotPart::Records, dumpCanonical(neutral) + '\n');
            };
            auto written = exportRecords(source, options.write, sink, progress, cancel);
            if (!written)
                return written.error();
            if (counts.recordCount == 0)
                return Error{"there are no records to freeze" +
                             (written->skipped ? " (" + written->firstSkipReason + ")" : std::string())};
            return counts;
        });
}

namespace {

// Splits a part's chunks into lines (a line may span chunks).
Result<Ok> forEachLine(const Store &store, std::int64_t id, SnapshotPart part,
                       const std::function<bool(std::string_view)> &visit)
{
    std::string carry;
    bool stopped = false;
    auto read = store.snapshotContent(id, part, [&](std::string_view chunk) {
        std::size_t start = 0;
        while (true) {
            const auto end = chunk.find('\n', start);
            if (end == std::string_view::npos) {
                carry.append(chunk.substr(start));
                return true;
            }
            std::string_view line = chunk.substr(start, end - start);
            if (!carry.empty()) {
                carry.append(line);
                line = carry;
            }
            const bool more = visit(line);
            carry.clear();
            start = end + 1;
            if (!more) {
                stopped = true;
                return false;
            }
        }
    });
    if (!read)
        return read.error();
    if (!stopped && !carry.empty())
        visit(carry);
    return Ok{};
}

} // namespace

Result<WriteResult> exportSnapshot(const Store &store, std::int64_t snapshotId, const SnapshotExport &how,
                                   const std::string &trainPath, const std::string &validPath)
{
    const auto info = store.snapshot(snapshotId);
    if (!info)
        return Error{"there is no snapshot " + std::to_string(snapshotId) + " in " + store.path()};
    const auto frozenFormat = exportFormatFromString(info->format);
    if (!frozenFormat)
        return Error{"snapshot \"" + info->name + "\" has the unknown format \"" + info->format + "\""};
    const ExportFormat format = how.format.value_or(*frozenFormat);
    const bool keepSplit = how.validFraction < 0;

    if (format == *frozenFormat && keepSplit) {
        // The frozen bytes as they are, checked against the content hash on the way out.
        QSaveFile train(QString::fromStdString(trainPath));
        QSaveFile valid(QString::fromStdString(validPath));
        if (!train.open(QIODevice::WriteOnly))
            return Error{trainPath + ": cannot write (" + train.errorString().toStdString() + ")"};
        if (!validPath.empty() && !valid.open(QIODevice::WriteOnly))
            return Error{validPath + ": cannot write (" + valid.errorString().toStdString() + ")"};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        bool ok = true;
        for (const auto part : {SnapshotPart::Train, SnapshotPart::Valid}) {
            QSaveFile &file = part == SnapshotPart::Valid && !validPath.empty() ? valid : train;
            auto read = store.snapshotContent(snapshotId, part, [&](std::string_view chunk) {
                hash.addData(QByteArrayView(chunk.data(), static_cast<qsizetype>(chunk.size())));
                ok = file.write(chunk.data(), static_cast<qint64>(chunk.size())) == static_cast<qint64>(chunk.size());
                return ok;
            });
            if (!read || !ok) {
                train.cancelWriting();
                valid.cancelWriting();
                return read ? Error{"cannot write the snapshot's files (" + file.errorString().toStdString() + ")"} : read.error();
            }
        }
        if (hash.result().toHex().toStdString() != info->sha256) {
            train.cancelWriting();
            valid.cancelWriting();
            return Error{"snapshot \"" + info->name + "\" does not match its content hash; the project file is damaged, nothing was written"};
        }
        if (!train.commit() || (!validPath.empty() && !valid.commit()))
            return Error{"cannot finish writing the snapshot's files"};
        WriteResult result;
        result.trainRecords = info->recordCount - (validPath.empty() ? 0 : info->validCount);
        result.validRecords = validPath.empty() ? 0 : info->validCount;
        result.trainBytes = info->trainBytes + (validPath.empty() ? info->validBytes : 0);
        result.validBytes = validPath.empty() ? 0 : info->validBytes;
        return result;
    }

    // Another format, or a new split: from the neutral records.
    bool currentValid = false; // the frozen split of the record being visited
    const RecordSource source = [&](const RecordVisitor &visit, std::string &error) {
        std::uint64_t index = 0;
        bool ok = true;
        auto read = forEachLine(store, snapshotId, SnapshotPart::Records, [&](std::string_view line) {
            const auto object = nlohmann::json::parse(line, nullptr, false);
            auto record = fromNeutralJson(object);
            if (!record) {
                error = "snapshot \"" + info->name + "\" record " + std::to_string(index) + ": " + record.error().message;
                ok = false;
                return false;
            }
            ++index;
            currentValid = object.value("split", "") == "valid";
            return visit(*record);
        });
        if (!read) {
            error = read.error().message;
            return false;
        }
        return ok;
    };

    if (!keepSplit) {
        WriteOptions options;
        options.format = format;
        options.exportOptions = how.exportOptions;
        options.validFraction = how.validFraction;
        options.seed = how.seed;
        return DatasetWriter(options).write(source, trainPath, validPath);
    }
    // The frozen split in another format.
    QSaveFile train(QString::fromStdString(trainPath));
    QSaveFile valid(QString::fromStdString(validPath));
    if (!train.open(QIODevice::WriteOnly) || (!validPath.empty() && !valid.open(QIODevice::WriteOnly)))
        return Error{"cannot write " + trainPath + (validPath.empty() ? "" : " or " + validPath)};
    WriteOptions options;
    options.format = format;
    options.exportOptions = how.exportOptions;
    std::uint64_t validRecords = 0;
    std::uint64_t validBytes = 0;
    const auto sink = [&](bool, const std::string &line, const TrainingRecord &) {
        const bool isValid = currentValid && !validPath.empty();
        QSaveFile &file = isValid ? valid : train;
        validRecords += isValid ? 1 : 0;
        validBytes += isValid ? line.size() + 1 : 0;
        return file.write(line.data(), static_cast<qint64>(line.size())) == static_cast<qint64>(line.size()) && file.putChar('\n');
    };
    auto written = exportRecords(source, options, sink);
    if (written) {
        written->trainRecords -= validRecords;
        written->validRecords = validRecords;
        written->trainBytes -= validBytes;
        written->validBytes = validBytes;
    }
    if (!written) {
        train.cancelWriting();
        valid.cancelWriting();
        return written.error();
    }
    if (!train.commit() || (!validPath.empty() && !valid.commit()))
        return Error{"cannot finish writing " + trainPath};
    return written;
}

} // namespace tb::core
