#pragma once

#include "domain/trainingrecord.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tb::core {

// A seeded train/validation split: exactly round(fraction × n) records go to validation, the same
// ones for the same seed and records whatever order or machine. Each record gets a 64-bit key,
// hash(seed, anchor message id) — or hash(seed, content) when the record has no anchor (a file
// being validated) — and the k smallest keys (ties by position) are the validation set.
// Two passes: add() every record (8 bytes each), finish(), then ask isValid() in the same order.
class DatasetSplit {
public:
    DatasetSplit(std::uint64_t seed, double validFraction);

    static std::uint64_t validCountFor(std::uint64_t records, double validFraction);
    static std::uint64_t keyOf(std::uint64_t seed, const TrainingRecord &record);
    static std::uint64_t keyOf(std::uint64_t seed, std::string_view content);

    void add(const TrainingRecord &record) { addKey(keyOf(m_seed, record)); }
    void addContent(std::string_view content) { addKey(keyOf(m_seed, content)); }
    void addKey(std::uint64_t key) { m_keys.push_back(key); }
    void finish();

    std::uint64_t records() const { return m_keys.size(); }
    std::uint64_t validCount() const { return m_validCount; }
    // Whether the INDEX-th record added (0-based) is a validation record; only after finish().
    bool isValid(std::uint64_t index) const { return index < m_valid.size() && m_valid[index]; }

private:
    std::uint64_t m_seed = 0;
    double m_fraction = 0;
    std::vector<std::uint64_t> m_keys;
    std::vector<bool> m_valid;
    std::uint64_t m_validCount = 0;
};

} // namespace tb::core
