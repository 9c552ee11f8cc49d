#include "fingerprintset.h"

#include <cstring>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tb::core {

FingerprintSet::Slots FingerprintSet::allocate(std::size_t count)
{
    // A million-key table is tens of megabytes touched at random: in 4 KiB pages nearly every
    // lookup also misses the TLB (a page walk, dearer still in a VM). Large tables ask for 2 MiB pages.
    constexpr std::size_t kHugePage = std::size_t(2) << 20;
    const std::size_t bytes = count * sizeof(Fingerprint);
    const bool huge = bytes >= kHugePage;
    const std::size_t rounded = huge ? (bytes + kHugePage - 1) / kHugePage * kHugePage : bytes;
    void *memory = std::aligned_alloc(huge ? kHugePage : alignof(Fingerprint), rounded);
    if (!memory)
        throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (huge)
        madvise(memory, rounded, MADV_HUGEPAGE); // advice only: without it the table just works slower
#endif
    std::memset(memory, 0, bytes);
    return Slots(static_cast<Fingerprint *>(memory));
}

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
    if ((m_size + 1) * 2 > m_slotCount)
        rehash(m_slotCount == 0 ? 1024 : m_slotCount * 2);
    const std::size_t mask = m_slotCount - 1;
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
    m_slots.reset();
    m_slotCount = 0;
    m_size = 0;
}

void FingerprintSet::reserve(std::size_t count)
{
    std::size_t slots = 1024;
    while (slots < count * 2)
        slots *= 2;
    if (slots > m_slotCount)
        rehash(slots);
}

void FingerprintSet::rehash(std::size_t slots)
{
    const Slots old = std::move(m_slots);
    const std::size_t oldCount = m_slotCount;
    m_slots = allocate(slots);
    m_slotCount = slots;
    m_size = 0;
    for (std::size_t i = 0; i < oldCount; ++i) {
        if (!(old[i] == Fingerprint{}))
            insert(old[i]);
    }
}

} // namespace tb::core
