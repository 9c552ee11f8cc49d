#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tb::core {

enum class Severity { Info, Warning, Error };

std::string_view toString(Severity severity);

// A problem found in the input, located precisely enough for a person to open the file and look.
struct Finding {
    Severity severity = Severity::Warning;
    std::string file;          // path inside the export
    std::int64_t line = 0;     // 1-based; 0 when the format has no lines
    std::int64_t record = -1;  // 0-based index of the record in the file; -1 when not applicable
    std::string reason;        // what is wrong and what to do
    std::string messageKey;    // the message it concerns, when there is one

    // "file:12: reason" or "file record 3: reason"
    std::string location() const;
    std::string describe() const;
};

} // namespace tb::core
