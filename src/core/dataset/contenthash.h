#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace tb::core {

// A fast seeded 64-bit hash for split keys and duplicate detection (not cryptographic). Two seeds
// give a 128-bit fingerprint: a false duplicate needs both to collide.
inline std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline std::uint64_t hash64(std::string_view data, std::uint64_t seed)
{
    std::uint64_t h = mix64(seed ^ 0x9e3779b97f4a7c15ULL) ^ (data.size() * 0xff51afd7ed558ccdULL);
    std::size_t i = 0;
    for (; i + 8 <= data.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, data.data() + i, 8);
        h = mix64(h ^ word) + 0x9e3779b97f4a7c15ULL;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, data.data() + i, data.size() - i);
    return mix64(h ^ tail ^ (std::uint64_t(data.size() - i) << 56));
}

struct Fingerprint {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    bool operator==(const Fingerprint &) const = default;
};

struct FingerprintHash {
    std::size_t operator()(const Fingerprint &f) const { return static_cast<std::size_t>(f.a); }
};

inline Fingerprint fingerprint(std::string_view data)
{
    return {hash64(data, 0x5eed0001), hash64(data, 0x5eed0002)};
}

} // namespace tb::core
