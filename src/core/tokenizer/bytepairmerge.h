#pragma once

#include "tokenizer/ranktable.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tb::core {

// tiktoken's byte-pair merge of one piece that is not itself a token: repeatedly merge the adjacent
// pair whose bytes have the lowest rank (the leftmost on a tie) until no pair is a token. Calls
// EMIT(rank) for each resulting token in order. Short pieces use tiktoken's own array scan; long
// ones a heap over a linked list, which makes the same choices in O(n log n) instead of O(n^2).
class BytePairMerge final {
public:
    // Auto picks by length; tests force either to check they agree.
    enum class Strategy { Auto, Scan, Heap };

    void encode(const RankTable &ranks, std::string_view piece, std::vector<std::uint32_t> &out,
        Strategy strategy = Strategy::Auto);
    std::size_t count(const RankTable &ranks, std::string_view piece, Strategy strategy = Strategy::Auto);

private:
    // Leaves the start offset of every final part in m_starts (plus piece.size() at the end).
    void merge(const RankTable &ranks, std::string_view piece, Strategy strategy);
    void mergeShort(const RankTable &ranks, std::string_view piece);
    void mergeLong(const RankTable &ranks, std::string_view piece);

    std::vector<std::uint32_t> m_starts;
    // scratch reused between calls (one BytePairMerge per thread: not thread-safe itself)
    std::vector<std::uint32_t> m_partRanks;
    std::vector<std::uint32_t> m_next;
    std::vector<std::uint32_t> m_prev;
    std::vector<std::uint64_t> m_heap;
};

} // namespace tb::core
