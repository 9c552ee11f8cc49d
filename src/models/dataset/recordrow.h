#pragma once

#include <QMetaType>
#include <QVector>

#include <cstdint>
#include <string>

namespace tb::models {

// What the record table holds per record: enough to list, sort and find it again, not its JSON. A
// million records stay around 100 bytes each; the JSON is built again on demand by running the
// recipe over the record's conversation only.
struct RecordRow {
    std::uint64_t ordinal = 0;
    std::int64_t anchorMessageId = 0;
    std::uint32_t conversation = 0; // index into the build's conversation names
    std::uint32_t tokens = 0;
    std::uint16_t errors = 0;       // validator findings on this record, by severity
    std::uint16_t warnings = 0;
    std::string preview;            // the first words of what the record teaches (UTF-8, short)
};

using RecordRows = QVector<RecordRow>;

} // namespace tb::models

Q_DECLARE_METATYPE(tb::models::RecordRows)
