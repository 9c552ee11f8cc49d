#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

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
    std::size_t size() const { return m_size; }
    // Makes room for COUNT fingerprints at once, instead of growing (and re-placing all) on the way.
    void reserve(std::size_t count);
    void clear();

private:
    void rehash(std::size_t slots);

    std::vector<Fingerprint> m_slots; // {0, 0} marks an empty slot; of() never returns it
    std::size_t m_size = 0;
};

} // namespace tb::core
