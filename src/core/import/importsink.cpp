#include "importsink.h"

#include <iterator>

namespace tb::core {

namespace {
template <typename T>
void append(std::vector<T> &to, std::vector<T> &from)
{
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}
} // namespace

void CollectingSink::deliver(ImportBatch &&batch)
{
    append(all.participants, batch.participants);
    append(all.conversations, batch.conversations);
    append(all.messages, batch.messages);
    append(all.findings, batch.findings);
}

BatchWriter::BatchWriter(ImportSink &sink, std::size_t messagesPerBatch)
    : m_sink(sink), m_limit(messagesPerBatch)
{
    m_batch.messages.reserve(m_limit);
}

BatchWriter::~BatchWriter()
{
    flush();
}

void BatchWriter::add(Participant participant)
{
    m_batch.participants.push_back(std::move(participant));
}

void BatchWriter::add(Conversation conversation)
{
    m_batch.conversations.push_back(std::move(conversation));
}

void BatchWriter::add(Message message)
{
    m_batch.messages.push_back(std::move(message));
    ++m_messages;
    if (m_batch.messages.size() >= m_limit)
        flush();
}

void BatchWriter::add(Finding finding)
{
    if (finding.severity == Severity::Error)
        ++m_errors;
    m_batch.findings.push_back(std::move(finding));
}

void BatchWriter::flush()
{
    if (m_batch.empty())
        return;
    m_sink.deliver(std::move(m_batch));
    m_batch = ImportBatch{};
    m_batch.messages.reserve(m_limit); // regrowing the vector showed up in import profiles
}

void BatchWriter::fileDone(std::string_view path, std::uint64_t bytes)
{
    m_sink.fileDone(path, bytes);
}

} // namespace tb::core
