#include "importrunner.h"

#include "importer.h"
#include "input/inputsource.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <thread>

namespace tb::core {

namespace {

// Hands each batch to a writer thread, so parsing the next batch overlaps with SQLite storing
// this one. At most kQueueDepth batches wait, which bounds memory whatever the export's size.
class PipelinedStoreSink final : public ImportSink {
public:
    static constexpr std::size_t kQueueDepth = 2;
    static constexpr std::uint64_t kIndexStep = 200000;

    PipelinedStoreSink(Store &store, std::int64_t importId, ImportReport &report, const std::atomic<bool> *cancel,
                       const ImportRunner::ProgressCallback &progress, ImportProgress &state)
        : m_store(store), m_importId(importId), m_report(report), m_cancel(cancel), m_progress(progress),
          m_state(state), m_writer([this] { writeLoop(); })
    {
    }

    ~PipelinedStoreSink() override { finish(); }

    void deliver(ImportBatch &&batch) override
    {
        std::unique_lock lock(m_mutex);
        m_spaceFree.wait(lock, [this] { return m_queue.size() < kQueueDepth || m_failed; });
        if (m_failed || isCancelled())
            return;
        m_queue.push_back(std::move(batch));
        m_workReady.notify_one();
    }

    void dateOrderDecided(const DateOrderDecision &decision) override
    {
        m_report.dateOrders.push_back(decision); // the parsing thread's only write to the report
    }

    void fileDone(std::string_view, std::uint64_t bytes) override
    {
        std::lock_guard lock(m_mutex);
        ++m_state.filesDone;
        m_state.bytesDone += bytes;
    }

    bool isCancelled() const override { return m_failed.load() || (m_cancel && m_cancel->load()); }

    // Waits until every delivered batch is stored.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_finished)
                return;
            m_finished = true;
            m_workReady.notify_one();
        }
        m_writer.join();
    }

private:
    void writeLoop()
    {
        for (;;) {
            ImportBatch batch;
            {
                std::unique_lock lock(m_mutex);
                m_workReady.wait(lock, [this] { return !m_queue.empty() || m_finished; });
                if (m_queue.empty())
                    return;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
                m_spaceFree.notify_one();
            }
            store(batch);
        }
    }

    void store(const ImportBatch &batch)
    {
        if (isCancelled())
            return;
        m_report.findings.insert(m_report.findings.end(), batch.findings.begin(), batch.findings.end());
        auto written = m_store.write(m_importId, batch);
        if (!written) {
            std::lock_guard lock(m_mutex);
            m_report.error = written.error().message;
            m_failed = true;
            m_spaceFree.notify_all();
            return;
        }
        // Index in large steps while the parser works on: this thread has time to spare then,
        // and large steps leave few index segments to merge.
        m_unindexed += written->messagesAdded;
        if (m_unindexed >= kIndexStep) {
            if (auto indexed = m_store.indexPending(); !indexed) {
                std::lock_guard lock(m_mutex);
                m_report.error = indexed.error().message;
                m_failed = true;
                m_spaceFree.notify_all();
                return;
            }
            m_unindexed = 0;
        }
        auto &c = m_report.counts;
        c.messagesSeen += written->messagesSeen;
        c.messagesAdded += written->messagesAdded;
        c.conversationsAdded += written->conversationsAdded;
        c.participantsAdded += written->participantsAdded;
        c.findings += written->findings;
        ImportProgress snapshot;
        {
            std::lock_guard lock(m_mutex);
            m_state.messagesDone = c.messagesSeen;
            snapshot = m_state;
        }
        if (m_progress)
            m_progress(snapshot);
    }

    Store &m_store;
    std::int64_t m_importId;
    ImportReport &m_report; // written by the writer thread (dateOrders: the parser), read after finish()
    const std::atomic<bool> *m_cancel;
    const ImportRunner::ProgressCallback &m_progress;
    ImportProgress &m_state;
    std::mutex m_mutex;
    std::condition_variable m_workReady;
    std::condition_variable m_spaceFree;
    std::deque<ImportBatch> m_queue;
    bool m_finished = false;
    std::atomic<bool> m_failed = false;
    std::uint64_t m_unindexed = 0;
    std::thread m_writer; // last: it starts running in the constructor
};

} // namespace

bool ImportReport::hasErrors() const
{
    if (!error.empty())
        return true;
    for (const auto &f : findings) {
        if (f.severity == Severity::Error)
            return true;
    }
    return false;
}

ImportReport ImportRunner::run(const std::string &path, const ImportOptions &options)
{
    ImportReport report;
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(path, ec);
    report.path = ec ? path : canonical.string();

    auto input = InputSource::open(path);
    if (!input) {
        report.error = input.error().message;
        return report;
    }
    const auto chosen = chooseImporter(**input, options, path);
    if (!chosen) {
        report.error = chosen.error().message;
        return report;
    }
    const Importer *importer = *chosen;
    report.format = std::string(importer->id());

    auto importId = m_store.beginImport(report.path, report.format);
    if (!importId) {
        report.error = importId.error().message;
        return report;
    }
    report.importId = *importId;

    ImportProgress state;
    state.filesTotal = (*input)->entries().size();
    for (const auto &entry : (*input)->entries())
        state.bytesTotal += entry.size;

    const bool bulk = state.bytesTotal >= m_bulkBytes && !(m_keepReadIndexes && m_store.hasMessages());
    using Clock = std::chrono::steady_clock;
    const auto seconds = [](Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); };
    const auto started = Clock::now();
    if (bulk)
        m_store.beginBulkWrite();
    {
        PipelinedStoreSink sink(m_store, report.importId, report, m_cancel, m_progress, state);
        try {
            BatchWriter writer(sink);
            importer->run(**input, options, writer);
        } catch (const std::exception &e) {
            // Importers report problems as findings; this is the last line for out-of-memory
            // and the like, so that the project is still left consistent below.
            report.error = report.path + ": the import stopped unexpectedly (" + e.what() + ")";
        }
        spdlog::debug("import: parsed everything after {:.2f} s", seconds(started));
        sink.finish();
    }
    spdlog::debug("import: stored everything after {:.2f} s", seconds(started));
    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    const auto keepFirstError = [&report](const Result<Ok> &result) {
        if (!result && report.error.empty())
            report.error = result.error().message;
    };
    if (bulk)
        keepFirstError(m_store.endBulkWrite());
    spdlog::debug("import: read indexes built after {:.2f} s", seconds(started));
    if (!cancelled())
        keepFirstError(m_store.indexPending());
    spdlog::debug("import: full-text index built after {:.2f} s", seconds(started));
    // Cancel is honoured until the import is recorded as finished, even during the last phases.
    if (cancelled()) {
        report.cancelled = true;
        keepFirstError(m_store.discardImport(report.importId));
        return report;
    }
    keepFirstError(m_store.finishImport(report.importId, report.error.empty() ? "complete" : "failed"));
    if (m_progress)
        m_progress(state);
    return report;
}

} // namespace tb::core
