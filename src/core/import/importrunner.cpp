#include "importrunner.h"

#include "importer.h"
#include "input/inputsource.h"
#include "store/fulltextbuilder.h"
#include "store/walcheckpointer.h"

#include <spdlog/spdlog.h>

#include <algorithm>
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
// With a FullTextBuilder the texts stored go on to its thread; without, the writer indexes them.
class PipelinedStoreSink final : public ImportSink {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t kQueueDepth = 2;
    static constexpr std::uint64_t kIndexStep = 200000;

    PipelinedStoreSink(Store &store, std::int64_t importId, ImportReport &report, const std::atomic<bool> *cancel,
                       const ImportRunner::ProgressCallback &progress, ImportProgress &state,
                       FullTextBuilder *fullText)
        : m_store(store), m_importId(importId), m_report(report), m_cancel(cancel), m_progress(progress),
          m_state(state), m_fullText(fullText), m_writer([this] { writeLoop(); })
    {
    }

    ~PipelinedStoreSink() override { finish(); }

    void deliver(ImportBatch &&batch) override
    {
        std::unique_lock lock(m_mutex);
        const auto waitFrom = Clock::now();
        m_spaceFree.wait(lock, [this] { return m_queue.size() < kQueueDepth || m_failed; });
        m_parserWaited += Clock::now() - waitFrom;
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
        // Which side held the other up: the one that waited less is where time would be won.
        spdlog::debug("import: the parser waited {:.2f} s for the writer, the writer {:.2f} s for the parser",
                      std::chrono::duration<double>(m_parserWaited).count(),
                      std::chrono::duration<double>(m_writerWaited).count());
    }

private:
    void writeLoop()
    {
        for (;;) {
            ImportBatch batch;
            {
                std::unique_lock lock(m_mutex);
                const auto waitFrom = Clock::now();
                m_workReady.wait(lock, [this] { return !m_queue.empty() || m_finished; });
                m_writerWaited += Clock::now() - waitFrom;
                if (m_queue.empty())
                    return;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
                m_spaceFree.notify_one();
            }
            store(batch);
        }
    }

    void store(ImportBatch &batch)
    {
        if (isCancelled())
            return;
        m_report.findings.insert(m_report.findings.end(), batch.findings.begin(), batch.findings.end());
        auto written = m_store.write(m_importId, batch, m_fullText ? &m_ids : nullptr);
        if (!written) {
            std::lock_guard lock(m_mutex);
            m_report.error = written.error().message;
            m_failed = true;
            m_spaceFree.notify_all();
            return;
        }
        if (m_fullText) {
            // The batch is done with: its texts move on rather than being copied.
            std::vector<FullTextBuilder::Row> rows;
            rows.reserve(written->messagesAdded);
            for (std::size_t i = 0; i < m_ids.size(); ++i) {
                if (m_ids[i] != 0)
                    rows.push_back({m_ids[i], std::move(batch.messages[i].text)});
            }
            m_fullText->add(std::move(rows));
        }
        // Index in large steps while the parser works on: this thread has time to spare then,
        // and large steps leave few index segments to merge.
        m_unindexed += written->messagesAdded;
        if (!m_fullText && m_unindexed >= kIndexStep) {
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
    FullTextBuilder *m_fullText;
    std::vector<std::int64_t> m_ids; // of the batch being stored, for m_fullText
    std::mutex m_mutex;
    std::condition_variable m_workReady;
    std::condition_variable m_spaceFree;
    std::deque<ImportBatch> m_queue;
    bool m_finished = false;
    std::atomic<bool> m_failed = false;
    std::uint64_t m_unindexed = 0;
    Clock::duration m_parserWaited{}, m_writerWaited{}; // guarded by m_mutex
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
    std::unique_ptr<FullTextBuilder> fullText;
    std::unique_ptr<WalCheckpointer> checkpointer;
    if (bulk) {
        checkpointer = std::make_unique<WalCheckpointer>(m_store.path());
        m_store.setAutoCheckpoint(!checkpointer->running());
        // Slack exports, the largest, hold a message per 1.5-2 KB; past 8 million the set grows as it goes.
        m_store.beginBulkWrite(std::min<std::uint64_t>(state.bytesTotal / 1500, 8'000'000));
        // Into an empty project the search index is built on another core meanwhile; anywhere else,
        // or if that cannot start, indexPending() below does it as before.
        if (m_store.bulkIntoEmpty()) {
            // Room for all of the text of most exports (a tenth of a Slack export's bytes), so the
            // index may fall behind while parsing and storing keep both cores busy; bounded by a
            // quarter of the export's size, so the import's peak memory stays below that size.
            const std::size_t queued = std::clamp<std::uint64_t>(state.bytesTotal / 4, 64ull << 20, 512ull << 20);
            auto builder = FullTextBuilder::start(m_store.path(), queued);
            if (builder)
                fullText = std::move(*builder);
            else
                spdlog::debug("import: {}", builder.error().message);
        }
    }
    {
        PipelinedStoreSink sink(m_store, report.importId, report, m_cancel, m_progress, state, fullText.get());
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
    if (fullText)
        fullText->endOfInput();
    spdlog::debug("import: stored everything after {:.2f} s", seconds(started));
    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    const auto keepFirstError = [&report](const Result<Ok> &result) {
        if (!result && report.error.empty())
            report.error = result.error().message;
    };
    if (bulk)
        keepFirstError(m_store.endBulkWrite());
    spdlog::debug("import: read indexes built after {:.2f} s", seconds(started));
    if (fullText && !cancelled() && report.error.empty()) {
        // A failure here only means indexPending() below has the work to do.
        if (auto adopted = fullText->adopt(); !adopted)
            spdlog::warn("import: {}", adopted.error().message);
        spdlog::debug("import: full-text index built alongside adopted after {:.2f} s", seconds(started));
    }
    fullText.reset();
    if (checkpointer) {
        checkpointer.reset();
        m_store.setAutoCheckpoint(true);
    }
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
