#include "importpreview.h"

#include "importer.h"
#include "input/inputsource.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

namespace tb::core {

namespace {

// Counts what the importer produces and drops the messages themselves.
class CountingSink final : public ImportSink {
public:
    CountingSink(ImportPreview &preview, const std::atomic<bool> *cancel,
        const ImportRunner::ProgressCallback &progress, ImportProgress &state)
        : m_preview(preview)
        , m_cancel(cancel)
        , m_progress(progress)
        , m_state(state)
    {
    }

    void deliver(ImportBatch &&batch) override
    {
        for (auto &p : batch.participants) {
            PreviewParticipant &row = participant(p.key);
            // A later entry carries what the importer learnt since, as in the store.
            if (!p.displayName.empty())
                row.displayName = std::move(p.displayName);
            row.isBot = p.isBot;
        }
        for (auto &c : batch.conversations) {
            PreviewConversation &row = conversation(c.key);
            row.name = std::move(c.name);
            row.kind = c.kind;
        }
        for (const auto &m : batch.messages) {
            ++m_preview.messages;
            if (!m.authorKey.empty())
                ++participant(m.authorKey).messages;
            ++conversation(m.conversationKey).messages;
            if (!m.timestampMs) {
                ++m_preview.messagesWithoutTime;
                continue;
            }
            const std::int64_t t = *m.timestampMs;
            m_preview.firstMs = m_preview.firstMs ? std::min(*m_preview.firstMs, t) : t;
            m_preview.lastMs = m_preview.lastMs ? std::max(*m_preview.lastMs, t) : t;
        }
        std::move(batch.findings.begin(), batch.findings.end(), std::back_inserter(m_preview.findings));
        m_state.messagesDone = m_preview.messages;
        if (m_progress)
            m_progress(m_state);
    }

    void fileDone(std::string_view, std::uint64_t bytes) override
    {
        ++m_state.filesDone;
        m_state.bytesDone += bytes;
    }

    void dateOrderDecided(const DateOrderDecision &decision) override { m_preview.dateOrders.push_back(decision); }

    bool isCancelled() const override { return m_cancel && m_cancel->load(); }

    // Moves the counted participants and conversations into the preview, most messages first.
    void finish()
    {
        m_preview.participants = std::move(m_participants);
        m_preview.conversations = std::move(m_conversations);
        const auto byMessages = [](const auto &a, const auto &b) {
            return a.messages != b.messages ? a.messages > b.messages : a.key < b.key;
        };
        std::sort(m_preview.participants.begin(), m_preview.participants.end(), byMessages);
        std::sort(m_preview.conversations.begin(), m_preview.conversations.end(), byMessages);
        m_preview.filesRead = m_state.filesDone;
    }

private:
    PreviewParticipant &participant(const std::string &key)
    {
        const auto [it, added] = m_participantIndex.try_emplace(key, m_participants.size());
        if (added) // a message may name an author the export never lists: the store names it by its key
            m_participants.push_back({ key, key, false, 0 });
        return m_participants[it->second];
    }

    PreviewConversation &conversation(const std::string &key)
    {
        const auto [it, added] = m_conversationIndex.try_emplace(key, m_conversations.size());
        if (added)
            m_conversations.push_back({ key, key, ConversationKind::Group, 0 });
        return m_conversations[it->second];
    }

    ImportPreview &m_preview;
    const std::atomic<bool> *m_cancel;
    const ImportRunner::ProgressCallback &m_progress;
    ImportProgress &m_state;
    std::vector<PreviewParticipant> m_participants;
    std::unordered_map<std::string, std::size_t> m_participantIndex;
    std::vector<PreviewConversation> m_conversations;
    std::unordered_map<std::string, std::size_t> m_conversationIndex;
};

} // namespace

std::uint64_t ImportPreview::count(Severity severity) const
{
    return static_cast<std::uint64_t>(std::count_if(
        findings.begin(), findings.end(), [severity](const Finding &f) { return f.severity == severity; }));
}

const DateOrderDecision *ImportPreview::ambiguousDateOrder() const
{
    const auto it = std::find_if(dateOrders.begin(), dateOrders.end(), [](const auto &d) { return d.ambiguous(); });
    return it == dateOrders.end() ? nullptr : &*it;
}

ImportPreview ImportPreviewer::run(const std::string &path, const ImportOptions &options) const
{
    ImportPreview preview;
    std::error_code ec;
    const auto absolute = std::filesystem::weakly_canonical(path, ec);
    preview.path = ec ? path : absolute.string();

    auto input = InputSource::open(path);
    if (!input) {
        preview.problem = ImportPreview::Problem::Unreadable;
        preview.error = input.error().message;
        return preview;
    }
    const auto chosen = chooseImporter(**input, options, path);
    if (!chosen) {
        preview.problem
            = options.format.empty() ? ImportPreview::Problem::Unrecognised : ImportPreview::Problem::UnknownFormat;
        preview.error = chosen.error().message;
        return preview;
    }
    const Importer &importer = **chosen;
    preview.format = std::string(importer.id());
    preview.formatName = std::string(importer.displayName());
    preview.formatForced = !options.format.empty();

    ImportProgress state;
    state.filesTotal = (*input)->entries().size();
    for (const auto &entry : (*input)->entries())
        state.bytesTotal += entry.size;
    preview.files = state.filesTotal;
    preview.bytes = state.bytesTotal;

    CountingSink sink(preview, m_cancel, m_progress, state);
    try {
        BatchWriter writer(sink);
        importer.run(**input, options, writer);
    } catch (const std::exception &e) {
        // Importers report problems as findings; this catches out-of-memory and the like.
        preview.problem = ImportPreview::Problem::Failed;
        preview.error = preview.path + ": reading the export stopped unexpectedly (" + e.what() + ")";
    }
    sink.finish();
    preview.cancelled = m_cancel && m_cancel->load();
    if (m_progress && !preview.cancelled)
        m_progress(state);
    return preview;
}

} // namespace tb::core
