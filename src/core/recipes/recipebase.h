#pragma once

#include "recipes/buildscope.h"
#include "recipes/optionvalues.h"
#include "recipes/recipe.h"

#include <memory>
#include <string>
#include <string_view>

namespace tb::core::recipes {

// Numbers records, counts them and hands them to the sink; remembers when the sink had enough.
class Emitter {
public:
    Emitter(const RecordSink &sink, BuildSummary &summary) : m_sink(sink), m_summary(summary) {}
    // Sends RECORD as the next one; false once the sink asked to stop.
    bool emit(TrainingRecord &&record);
    void skip(std::string_view reason, std::uint64_t count = 1);
    bool stopped() const { return m_stopped; }

private:
    const RecordSink &m_sink;
    BuildSummary &m_summary;
    bool m_stopped = false;
};

struct RunContext {
    const Store &store;
    const LabelSource &labels;
    const BuildScope &scope;
    Emitter &out;
    BuildSummary &summary;
    const std::atomic_bool *cancel = nullptr;
};

// One build of one recipe: sees each conversation in scope, its messages that take part (system,
// bot, deleted ... already left out as the options say) in conversation order, then its end.
class RecipeRun {
public:
    virtual ~RecipeRun() = default;
    virtual void begin(const ConversationSummary &conversation) = 0;
    virtual void message(const StoredMessage &message) = 0;
    virtual void end() = 0;
};

// The streaming loop every recipe shares: scope, order, filters, cancel, progress.
class RecipeBase : public Recipe {
public:
    RecipeBase(RecipeKind kind, RecipeOptions options, OptionValues values);

    RecipeKind kind() const override { return m_kind; }
    const RecipeOptions &options() const override { return m_options; }
    Result<BuildSummary> build(const Store &store, const LabelSource &labels, const RecordSink &sink,
                               const std::atomic_bool *cancel = nullptr,
                               const BuildProgress &progress = {}) const override;

protected:
    virtual bool needsMe() const = 0;
    // Whether the recipe reads CONVERSATION at all (posts: timelines only, unless named).
    virtual bool wants(const ConversationSummary &) const { return true; }
    virtual Result<std::unique_ptr<RecipeRun>> start(const RunContext &context) const = 0;

    const OptionValues &values() const { return m_values; }
    const CommonSettings &common() const { return m_common; }

private:
    RecipeKind m_kind;
    RecipeOptions m_options;
    OptionValues m_values;
    CommonSettings m_common;
};

// The sequences a message belongs to: its conversation's top level (""), and its thread (the
// thread's key) when it is in one. A thread's first message is in both.
struct SequenceKeys {
    bool topLevel = true;
    std::string_view thread;
};
SequenceKeys sequencesOf(const StoredMessage &message);

// What a message's labels say, looking at every message a turn is made of.
enum class Verdict { None, Positive, Negative };
Verdict verdictOf(const LabelSource &labels, std::int64_t messageId);

} // namespace tb::core::recipes
