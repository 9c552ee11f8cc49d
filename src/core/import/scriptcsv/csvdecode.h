#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tb::core::scriptcsv {

// How the bytes of a CSV file were turned into UTF-8.
enum class SourceEncoding {
    Utf8,
    Utf8WithBom,
    Utf16Le, // Excel's "Unicode text"
    Utf16Be,
    Windows1252, // no valid UTF-8 multi-byte sequence at all, but bytes above 0x7F
    RepairedUtf8, // mostly UTF-8 with some invalid bytes, replaced by U+FFFD
};

struct DecodedCsv {
    std::string owned; // the converted text, when the bytes were not UTF-8 already
    std::string_view borrowed; // else a view into the bytes given: a large valid file is not copied
    bool converted = false;
    std::string_view text() const { return converted ? std::string_view(owned) : borrowed; }
    SourceEncoding encoding = SourceEncoding::Utf8;
    std::size_t replaced = 0; // bytes or units that became U+FFFD
};

// Decodes BYTES to UTF-8 without a BOM. A byte-order mark decides; without one, zero bytes in every
// other position mean UTF-16, valid UTF-8 stays as it is, and text with no valid multi-byte sequence
// is read as Windows-1252 (what Excel writes in Western locales). The result may point into BYTES.
DecodedCsv decodeCsvBytes(std::string_view bytes);

} // namespace tb::core::scriptcsv
