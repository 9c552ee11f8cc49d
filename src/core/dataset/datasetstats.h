#pragma once

#include "dataset/modelcatalog.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tb::core {

struct HistogramBin {
    std::uint64_t lower = 0; // tokens, inclusive
    std::uint64_t upper = 0; // tokens, exclusive
    std::uint64_t count = 0;
};

// Token statistics of a dataset; median and p95 are exact (nearest-rank on the sorted counts:
// the value at index ceil(q·n) − 1).
struct TokenStats {
    std::uint64_t examples = 0;
    std::uint64_t total = 0;
    std::uint32_t min = 0;
    std::uint32_t median = 0;
    std::uint32_t p95 = 0;
    std::uint32_t max = 0;
    // Bins of a "nice" width (1, 2, 5 × 10^k) chosen so that about BINS bins span [min, max]; the
    // first bin starts at a multiple of the width. Empty for an empty dataset.
    std::vector<HistogramBin> histogram;
};

// Sorts a copy of TOKENS (one uint32 per record: 4 MB for a million records).
TokenStats tokenStats(const std::vector<std::uint32_t> &tokens, int bins = 20);

// Σ min(limit, tokens): what one epoch bills (longer examples are truncated by the server).
std::uint64_t billedTokensPerEpoch(const std::vector<std::uint32_t> &tokens, std::int64_t limit);

struct CostEstimate {
    std::string provider;
    std::string modelId;
    std::string displayName;
    int epochs = 0;
    bool epochsFromHeuristic = true;
    std::uint64_t billedTokens = 0;     // Σ min(limit, tokens) × epochs
    std::int64_t limit = 0;
    bool limitAssumed = false;
    std::optional<double> costUsd;      // none: the price is unknown (never shown as 0)
    CatalogFigure price;                // the figure used, with its source and date
    bool counted = true;                // false: no token counts in the model's encoding were given
};

// The estimate for every model in CATALOG: token counts are taken from TOKENS_BY_ENCODING by the
// model's encoding; EPOCHS, when given, replaces the heuristic.
std::vector<CostEstimate> estimateCosts(const ModelCatalog &catalog,
                                        const std::map<Encoding, std::vector<std::uint32_t>> &tokensByEncoding,
                                        std::optional<int> epochs = std::nullopt);
CostEstimate estimateCost(const ModelCatalog &catalog, const CatalogModel &model,
                          const std::vector<std::uint32_t> &tokens, std::optional<int> epochs = std::nullopt);

} // namespace tb::core
