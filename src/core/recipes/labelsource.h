#pragma once

#include <cstdint>
#include <optional>

namespace tb::core {

enum class LabelValue { Positive, Negative, Skip };

// What the user (or a model they accepted) said about a message. Recipes read labels only through
// this interface; until the labelling page exists every project has none (NoLabels). There,
// negative marks become ` nil` completions, weight-0 turns, DPO pairs or KTO rows.
class LabelSource {
public:
    virtual ~LabelSource() = default;
    virtual std::optional<LabelValue> labelFor(std::int64_t messageId) const = 0;
};

class NoLabels final : public LabelSource {
public:
    std::optional<LabelValue> labelFor(std::int64_t) const override { return std::nullopt; }
};

} // namespace tb::core
