#pragma once

#include "domain/result.h"
#include "tokenizer/asciisplit.h"
#include "tokenizer/unicodedelta.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace tb::core {

// Splits text into the pieces BPE merges within, with an encoding's pat_str compiled once by PCRE2
// (UTF + Unicode properties, JIT) and, for o200k_base and cl100k_base, matched by hand on ASCII.
// Thread-safe: match data and JIT stack are per thread.
class Pretokenizer final {
public:
    // PATTERN is tiktoken's pat_str, compiled as forPcre2() rewrites it.
    static Result<Pretokenizer> compile(std::string_view pattern);

    Pretokenizer(Pretokenizer &&other) noexcept;
    Pretokenizer &operator=(Pretokenizer &&other) noexcept;
    Pretokenizer(const Pretokenizer &) = delete;
    Pretokenizer &operator=(const Pretokenizer &) = delete;
    ~Pretokenizer();

    // Calls VISIT(piece) for each match in TEXT, which must be valid UTF-8. For o200k_base's and
    // cl100k_base's patterns, pieces of ASCII text are matched by hand (asciisplit.h) and PCRE2 is
    // asked only for the others: the same pieces, several times faster.
    template <typename Visit>
    void forEachPiece(std::string_view text, Visit &&visit) const
    {
        switch (m_flavour) {
        case asciisplit::O200k:
            split<asciisplit::O200k>(text, visit);
            return;
        case asciisplit::Cl100k:
            split<asciisplit::Cl100k>(text, visit);
            return;
        case asciisplit::None:
            break;
        }
        forEachPieceRegex(text, visit);
    }

    // The same pieces from PCRE2 alone (the reference the hand-written matcher is tested against).
    template <typename Visit>
    void forEachPieceRegex(std::string_view text, Visit &&visit) const
    {
        const Compiled &compiled = compiledFor(text);
        std::size_t offset = 0;
        while (offset < text.size()) {
            std::size_t start = 0;
            std::size_t end = 0;
            if (!next(compiled, text, offset, start, end))
                return;
            visit(text.substr(start, end - start));
            offset = end;
        }
    }

    // PATTERN with the meaning tiktoken's Rust regex gives it: \s and \S as Unicode White_Space
    // (PCRE2's \s also takes U+180E) and each \p{..} extended to Unicode 16.0 (unicodedelta.h).
    static std::string forPcre2(std::string_view pattern, bool unicode16 = true);

private:
    template <asciisplit::Flavour F, typename Visit>
    void split(std::string_view text, Visit &visit) const
    {
        const asciisplit::Matcher matcher(reinterpret_cast<const unsigned char *>(text.data()), text.size());
        const Compiled *compiled = nullptr; // picked when PCRE2 is first needed
        std::size_t offset = 0;
        while (offset < text.size()) {
            std::size_t end = matcher.pieceEnd<F>(offset);
            std::size_t start = offset;
            if (end == asciisplit::kGiveUp) {
                // Neither pattern looks behind, so only the rest of the text decides the classes.
                if (!compiled)
                    compiled = &compiledFor(text.substr(offset));
                if (!next(*compiled, text, offset, start, end))
                    return;
            }
            visit(text.substr(start, end - start));
            offset = end;
        }
    }

    struct Compiled {
        void *code = nullptr; // pcre2_code_8
        bool jit = false;
        unsigned id = 0; // index of this pattern's per-thread match state
    };
    Pretokenizer() = default;
    static Result<Compiled> compileOne(const std::string &pattern);
    // The next match at or after OFFSET into [START, END); false when there is none.
    static bool next(const Compiled &compiled, std::string_view text, std::size_t offset, std::size_t &start,
        std::size_t &end);

    // The Unicode 16 classes are long lists that slow every match down by half; text without a code
    // point Unicode 15-16 added (nearly all) splits the same with the plain pattern.
    const Compiled &compiledFor(std::string_view text) const
    {
        return containsUnicode16Additions(text) ? m_extended : m_plain;
    }

    asciisplit::Flavour m_flavour = asciisplit::None;
    Compiled m_plain;    // Unicode 14 classes, as PCRE2 has them
    Compiled m_extended; // with the Unicode 15-16 additions
};

} // namespace tb::core
