#include "tokenizer/bpetokenizer.h"

#include "tokenizer/bytepairmerge.h"
#include "tokenizer/utf8.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <atomic>
#include <mutex>
#include <thread>

namespace tb::core {

namespace {

BytePairMerge &threadMerge()
{
    thread_local BytePairMerge merge;
    return merge;
}

std::vector<std::uint32_t> &threadScratch()
{
    thread_local std::vector<std::uint32_t> scratch;
    return scratch;
}

// Words that are not one token (most words outside English) recur in chat; merging them again is
// the costliest step, so each thread remembers recent merges per encoding in a direct-mapped table.
class MergeCache final {
public:
    static constexpr std::size_t kMaxPiece = 64;
    static constexpr std::size_t kMaxTokens = 16;

    // The cached tokens of PIECE, or nullptr.
    const std::uint32_t *find(std::string_view piece, std::size_t &count) const
    {
        const Entry &e = m_entries[slot(piece)];
        if (e.tokenCount == 0 || std::string_view(e.piece, e.pieceLength) != piece)
            return nullptr;
        count = e.tokenCount;
        return e.tokens.data();
    }
    void store(std::string_view piece, const std::uint32_t *tokens, std::size_t count)
    {
        if (piece.size() > kMaxPiece || count > kMaxTokens || count == 0)
            return;
        Entry &e = m_entries[slot(piece)];
        std::memcpy(e.piece, piece.data(), piece.size());
        e.pieceLength = static_cast<std::uint8_t>(piece.size());
        std::copy(tokens, tokens + count, e.tokens.begin());
        e.tokenCount = static_cast<std::uint8_t>(count);
    }

private:
    struct Entry {
        char piece[kMaxPiece];
        std::array<std::uint32_t, kMaxTokens> tokens;
        std::uint8_t pieceLength = 0;
        std::uint8_t tokenCount = 0; // 0: empty
    };
    static std::size_t slot(std::string_view piece)
    {
        std::uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a: pieces that reach here are short
        for (const char c : piece)
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        return (h ^ (h >> 29)) & (kEntries - 1);
    }
    static constexpr std::size_t kEntries = 8192;
    std::array<Entry, kEntries> m_entries{};
};

MergeCache &threadCache(Encoding encoding)
{
    thread_local std::array<std::unique_ptr<MergeCache>, 2> caches;
    auto &cache = caches[encoding == Encoding::O200kBase ? 0 : 1];
    if (!cache)
        cache = std::make_unique<MergeCache>();
    return *cache;
}

} // namespace

BpeTokenizer::BpeTokenizer(const EncodingSpec &spec, RankTable ranks, Pretokenizer pretokenizer)
    : m_spec(spec), m_ranks(std::move(ranks)), m_pretokenizer(std::move(pretokenizer))
{
}

template <typename OnPiece>
void BpeTokenizer::forEachPiece(std::string_view text, OnPiece &&onPiece) const
{
    // PCRE2 needs valid UTF-8; invalid bytes become U+FFFD (see tokenizer.h). Valid text, the
    // normal case, is only scanned.
    if (utf8::validPrefix(text) == text.size()) {
        m_pretokenizer.forEachPiece(text, onPiece);
        return;
    }
    const std::string repaired = utf8::repaired(text);
    m_pretokenizer.forEachPiece(std::string_view(repaired), onPiece);
}

std::vector<std::uint32_t> BpeTokenizer::encode(std::string_view text) const
{
    std::vector<std::uint32_t> out;
    out.reserve(text.size() / 3 + 1);
    BytePairMerge &merge = threadMerge();
    MergeCache &cache = threadCache(m_spec.encoding);
    forEachPiece(text, [&](std::string_view piece) {
        const std::uint32_t whole = m_ranks.find(piece);
        if (whole != RankTable::kNoRank) {
            out.push_back(whole);
            return;
        }
        std::size_t cached = 0;
        if (const std::uint32_t *tokens = cache.find(piece, cached)) {
            out.insert(out.end(), tokens, tokens + cached);
            return;
        }
        const std::size_t before = out.size();
        merge.encode(m_ranks, piece, out);
        cache.store(piece, out.data() + before, out.size() - before);
    });
    return out;
}

std::size_t BpeTokenizer::count(std::string_view text) const
{
    std::size_t total = 0;
    BytePairMerge &merge = threadMerge();
    MergeCache &cache = threadCache(m_spec.encoding);
    std::vector<std::uint32_t> &scratch = threadScratch();
    forEachPiece(text, [&](std::string_view piece) {
        if (m_ranks.find(piece) != RankTable::kNoRank) {
            ++total;
            return;
        }
        std::size_t cached = 0;
        if (cache.find(piece, cached)) {
            total += cached;
            return;
        }
        if (piece.size() > MergeCache::kMaxPiece) {
            total += merge.count(m_ranks, piece);
            return;
        }
        scratch.clear();
        merge.encode(m_ranks, piece, scratch);
        cache.store(piece, scratch.data(), scratch.size());
        total += scratch.size();
    });
    return total;
}

std::string BpeTokenizer::decode(const std::vector<std::uint32_t> &tokens) const
{
    std::string out;
    for (const std::uint32_t token : tokens) {
        if (token < m_ranks.size()) {
            out.append(m_ranks.bytes(token));
            continue;
        }
        for (const auto &[text, id] : m_spec.specialTokens) {
            if (id == token)
                out.append(text);
        }
    }
    return out;
}

std::vector<std::size_t> Tokenizer::countMany(const std::vector<std::string_view> &texts, unsigned threads) const
{
    std::vector<std::size_t> counts(texts.size(), 0);
    if (threads == 0)
        threads = std::max(1U, std::thread::hardware_concurrency());
    // Texts differ wildly in length; threads take small batches from a shared cursor so none idles.
    constexpr std::size_t kBatch = 64;
    const std::size_t batches = (texts.size() + kBatch - 1) / kBatch;
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(batches, 1)));
    std::atomic<std::size_t> cursor{0};
    const auto work = [&] {
        for (;;) {
            const std::size_t begin = cursor.fetch_add(kBatch);
            if (begin >= texts.size())
                return;
            const std::size_t end = std::min(texts.size(), begin + kBatch);
            for (std::size_t i = begin; i < end; ++i)
                counts[i] = count(texts[i]);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto &thread : pool)
        thread.join();
    return counts;
}

Result<std::shared_ptr<const Tokenizer>> Tokenizer::fromRankTable(
    Encoding encoding, std::string_view rankTable, std::string_view source)
{
    const EncodingSpec &spec = encodingSpec(encoding);
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(rankTable.data(), static_cast<qsizetype>(rankTable.size())), QCryptographicHash::Sha256)
                                  .toHex();
    if (std::string_view(digest.constData(), static_cast<std::size_t>(digest.size())) != spec.sha256) {
        return Error{std::string(source) + ": the " + std::string(spec.name) + " rank table is damaged (sha256 "
            + digest.toStdString() + ", expected " + std::string(spec.sha256) + "); reinstall Tunebench"};
    }
    auto ranks = RankTable::parse(rankTable, source);
    if (!ranks)
        return ranks.error();
    if (ranks->size() != spec.rankCount) {
        return Error{std::string(source) + ": " + std::to_string(ranks->size()) + " ranks, expected "
            + std::to_string(spec.rankCount) + "; reinstall Tunebench"};
    }
    auto pretokenizer = Pretokenizer::compile(spec.pattern);
    if (!pretokenizer)
        return pretokenizer.error();
    return std::shared_ptr<const Tokenizer>(
        std::make_shared<BpeTokenizer>(spec, std::move(ranks).value(), std::move(pretokenizer).value()));
}

Result<std::shared_ptr<const Tokenizer>> Tokenizer::get(Encoding encoding)
{
    // Loaded at most once per encoding, on first use; a failure is remembered too, so every caller
    // gets the same message without re-reading the file.
    struct Slot {
        std::once_flag once;
        std::optional<Result<std::shared_ptr<const Tokenizer>>> result;
    };
    static Slot slots[2];
    Slot &slot = slots[encoding == Encoding::O200kBase ? 0 : 1];
    std::call_once(slot.once, [&] {
        const EncodingSpec &spec = encodingSpec(encoding);
        const QString path = QString::fromUtf8(spec.resource.data(), static_cast<qsizetype>(spec.resource.size()));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            slot.result.emplace(Error{std::string(spec.resource) + ": the " + std::string(spec.name)
                + " rank table is not bundled in this build; rebuild Tunebench"});
            return;
        }
        const QByteArray bytes = file.readAll();
        slot.result.emplace(fromRankTable(
            encoding, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), spec.resource));
    });
    return *slot.result;
}

} // namespace tb::core
