#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core::scriptcsv {

// The number in "Season 1", "S01", "Episode 03", "Ep. 3", "3" or "3.0"; nullopt for other text.
std::optional<long> numberIn(std::string_view value);

// VALUE as a part of a key: its number when it has one (so "Season 1" and "1" agree), else the
// trimmed text with ':' and '%' escaped so parts cannot run into each other.
std::string keyPart(std::string_view value);

// "S01E02 Rixty Minutes" when SEASONEPISODE and both values are numbers; else the values joined by
// spaces, then the title.
std::string conversationName(const std::vector<std::string_view> &values, bool seasonEpisode, std::string_view title);

// "scripts/rick.csv" -> "rick".
std::string fileStem(std::string_view path);

} // namespace tb::core::scriptcsv
