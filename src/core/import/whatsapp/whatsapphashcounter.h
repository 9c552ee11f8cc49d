#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tb::core::whatsapp {

// Counts how often each 64-bit hash was seen, in one flat table sized for the whole file: a node
// per message would cost a million allocations. Lookups land anywhere in a table of tens of
// megabytes, so callers prefetch a slot some messages before they need it.
class HashCounter {
public:
    explicit HashCounter(std::size_t expected)
    {
        std::size_t capacity = 16;
        while (capacity < expected * 2)
            capacity <<= 1;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
    }

    void prefetch(std::uint64_t hash) const { __builtin_prefetch(&m_slots[index(hash)]); }

    // How many times HASH was seen before.
    std::uint32_t next(std::uint64_t hash)
    {
        if (hash == 0)
            return m_zero++;
        for (std::size_t i = index(hash);; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.hash == hash)
                return slot.count++;
            if (slot.hash == 0) {
                slot.hash = hash;
                slot.count = 1;
                return 0;
            }
        }
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t count = 0;
    };
    std::size_t index(std::uint64_t hash) const { return (hash ^ (hash >> 29)) & m_mask; }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::uint32_t m_zero = 0;
};

} // namespace tb::core::whatsapp
