#pragma once

#include "import/findinglimiter.h"
#include "input/inputsource.h"
#include "ytdfile.h"

#include <string>

namespace tb::core::twitter {

// Reads the JSON array in one archive file through READER, turning everything that goes wrong into
// findings on ENTRY: a file that is not an archive file, invalid UTF-8, damaged records, a cut-short
// file. Returns how many records reached ELEMENT. CONTENT is borrowed: padding is appended for the
// parser and taken off again, so a file of hundreds of megabytes is not copied.
std::size_t readYtdArray(YtdReader &reader, const InputEntry &entry, std::string &content, FindingLimiter &findings,
    const YtdReader::ElementFn &element);

} // namespace tb::core::twitter
