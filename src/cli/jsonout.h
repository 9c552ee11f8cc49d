#pragma once

#include "domain/finding.h"
#include "store/store.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace tb::cli {

// The JSON shapes the CLI prints; documented in the README, so change them only additively.
nlohmann::json toJson(const core::Finding &finding);
nlohmann::json toJson(const core::StoredMessage &message);
nlohmann::json timestampJson(const std::optional<std::int64_t> &ms);
nlohmann::json flagsJson(std::uint32_t flags);

// Prints VALUE on one line; invalid UTF-8 is replaced rather than aborting the output.
void printJson(const nlohmann::json &value);

} // namespace tb::cli
