#include "build/buildpipeline.h"

#include "dataset/datasetfixer.h"
#include "dataset/exporter.h"
#include "privacy/scrubber.h"
#include "recipes/labelsource.h"
#include "store/store.h"

#include <nlohmann/json.hpp>

#include <mutex>

namespace tb::core {

ScrubOptions scrubOptionsOf(const BuildSettings &settings)
{
    ScrubOptions options;
    for (ScrubCategory category : settings.scrubKept)
        options.setEnabled(category, false);
    return options;
}

namespace {

struct CatalogHolder {
    std::once_flag once;
    std::optional<ModelCatalog> catalog;
    std::string error;
};

CatalogHolder &holder()
{
    static CatalogHolder h;
    std::call_once(h.once, [] {
        auto read = ModelCatalog::bundled();
        if (read)
            h.catalog = std::move(*read);
        else
            h.error = read.error().message;
    });
    return h;
}

// A fixed line back into the record it came from, keeping the record's lineage.
Result<TrainingRecord> withFixedLine(const TrainingRecord &record, const std::string &line)
{
    const auto fixed = nlohmann::json::parse(line, nullptr, false);
    if (!fixed.is_object())
        return Error { "a fixed line is not a JSON object" };
    auto neutral = nlohmann::json::parse(dumpCanonical(toNeutralJson(record)), nullptr, false);
    if (fixed.contains("messages"))
        neutral["messages"] = fixed["messages"];
    if (fixed.contains("prompt") && fixed.contains("completion"))
        neutral["prompt_completion"] = { { "prompt", fixed["prompt"] }, { "completion", fixed["completion"] } };
    return fromNeutralJson(neutral);
}

} // namespace

const ModelCatalog *bundledCatalog(std::string *error)
{
    CatalogHolder &h = holder();
    if (!h.catalog && error)
        *error = h.error;
    return h.catalog ? &*h.catalog : nullptr;
}

const CatalogModel *chosenModel(const BuildSettings &settings)
{
    const ModelCatalog *c = bundledCatalog();
    if (!c)
        return nullptr;
    if (const CatalogModel *model = settings.modelId.empty() ? nullptr : c->find(settings.modelId))
        return model;
    // No choice made: the catalog's default, unless it cannot train this format (prompt/completion
    // needs davinci-002 or babbage-002), then the first model that can.
    const auto method = trainingMethodFor(settings.format);
    const CatalogModel *fallback = c->find(c->defaultModelId());
    if (fallback && (!method || fallback->supports(*method)))
        return fallback;
    for (const CatalogModel &model : c->models()) {
        if (method && model.supports(*method))
            return &model;
    }
    return fallback ? fallback : (c->models().empty() ? nullptr : &c->models().front());
}

Result<std::map<Encoding, std::shared_ptr<const TokenAccountant>>> accountantsFor(const CatalogModel &model)
{
    std::map<Encoding, std::shared_ptr<const TokenAccountant>> counters;
    for (Encoding encoding : { Encoding::O200kBase, Encoding::Cl100kBase }) {
        auto tokenizer = Tokenizer::get(encoding);
        if (!tokenizer)
            return tokenizer.error();
        counters[encoding] = std::make_shared<const TokenAccountant>(*tokenizer, model.overheads);
    }
    return counters;
}

ValidationOptions validationOptions(
    const CatalogModel &model, ExportFormat format, std::map<Encoding, std::shared_ptr<const TokenAccountant>> counters)
{
    ValidationOptions options;
    options.format = format;
    options.model = model;
    if (const ModelCatalog *c = bundledCatalog()) {
        const EffectiveLimit limit = c->limitOf(model);
        options.tokenLimit = limit.tokens;
        options.limitAssumed = limit.assumed;
        options.limitWarning = limit.warning;
        options.minimumExamples = c->minimumExamples(model);
    }
    options.accountants = std::move(counters);
    options.encoding = model.encoding;
    return options;
}

RecipeOptions scopedTo(const RecipeOptions &options, const std::string &conversationKey)
{
    RecipeOptions scoped = options;
    scoped.set("conversations", conversationKey);
    return scoped;
}

std::string recordPreviewText(const TrainingRecord &record, std::size_t maxBytes)
{
    std::string text;
    if (record.promptCompletion)
        text = record.promptCompletion->completion;
    for (auto it = record.messages.rbegin(); text.empty() && it != record.messages.rend(); ++it) {
        if (it->role == TurnRole::Assistant)
            text = it->content;
    }
    for (char &c : text) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    }
    if (text.size() > maxBytes) {
        std::size_t cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        text.resize(cut);
        text += "…";
    }
    return text;
}

Result<PassResult> runBuildPass(const Store &store, const BuildSettings &settings, const RecipeOptions &options,
    const FixPlan *plan, const LineVisitor &visit, const std::atomic_bool *cancel, const BuildProgress &progress)
{
    auto recipe = makeRecipe(settings.kind, options);
    if (!recipe)
        return recipe.error();
    std::shared_ptr<const TokenAccountant> counter;
    if (plan) {
        if (const CatalogModel *model = chosenModel(settings)) {
            auto counters = accountantsFor(*model);
            if (!counters)
                return counters.error();
            counter = (*counters)[model->encoding];
        }
    }
    std::optional<DatasetFixer> fixer;
    if (plan && !settings.fixes.empty())
        fixer.emplace(*plan, settings.fixes, counter);

    // Scrubbed before anything else sees the record: the table, the checks and the files alike.
    std::optional<Scrubber> scrubber;
    if (settings.scrub)
        scrubber.emplace(Scrubber::forProject(store, scrubOptionsOf(settings)));

    PassResult result;
    result.scrubbed = scrubber.has_value();
    std::uint64_t index = 0;
    std::string failure;
    const NoLabels labels;
    auto built = (*recipe)->build(
        store, labels,
        [&](TrainingRecord &&record) {
            if (scrubber)
                scrubber->scrub(record, result.scrub);
            auto line = toJsonLine(record, settings.format);
            if (!line) {
                if (result.unwritable++ == 0)
                    result.firstUnwritable = line.error().message;
                return true;
            }
            if (fixer) {
                auto fixed = fixer->apply(*line, index++);
                if (!fixed) {
                    ++result.droppedByFixes;
                    return true;
                }
                if (*fixed != *line) {
                    auto changed = withFixedLine(record, *fixed);
                    if (!changed) {
                        failure = changed.error().message;
                        return false;
                    }
                    return visit(*changed, *fixed);
                }
            }
            return visit(record, *line);
        },
        cancel, progress);
    if (!built)
        return built.error();
    if (!failure.empty())
        return Error { failure };
    result.summary = std::move(*built);
    return result;
}

Result<FixPlan> planFixes(const Store &store, const BuildSettings &settings, const std::atomic_bool *cancel)
{
    const CatalogModel *model = chosenModel(settings);
    if (!model) {
        std::string error;
        bundledCatalog(&error);
        return Error { "the model catalog cannot be read: " + error };
    }
    auto counters = accountantsFor(*model);
    if (!counters)
        return counters.error();
    Validator validator(
        validationOptions(*model, settings.format, { { model->encoding, (*counters)[model->encoding] } }));
    std::uint64_t line = 0;
    auto pass = runBuildPass(
        store, settings, settings.recipeOptions(), nullptr,
        [&](const TrainingRecord &, const std::string &text) {
            validator.addLine(text, ++line);
            return true;
        },
        cancel);
    if (!pass)
        return pass.error();
    validator.finish();
    return validator.fixPlan();
}

RecordSource recordSource(const Store &store, const BuildSettings &settings, std::shared_ptr<const FixPlan> plan,
    const std::atomic_bool *cancel, PassResult *lastPass)
{
    return [&store, settings, plan, cancel, lastPass](const RecordVisitor &visit, std::string &error) {
        auto pass = runBuildPass(
            store, settings, settings.recipeOptions(), plan.get(),
            [&](const TrainingRecord &record, const std::string &) { return visit(record); }, cancel);
        if (!pass) {
            error = pass.error().message;
            return false;
        }
        if (lastPass)
            *lastPass = *pass;
        if (pass->summary.cancelled) {
            error = "cancelled";
            return false;
        }
        return true;
    };
}

} // namespace tb::core
