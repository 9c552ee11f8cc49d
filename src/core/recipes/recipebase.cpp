#include "recipes/recipebase.h"

namespace tb::core {

Result<std::optional<LabelMap>> Recipe::labelMap(const Store &) const
{
    return std::optional<LabelMap>();
}

namespace recipes {

bool Emitter::emit(TrainingRecord &&record)
{
    if (m_stopped)
        return false;
    record.ordinal = m_summary.records++;
    if (!m_sink(std::move(record)))
        m_stopped = true;
    return !m_stopped;
}

void Emitter::skip(std::string_view reason, std::uint64_t count)
{
    m_summary.skipped[std::string(reason)] += count;
}

RecipeBase::RecipeBase(RecipeKind kind, RecipeOptions options, OptionValues values)
    : m_kind(kind), m_options(std::move(options)), m_values(std::move(values)), m_common(CommonSettings::read(m_values))
{
}

Result<BuildSummary> RecipeBase::build(const Store &store, const LabelSource &labels, const RecordSink &sink,
                                       const std::atomic_bool *cancel, const BuildProgress &progress) const
{
    auto scope = BuildScope::open(store, m_common, needsMe());
    if (!scope)
        return scope.error();
    BuildSummary summary;
    Emitter out(sink, summary);
    const RunContext context{store, labels, *scope, out, summary, cancel};
    auto run = start(context);
    if (!run)
        return run.error();

    std::uint64_t total = 0;
    for (const auto &conversation : scope->conversations())
        total += wants(conversation) ? conversation.messages : 0;
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    bool halted = false;
    bool wasCancelled = false;
    const auto shouldHalt = [&] {
        wasCancelled = wasCancelled || cancelled();
        return wasCancelled || out.stopped();
    };
    for (const auto &conversation : scope->conversations()) {
        if (shouldHalt()) {
            halted = true;
            break;
        }
        if (!wants(conversation))
            continue;
        (*run)->begin(conversation);
        // forEachMessage cannot stop early: once halted, the rest of this conversation's rows
        // are passed over without work.
        store.forEachMessage(conversation.key, [&](const StoredMessage &m) {
            if (halted)
                return;
            if (shouldHalt()) {
                halted = true;
                return;
            }
            ++summary.messagesRead;
            if (progress && (summary.messagesRead & 0xFFF) == 0)
                progress(summary.messagesRead, total);
            const std::string_view why = scope->exclusion(m);
            if (!why.empty()) {
                out.skip(why);
                return;
            }
            (*run)->message(m);
            if (out.stopped())
                halted = true;
        });
        if (halted)
            break;
        (*run)->end();
    }
    summary.cancelled = wasCancelled;
    if (progress)
        progress(summary.messagesRead, total);
    return summary;
}

SequenceKeys sequencesOf(const StoredMessage &message)
{
    SequenceKeys keys;
    if (!message.threadKey.empty()) {
        keys.thread = message.threadKey;
        keys.topLevel = message.threadKey == message.key;
    }
    return keys;
}

Verdict verdictOf(const LabelSource &labels, std::int64_t messageId)
{
    const auto label = labels.labelFor(messageId);
    if (!label || *label == LabelValue::Skip)
        return Verdict::None;
    return *label == LabelValue::Negative ? Verdict::Negative : Verdict::Positive;
}

} // namespace recipes
} // namespace tb::core
