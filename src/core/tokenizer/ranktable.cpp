#include "tokenizer/ranktable.h"

#include <bit>

namespace tb::core {

namespace {

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Appends the decoded bytes of IN to OUT; false when IN is not canonical padded base64.
bool decodeBase64(std::string_view in, std::string &out)
{
    if (in.empty() || in.size() % 4 != 0)
        return false;
    for (std::size_t i = 0; i < in.size(); i += 4) {
        int v[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = in[i + static_cast<std::size_t>(k)];
            if (c == '=' && i + 4 == in.size() && k >= 2) {
                v[k] = 0;
                ++pad;
            } else if (pad > 0 || (v[k] = base64Value(c)) < 0) {
                return false;
            }
        }
        const unsigned triple = (unsigned(v[0]) << 18) | (unsigned(v[1]) << 12) | (unsigned(v[2]) << 6) | unsigned(v[3]);
        out.push_back(static_cast<char>(triple >> 16));
        if (pad < 2)
            out.push_back(static_cast<char>((triple >> 8) & 0xff));
        if (pad < 1)
            out.push_back(static_cast<char>(triple & 0xff));
    }
    return true;
}

Error lineError(std::string_view source, std::size_t line, std::string_view what)
{
    return Error{std::string(source) + ":" + std::to_string(line) + ": " + std::string(what)
        + "; the rank table is damaged, reinstall Tunebench"};
}

} // namespace

Result<RankTable> RankTable::parse(std::string_view text, std::string_view source)
{
    RankTable table;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans; // by rank: (arena offset, length)
    std::string arena;
    arena.reserve(text.size() * 3 / 4);
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        ++lineNumber;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        const std::size_t space = line.find(' ');
        if (space == std::string_view::npos)
            return lineError(source, lineNumber, "expected \"base64 rank\"");
        std::uint64_t rank = 0;
        const std::string_view digits = line.substr(space + 1);
        if (digits.empty() || digits.size() > 8) // the biggest table has 200,000 ranks
            return lineError(source, lineNumber, "bad rank");
        for (const char c : digits) {
            if (c < '0' || c > '9')
                return lineError(source, lineNumber, "bad rank");
            rank = rank * 10 + static_cast<std::uint64_t>(c - '0');
        }
        const std::size_t offset = arena.size();
        if (!decodeBase64(line.substr(0, space), arena))
            return lineError(source, lineNumber, "bad base64");
        if (rank >= spans.size())
            spans.resize(rank + 1, {0, 0});
        if (spans[rank].second != 0)
            return lineError(source, lineNumber, "rank " + std::to_string(rank) + " appears twice");
        spans[rank] = {static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(arena.size() - offset)};
    }
    if (spans.empty())
        return Error{std::string(source) + ": the rank table is empty; reinstall Tunebench"};

    // Ranks are dense in every tiktoken table; laying the arena out in rank order makes decode a lookup.
    table.m_arena.reserve(arena.size());
    table.m_offsets.reserve(spans.size() + 1);
    for (std::size_t rank = 0; rank < spans.size(); ++rank) {
        if (spans[rank].second == 0)
            return Error{std::string(source) + ": rank " + std::to_string(rank) + " is missing; reinstall Tunebench"};
        table.m_offsets.push_back(static_cast<std::uint32_t>(table.m_arena.size()));
        table.m_arena.append(arena, spans[rank].first, spans[rank].second);
    }
    table.m_offsets.push_back(static_cast<std::uint32_t>(table.m_arena.size()));

    table.m_byteRank.fill(kNoRank);
    table.m_pairRank.assign(std::size_t(1) << 16, kNoRank);
    table.m_slots.assign(std::bit_ceil(spans.size() * 2 + 1), Slot{});
    table.m_mask = table.m_slots.size() - 1;
    for (std::uint32_t rank = 0; rank < spans.size(); ++rank) {
        if (!table.insert(rank))
            return Error{std::string(source) + ": the bytes of rank " + std::to_string(rank)
                + " appear twice; reinstall Tunebench"};
    }
    for (int b = 0; b < 256; ++b) {
        if (table.m_byteRank[static_cast<std::size_t>(b)] == kNoRank)
            return Error{std::string(source) + ": byte " + std::to_string(b)
                + " has no rank, so some text could not be encoded; reinstall Tunebench"};
    }
    return table;
}

bool RankTable::insert(std::uint32_t rank)
{
    const std::string_view key = bytes(rank);
    if (key.size() == 1) {
        auto &slot = m_byteRank[static_cast<unsigned char>(key[0])];
        if (slot != kNoRank)
            return false;
        slot = rank;
        return true;
    }
    m_maxLength = std::max(m_maxLength, key.size());
    if (key.size() == 2) {
        auto &slot = m_pairRank[pairIndex(key.data())];
        if (slot != kNoRank)
            return false;
        slot = rank;
        return true;
    }
    const std::uint64_t prefix = loadPrefix(key.data(), key.size());
    std::uint64_t index = hashKey(prefix, key.data(), key.size()) & m_mask;
    while (m_slots[index].length != 0) {
        const Slot &s = m_slots[index];
        if (s.prefix == prefix && s.length == key.size() && bytes(s.rank) == key)
            return false;
        index = (index + 1) & m_mask;
    }
    m_slots[index] = Slot{prefix, rank, static_cast<std::uint32_t>(key.size())};
    return true;
}

} // namespace tb::core
