#include "tokenizer/encodingspec.h"

namespace tb::core {

const EncodingSpec &encodingSpec(Encoding encoding)
{
    // cl100k_base keeps the classic pattern: it is what @dqbd/tiktoken 1.0.22 (the oracle the tests
    // compare with) uses, and upstream's 2024 possessive rewrite splits text the same way.
    static const EncodingSpec o200k{Encoding::O200kBase, "o200k_base", ":/tokenizer/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d", 199998,
        "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?"
        "|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?"
        "|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
        {{"<|endoftext|>", 199999}, {"<|endofprompt|>", 200018}}};
    static const EncodingSpec cl100k{Encoding::Cl100kBase, "cl100k_base", ":/tokenizer/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7", 100256,
        "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*"
        "|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
        {{"<|endoftext|>", 100257}, {"<|fim_prefix|>", 100258}, {"<|fim_middle|>", 100259},
            {"<|fim_suffix|>", 100260}, {"<|endofprompt|>", 100276}}};
    return encoding == Encoding::O200kBase ? o200k : cl100k;
}

std::string_view toString(Encoding encoding)
{
    return encodingSpec(encoding).name;
}

std::optional<Encoding> encodingFromString(std::string_view name)
{
    for (const Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        if (encodingSpec(e).name == name)
            return e;
    }
    return std::nullopt;
}

} // namespace tb::core
