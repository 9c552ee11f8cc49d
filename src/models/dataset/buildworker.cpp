#include "buildworker.h"

#include "store/store.h"

#include <QElapsedTimer>

#include <unordered_map>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tb::models {

namespace {
constexpr qint64 kBatchMs = 100;        // the table grows ten times a second while a build runs
constexpr int kFirstBatchRows = 200;    // the first screenful goes out at once
} // namespace

BuildWorker::BuildWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RecordRows>();
    qRegisterMetaType<BuildOutcomePtr>();
}

BuildWorker::~BuildWorker() = default;

const core::Store *BuildWorker::storeFor(const QString &path, std::string &error)
{
    if (path != m_path || !m_store) {
        m_store.reset();
        m_path = path;
        auto opened = core::Store::open(path.toStdString());
        if (!opened) {
            error = opened.error().message;
            return nullptr;
        }
        m_store = std::move(*opened);
    }
    return m_store.get();
}

void BuildWorker::build(quint64 job, const QString &path, const core::BuildSettings &settings, std::shared_ptr<std::atomic_bool> cancel)
{
    BuildOutcomePtr outcome;
    try {
        std::string error;
        if (!storeFor(path, error)) {
            auto failed = std::make_shared<BuildOutcome>();
            failed->error = error;
            outcome = failed;
        } else {
            outcome = run(job, settings, *cancel);
        }
    } catch (const std::exception &e) {
        auto failed = std::make_shared<BuildOutcome>();
        failed->error = std::string("building the records failed: ") + e.what();
        outcome = failed;
    }
    // A build reads the whole project through this connection's page cache (up to 256 MB, see
    // Store::open): closed between builds, it gives that memory back; opening again takes milliseconds.
    m_store.reset();
#if defined(__GLIBC__)
    malloc_trim(0); // else glibc keeps the freed cache in this thread's arena, resident
#endif
    Q_EMIT finished(job, outcome);
}

BuildOutcomePtr BuildWorker::run(quint64 job, const core::BuildSettings &settings, const std::atomic_bool &cancel)
{
    auto outcome = std::make_shared<BuildOutcome>();
    outcome->settings = settings;
    const core::Store &store = *m_store;

    const core::CatalogModel *model = core::chosenModel(settings);
    if (!model) {
        std::string error;
        core::bundledCatalog(&error);
        outcome->error = "The model catalog cannot be read: " + error;
        return outcome;
    }
    outcome->modelId = model->id;
    auto counters = core::accountantsFor(*model);
    if (!counters) {
        outcome->error = counters.error().message;
        return outcome;
    }

    // Conversations by index: a row holds 4 bytes for its conversation, not its key.
    QStringList keys, names;
    std::unordered_map<std::string, std::uint32_t> conversationIndex;
    for (const core::ConversationNode &node : store.conversationNodes()) {
        conversationIndex.emplace(node.key, static_cast<std::uint32_t>(keys.size()));
        keys << QString::fromStdString(node.key);
        names << QString::fromStdString(node.name);
    }

    std::shared_ptr<const core::FixPlan> plan;
    if (!settings.fixes.empty()) {
        Q_EMIT progress(job, 0, 0, tr("Finding what the fixes change"));
        auto planned = core::planFixes(store, settings, &cancel);
        if (!planned) {
            outcome->error = planned.error().message;
            return outcome;
        }
        plan = std::make_shared<const core::FixPlan>(std::move(*planned));
    }
    if (cancel) {
        outcome->cancelled = true;
        return outcome;
    }

    Q_EMIT started(job, keys, names);
    core::Validator validator(core::validationOptions(*model, settings.format, *counters));
    RecordRows batch;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    bool firstBatchSent = false;
    const auto flush = [&] {
        if (!batch.isEmpty())
            Q_EMIT rowsReady(job, batch);
        batch.clear();
        sinceBatch.restart();
        firstBatchSent = true;
    };
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    std::uint64_t line = 0;
    auto pass = core::runBuildPass(
        store, settings, settings.recipeOptions(), plan.get(),
        [&](const core::TrainingRecord &record, const std::string &text) {
            validator.addLine(text, ++line);
            outcome->ordinals.push_back(record.ordinal);
            RecordRow row;
            row.ordinal = record.ordinal;
            row.anchorMessageId = record.anchorMessageId;
            const auto it = conversationIndex.find(record.conversationKey);
            row.conversation = it != conversationIndex.end() ? it->second : 0;
            const auto &tokens = validator.tokens();
            row.tokens = tokens.empty() ? 0 : tokens.back();
            row.preview = core::recordPreviewText(record);
            batch.push_back(std::move(row));
            if ((!firstBatchSent && batch.size() >= kFirstBatchRows) || sinceBatch.elapsed() >= kBatchMs)
                flush();
            return !cancel;
        },
        &cancel,
        [&](std::uint64_t done, std::uint64_t total) {
            if (sinceProgress.elapsed() >= 100) {
                sinceProgress.restart();
                Q_EMIT progress(job, done, total, tr("Building records"));
            }
        });
    flush();
    if (!pass) {
        outcome->error = pass.error().message;
        return outcome;
    }
    outcome->pass = std::move(*pass);
    if (cancel || outcome->pass.summary.cancelled) {
        outcome->cancelled = true;
        return outcome;
    }
    Q_EMIT progress(job, 0, 0, tr("Checking the records"));
    validator.finish();
    outcome->findings = validator.findings();
    outcome->errors = validator.count(core::Severity::Error);
    outcome->warnings = validator.count(core::Severity::Warning);
    outcome->infos = validator.count(core::Severity::Info);
    outcome->plan = validator.fixPlan();
    outcome->tokensByEncoding = validator.tokensByEncoding();
    if (outcome->tokensByEncoding.find(model->encoding) == outcome->tokensByEncoding.end())
        outcome->tokensByEncoding[model->encoding] = validator.tokens();
    outcome->stats = core::tokenStats(outcome->tokensByEncoding[model->encoding]);
    if (const core::ModelCatalog *c = core::bundledCatalog()) {
        const core::EffectiveLimit limit = c->limitOf(*model);
        outcome->limit = limit.tokens;
        outcome->limitAssumed = limit.assumed;
    }
    return outcome;
}

} // namespace tb::models
