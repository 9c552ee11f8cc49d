#include "datasetsplit.h"

#include "contenthash.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tb::core {

DatasetSplit::DatasetSplit(std::uint64_t seed, double validFraction)
    : m_seed(seed), m_fraction(std::clamp(validFraction, 0.0, 1.0))
{
}

std::uint64_t DatasetSplit::validCountFor(std::uint64_t records, double validFraction)
{
    const double fraction = std::clamp(validFraction, 0.0, 1.0);
    return std::min<std::uint64_t>(records, static_cast<std::uint64_t>(std::llround(fraction * static_cast<double>(records))));
}

std::uint64_t DatasetSplit::keyOf(std::uint64_t seed, const TrainingRecord &record)
{
    if (record.anchorMessageId != 0)
        return mix64(mix64(seed) ^ static_cast<std::uint64_t>(record.anchorMessageId));
    std::string content;
    for (const auto &turn : record.messages) {
        content += turn.content;
        content.push_back('\x1f');
    }
    if (record.promptCompletion)
        content += record.promptCompletion->prompt + '\x1f' + record.promptCompletion->completion;
    return keyOf(seed, content);
}

std::uint64_t DatasetSplit::keyOf(std::uint64_t seed, std::string_view content)
{
    return hash64(content, seed);
}

void DatasetSplit::finish()
{
    const std::uint64_t n = m_keys.size();
    m_validCount = validCountFor(n, m_fraction);
    m_valid.assign(n, false);
    if (m_validCount == 0)
        return;
    // The k smallest (key, position) pairs: positions break ties, so the count is exact.
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0U);
    const auto less = [this](std::uint32_t a, std::uint32_t b) {
        return m_keys[a] != m_keys[b] ? m_keys[a] < m_keys[b] : a < b;
    };
    std::nth_element(order.begin(), order.begin() + static_cast<long>(m_validCount - 1), order.end(), less);
    for (std::uint64_t i = 0; i < m_validCount; ++i)
        m_valid[order[i]] = true;
    // nth_element leaves the smaller ones before the k-th in some order: all of them are the k smallest.
}

} // namespace tb::core
