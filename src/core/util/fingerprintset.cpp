#include "fingerprintset.h"

namespace tb::core {

FingerprintSet::Fingerprint FingerprintSet::of(std::string_view bytes)
{
    // FNV-1a twice in one pass, with different offset bases, then a final mix of each so that
    // keys differing only in their last bytes spread over the whole table.
    std::uint64_t a = 14695981039346656037ull, b = 0x84222325cbf29ce4ull;
    for (const char c : bytes) {
        a = (a ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        b = (b ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    const auto mix = [](std::uint64_t x) {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdull;
        x ^= x >> 33;
        return x;
    };
    Fingerprint f{mix(a), mix(b)};
    if (f.a == 0 && f.b == 0)
        f.b = 1;
    return f;
}

bool FingerprintSet::insert(Fingerprint fingerprint)
{
    if ((m_size + 1) * 2 > m_slots.size())
        rehash(m_slots.empty() ? 1024 : m_slots.size() * 2);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = fingerprint.a & mask;; i = (i + 1) & mask) {
        Fingerprint &slot = m_slots[i];
        if (slot == Fingerprint{}) {
            slot = fingerprint;
            ++m_size;
            return true;
        }
        if (slot == fingerprint)
            return false;
    }
}

void FingerprintSet::clear()
{
    m_slots = {};
    m_size = 0;
}

void FingerprintSet::reserve(std::size_t count)
{
    std::size_t slots = 1024;
    while (slots < count * 2)
        slots *= 2;
    if (slots > m_slots.size())
        rehash(slots);
}

void FingerprintSet::rehash(std::size_t slots)
{
    std::vector<Fingerprint> old = std::move(m_slots);
    m_slots.assign(slots, Fingerprint{});
    m_size = 0;
    for (const auto &f : old) {
        if (!(f == Fingerprint{}))
            insert(f);
    }
}

} // namespace tb::core
