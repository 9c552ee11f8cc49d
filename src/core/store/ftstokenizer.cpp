#include "ftstokenizer.h"

#include "util/text.h"

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

// What the built-in tokenizer does with one character outside ASCII, learned by asking it the first
// time the character is met: whether it may start a token (a letter or digit), whether it may
// continue one (combining marks too), and the bytes it folds to. unicode61 decides this for each
// character alone, whatever surrounds it, so the answer holds everywhere.
struct CharRule {
    enum State : std::uint8_t { Unknown, Learned, Unsupported };
    State state = Unknown; // Unsupported: the answers did not fit that model; the built-in one decides
    bool starts = false;
    bool continues = false;
    std::uint8_t foldSize = 0;
    std::array<char, 4> fold{};
};

constexpr std::uint32_t kRulePageSize = 256;
constexpr std::uint32_t kCodePoints = 0x110000;
using RulePage = std::array<CharRule, kRulePageSize>;

struct Tokenizer {
    const Module *module = nullptr;
    Fts5Tokenizer *inner = nullptr;
    bool asciiFastPath = false; // false when options (categories, tokenchars, separators) change ASCII classes
    // Scratch for the text being tokenized: one bit per byte, and its bytes with A-Z lowered.
    std::vector<std::uint64_t> words, separators, high;
    std::string fold;
    // Rules for the characters met so far, in pages of 256 made when first needed.
    std::vector<std::unique_ptr<RulePage>> rules;
    // Scratch for a word with characters outside ASCII: its folded tokens, waiting until the whole
    // word is known to be readable here.
    std::string wordFold;
    struct PendingToken {
        int foldStart, foldEnd, start, end;
    };
    std::vector<PendingToken> wordTokens;
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
    if (from >= end)
        return end; // FROM may be the end of a text that fills its last block: no word to read there
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

struct Probed {
    std::string text;
    int start, end;
    bool operator==(const Probed &) const = default;
};

int collectProbed(void *context, int, const char *token, int size, int start, int end)
{
    try { // called from SQLite's C code: no exception may cross it
        static_cast<std::vector<Probed> *>(context)->push_back({std::string(token, std::size_t(size)), start, end});
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
    return SQLITE_OK;
}

// Asks the built-in tokenizer what it does with the character CH (its UTF-8 bytes): inside a word
// ("a" CH "a") and at the start of one (CH "a").
CharRule learnRule(const Tokenizer &tokenizer, std::string_view ch)
{
    CharRule rule;
    rule.state = CharRule::Unsupported;
    const int n = int(ch.size());
    const std::string inside = "a" + std::string(ch) + "a";
    const std::string leading = std::string(ch) + "a";
    std::vector<Probed> insideTokens, leadingTokens;
    const auto &builtin = tokenizer.module->builtin;
    if (builtin.xTokenize(tokenizer.inner, &insideTokens, FTS5_TOKENIZE_DOCUMENT, inside.data(), int(inside.size()),
                          collectProbed) != SQLITE_OK ||
        builtin.xTokenize(tokenizer.inner, &leadingTokens, FTS5_TOKENIZE_DOCUMENT, leading.data(),
                          int(leading.size()), collectProbed) != SQLITE_OK)
        return rule;
    std::string fold;
    if (insideTokens.size() == 1 && insideTokens[0].start == 0 && insideTokens[0].end == n + 2 &&
        insideTokens[0].text.size() >= 2 && insideTokens[0].text.front() == 'a' && insideTokens[0].text.back() == 'a') {
        rule.continues = true;
        fold = insideTokens[0].text.substr(1, insideTokens[0].text.size() - 2);
    } else if (insideTokens != std::vector<Probed>{{"a", 0, 1}, {"a", n + 1, n + 2}}) {
        return rule;
    }
    if (rule.continues && leadingTokens == std::vector<Probed>{{fold + "a", 0, n + 1}})
        rule.starts = true;
    else if (leadingTokens != std::vector<Probed>{{"a", n, n + 1}})
        return rule;
    if (fold.size() > rule.fold.size())
        return rule;
    rule.foldSize = std::uint8_t(fold.size());
    std::memcpy(rule.fold.data(), fold.data(), fold.size());
    rule.state = CharRule::Learned;
    return rule;
}

// The length of the character at WORD[AT] when it is well-formed UTF-8, or 0. The built-in
// tokenizer reads broken UTF-8 in ways of its own (any run of continuation bytes joins the
// character before), so words with such bytes stay with it.
std::size_t characterAt(std::string_view word, std::size_t at, char32_t &cp)
{
    const std::size_t n = text::utf8CharacterAt(word, at, cp);
    if (n && at + n < word.size() && (static_cast<unsigned char>(word[at + n]) & 0xC0) == 0x80)
        return 0; // the built-in reader would take this stray byte into the character
    return n;
}

const CharRule *ruleFor(Tokenizer &tokenizer, char32_t cp, std::string_view bytes)
{
    if (tokenizer.rules.empty())
        tokenizer.rules.resize(kCodePoints / kRulePageSize);
    auto &page = tokenizer.rules[cp / kRulePageSize];
    if (!page)
        page = std::make_unique<RulePage>();
    CharRule &rule = (*page)[cp % kRulePageSize];
    if (rule.state == CharRule::Unknown)
        rule = learnRule(tokenizer, bytes);
    return rule.state == CharRule::Learned ? &rule : nullptr;
}

// Tokenizes the word [FROM, TO) of TEXT, which holds characters outside ASCII and no ASCII
// separator, as the built-in tokenizer would, from the rules learned for its characters; LOWERED
// is TEXT with A-Z lowered. Returns false, having passed nothing on, when a character is not
// well-formed UTF-8 or has no rule: the built-in tokenizer must read the word then. Otherwise RC
// is what the last call of TOKEN answered.
bool tokenizeWord(Tokenizer &tokenizer, void *context, const char *text, const char *lowered, int from, int to,
                  TokenCallback token, int &rc)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    const std::string_view word(text + from, std::size_t(to - from));
    std::string &fold = tokenizer.wordFold;
    auto &tokens = tokenizer.wordTokens;
    fold.clear();
    tokens.clear();
    bool inToken = false;
    for (int at = from; at < to;) {
        if (bytes[at] < 0x80) { // a letter or digit: the word holds no ASCII separator
            if (!inToken)
                tokens.push_back({int(fold.size()), 0, at, 0});
            inToken = true;
            fold += lowered[at];
            tokens.back().end = ++at;
            continue;
        }
        char32_t cp = 0;
        const int n = int(characterAt(word, std::size_t(at - from), cp));
        const CharRule *rule = n ? ruleFor(tokenizer, cp, std::string_view(text + at, std::size_t(n))) : nullptr;
        if (!rule)
            return false;
        if (inToken ? rule->continues : rule->starts) {
            if (!inToken)
                tokens.push_back({int(fold.size()), 0, at, 0});
            inToken = true;
            fold.append(rule->fold.data(), rule->foldSize);
            tokens.back().end = at + n;
        } else if (inToken) {
            tokens.back().foldEnd = int(fold.size());
            inToken = false;
        }
        at += n;
    }
    if (inToken)
        tokens.back().foldEnd = int(fold.size());
    rc = SQLITE_OK;
    for (const auto &t : tokens) {
        rc = token(context, 0, fold.data() + t.foldStart, t.foldEnd - t.foldStart, t.start, t.end);
        if (rc != SQLITE_OK)
            break;
    }
    return true;
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
        int rc = SQLITE_OK;
        if (!anySet(tokenizer.high.data(), start, i)) {
            rc = token(context, 0, tokenizer.fold.data() + start, i - start, start, i);
        } else if (!tokenizeWord(tokenizer, context, text, tokenizer.fold.data(), start, i, token, rc)) {
            // Non-ASCII characters may separate, fold or vanish: the built-in tables decide.
            Shifted shifted{context, token, start, SQLITE_OK};
            rc = tokenizer.module->builtin.xTokenize(tokenizer.inner, &shifted, flags, text + start, i - start,
                                                     shiftedToken);
            if (shifted.rc != SQLITE_OK)
                rc = shifted.rc;
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
