// Freeze: immutable snapshots in the project (schema 4), their export, and saved recipe settings.
#include "dataset/datasetwriter.h"
#include "dataset/freezer.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tb::core;

namespace {

std::vector<TrainingRecord> makeRecords(int count)
{
    std::vector<TrainingRecord> records;
    for (int i = 0; i < count; ++i) {
        TrainingRecord record;
        record.ordinal = static_cast<std::uint64_t>(i);
        record.messages = {{TurnRole::User, "question " + std::to_string(i), {}, {}},
                           {TurnRole::Assistant, "answer " + std::to_string(i), {}, {}}};
        record.messageIds = {100 + 2 * i, 101 + 2 * i};
        record.anchorMessageId = 101 + 2 * i;
        record.conversationKey = "c";
        records.push_back(record);
    }
    return records;
}

RecordSource sourceOf(const std::vector<TrainingRecord> &records)
{
    return [records](const RecordVisitor &visit, std::string &) {
        for (const auto &record : records) {
            if (!visit(record))
                break;
        }
        return true;
    };
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What SQL says when it tries to change the project behind the Store's back.
std::string rawExec(const std::string &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    std::string message = rc == SQLITE_OK ? std::string("ok") : std::string(error ? error : "failed");
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

std::int64_t rawCount(const std::string &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    const std::int64_t n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return n;
}

FreezeOptions freezeOptions(const std::string &name, double validFraction = 0.2)
{
    FreezeOptions options;
    options.name = name;
    options.recipeKind = "reply-as-me";
    options.recipeOptionsJson = "{\"contextDepth\":3}";
    options.write.format = ExportFormat::Chat;
    options.write.validFraction = validFraction;
    options.write.seed = 9;
    return options;
}

} // namespace

class TestStoreSnapshots final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string projectPath(const char *name) const { return QString(m_dir.path() + QLatin1Char('/') + QLatin1String(name)).toStdString(); }

private Q_SLOTS:
    void freeze_records_storedWithCountsAndHashAndExportedByteForByte()
    {
        auto store = Store::open(projectPath("freeze.tunebench"));
        QVERIFY(store);
        const auto records = makeRecords(25);
        auto info = freezeDataset(**store, sourceOf(records), freezeOptions("first"));
        QVERIFY2(info, info ? "" : info.error().message.c_str());
        QCOMPARE(info->recordCount, std::uint64_t(25));
        QCOMPARE(info->validCount, std::uint64_t(5));
        QCOMPARE(info->format, std::string("chat"));
        QCOMPARE(info->sha256.size(), std::size_t(64));
        QCOMPARE((*store)->snapshots().size(), std::size_t(1));
        QVERIFY((*store)->snapshotByName("first"));

        const QString train = m_dir.path() + QStringLiteral("/train.jsonl");
        const QString valid = m_dir.path() + QStringLiteral("/valid.jsonl");
        auto split = exportSnapshot(**store, info->id, {}, train.toStdString(), valid.toStdString());
        QVERIFY2(split, split ? "" : split.error().message.c_str());
        QCOMPARE(split->trainRecords, std::uint64_t(20));
        QCOMPARE(split->validRecords, std::uint64_t(5));
        QCOMPARE(readAll(train).count('\n'), 20);

        const QString whole = m_dir.path() + QStringLiteral("/all.jsonl");
        QVERIFY(exportSnapshot(**store, info->id, {}, whole.toStdString()));
        const QByteArray bytes = readAll(whole);
        QCOMPARE(bytes, readAll(train) + readAll(valid));
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString(), info->sha256);
        // Every record is there once, in the chat format.
        for (const auto &record : records)
            QVERIFY(bytes.contains(QByteArray::fromStdString(*toJsonLine(record, ExportFormat::Chat) + "\n")));
    }

    void exportSnapshot_otherFormatOrNewSplit_fromTheNeutralRecords()
    {
        auto store = Store::open(projectPath("convert.tunebench"));
        QVERIFY(store);
        const auto records = makeRecords(10);
        auto info = freezeDataset(**store, sourceOf(records), freezeOptions("convert", 0.0));
        QVERIFY(info);
        const QString path = m_dir.path() + QStringLiteral("/sharegpt.jsonl");
        SnapshotExport how;
        how.format = ExportFormat::ShareGpt;
        auto written = exportSnapshot(**store, info->id, how, path.toStdString());
        QVERIFY2(written, written ? "" : written.error().message.c_str());
        QCOMPARE(written->trainRecords, std::uint64_t(10));
        QVERIFY(readAll(path).startsWith("{\"conversations\":[{\"from\":\"human\",\"value\":\"question 0\"}"));

        const QString train = m_dir.path() + QStringLiteral("/t.jsonl");
        const QString valid = m_dir.path() + QStringLiteral("/v.jsonl");
        how.format.reset();
        how.validFraction = 0.3;
        how.seed = 5;
        written = exportSnapshot(**store, info->id, how, train.toStdString(), valid.toStdString());
        QVERIFY(written);
        QCOMPARE(written->validRecords, std::uint64_t(3));
        QCOMPARE(readAll(valid).count('\n'), 3);
    }

    void snapshot_updateOrDelete_isRefusedByTheProject()
    {
        const auto path = projectPath("immutable.tunebench");
        {
            auto store = Store::open(path);
            QVERIFY(store);
            QVERIFY(freezeDataset(**store, sourceOf(makeRecords(3)), freezeOptions("kept", 0)));
        }
        const auto update = rawExec(path, "UPDATE snapshots SET name = 'renamed'");
        QVERIFY2(update.find("immutable") != std::string::npos, update.c_str());
        QVERIFY(rawExec(path, "DELETE FROM snapshots").find("immutable") != std::string::npos);
        QVERIFY(rawExec(path, "UPDATE snapshot_chunks SET seq = seq + 10").find("immutable") != std::string::npos);
        QVERIFY(rawExec(path, "DELETE FROM snapshot_chunks").find("immutable") != std::string::npos);
        QVERIFY(rawExec(path, "INSERT INTO snapshot_chunks VALUES(1, 0, 99, x'00')").find("immutable") != std::string::npos);
        auto store = Store::open(path);
        QVERIFY(store);
        QVERIFY((*store)->snapshotByName("kept"));
        auto again = freezeDataset(**store, sourceOf(makeRecords(3)), freezeOptions("kept", 0));
        QVERIFY2(!again && again.error().message.find("already exists") != std::string::npos, "a name is used once");
    }

    void freeze_killedMidway_leavesNoHalfSnapshot()
    {
        const auto path = projectPath("killed.tunebench");
        { QVERIFY(Store::open(path)); }
        const pid_t child = fork();
        if (child == 0) {
            // The child writes several megabytes of content (so chunks reach the database), then dies.
            auto store = Store::open(path);
            if (!store)
                _exit(3);
            (void)(*store)->createSnapshot("half", "reply-as-me", "{}", "chat", [](const SnapshotAppend &append) -> Result<SnapshotCounts> {
                const std::string line(1000, 'x');
                for (int i = 0; i < 5000; ++i)
                    append(SnapshotPart::Train, line + '\n');
                _exit(0);
            });
            _exit(4);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child died inside the freeze");
        auto store = Store::open(path);
        QVERIFY(store);
        QVERIFY2((*store)->snapshots().empty(), "a killed freeze leaves no snapshot");
        QCOMPARE(rawCount(path, "SELECT COUNT(*) FROM snapshot_chunks"), std::int64_t(0));
        QVERIFY2(freezeDataset(**store, sourceOf(makeRecords(4)), freezeOptions("half", 0)), "the name is free again");
    }

    void freeze_cancelledOrFailing_leavesNoSnapshot()
    {
        auto store = Store::open(projectPath("cancel.tunebench"));
        QVERIFY(store);
        std::atomic_bool cancel{true};
        auto cancelled = freezeDataset(**store, sourceOf(makeRecords(5)), freezeOptions("c"), {}, &cancel);
        QVERIFY(!cancelled);
        const RecordSource broken = [](const RecordVisitor &, std::string &error) {
            error = "the recipe failed";
            return false;
        };
        auto failed = freezeDataset(**store, broken, freezeOptions("d"));
        QVERIFY(!failed && failed.error().message == "the recipe failed");
        QVERIFY((*store)->snapshots().empty());
    }

    void saveRecipe_everyEdit_isCommittedAndSurvivesReopening()
    {
        const auto path = projectPath("recipes.tunebench");
        {
            auto store = Store::open(path);
            QVERIFY(store);
            QVERIFY(!(*store)->loadRecipe("character"));
            QVERIFY((*store)->saveRecipe("character", "{\"character\":\"Rick\"}"));
            QVERIFY((*store)->saveRecipe("character", "{\"character\":\"Morty\"}"));
        }
        auto store = Store::open(path);
        QVERIFY(store);
        QCOMPARE((*store)->loadRecipe("character").value_or(""), std::string("{\"character\":\"Morty\"}"));
    }

    void datasetWriter_split_writesBothFilesAtomically()
    {
        WriteOptions options;
        options.validFraction = 0.5;
        options.seed = 3;
        const QString train = m_dir.path() + QStringLiteral("/w-train.jsonl");
        const QString valid = m_dir.path() + QStringLiteral("/w-valid.jsonl");
        std::uint64_t lastDone = 0;
        auto written = DatasetWriter(options).write(sourceOf(makeRecords(9)), train.toStdString(), valid.toStdString(),
                                                    [&](std::uint64_t done, std::uint64_t) { lastDone = done; });
        QVERIFY(written);
        QCOMPARE(written->validRecords, std::uint64_t(5)); // round(4.5) = 5
        QCOMPARE(written->trainRecords, std::uint64_t(4));
        QCOMPARE(lastDone, std::uint64_t(9));
        QCOMPARE(readAll(valid).count('\n'), 5);

        std::atomic_bool cancel{true};
        const QString other = m_dir.path() + QStringLiteral("/never.jsonl");
        QVERIFY(!DatasetWriter(options).write(sourceOf(makeRecords(9)), other.toStdString(), {}, {}, &cancel));
        QVERIFY2(!QFile::exists(other), "a cancelled write leaves no file");
    }

    void datasetWriter_dpoWithoutRejected_skipsAndSaysWhy()
    {
        WriteOptions options;
        options.format = ExportFormat::Dpo;
        auto records = makeRecords(3);
        records[1].rejected = ChatTurn{TurnRole::Assistant, "worse", {}, {}};
        const QString path = m_dir.path() + QStringLiteral("/dpo.jsonl");
        auto written = DatasetWriter(options).write(sourceOf(records), path.toStdString());
        QVERIFY(written);
        QCOMPARE(written->trainRecords, std::uint64_t(1));
        QCOMPARE(written->skipped, std::uint64_t(2));
        QVERIFY(written->firstSkipReason.find("rejected") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestStoreSnapshots)
#include "tst_storesnapshots.moc"
