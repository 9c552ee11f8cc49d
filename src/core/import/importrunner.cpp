#include "importrunner.h"

#include "importer.h"
#include "input/inputsource.h"

#include <filesystem>

namespace tb::core {

namespace {

// Writes each batch to the store as it arrives and keeps the running totals.
class StoreSink final : public ImportSink {
public:
    StoreSink(Store &store, std::int64_t importId, ImportReport &report, const std::atomic<bool> *cancel,
              const ImportRunner::ProgressCallback &progress, ImportProgress &state)
        : m_store(store), m_importId(importId), m_report(report), m_cancel(cancel), m_progress(progress), m_state(state)
    {
    }

    void deliver(ImportBatch &&batch) override
    {
        if (isCancelled())
            return;
        for (const auto &finding : batch.findings)
            m_report.findings.push_back(finding);
        auto written = m_store.write(m_importId, batch);
        if (!written) {
            m_report.error = written.error().message;
            m_failed = true;
            return;
        }
        auto &c = m_report.counts;
        c.messagesSeen += written->messagesSeen;
        c.messagesAdded += written->messagesAdded;
        c.conversationsAdded += written->conversationsAdded;
        c.participantsAdded += written->participantsAdded;
        c.findings += written->findings;
        m_state.messagesDone = c.messagesSeen;
        if (m_progress)
            m_progress(m_state);
    }

    void fileDone(std::string_view, std::uint64_t bytes) override
    {
        ++m_state.filesDone;
        m_state.bytesDone += bytes;
        if (m_progress)
            m_progress(m_state);
    }

    bool isCancelled() const override { return m_failed || (m_cancel && m_cancel->load()); }

private:
    Store &m_store;
    std::int64_t m_importId;
    ImportReport &m_report;
    const std::atomic<bool> *m_cancel;
    const ImportRunner::ProgressCallback &m_progress;
    ImportProgress &m_state;
    bool m_failed = false;
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
    const Importer *importer = nullptr;
    if (!options.format.empty()) {
        importer = importerById(options.format);
        if (!importer) {
            report.error = "unknown format '" + options.format + "'; use slack, whatsapp, twitter or script-csv";
            return report;
        }
    } else {
        importer = detectImporter(**input);
        if (!importer) {
            report.error = path + ": not a Slack, WhatsApp, Twitter/X or TV-script export that Tunebench "
                                  "recognises; pass --format to say which it is";
            return report;
        }
    }
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

    StoreSink sink(m_store, report.importId, report, m_cancel, m_progress, state);
    {
        BatchWriter writer(sink);
        importer->run(**input, options, writer);
    }
    if (m_cancel && m_cancel->load()) {
        report.cancelled = true;
        if (auto discarded = m_store.discardImport(report.importId); !discarded)
            report.error = discarded.error().message;
        return report;
    }
    m_store.finishImport(report.importId, report.error.empty() ? "complete" : "failed");
    return report;
}

} // namespace tb::core
