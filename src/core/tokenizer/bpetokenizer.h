#pragma once

#include "tokenizer/encodingspec.h"
#include "tokenizer/pretokenizer.h"
#include "tokenizer/ranktable.h"
#include "tokenizer/tokenizer.h"

namespace tb::core {

// The Tokenizer: the Pretokenizer splits the text into pieces with the encoding's pattern; a piece that is a
// token is one token (most words), any other is byte-pair merged. Only per-thread scratch is written.
class BpeTokenizer final : public Tokenizer {
public:
    BpeTokenizer(const EncodingSpec &spec, RankTable ranks, Pretokenizer pretokenizer);

    Encoding encoding() const override { return m_spec.encoding; }
    std::vector<std::uint32_t> encode(std::string_view text) const override;
    std::size_t count(std::string_view text) const override;
    std::string decode(const std::vector<std::uint32_t> &tokens) const override;

private:
    template <typename OnPiece>
    void forEachPiece(std::string_view text, OnPiece &&onPiece) const;

    const EncodingSpec &m_spec;
    RankTable m_ranks;
    Pretokenizer m_pretokenizer;
};

} // namespace tb::core
