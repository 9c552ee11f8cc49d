#include "datasetpipeline.h"

#include "dataset/datasetfixer.h"
#include "dataset/exporter.h"
#include "privacy/scrubber.h"
#include "recipes/labelsource.h"
#include "store/store.h"

#include <nlohmann/json.hpp>

#include <mutex>

namespace tb::models {

namespace {

struct CatalogHolder {
    std::once_flag once;
    std::optional<core::ModelCatalog> catalog;
    std::string error;
};

CatalogHolder &holder()
{
    static CatalogHolder h;
    std::call_once(h.once, [] {
        auto read = core::ModelCatalog::bundled();
        if (read)
            h.catalog = std::move(*read);
        else
            h.error = read.error().message;
    });
    return h;
}

// A fixed line back into the record it came from, keeping the record's lineage.
core::Result<core::TrainingRecord> withFixedLine(const core::TrainingRecord &record, const std::string &line)
{
    const auto fixed = nlohmann::json::parse(line, nullptr, false);
    if (!fixed.is_object())
        return core::Error{"a fixed line is not a JSON object"};
    auto neutral = nlohmann::json::parse(core::dumpCanonical(core::toNeutralJson(record)), nullptr, false);
    if (fixed.contains("messages"))
        neutral["messages"] = fixed["messages"];
    if (fixed.contains("prompt") && fixed.contains("completion"))
        neutral["prompt_completion"] = {{"prompt", fixed["prompt"]}, {"completion", fixed["completion"]}};
    return core::fromNeutralJson(neutral);
}

} // namespace

const core::ModelCatalog *catalog(std::string *error)
{
    CatalogHolder &h = holder();
    if (!h.catalog && error)
        *error = h.error;
    return h.catalog ? &*h.catalog : nullptr;
}

const core::CatalogModel *chosenModel(const BuildSettings &settings)
{
    const core::ModelCatalog *c = catalog();
    if (!c)
        return nullptr;
    if (const core::CatalogModel *model = settings.modelId.empty() ? nullptr : c->find(settings.modelId))
        return model;
    if (const core::CatalogModel *model = c->find(c->defaultModelId()))
        return model;
    return c->models().empty() ? nullptr : &c->models().front();
}

core::Result<std::map<core::Encoding, std::shared_ptr<const core::TokenAccountant>>>
accountantsFor(const core::CatalogModel &model)
{
    std::map<core::Encoding, std::shared_ptr<const core::TokenAccountant>> counters;
    for (core::Encoding encoding : {core::Encoding::O200kBase, core::Encoding::Cl100kBase}) {
        auto tokenizer = core::Tokenizer::get(encoding);
        if (!tokenizer)
            return tokenizer.error();
        counters[encoding] = std::make_shared<const core::TokenAccountant>(*tokenizer, model.overheads);
    }
    return counters;
}

core::ValidationOptions validationOptions(const core::CatalogModel &model, core::ExportFormat format,
                                          std::map<core::Encoding, std::shared_ptr<const core::TokenAccountant>> counters)
{
    core::ValidationOptions options;
    options.format = format;
    options.model = model;
    if (const core::ModelCatalog *c = catalog()) {
        const core::EffectiveLimit limit = c->limitOf(model);
        options.tokenLimit = limit.tokens;
        options.limitAssumed = limit.assumed;
        options.limitWarning = limit.warning;
        options.minimumExamples = c->minimumExamples(model);
    }
    options.accountants = std::move(counters);
    options.encoding = model.encoding;
    return options;
}

core::RecipeOptions scopedTo(const core::RecipeOptions &options, const std::string &conversationKey)
{
    core::RecipeOptions scoped = options;
    scoped.set("conversations", conversationKey);
    return scoped;
}

std::string recordPreviewText(const core::TrainingRecord &record, std::size_t maxBytes)
{
    std::string text;
    if (record.promptCompletion)
        text = record.promptCompletion->completion;
    for (auto it = record.messages.rbegin(); text.empty() && it != record.messages.rend(); ++it) {
        if (it->role == core::TurnRole::Assistant)
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

core::Result<PassResult> runPass(const core::Store &store, const BuildSettings &settings, const core::RecipeOptions &options,
                                 const core::FixPlan *plan, const LineVisitor &visit, const std::atomic_bool *cancel,
                                 const core::BuildProgress &progress)
{
    auto recipe = core::makeRecipe(settings.kind, options);
    if (!recipe)
        return recipe.error();
    std::shared_ptr<const core::TokenAccountant> counter;
    if (plan) {
        if (const core::CatalogModel *model = chosenModel(settings)) {
            auto counters = accountantsFor(*model);
            if (!counters)
                return counters.error();
            counter = (*counters)[model->encoding];
        }
    }
    std::optional<core::DatasetFixer> fixer;
    if (plan && !settings.fixes.empty())
        fixer.emplace(*plan, settings.fixes, counter);

    // Scrubbed before anything else sees the record: the table, the checks and the files alike.
    std::optional<core::Scrubber> scrubber;
    core::ScrubReport scrubReport(0); // counts only: the pages show no per-replacement report yet
    if (settings.scrub)
        scrubber.emplace(core::Scrubber::forProject(store, core::ScrubOptions{}));

    PassResult result;
    std::uint64_t index = 0;
    std::string failure;
    const core::NoLabels labels;
    auto built = (*recipe)->build(
        store, labels,
        [&](core::TrainingRecord &&record) {
            if (scrubber)
                scrubber->scrub(record, scrubReport);
            auto line = core::toJsonLine(record, settings.format);
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
        return core::Error{failure};
    result.summary = std::move(*built);
    return result;
}

core::Result<core::FixPlan> planFixes(const core::Store &store, const BuildSettings &settings, const std::atomic_bool *cancel)
{
    const core::CatalogModel *model = chosenModel(settings);
    if (!model) {
        std::string error;
        catalog(&error);
        return core::Error{"the model catalog cannot be read: " + error};
    }
    auto counters = accountantsFor(*model);
    if (!counters)
        return counters.error();
    core::Validator validator(validationOptions(*model, settings.format, {{model->encoding, (*counters)[model->encoding]}}));
    std::uint64_t line = 0;
    auto pass = runPass(
        store, settings, settings.recipeOptions(), nullptr,
        [&](const core::TrainingRecord &, const std::string &text) {
            validator.addLine(text, ++line);
            return true;
        },
        cancel);
    if (!pass)
        return pass.error();
    validator.finish();
    return validator.fixPlan();
}

core::RecordSource recordSource(const core::Store &store, const BuildSettings &settings,
                                std::shared_ptr<const core::FixPlan> plan, const std::atomic_bool *cancel)
{
    return [&store, settings, plan, cancel](const core::RecordVisitor &visit, std::string &error) {
        auto pass = runPass(
            store, settings, settings.recipeOptions(), plan.get(),
            [&](const core::TrainingRecord &record, const std::string &) { return visit(record); }, cancel);
        if (!pass) {
            error = pass.error().message;
            return false;
        }
        if (pass->summary.cancelled) {
            error = "cancelled";
            return false;
        }
        return true;
    };
}

} // namespace tb::models
