#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace tb::core::twitter {

// "Wed Oct 19 20:07:25 +0000 2022" (English names, any offset), or ISO 8601 as a fallback;
// parsed by hand so no locale can change the meaning.
std::optional<std::int64_t> parseTwitterTime(std::string_view text);

// The creation time encoded in a snowflake id (tweets since November 2010), for records whose
// created_at is missing or unreadable.
std::optional<std::int64_t> snowflakeTimeMs(std::string_view id);

} // namespace tb::core::twitter
