#include "ftstokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tb::core::sql {

namespace {

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// How unicode61 with its default categories ("L* N* Co") sees a byte: ASCII letters and digits are
// token characters, every other ASCII byte always ends a token (its UTF-8 decoder never makes an
// ASCII byte part of a longer character), and bytes from 0x80 up belong to characters whose class
// only the built-in tables know.
enum ByteClass : unsigned char { Separator, AsciiWord, NonAscii };

constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        classes[std::size_t(c)] = c >= 0x80 ? NonAscii : alnum ? AsciiWord : Separator;
    }
    return classes;
}

[[maybe_unused]] constexpr std::array<unsigned char, 256> kClasses = makeClasses();

struct Module {
    fts5_tokenizer builtin{};
    void *builtinContext = nullptr;
};

struct Tokenizer {
    const Module *module = nullptr;
    Fts5Tokenizer *inner = nullptr;
    bool asciiFastPath = false; // false when options (categories, tokenchars, separators) change ASCII classes
    // Scratch for the text being tokenized: one bit per byte, and its bytes with A-Z lowered.
    std::vector<std::uint64_t> words, separators, high;
    std::string fold;
};

// Passes the built-in tokenizer's tokens on with offsets into the whole text, and remembers the
// caller's answer: SQLITE_DONE (stop) must end the whole text, not just this word.
struct Shifted {
    void *context;
    TokenCallback token;
    int offset;
    int rc;
};

int shiftedToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *shifted = static_cast<Shifted *>(context);
    shifted->rc = shifted->token(shifted->context, flags, token, size, start + shifted->offset, end + shifted->offset);
    return shifted->rc;
}

int create(void *context, const char **args, int argCount, Fts5Tokenizer **out)
{
    *out = nullptr;
    const auto *module = static_cast<const Module *>(context);
    Fts5Tokenizer *inner = nullptr;
    // The built-in one checks the options and reports them as it always has.
    if (const int rc = module->builtin.xCreate(module->builtinContext, args, argCount, &inner); rc != SQLITE_OK)
        return rc;
    auto *tokenizer = new (std::nothrow) Tokenizer;
    if (!tokenizer) {
        module->builtin.xDelete(inner);
        return SQLITE_NOMEM;
    }
    tokenizer->module = module;
    tokenizer->inner = inner;
    tokenizer->asciiFastPath = true;
    for (int i = 0; i + 1 < argCount; i += 2) {
        // remove_diacritics only concerns characters outside ASCII.
        if (sqlite3_stricmp(args[i], "remove_diacritics") != 0)
            tokenizer->asciiFastPath = false;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *handle)
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(handle);
    if (!tokenizer)
        return;
    tokenizer->module->builtin.xDelete(tokenizer->inner);
    delete tokenizer;
}

// Reads 64 bytes at SRC: sets bit i of WORD when byte i belongs to a word (is not an ASCII
// separator) and of HIGH when it is not ASCII, and writes the bytes to DST with A-Z lowered.
void classify64(const unsigned char *src, unsigned char *dst, std::uint64_t &word, std::uint64_t &high)
{
    word = 0;
    high = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time: x is in [lo, lo + n] when min(x - lo, n) == x - lo, unsigned.
    const auto inRange = [](__m128i v, char lo, char n) {
        const __m128i shifted = _mm_sub_epi8(v, _mm_set1_epi8(lo));
        return _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(n)), shifted);
    };
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + 16 * k));
        const __m128i upper = inRange(v, 'A', 25);
        const __m128i letter = inRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 25);
        const __m128i digit = inRange(v, '0', 9);
        const auto nonAscii = std::uint64_t(std::uint32_t(_mm_movemask_epi8(v)));
        word |= (std::uint64_t(std::uint32_t(_mm_movemask_epi8(_mm_or_si128(digit, letter)))) | nonAscii) << (16 * k);
        high |= nonAscii << (16 * k);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + 16 * k),
                         _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    }
#else
    for (int k = 0; k < 64; ++k) {
        const unsigned char c = src[k];
        word |= std::uint64_t(kClasses[c] != Separator) << k;
        high |= std::uint64_t(c >= 0x80) << k;
        dst[k] = static_cast<unsigned char>(unsigned(c - 'A') < 26u ? c + 32 : c);
    }
#endif
}

// The first position at or after FROM whose bit is set in BITS (one word per 64 bytes), or END.
int nextSet(const std::uint64_t *bits, int from, int end)
{
    int block = from >> 6;
    std::uint64_t w = bits[block] & (~std::uint64_t(0) << (from & 63));
    const int blocks = (end + 63) >> 6;
    while (w == 0) {
        if (++block >= blocks)
            return end;
        w = bits[block];
    }
    return std::min(block * 64 + std::countr_zero(w), end);
}

bool anySet(const std::uint64_t *bits, int from, int to)
{
    for (int block = from >> 6; block * 64 < to; ++block) {
        std::uint64_t w = bits[block];
        if (block == from >> 6)
            w &= ~std::uint64_t(0) << (from & 63);
        if (to - block * 64 < 64)
            w &= (std::uint64_t(1) << (to - block * 64)) - 1;
        if (w)
            return true;
    }
    return false;
}

int tokenizeFast(Tokenizer &tokenizer, void *context, int flags, const char *text, int size, TokenCallback token)
{
    // Classify and lower the whole text first, 64 bytes at a time; bytes past its end read as NUL,
    // a separator.
    if (size <= 0)
        return SQLITE_OK;
    const int blocks = (size + 63) / 64;
    if (tokenizer.words.size() < std::size_t(blocks)) {
        tokenizer.words.resize(std::size_t(blocks) * 2);
        tokenizer.separators.resize(std::size_t(blocks) * 2);
        tokenizer.high.resize(std::size_t(blocks) * 2);
        tokenizer.fold.resize(std::size_t(blocks) * 2 * 64);
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    auto *lowered = reinterpret_cast<unsigned char *>(tokenizer.fold.data());
    for (int block = 0; block < blocks; ++block) {
        const int at = block * 64;
        std::uint64_t &word = tokenizer.words[std::size_t(block)];
        std::uint64_t &high = tokenizer.high[std::size_t(block)];
        if (size - at >= 64) {
            classify64(bytes + at, lowered + at, word, high);
        } else {
            std::array<unsigned char, 64> tail{};
            std::memcpy(tail.data(), bytes + at, std::size_t(size - at));
            classify64(tail.data(), lowered + at, word, high);
        }
        tokenizer.separators[std::size_t(block)] = ~word;
    }
    int i = 0;
    for (;;) {
        // A word: a run of bytes up to the next ASCII separator.
        const int start = nextSet(tokenizer.words.data(), i, size);
        if (start >= size)
            return SQLITE_OK;
        i = nextSet(tokenizer.separators.data(), start, size);
        int rc;
        if (anySet(tokenizer.high.data(), start, i)) {
            // Non-ASCII characters may separate, fold or vanish: the built-in tables decide.
            Shifted shifted{context, token, start, SQLITE_OK};
            rc = tokenizer.module->builtin.xTokenize(tokenizer.inner, &shifted, flags, text + start, i - start,
                                                     shiftedToken);
            if (shifted.rc != SQLITE_OK)
                rc = shifted.rc;
        } else {
            rc = token(context, 0, tokenizer.fold.data() + start, i - start, start, i);
        }
        if (rc != SQLITE_OK)
            return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
}

int tokenize(Fts5Tokenizer *handle, void *context, int flags, const char *text, int size, TokenCallback token)
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(handle);
    if (!tokenizer->asciiFastPath)
        return tokenizer->module->builtin.xTokenize(tokenizer->inner, context, flags, text, size, token);
    try {
        return tokenizeFast(*tokenizer, context, flags, text, size, token);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
}

} // namespace

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

bool installFastUnicode61(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return false;
    auto module = std::make_unique<Module>();
    if (api->xFindTokenizer(api, "unicode61", &module->builtinContext, &module->builtin) != SQLITE_OK)
        return false;
    static fts5_tokenizer fast = {create, destroy, tokenize};
    // FTS5 looks tokenizers up newest first, so this one now answers to "unicode61" on DB.
    if (api->xCreateTokenizer(api, "unicode61", module.get(), &fast,
                              [](void *m) { delete static_cast<Module *>(m); }) != SQLITE_OK)
        return false;
    module.release(); // owned by the connection now: freed when it closes
    return true;
}

} // namespace tb::core::sql
