#pragma once

#include "dateorderdecision.h"
#include "domain/finding.h"
#include "importoptions.h"
#include "store/store.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace tb::core {

struct ImportProgress {
    std::uint64_t filesDone = 0;
    std::uint64_t filesTotal = 0;
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    std::uint64_t messagesDone = 0;
};

struct ImportReport {
    std::string path;
    std::string format;          // the importer that read it; empty when none recognised it
    std::int64_t importId = 0;
    WriteCounts counts;
    std::vector<Finding> findings;
    std::vector<DateOrderDecision> dateOrders; // how ambiguous dates were read (WhatsApp)
    bool cancelled = false;
    std::string error;           // set when the input could not be read at all

    bool hasErrors() const;
};

// Detects the format of PATH (or uses options.format), imports it into STORE and records the run.
// Cancelling through CANCEL undoes everything the run wrote.
class ImportRunner {
public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;

    explicit ImportRunner(Store &store) : m_store(store) {}
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Large imports normally drop the read indexes and build them afterwards (much faster). A
    // window browsing the same project meanwhile needs them: keep them when it has messages to show.
    void setKeepReadIndexes(bool keep) { m_keepReadIndexes = keep; }
    // Inputs of at least this size take the drop-and-rebuild path; tests lower it.
    void setBulkThresholdBytes(std::uint64_t bytes) { m_bulkBytes = bytes; }

    ImportReport run(const std::string &path, const ImportOptions &options);

private:
    Store &m_store;
    const std::atomic<bool> *m_cancel = nullptr;
    ProgressCallback m_progress;
    bool m_keepReadIndexes = false;
    // Past this size, dropping the read indexes and building them afterwards pays off.
    std::uint64_t m_bulkBytes = 64ull << 20;
};

} // namespace tb::core
