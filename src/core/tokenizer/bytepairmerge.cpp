#include "tokenizer/bytepairmerge.h"

#include <algorithm>
#include <functional>

namespace tb::core {

namespace {

constexpr std::uint32_t kNone = RankTable::kNoRank;
// Above this many bytes the quadratic scan loses to the heap (measured on long emoji and symbol runs).
constexpr std::size_t kLongPiece = 64;

} // namespace

void BytePairMerge::encode(
    const RankTable &ranks, std::string_view piece, std::vector<std::uint32_t> &out, Strategy strategy)
{
    merge(ranks, piece, strategy);
    for (std::size_t i = 0; i + 1 < m_starts.size(); ++i)
        out.push_back(ranks.find(piece.data() + m_starts[i], m_starts[i + 1] - m_starts[i]));
}

std::size_t BytePairMerge::count(const RankTable &ranks, std::string_view piece, Strategy strategy)
{
    merge(ranks, piece, strategy);
    return m_starts.size() - 1;
}

void BytePairMerge::merge(const RankTable &ranks, std::string_view piece, Strategy strategy)
{
    if (strategy == Strategy::Scan || (strategy == Strategy::Auto && piece.size() < kLongPiece))
        mergeShort(ranks, piece);
    else
        mergeLong(ranks, piece);
}

// tiktoken's _byte_pair_merge, line for line: parts are (start, rank of merging with the next part).
void BytePairMerge::mergeShort(const RankTable &ranks, std::string_view piece)
{
    const std::size_t n = piece.size();
    m_starts.resize(n + 1);
    m_partRanks.resize(n + 1);
    std::uint32_t minRank = kNone;
    std::size_t minIndex = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const std::uint32_t rank = ranks.find(piece.data() + i, 2);
        if (rank < minRank) {
            minRank = rank;
            minIndex = i;
        }
        m_starts[i] = static_cast<std::uint32_t>(i);
        m_partRanks[i] = rank;
    }
    m_starts[n - 1] = static_cast<std::uint32_t>(n - 1);
    m_partRanks[n - 1] = kNone;
    m_starts[n] = static_cast<std::uint32_t>(n);
    m_partRanks[n] = kNone;
    std::size_t parts = n + 1;

    std::uint32_t *starts = m_starts.data();
    std::uint32_t *partRanks = m_partRanks.data();
    const char *data = piece.data();
    while (minRank != kNone) {
        // Merge part I with part I+1: drop I+1, then re-rank the pairs that now end or start at I.
        const std::size_t i = minIndex;
        --parts;
        for (std::size_t k = i + 1; k < parts; ++k) {
            starts[k] = starts[k + 1];
            partRanks[k] = partRanks[k + 1];
        }
        if (i > 0)
            partRanks[i - 1] = ranks.find(data + starts[i - 1], starts[i + 1] - starts[i - 1]);
        partRanks[i] = i + 2 < parts ? ranks.find(data + starts[i], starts[i + 2] - starts[i]) : kNone;

        minRank = kNone;
        for (std::size_t k = 0; k + 1 < parts; ++k) {
            if (partRanks[k] < minRank) {
                minRank = partRanks[k];
                minIndex = k;
            }
        }
    }
    m_starts.resize(parts);
}

// The same choices with a min-heap of (rank, start): tiktoken takes the lowest rank and, among equal
// ranks, the leftmost pair, which is the lowest start offset. Parts are a linked list by start
// offset; a heap entry is stale when its part is gone or its pair rank has changed since.
void BytePairMerge::mergeLong(const RankTable &ranks, std::string_view piece)
{
    const auto n = static_cast<std::uint32_t>(piece.size());
    m_next.resize(n + 1);
    m_prev.resize(n + 1);
    m_partRanks.assign(n + 1, kNone);
    m_heap.clear();
    for (std::uint32_t i = 0; i <= n; ++i) {
        m_next[i] = i + 1;
        m_prev[i] = i == 0 ? kNone : i - 1;
    }
    const auto key = [](std::uint32_t rank, std::uint32_t start) {
        return (static_cast<std::uint64_t>(rank) << 32) | start;
    };
    const auto pairRank = [&](std::uint32_t start) {
        // The pair of the part at START and the next one; there is none without a part after them.
        const std::uint32_t second = m_next[start];
        if (second >= n)
            return kNone;
        const std::uint32_t end = m_next[second];
        return ranks.find(piece.data() + start, end - start);
    };
    for (std::uint32_t i = 0; i + 1 < n; ++i) {
        m_partRanks[i] = ranks.find(piece.data() + i, 2);
        if (m_partRanks[i] != kNone)
            m_heap.push_back(key(m_partRanks[i], i));
    }
    std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    const auto push = [&](std::uint32_t start) {
        m_partRanks[start] = pairRank(start);
        if (m_partRanks[start] != kNone) {
            m_heap.push_back(key(m_partRanks[start], start));
            std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        }
    };
    while (!m_heap.empty()) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        const std::uint64_t top = m_heap.back();
        m_heap.pop_back();
        const auto rank = static_cast<std::uint32_t>(top >> 32);
        const auto start = static_cast<std::uint32_t>(top);
        if (m_partRanks[start] != rank)
            continue; // stale: merged away (kNone) or re-ranked
        // Merge the part at START with the next one.
        const std::uint32_t removed = m_next[start];
        m_next[start] = m_next[removed];
        m_prev[m_next[removed]] = start;
        m_partRanks[removed] = kNone;
        push(start);
        if (m_prev[start] != kNone)
            push(m_prev[start]);
    }
    m_starts.clear();
    for (std::uint32_t i = 0; i < n; i = m_next[i])
        m_starts.push_back(i);
    m_starts.push_back(n);
}

} // namespace tb::core
