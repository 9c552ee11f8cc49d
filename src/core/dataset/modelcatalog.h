#pragma once

#include "dataset/exportformat.h"

#include "domain/result.h"
#include "tokenizer/tokenizer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

// A figure the catalog gives, with where it comes from: every number shown to a user can name its
// source and date, and whether it was read from the provider's own pages ([guide], [spec]) or only
// from a secondary source ([2nd], "unverified") that has to be labelled "verify".
struct CatalogFigure {
    std::optional<double> value; // none: the reference documents none (never 0)
    std::string source;          // e.g. "[guide 2024] platform.openai.com/docs/guides/fine-tuning"
    std::string date;            // when the source was dated or read: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    bool verified = false;       // false for [2nd] and unverified figures

    bool known() const { return value.has_value(); }
};

// The §10 chat formula's constants: tokens = Σ(perMessage + Σ encode(field) + perName if named) + replyPrimer.
struct ChatOverheads {
    int perMessage = 3;
    int perName = 1;
    int replyPrimer = 3;
    std::string source;
    std::string date;
};

enum class TrainingMethod { Sft, Dpo, PromptCompletion, Rft };

std::string_view toString(TrainingMethod method); // "sft", "dpo", "prompt-completion", "rft"
std::optional<TrainingMethod> trainingMethodFromString(std::string_view name);
// The OpenAI method a file in FORMAT trains; none for other trainers' formats (ShareGPT, Alpaca, KTO).
std::optional<TrainingMethod> trainingMethodFor(ExportFormat format);
// The catalog's encoding names ("o200k_base", "cl100k_base"), kept here so that the catalog does not
// depend on the tokenizer's implementation.
std::string_view encodingName(Encoding encoding);
std::optional<Encoding> encodingFromName(std::string_view name);

struct CatalogModel {
    std::string provider;              // a CatalogProvider id: "openai", "azure", ...
    std::string id;                    // the dated snapshot, as the provider's API names it
    std::string displayName;
    std::vector<std::string> aliases;  // undated names that mean this snapshot ("gpt-4o-mini")
    std::vector<TrainingMethod> methods;
    Encoding encoding = Encoding::O200kBase;
    std::string encodingSource;
    ChatOverheads overheads;
    CatalogFigure trainingLimit;       // tokens per training example; none: not documented
    CatalogFigure pricePerMillion;     // USD per 1,000,000 training tokens; none: unknown
    std::string note;                  // shown beside the model (retirement dates, billing quirks)

    bool supports(TrainingMethod method) const;
};

struct CatalogProvider {
    std::string id;
    std::string displayName;
    CatalogFigure minimumExamples;     // none: not documented
    std::string note;
};

// OpenAI's "auto" epochs ([cookbook]): start at targetEpochs; fewer than minTargetExamples trained
// examples raise it, more than maxTargetExamples lower it, within [minDefaultEpochs, maxDefaultEpochs].
struct EpochHeuristic {
    int targetEpochs = 3;
    int minTargetExamples = 100;
    int maxTargetExamples = 25000;
    int minDefaultEpochs = 1;
    int maxDefaultEpochs = 25;
    std::string source;
    std::string date;

    // 5 examples → 20, 10 → 10, 100 → 3, 10,000 → 2, 30,000 → 1. 0 examples → targetEpochs.
    int epochsFor(std::uint64_t examples) const;
};

// The per-example limit a model is checked against: documented, or the catalog's assumption.
struct EffectiveLimit {
    std::int64_t tokens = 0;
    bool assumed = false;      // the model's limit is not documented: tokens is the assumed one
    std::string warning;       // the sentence to show when assumed
};

// The providers and models the workbench knows, read from resources/catalog/models.json (bundled
// as ":/catalog/models.json") or a user's copy of it. Plain data: copy freely, share across threads.
class ModelCatalog {
public:
    static constexpr const char *kBundledPath = ":/catalog/models.json";

    static Result<ModelCatalog> bundled();
    // PATH on disk or a Qt resource path; errors name the file, the line and the field.
    static Result<ModelCatalog> fromFile(const std::string &path);
    // TEXT is the file's content; ORIGIN names it in errors.
    static Result<ModelCatalog> fromJson(std::string_view text, const std::string &origin);

    const std::vector<CatalogModel> &models() const { return m_models; }
    const std::vector<CatalogProvider> &providers() const { return m_providers; }
    const EpochHeuristic &epochs() const { return m_epochs; }
    const std::string &defaultModelId() const { return m_defaultModel; }

    // By id or alias (case-sensitive, as the APIs are); a fine-tuned name "ft:BASE:org:suffix:id"
    // finds BASE. nullptr when unknown.
    const CatalogModel *find(std::string_view idOrAlias) const;
    const CatalogProvider *provider(std::string_view id) const;
    EffectiveLimit limitOf(const CatalogModel &model) const;
    // The provider's documented minimum number of training examples; none when not documented.
    std::optional<std::uint64_t> minimumExamples(const CatalogModel &model) const;

private:
    std::vector<CatalogModel> m_models;
    std::vector<CatalogProvider> m_providers;
    EpochHeuristic m_epochs;
    std::int64_t m_assumedLimit = 65536;
    std::string m_assumedLimitWarning;
    std::string m_defaultModel;
};

} // namespace tb::core
