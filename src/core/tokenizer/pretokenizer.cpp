#include "tokenizer/pretokenizer.h"

#include "tokenizer/encodingspec.h"
#include "tokenizer/unicodedelta.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <atomic>
#include <memory>
#include <utility>
#include <vector>

namespace tb::core {

namespace {

// Unicode White_Space, which Rust's regex (tiktoken) means by \s. PCRE2 with UCP also counts U+180E
// MONGOLIAN VOWEL SEPARATOR, which left White_Space in Unicode 6.3; spelling the set out keeps the
// pieces identical to tiktoken's around it.
constexpr std::string_view kWhiteSpace =
    "\\t-\\r\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

std::atomic<unsigned> g_nextId{0};

// One match data block and JIT stack per thread and pattern: PCRE2 needs both writable, so sharing
// them would need a lock on every match.
struct ThreadState {
    pcre2_match_data *matchData = nullptr;
    pcre2_match_context *context = nullptr;
    pcre2_jit_stack *stack = nullptr;
    ThreadState() = default;
    ThreadState(const ThreadState &) = delete;
    ThreadState &operator=(const ThreadState &) = delete;
    ~ThreadState()
    {
        pcre2_match_data_free(matchData);
        pcre2_match_context_free(context);
        pcre2_jit_stack_free(stack);
    }
};

ThreadState &threadState(unsigned id, const pcre2_code *code)
{
    thread_local std::vector<std::unique_ptr<ThreadState>> states;
    if (id >= states.size())
        states.resize(id + 1);
    auto &state = states[id];
    if (!state) {
        state = std::make_unique<ThreadState>();
        state->matchData = pcre2_match_data_create_from_pattern(code, nullptr);
        state->context = pcre2_match_context_create(nullptr);
        // Long whitespace or punctuation runs backtrack deeply; the default 32 KiB stack is too small.
        state->stack = pcre2_jit_stack_create(64 * 1024, 64 * 1024 * 1024, nullptr);
        pcre2_jit_stack_assign(state->context, nullptr, state->stack);
    }
    return *state;
}

} // namespace

std::string Pretokenizer::forPcre2(std::string_view pattern, bool unicode16)
{
    std::string out;
    out.reserve(pattern.size() + 4096);
    bool inClass = false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            const char escaped = pattern[i + 1];
            ++i;
            if (escaped == 's') {
                if (inClass)
                    out.append(kWhiteSpace);
                else
                    out.append("[").append(kWhiteSpace).append("]");
            } else if (escaped == 'S' && !inClass) {
                out.append("[^").append(kWhiteSpace).append("]");
            } else if (escaped == 'p' && i + 1 < pattern.size() && pattern[i + 1] == '{'
                && pattern.find('}', i) != std::string_view::npos) {
                const std::size_t close = pattern.find('}', i);
                const std::string_view property = pattern.substr(i + 2, close - i - 2);
                const std::string_view additions = unicode16 ? unicode16Additions(property) : std::string_view();
                out.append(inClass ? "" : "[").append("\\p{").append(property).append("}").append(additions);
                out.append(inClass ? "" : "]");
                i = close;
            } else {
                out.push_back('\\');
                out.push_back(escaped);
            }
            continue;
        }
        if (c == '[' && !inClass)
            inClass = true;
        else if (c == ']' && inClass)
            inClass = false;
        out.push_back(c);
    }
    return out;
}

Result<Pretokenizer::Compiled> Pretokenizer::compileOne(const std::string &rewritten)
{
    if (rewritten.find("\\S") != std::string::npos)
        return Error{"the tokenizer pattern uses \\S inside a class, which this build cannot rewrite"};
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(rewritten.data()), rewritten.size(),
        PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK, &errorCode, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(errorCode, message, sizeof message);
        return Error{"the tokenizer pattern does not compile at offset " + std::to_string(errorOffset) + ": "
            + reinterpret_cast<const char *>(message)};
    }
    Compiled compiled;
    compiled.code = code;
    compiled.jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    compiled.id = g_nextId.fetch_add(1);
    return compiled;
}

Result<Pretokenizer> Pretokenizer::compile(std::string_view pattern)
{
    Pretokenizer result;
    auto plain = compileOne(forPcre2(pattern, false));
    if (!plain)
        return plain.error();
    result.m_plain = *plain;
    auto extended = compileOne(forPcre2(pattern, true));
    if (!extended)
        return extended.error();
    result.m_extended = *extended;
    // The hand-written matcher knows exactly these two patterns; any other is PCRE2's alone.
    if (pattern == encodingSpec(Encoding::O200kBase).pattern)
        result.m_flavour = asciisplit::O200k;
    else if (pattern == encodingSpec(Encoding::Cl100kBase).pattern)
        result.m_flavour = asciisplit::Cl100k;
    return result;
}

Pretokenizer::Pretokenizer(Pretokenizer &&other) noexcept
    : m_flavour(std::exchange(other.m_flavour, asciisplit::None)), m_plain(std::exchange(other.m_plain, {})),
      m_extended(std::exchange(other.m_extended, {}))
{
}

Pretokenizer &Pretokenizer::operator=(Pretokenizer &&other) noexcept
{
    std::swap(m_flavour, other.m_flavour);
    std::swap(m_plain, other.m_plain);
    std::swap(m_extended, other.m_extended);
    return *this;
}

Pretokenizer::~Pretokenizer()
{
    pcre2_code_free(static_cast<pcre2_code *>(m_plain.code));
    pcre2_code_free(static_cast<pcre2_code *>(m_extended.code));
}

bool Pretokenizer::next(
    const Compiled &compiled, std::string_view text, std::size_t offset, std::size_t &start, std::size_t &end)
{
    const auto *code = static_cast<const pcre2_code *>(compiled.code);
    ThreadState &state = threadState(compiled.id, code);
    const auto *subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    int rc = compiled.jit ? pcre2_jit_match(code, subject, text.size(), offset, 0, state.matchData, state.context)
                   : PCRE2_ERROR_JIT_BADOPTION;
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
        // JIT unavailable or out of stack: the interpreter keeps its backtracking on the heap.
        rc = pcre2_match(code, subject, text.size(), offset, PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT, state.matchData,
            nullptr);
    }
    if (rc < 0)
        return false;
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(state.matchData);
    start = ovector[0];
    end = ovector[1];
    // Every alternative of tiktoken's patterns consumes a character; guard anyway against a loop.
    if (end <= offset)
        return false;
    return true;
}

} // namespace tb::core
