#pragma once

#include "tokenizer/tokenizer.h"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace tb::core {

// What defines an encoding besides its ranks, as tiktoken's openai_public.py and the npm
// @dqbd/tiktoken 1.0.22 registry give it (../shared/reference/tokenizer/encodings.json).
struct EncodingSpec {
    Encoding encoding;
    std::string_view name;
    std::string_view resource;  // the bundled rank table (qt_add_resources in src/core/CMakeLists.txt)
    std::string_view sha256;    // of the rank table, as upstream tiktoken checks it
    std::size_t rankCount;
    std::string_view pattern;   // pat_str, as upstream has it
    std::vector<std::pair<std::string_view, std::uint32_t>> specialTokens;
};

const EncodingSpec &encodingSpec(Encoding encoding);

} // namespace tb::core
