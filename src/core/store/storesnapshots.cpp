// Frozen datasets and saved recipe settings (schema 4).
#include "store.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>

#include <sqlite3.h>

#include <array>

namespace tb::core {

namespace {

// About 1 MB of content per row: small enough to stream, large enough to compress well.
constexpr std::size_t kChunkBytes = 1 << 20;

constexpr const char *kSnapshotColumns =
    "SELECT id, name, created_at, recipe_kind, recipe_options, format, record_count, valid_count, token_count, "
    "sha256, train_bytes, valid_bytes FROM snapshots ";

SnapshotInfo readInfo(const sql::Statement &row)
{
    SnapshotInfo info;
    info.id = row.columnInt(0);
    info.name = row.columnText(1);
    info.createdAtMs = row.columnInt(2);
    info.recipeKind = row.columnText(3);
    info.recipeOptionsJson = row.columnText(4);
    info.format = row.columnText(5);
    info.recordCount = static_cast<std::uint64_t>(row.columnInt(6));
    info.validCount = static_cast<std::uint64_t>(row.columnInt(7));
    info.tokenCount = static_cast<std::uint64_t>(row.columnInt(8));
    info.sha256 = row.columnText(9);
    info.trainBytes = static_cast<std::uint64_t>(row.columnInt(10));
    info.validBytes = static_cast<std::uint64_t>(row.columnInt(11));
    return info;
}

std::string sqliteError(sqlite3 *db)
{
    return sqlite3_errmsg(db);
}

} // namespace

Result<SnapshotInfo> Store::createSnapshot(const std::string &name, const std::string &recipeKind,
                                           const std::string &recipeOptionsJson, const std::string &format,
                                           const std::function<Result<SnapshotCounts>(const SnapshotAppend &)> &fill)
{
    if (name.empty())
        return Error{"a snapshot needs a name"};
    if (snapshotByName(name))
        return Error{"a snapshot named \"" + name + "\" already exists; frozen snapshots never change: choose another name"};
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return Error{m_path + ": cannot start writing the snapshot (" + m_db.lastError() + "); is another program writing the project?"};

    auto next = m_db.prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM snapshots");
    const std::int64_t id = next.step() ? next.columnInt(0) : 1;
    next.reset();

    sqlite3 *db = m_db.handle();
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO snapshot_chunks(snapshot_id, part, seq, data) VALUES(?, ?, ?, ?)", -1,
                           &insert, nullptr) != SQLITE_OK)
        return Error{m_path + ": cannot write the snapshot (" + sqliteError(db) + ")"};
    std::array<std::string, 3> buffers;
    std::array<std::int64_t, 3> seqs{};
    std::array<std::uint64_t, 3> sizes{};
    QCryptographicHash trainHash(QCryptographicHash::Sha256);
    std::string failure;
    const auto flush = [&](std::size_t part) {
        if (buffers[part].empty())
            return true;
        const QByteArray packed = qCompress(reinterpret_cast<const uchar *>(buffers[part].data()),
                                            static_cast<qsizetype>(buffers[part].size()), 3);
        sqlite3_bind_int64(insert, 1, id);
        sqlite3_bind_int64(insert, 2, static_cast<sqlite3_int64>(part));
        sqlite3_bind_int64(insert, 3, seqs[part]++);
        sqlite3_bind_blob64(insert, 4, packed.constData(), static_cast<sqlite3_uint64>(packed.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        buffers[part].clear();
        if (rc != SQLITE_DONE) {
            failure = sqliteError(db);
            return false;
        }
        return true;
    };
    const SnapshotAppend append = [&](SnapshotPart part, std::string_view bytes) {
        const auto index = static_cast<std::size_t>(part);
        if (index >= buffers.size() || !failure.empty())
            return false;
        if (part == SnapshotPart::Train)
            trainHash.addData(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
        sizes[index] += bytes.size();
        buffers[index].append(bytes);
        return buffers[index].size() < kChunkBytes || flush(index);
    };
    auto counts = fill(append);
    for (std::size_t part = 0; counts && failure.empty() && part < buffers.size(); ++part)
        flush(part);
    sqlite3_finalize(insert);
    if (!counts)
        return counts.error();
    if (!failure.empty())
        return Error{m_path + ": cannot write the snapshot (" + failure + ")"};

    // The content hash covers the train bytes followed by the validation bytes (the single file
    // "export" writes without a validation file). Records may arrive interleaved, so the hash of
    // the train part is continued with the validation part read back from its chunks.
    {
        auto chunks = m_db.prepare("SELECT data FROM snapshot_chunks WHERE snapshot_id = ? AND part = 1 ORDER BY seq");
        chunks.bind(1, id);
        while (chunks.step()) {
            const std::string packed = chunks.columnText(0);
            trainHash.addData(qUncompress(reinterpret_cast<const uchar *>(packed.data()), static_cast<qsizetype>(packed.size())));
        }
        chunks.reset();
    }
    SnapshotInfo info;
    info.id = id;
    info.name = name;
    info.createdAtMs = static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch());
    info.recipeKind = recipeKind;
    info.recipeOptionsJson = recipeOptionsJson;
    info.format = format;
    info.recordCount = counts->recordCount;
    info.validCount = counts->validCount;
    info.tokenCount = counts->tokenCount;
    info.sha256 = trainHash.result().toHex().toStdString();
    info.trainBytes = sizes[0];
    info.validBytes = sizes[1];
    auto row = m_db.prepare("INSERT INTO snapshots(id, name, created_at, recipe_kind, recipe_options, format, record_count, "
                            "valid_count, token_count, sha256, train_bytes, valid_bytes) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    row.bind(1, id).bind(2, name).bind(3, info.createdAtMs).bind(4, recipeKind).bind(5, recipeOptionsJson).bind(6, format);
    row.bind(7, static_cast<std::int64_t>(info.recordCount)).bind(8, static_cast<std::int64_t>(info.validCount));
    row.bind(9, static_cast<std::int64_t>(info.tokenCount)).bind(10, info.sha256);
    row.bind(11, static_cast<std::int64_t>(info.trainBytes)).bind(12, static_cast<std::int64_t>(info.validBytes));
    if (!row.exec() || !transaction.commit())
        return Error{m_path + ": cannot write the snapshot (" + m_db.lastError() + ")"};
    return info;
}

std::vector<SnapshotInfo> Store::snapshots() const
{
    std::vector<SnapshotInfo> out;
    auto rows = m_db.prepare(std::string(kSnapshotColumns) + "ORDER BY id");
    while (rows.step())
        out.push_back(readInfo(rows));
    return out;
}

std::optional<SnapshotInfo> Store::snapshot(std::int64_t id) const
{
    auto row = m_db.prepare(std::string(kSnapshotColumns) + "WHERE id = ?");
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return readInfo(row);
}

std::optional<SnapshotInfo> Store::snapshotByName(const std::string &name) const
{
    auto row = m_db.prepare(std::string(kSnapshotColumns) + "WHERE name = ?");
    row.bind(1, name);
    if (!row.step())
        return std::nullopt;
    return readInfo(row);
}

Result<Ok> Store::snapshotContent(std::int64_t id, SnapshotPart part,
                                  const std::function<bool(std::string_view chunk)> &visit) const
{
    if (!snapshot(id))
        return Error{m_path + ": there is no snapshot " + std::to_string(id) + " in this project"};
    auto chunks = m_db.prepare("SELECT data FROM snapshot_chunks WHERE snapshot_id = ? AND part = ? ORDER BY seq");
    chunks.bind(1, id).bind(2, static_cast<int>(part));
    while (chunks.step()) {
        const std::string packed = chunks.columnText(0);
        const QByteArray bytes = qUncompress(reinterpret_cast<const uchar *>(packed.data()), static_cast<qsizetype>(packed.size()));
        if (bytes.isEmpty() && !packed.empty())
            return Error{m_path + ": snapshot " + std::to_string(id) + " has a damaged chunk; the project file is corrupt"};
        if (!visit(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))))
            break;
    }
    chunks.reset();
    return Ok{};
}

Result<Ok> Store::saveRecipe(const std::string &kind, const std::string &optionsJson)
{
    auto row = m_db.prepare("INSERT INTO recipes(kind, options, updated_at) VALUES(?, ?, ?) "
                            "ON CONFLICT(kind) DO UPDATE SET options = excluded.options, updated_at = excluded.updated_at");
    row.bind(1, kind).bind(2, optionsJson).bind(3, static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch()));
    if (!row.exec())
        return Error{m_path + ": cannot save the recipe settings (" + m_db.lastError() + ")"};
    return Ok{};
}

std::optional<std::string> Store::loadRecipe(const std::string &kind) const
{
    auto row = m_db.prepare("SELECT options FROM recipes WHERE kind = ?");
    row.bind(1, kind);
    if (!row.step())
        return std::nullopt;
    return row.columnText(0);
}

} // namespace tb::core
