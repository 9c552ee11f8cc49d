#pragma once

#include "domain/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace tb::core {

// Splits text into the pieces BPE merges within, with an encoding's pat_str compiled once by PCRE2
// (UTF + Unicode properties, JIT). Thread-safe: match data and JIT stack are per thread.
class Pretokenizer final {
public:
    // PATTERN is tiktoken's pat_str, compiled as forPcre2() rewrites it.
    static Result<Pretokenizer> compile(std::string_view pattern);

    Pretokenizer(Pretokenizer &&other) noexcept;
    Pretokenizer &operator=(Pretokenizer &&other) noexcept;
    Pretokenizer(const Pretokenizer &) = delete;
    Pretokenizer &operator=(const Pretokenizer &) = delete;
    ~Pretokenizer();

    // Calls VISIT(piece) for each match in TEXT, which must be valid UTF-8.
    template <typename Visit>
    void forEachPiece(std::string_view text, Visit &&visit) const
    {
        std::size_t offset = 0;
        while (offset < text.size()) {
            std::size_t start = 0;
            std::size_t end = 0;
            if (!next(text, offset, start, end))
                return;
            visit(text.substr(start, end - start));
            offset = end;
        }
    }

    // PATTERN with the meaning tiktoken's Rust regex gives it: \s and \S as Unicode White_Space
    // (PCRE2's \s also takes U+180E) and each \p{..} extended to Unicode 16.0 (unicodedelta.h).
    static std::string forPcre2(std::string_view pattern);

private:
    Pretokenizer() = default;
    // The next match at or after OFFSET into [START, END); false when there is none.
    bool next(std::string_view text, std::size_t offset, std::size_t &start, std::size_t &end) const;

    void *m_code = nullptr; // pcre2_code_8
    bool m_jit = false;
    unsigned m_id = 0; // index of this pattern's per-thread match state
};

} // namespace tb::core
