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
// Text is UTF-8; invalid bytes never crash: each maximal invalid sequence counts as U+FFFD, which is
// what tiktoken sees when a JavaScript or Python caller decodes the same bytes.
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
    // The bytes of TOKENS (special-token ids as their text; ids outside the vocabulary are skipped).
    virtual std::string decode(const std::vector<std::uint32_t> &tokens) const = 0;

    // count() of each text, spread over THREADS threads (0 = every core); result[i] is texts[i]'s.
    std::vector<std::size_t> countMany(const std::vector<std::string_view> &texts, unsigned threads = 0) const;

    // A tokenizer for ENCODING built from RANK_TABLE (the .tiktoken text) after checking its sha256
    // against the one compiled in; get() uses it on the bundled file, tests on damaged copies.
    // SOURCE names the table in the error.
    static Result<std::shared_ptr<const Tokenizer>> fromRankTable(
        Encoding encoding, std::string_view rankTable, std::string_view source);
};

} // namespace tb::core
