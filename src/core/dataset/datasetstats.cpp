#include "datasetstats.h"

#include <algorithm>
#include <cmath>

namespace tb::core {

namespace {

// Nearest rank: the smallest value with at least Q of the values at or below it.
std::uint32_t rank(const std::vector<std::uint32_t> &sorted, double q)
{
    const auto n = static_cast<double>(sorted.size());
    auto index = static_cast<std::size_t>(std::ceil(q * n));
    index = std::clamp<std::size_t>(index, 1, sorted.size());
    return sorted[index - 1];
}

// 1, 2, 5, 10, 20, 50, ...: the smallest such width that covers SPAN in at most BINS bins.
std::uint64_t niceWidth(std::uint64_t span, int bins)
{
    const std::uint64_t wanted = std::max<std::uint64_t>(1, (span + static_cast<std::uint64_t>(bins) - 1) / static_cast<std::uint64_t>(bins));
    std::uint64_t scale = 1;
    while (true) {
        for (const std::uint64_t step : {1, 2, 5}) {
            if (step * scale >= wanted)
                return step * scale;
        }
        scale *= 10;
    }
}

} // namespace

TokenStats tokenStats(const std::vector<std::uint32_t> &tokens, int bins)
{
    TokenStats stats;
    stats.examples = tokens.size();
    if (tokens.empty())
        return stats;
    std::vector<std::uint32_t> sorted = tokens;
    std::sort(sorted.begin(), sorted.end());
    for (const auto t : sorted)
        stats.total += t;
    stats.min = sorted.front();
    stats.max = sorted.back();
    stats.median = rank(sorted, 0.5);
    stats.p95 = rank(sorted, 0.95);

    bins = std::max(1, bins);
    const std::uint64_t width = niceWidth(static_cast<std::uint64_t>(stats.max) - stats.min + 1, bins);
    const std::uint64_t start = stats.min / width * width;
    const std::uint64_t count = (static_cast<std::uint64_t>(stats.max) - start) / width + 1;
    stats.histogram.reserve(count);
    for (std::uint64_t i = 0; i < count; ++i)
        stats.histogram.push_back({start + i * width, start + (i + 1) * width, 0});
    for (const auto t : sorted)
        ++stats.histogram[(t - start) / width].count;
    return stats;
}

std::uint64_t billedTokensPerEpoch(const std::vector<std::uint32_t> &tokens, std::int64_t limit)
{
    std::uint64_t total = 0;
    const auto cap = static_cast<std::uint64_t>(std::max<std::int64_t>(0, limit));
    for (const auto t : tokens)
        total += std::min<std::uint64_t>(t, cap);
    return total;
}

CostEstimate estimateCost(const ModelCatalog &catalog, const CatalogModel &model,
                          const std::vector<std::uint32_t> &tokens, std::optional<int> epochs)
{
    CostEstimate estimate;
    estimate.provider = model.provider;
    estimate.modelId = model.id;
    estimate.displayName = model.displayName;
    estimate.epochsFromHeuristic = !epochs.has_value();
    estimate.epochs = epochs ? *epochs : catalog.epochs().epochsFor(tokens.size());
    const auto limit = catalog.limitOf(model);
    estimate.limit = limit.tokens;
    estimate.limitAssumed = limit.assumed;
    estimate.billedTokens = billedTokensPerEpoch(tokens, limit.tokens) * static_cast<std::uint64_t>(estimate.epochs);
    estimate.price = model.pricePerMillion;
    if (model.pricePerMillion.value)
        estimate.costUsd = static_cast<double>(estimate.billedTokens) / 1e6 * *model.pricePerMillion.value;
    return estimate;
}

std::vector<CostEstimate> estimateCosts(const ModelCatalog &catalog,
                                        const std::map<Encoding, std::vector<std::uint32_t>> &tokensByEncoding,
                                        std::optional<int> epochs)
{
    std::vector<CostEstimate> out;
    for (const auto &model : catalog.models()) {
        const auto it = tokensByEncoding.find(model.encoding);
        if (it == tokensByEncoding.end()) {
            CostEstimate missing = estimateCost(catalog, model, {}, epochs);
            missing.counted = false;
            missing.costUsd.reset();
            out.push_back(std::move(missing));
            continue;
        }
        out.push_back(estimateCost(catalog, model, it->second, epochs));
    }
    return out;
}

} // namespace tb::core
