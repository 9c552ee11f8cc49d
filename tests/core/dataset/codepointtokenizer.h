#pragma once

// A stand-in tokenizer for the dataset tests: one token per UTF-8 code point, so expected counts
// can be worked out by hand. Real-tokenizer counts are tested where the tokenizer is.

#include "dataset/tokenaccounting.h"
#include "tokenizer/tokenizer.h"

#include <memory>

namespace tb::test {

class CodePointTokenizer final : public core::Tokenizer {
public:
    core::Encoding encoding() const override { return core::Encoding::O200kBase; }
    std::vector<std::uint32_t> encode(std::string_view text) const override
    {
        std::vector<std::uint32_t> out;
        for (std::size_t i = 0; i < text.size();) {
            const auto c = static_cast<unsigned char>(text[i]);
            const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            std::uint32_t id = 0;
            for (std::size_t k = 0; k < n && i + k < text.size(); ++k)
                id = (id << 8) | static_cast<unsigned char>(text[i + k]);
            out.push_back(id);
            i += n;
        }
        return out;
    }
    std::size_t count(std::string_view text) const override { return encode(text).size(); }
    std::string decode(const std::vector<std::uint32_t> &tokens) const override
    {
        std::string out;
        for (auto id : tokens) {
            std::string bytes;
            do {
                bytes.insert(bytes.begin(), static_cast<char>(id & 0xFF));
                id >>= 8;
            } while (id != 0);
            out += bytes;
        }
        return out;
    }
};

inline std::shared_ptr<const core::TokenAccountant> codePointAccountant()
{
    return std::make_shared<const core::TokenAccountant>(std::make_shared<CodePointTokenizer>());
}

} // namespace tb::test
