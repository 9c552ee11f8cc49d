#pragma once

#include "domain/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

// Byte string -> BPE rank, the hot lookup of the tokenizer. Open addressing over 16-byte slots that
// hold the first 8 bytes of the key inline, so most lookups (tokens average ~6 bytes) touch one
// cache line and never the byte arena. Immutable after parse(), so any number of threads may read.
class RankTable final {
public:
    static constexpr std::uint32_t kNoRank = std::numeric_limits<std::uint32_t>::max();

    // Parses tiktoken's text form ("base64(bytes) rank" per line). Ranks must be 0..n-1, each once.
    static Result<RankTable> parse(std::string_view text, std::string_view source);

    std::uint32_t find(const char *data, std::size_t length) const
    {
        if (length == 1)
            return m_byteRank[static_cast<unsigned char>(*data)];
        if (length == 0 || length > m_maxLength)
            return kNoRank;
        if (length == 2)
            return m_pairRank[pairIndex(data)];
        const std::uint64_t prefix = loadPrefix(data, length);
        std::uint64_t slot = hashKey(prefix, data, length) & m_mask;
        for (;;) {
            const Slot &s = m_slots[slot];
            if (s.length == 0)
                return kNoRank;
            if (s.prefix == prefix && s.length == length
                && (length <= 8 || std::memcmp(m_arena.data() + m_offsets[s.rank] + 8, data + 8, length - 8) == 0))
                return s.rank;
            slot = (slot + 1) & m_mask;
        }
    }
    std::uint32_t find(std::string_view bytes) const { return find(bytes.data(), bytes.size()); }

    // The bytes of RANK (RANK < size()).
    std::string_view bytes(std::uint32_t rank) const
    {
        return {m_arena.data() + m_offsets[rank], m_offsets[rank + 1] - m_offsets[rank]};
    }
    std::size_t size() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }

private:
    struct Slot {
        std::uint64_t prefix = 0;
        std::uint32_t rank = 0;
        std::uint32_t length = 0; // 0: empty slot (no token is empty)
    };

    static std::size_t pairIndex(const char *data)
    {
        return (static_cast<std::size_t>(static_cast<unsigned char>(data[0])) << 8) | static_cast<unsigned char>(data[1]);
    }
    static std::uint64_t loadPrefix(const char *data, std::size_t length)
    {
        std::uint64_t v = 0;
        std::memcpy(&v, data, length < 8 ? length : 8);
        return v;
    }
    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53ULL;
        x ^= x >> 33;
        return x;
    }
    static std::uint64_t hashKey(std::uint64_t prefix, const char *data, std::size_t length)
    {
        std::uint64_t h = mix(prefix ^ (length * 0x9e3779b97f4a7c15ULL));
        for (std::size_t i = 8; i < length; i += 8) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, data + i, length - i < 8 ? length - i : 8);
            h = mix(h ^ chunk);
        }
        return h;
    }
    bool insert(std::uint32_t rank);

    std::string m_arena;                 // every token's bytes, in rank order
    std::vector<std::uint32_t> m_offsets; // rank -> start in m_arena; one extra for the end
    std::vector<Slot> m_slots;
    std::uint64_t m_mask = 0;
    std::size_t m_maxLength = 0;
    std::array<std::uint32_t, 256> m_byteRank{};
    // Every 2-byte string's rank: byte-pair merging starts by looking up each adjacent pair.
    std::vector<std::uint32_t> m_pairRank;
};

} // namespace tb::core
