#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace tb::core {

// A set of 128-bit fingerprints of strings, for telling whether a key was seen before without
// keeping the key: a million-message import checks every key against it. Open addressing in one
// flat array (no allocation per entry, freed at once); a false "seen" needs two independent 64-bit
// hashes to collide at once.
class FingerprintSet {
public:
    struct Fingerprint {
        std::uint64_t a = 0, b = 0;
        bool operator==(const Fingerprint &) const = default;
    };

    static Fingerprint of(std::string_view bytes);

    // Adds FINGERPRINT; false when it was there already.
    bool insert(Fingerprint fingerprint);
    bool insert(std::string_view bytes) { return insert(of(bytes)); }
    // Starts loading FINGERPRINT's slot into the cache: in a large set every insert is a cache miss,
    // and asking a few inserts ahead lets those misses overlap instead of queueing.
    void prefetch(Fingerprint fingerprint) const
    {
        if (m_slotCount != 0)
            __builtin_prefetch(&m_slots[fingerprint.a & (m_slotCount - 1)]);
    }
    std::size_t size() const { return m_size; }
    // Makes room for COUNT fingerprints at once, instead of growing (and re-placing all) on the way.
    void reserve(std::size_t count);
    void clear();

private:
    struct Free {
        void operator()(Fingerprint *slots) const { std::free(slots); }
    };
    using Slots = std::unique_ptr<Fingerprint[], Free>;
    static Slots allocate(std::size_t count);
    void rehash(std::size_t slots);

    Slots m_slots; // {0, 0} marks an empty slot; of() never returns it
    std::size_t m_slotCount = 0;
    std::size_t m_size = 0;
};

} // namespace tb::core
