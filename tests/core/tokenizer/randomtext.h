#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace tb::test {

// Deterministic varied text for the differential tokenizer test: every script, combining marks,
// emoji with ZWJ, skin tones and flags, whitespace runs of every kind, numbers, code, Slack mrkdwn,
// contractions in any case, the literal special-token strings and now and then a long string.
// The same SEED gives the same strings on every machine (no std distributions, whose output is
// implementation-defined).
class RandomText final {
public:
    explicit RandomText(std::uint64_t seed) : m_random(seed) {}

    std::string next();

private:
    std::uint64_t below(std::uint64_t n) { return m_random() % n; }
    void appendFragment(std::string &out);
    void appendWord(std::string &out);
    void appendEmoji(std::string &out);
    void appendWhitespace(std::string &out);
    void appendNumber(std::string &out);
    void appendAnyCodePoint(std::string &out);

    std::mt19937_64 m_random;
    std::uint64_t m_count = 0;
};

void appendUtf8(std::string &out, char32_t codePoint);

} // namespace tb::test
