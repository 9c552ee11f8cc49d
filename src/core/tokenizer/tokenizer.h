#pragma once

#include "domain/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

enum class Encoding { O200kBase, Cl100kBase };

std::string_view toString(Encoding encoding); // "o200k_base", "cl100k_base"
std::optional<Encoding> encodingFromString(std::string_view name);

// OpenAI's tiktoken BPE, exact: the same token ids as tiktoken for every input. Text is counted as
// plain text (a literal "<|endoftext|>" in a message is ordinary characters, as the API counts it).
// Thread-safe after load: one instance serves every thread.
class Tokenizer {
public:
    virtual ~Tokenizer() = default;
    // The shared instance for ENCODING, loaded once from the bundled rank table (checked against
    // its sha256); an error says which file is damaged.
    static Result<std::shared_ptr<const Tokenizer>> get(Encoding encoding);

    virtual Encoding encoding() const = 0;
    virtual std::vector<std::uint32_t> encode(std::string_view text) const = 0;
    virtual std::size_t count(std::string_view text) const = 0;
    virtual std::string decode(const std::vector<std::uint32_t> &tokens) const = 0;
};

} // namespace tb::core
