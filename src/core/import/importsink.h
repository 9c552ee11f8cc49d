#pragma once

#include "dateorderdecision.h"
#include "domain/importbatch.h"

#include <atomic>
#include <cstdint>
#include <string_view>

namespace tb::core {

// Where an importer's output goes: the store, a test's collector, or nowhere (the fuzzers).
class ImportSink {
public:
    virtual ~ImportSink() = default;
    virtual void deliver(ImportBatch &&batch) = 0;
    // Called after each input file, so a UI can show files and bytes done.
    virtual void fileDone(std::string_view /*path*/, std::uint64_t /*bytes*/) {}
    // How an importer read ambiguous dates (WhatsApp's day/month order), as data; the findings
    // explain the same decision in words.
    virtual void dateOrderDecided(const DateOrderDecision & /*decision*/) {}
    virtual bool isCancelled() const { return false; }
};

// Collects everything in memory; for tests and previews of small inputs.
class CollectingSink final : public ImportSink {
public:
    void deliver(ImportBatch &&batch) override;
    void dateOrderDecided(const DateOrderDecision &decision) override { dateOrders.push_back(decision); }
    ImportBatch all;
    std::vector<DateOrderDecision> dateOrders;
};

// Accumulates an importer's output and hands it to the sink in batches of a bounded size, so a
// million-message export never sits in memory at once.
class BatchWriter {
public:
    explicit BatchWriter(ImportSink &sink, std::size_t messagesPerBatch = 20000);
    ~BatchWriter();

    void add(Participant participant);
    void add(Conversation conversation);
    void add(Message message);
    void add(Finding finding);
    void flush();

    bool isCancelled() const { return m_sink.isCancelled(); }
    void fileDone(std::string_view path, std::uint64_t bytes);
    void dateOrderDecided(const DateOrderDecision &decision) { m_sink.dateOrderDecided(decision); }

    std::uint64_t messageCount() const { return m_messages; }
    std::uint64_t errorCount() const { return m_errors; }

private:
    ImportSink &m_sink;
    ImportBatch m_batch;
    std::size_t m_limit;
    std::uint64_t m_messages = 0;
    std::uint64_t m_errors = 0;
};

} // namespace tb::core
