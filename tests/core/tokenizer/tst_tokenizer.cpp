#include "support/testsupport.h"

#include "tokenizer/bytepairmerge.h"
#include "tokenizer/encodingspec.h"
#include "tokenizer/pretokenizer.h"
#include "tokenizer/ranktable.h"
#include "tokenizer/tokenizer.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QtTest>

#include <fstream>
#include <random>
#include <thread>

using tb::core::Encoding;
using tb::core::Tokenizer;

namespace {

std::string utf8(const char16_t *text)
{
    return QString::fromUtf16(text).toStdString();
}

std::shared_ptr<const Tokenizer> tokenizer(Encoding encoding)
{
    auto loaded = Tokenizer::get(encoding);
    if (!loaded)
        qFatal("%s", loaded.error().message.c_str());
    return *loaded;
}

QByteArray bundledTable(const char *name)
{
    QFile file(QStringLiteral(":/tokenizer/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

using Ids = std::vector<std::uint32_t>;
using Pieces = std::vector<std::string>;

const tb::core::Pretokenizer &pretokenizer(Encoding encoding)
{
    static auto compile = [](Encoding e) {
        auto compiled = tb::core::Pretokenizer::compile(tb::core::encodingSpec(e).pattern);
        if (!compiled)
            qFatal("%s", compiled.error().message.c_str());
        return std::move(compiled).value();
    };
    static const tb::core::Pretokenizer o200k = compile(Encoding::O200kBase);
    static const tb::core::Pretokenizer cl100k = compile(Encoding::Cl100kBase);
    return encoding == Encoding::O200kBase ? o200k : cl100k;
}

Pieces fastPieces(Encoding encoding, std::string_view text)
{
    Pieces pieces;
    pretokenizer(encoding).forEachPiece(text, [&](std::string_view piece) { pieces.emplace_back(piece); });
    return pieces;
}

Pieces regexPieces(Encoding encoding, std::string_view text)
{
    Pieces pieces;
    pretokenizer(encoding).forEachPieceRegex(text, [&](std::string_view piece) { pieces.emplace_back(piece); });
    return pieces;
}

// "a|b|c" with control characters escaped, for failure messages.
QByteArray shown(const Pieces &pieces)
{
    QByteArray out;
    for (const auto &piece : pieces) {
        if (!out.isEmpty())
            out += '|';
        for (const char c : piece) {
            const auto byte = static_cast<unsigned char>(c);
            out += byte < 0x20 || byte == 0x7f ? QByteArray("\\x") + QByteArray::number(byte, 16) : QByteArray(1, c);
        }
    }
    return out;
}

} // namespace

class TestTokenizer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void get_bothEncodings_loadFromTheBundledTables()
    {
        for (const Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
            auto loaded = Tokenizer::get(e);
            QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
            QVERIFY((*loaded)->encoding() == e);
            QVERIFY2(Tokenizer::get(e)->get() == loaded->get(), "get() must hand out one shared instance");
        }
        QVERIFY(tb::core::toString(Encoding::O200kBase) == "o200k_base");
        QVERIFY(tb::core::encodingFromString("cl100k_base") == Encoding::Cl100kBase);
        QVERIFY(!tb::core::encodingFromString("p50k_base"));
    }

    void encode_specialTokenText_isPlainTextWithTiktokensIds()
    {
        // Ids from @dqbd/tiktoken encode_ordinary.
        const std::string text = "hello world <|endoftext|>";
        QCOMPARE(tokenizer(Encoding::O200kBase)->encode(text), (Ids{24912, 2375, 464, 91, 419, 1440, 919, 91, 29}));
        QCOMPARE(tokenizer(Encoding::Cl100kBase)->encode(text), (Ids{15339, 1917, 83739, 8862, 728, 428, 91, 29}));
        QCOMPARE(tokenizer(Encoding::Cl100kBase)->count(text), std::size_t(8));
    }

    void encode_contractionsInCapitals_splitAsTiktokenDoes()
    {
        const std::string text = "I'LL go, he'S here; they'RE done";
        QCOMPARE(tokenizer(Encoding::O200kBase)->encode(text),
            (Ids{40, 6, 7454, 810, 11, 501, 31233, 2105, 26, 1023, 6, 1099, 4167}));
        QCOMPARE(tokenizer(Encoding::Cl100kBase)->encode(text),
            (Ids{40, 6, 4178, 733, 11, 568, 13575, 1618, 26, 814, 95253, 2884}));
    }

    void encode_mongolianVowelSeparator_isNotWhitespaceAsInTiktoken()
    {
        // PCRE2 counts U+180E as \s, Rust's regex (tiktoken) does not: the pieces differ unless the
        // pattern spells White_Space out.
        const std::string text = utf8(u"x \u180e\u180e y\n");
        QCOMPARE(tokenizer(Encoding::O200kBase)->encode(text), (Ids{87, 220, 157, 254, 236, 157, 254, 236, 342, 198}));
        QCOMPARE(tokenizer(Encoding::Cl100kBase)->encode(text), (Ids{87, 87189, 254, 236, 157, 254, 236, 379, 198}));
    }

    void encode_lettersNewerThanPcre2_areLettersUpToUnicode16()
    {
        // U+142C1 (Egyptian hieroglyph, Unicode 16.0) is a letter for tiktoken, so "'s" splits off
        // as after any word; U+323B0 (CJK extension J, Unicode 17.0) is not assigned for it yet.
        const auto t = tokenizer(Encoding::Cl100kBase);
        QCOMPARE(t->encode(utf8(u"𔋁's")), (Ids{172, 242, 233, 223, 596}));
        QCOMPARE(t->encode(utf8(u"𲎰's")), (Ids{172, 110, 236, 108, 6, 82}));
    }

    void encode_multilingualAndZwjEmoji_matchTiktoken()
    {
        const std::string text = utf8(u"\u00e9t\u00e9 \u0645\u0631\u062d\u0628\u0627 \u4f60\u597d\u4e16\u754c "
                                      u"\U0001F468\u200d\U0001F469\u200d\U0001F467 1234567");
        QCOMPARE(tokenizer(Encoding::O200kBase)->encode(text),
            (Ids{16406, 60397, 26537, 220, 177519, 28428, 61138, 101, 2524, 28823, 102, 2524, 28823, 100, 220, 7633,
                19354, 22}));
        QCOMPARE(tokenizer(Encoding::Cl100kBase)->encode(text),
            (Ids{39883, 24252, 11318, 30925, 22071, 5821, 220, 57668, 53901, 3574, 244, 98220, 62904, 101, 378, 235,
                9468, 239, 102, 378, 235, 9468, 239, 100, 220, 4513, 10961, 22}));
    }

    void pretokenizer_asciiFastPathEdgeCases_splitAsPcre2InBothEncodings()
    {
        const std::string withNul("a\0b 'S\0\x1f!", 9);
        const std::vector<std::string> texts = {"DON'T stop, I'LL WE'RE they'Ve SHE'D it'S 'M", "'s at the start",
            "'sabc 'Re 're' x'", "12345678 1234 99 0", "a1b22c333d4444", "trailing spaces   \nnext", "  \n",
            " \n \n\n  \r\n\t x", "\ttab\t\tTAB\v\f end\t", "end with spaces   ", " ", "\n", "",
            utf8(u" \u00e9t\u00e9 caf\u00e9 CAF\u00c9 na\u00efve"), "!!!\r\n/next", "?!/\r\n//\n\rx",
            "... ,,, :-) ;-/ http://x.y/z?q=1&r=2", "helloWorld HELLOworld HTTPServer iOS",
            utf8(u"x\u00a0 y\u3000\u3000z \u2028\u0085w"), utf8(u"word\U0001F600 \U0001F600word !\U0001F600"),
            utf8(u"e\u0301 E\u0301 ab\u0301c"), utf8(u"12\u0663 123\u0663 1\u00b2"),
            utf8(u"it'\u017f it'\u017F IT'S"), utf8(u"\U00011F04abc a\U00011F04 's"), withNul,
            "(parens) [x] {y} <z> \"quoted\" 'single'", "a\r\n\r\n  b\r\r", "  word   word\t\tword"};
        for (const Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
            for (const auto &text : texts) {
                const Pieces fast = fastPieces(e, text);
                const Pieces regex = regexPieces(e, text);
                QVERIFY2(fast == regex, qPrintable(QStringLiteral("%1: \"%2\" splits as %3, PCRE2 as %4")
                                                       .arg(QLatin1String(tb::core::toString(e).data()),
                                                           QString::fromUtf8(shown({text})),
                                                           QString::fromUtf8(shown(fast)),
                                                           QString::fromUtf8(shown(regex)))));
            }
        }
        // Spot checks that both paths are not wrong the same way.
        QCOMPARE(fastPieces(Encoding::O200kBase, "DON'T 'sx  \n9999"),
            (Pieces{"DON'T", " '", "sx", "  \n", "999", "9"}));
        QCOMPARE(fastPieces(Encoding::Cl100kBase, "DON'T 'sx  \n9999"),
            (Pieces{"DON", "'T", " '", "sx", "  \n", "999", "9"}));
        QCOMPARE(fastPieces(Encoding::O200kBase, "!\n/x"), (Pieces{"!\n/", "x"}));
        QCOMPARE(fastPieces(Encoding::Cl100kBase, "!\n/x"), (Pieces{"!\n", "/x"}));
    }

    void pretokenizer_randomAsciiHeavyText_fastPathSplitsAsPcre2()
    {
        // Fragments weighted towards ASCII, with the non-ASCII characters that sit on the fast path's
        // edges: letters and marks that continue a word, Unicode spaces, digits, symbols, long s.
        const std::vector<std::string> fragments = {"a", "e", "s", "t", "Z", "E", "L", "R", "D", "hello", "World", "ABC",
            "0", "7", "12", "'", "'s", "'S", "'ll", "'LL", "'re", "'Ve", "'d", "'m", "'t", " ", " ", " ", "  ", "\t",
            "\n", "\r", "\r\n", "\v", "\f", "/", ".", ",", "!", "?", "-", "(", ")", "\"", "#", "@", std::string(1, '\0'),
            "\x1f", "\x7f", utf8(u"\u00e9"), utf8(u"\u00c9"), utf8(u"\u0301"), utf8(u"\u00a0"), utf8(u"\u3000"),
            utf8(u"\u0085"), utf8(u"\u2028"), utf8(u"\u180e"), utf8(u"\u017f"), utf8(u"\u0663"), utf8(u"\u00b2"),
            utf8(u"\u4e2d"), utf8(u"\u043f"), utf8(u"\U0001F600"), utf8(u"\u02b0"), utf8(u"\u01c5"),
            utf8(u"\U00011F04")};
        const std::size_t asciiCount = 49; // the fragments before the first non-ASCII one
        QVERIFY2(static_cast<unsigned char>(fragments[asciiCount][0]) >= 0x80, "the ASCII prefix count is stale");
        std::mt19937 random(4242);
        int mismatches = 0;
        QByteArray first;
        for (int n = 0; n < 20000; ++n) {
            std::string text;
            const int length = static_cast<int>(random() % 24);
            for (int k = 0; k < length; ++k) {
                const bool ascii = random() % 10 != 0;
                const std::size_t pick = ascii ? random() % asciiCount
                                               : asciiCount + random() % (fragments.size() - asciiCount);
                text += fragments[pick];
            }
            for (const Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
                const Pieces fast = fastPieces(e, text);
                const Pieces regex = regexPieces(e, text);
                if (fast != regex) {
                    if (mismatches++ == 0)
                        first = QByteArray(tb::core::toString(e).data()) + ": " + shown(fast) + " vs PCRE2 " + shown(regex);
                }
            }
        }
        QVERIFY2(mismatches == 0, qPrintable(QStringLiteral("%1 random texts split differently, first %2")
                                                 .arg(mismatches)
                                                 .arg(QString::fromUtf8(first))));
    }

    void decode_encodedText_givesTheTextBack()
    {
        const std::string text = utf8(u"Ol\u00e1 <@U024BE7LH>, see ```x = 1``` \U0001F44D\U0001F3FD!\r\n\u3000end");
        for (const Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase})
            QCOMPARE(tokenizer(e)->decode(tokenizer(e)->encode(text)), text);
        QCOMPARE(tokenizer(Encoding::O200kBase)->decode({199999}), std::string("<|endoftext|>"));
    }

    void fromRankTable_damagedTable_isRejectedNamingTheFile()
    {
        QByteArray table = bundledTable("o200k_base.tiktoken");
        QVERIFY2(!table.isEmpty(), "the o200k_base table must be bundled as :/tokenizer/o200k_base.tiktoken");
        QVERIFY2(Tokenizer::fromRankTable(Encoding::O200kBase, view(table), "intact").ok(),
            "an intact copy of the bundled table must load");

        table[1000] = table[1000] == 'A' ? 'B' : 'A'; // one base64 digit: a valid-looking but wrong token
        const auto damaged = Tokenizer::fromRankTable(Encoding::O200kBase, view(table), "damaged.tiktoken");
        QVERIFY2(!damaged.ok(), "a table whose sha256 differs must be refused");
        QVERIFY2(damaged.error().message.find("damaged.tiktoken") != std::string::npos
                && damaged.error().message.find("sha256") != std::string::npos,
            damaged.error().message.c_str());

        const QByteArray cl100k = bundledTable("cl100k_base.tiktoken");
        QVERIFY2(!Tokenizer::fromRankTable(Encoding::O200kBase, view(cl100k), "swapped").ok(),
            "the cl100k_base table must not pass as o200k_base");
        QVERIFY2(!Tokenizer::fromRankTable(Encoding::Cl100kBase, view(cl100k.left(cl100k.size() - 30)), "cut").ok(),
            "a truncated table must be refused");
    }

    void referenceCounts_everyString_matchesTiktokenInBothEncodings()
    {
        const QString path = tb::test::sharedReference(QStringLiteral("tokenizer/reference-counts.jsonl"));
        if (path.isEmpty() || !QFileInfo::exists(path))
            QSKIP("../shared/reference/tokenizer/reference-counts.jsonl is not beside this checkout; "
                  "the reference counts cannot be checked");
        std::ifstream in(path.toStdString());
        std::string line;
        int checked = 0;
        int lineNumber = 0;
        while (std::getline(in, line)) {
            ++lineNumber;
            const auto row = nlohmann::json::parse(line, nullptr, false);
            QVERIFY2(row.is_object() && row.contains("text"), qPrintable(QStringLiteral("line %1").arg(lineNumber)));
            const std::string text = row["text"].get<std::string>();
            for (const Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
                const auto expected = row[std::string(tb::core::toString(e))].get<std::size_t>();
                const std::size_t actual = tokenizer(e)->count(text);
                QVERIFY2(actual == expected,
                    qPrintable(QStringLiteral("line %1 (%2): %3 tokens, tiktoken says %4: %5")
                                   .arg(lineNumber)
                                   .arg(QString::fromUtf8(tb::core::toString(e).data()))
                                   .arg(actual)
                                   .arg(expected)
                                   .arg(QString::fromStdString(text.substr(0, 80)))));
                QCOMPARE(tokenizer(e)->encode(text).size(), actual);
            }
            ++checked;
        }
        QCOMPARE(checked, 463);
        qInfo("%d reference strings match in o200k_base and cl100k_base", checked);
    }

    void count_invalidUtf8_countsEachBadSequenceAsReplacementCharacter()
    {
        const auto t = tokenizer(Encoding::O200kBase);
        const std::string fffd = "\xEF\xBF\xBD";
        QCOMPARE(t->encode("a\xFF" "b"), t->encode("a" + fffd + "b"));
        // A truncated 3-byte sequence is one U+FFFD (maximal subpart), a lone continuation byte another.
        QCOMPARE(t->encode("x\xE4\xBD y\x80z"), t->encode("x" + fffd + " y" + fffd + "z"));
        QCOMPARE(t->encode("\xED\xA0\x80"), t->encode(fffd + fffd + fffd)); // a surrogate is not UTF-8
        QCOMPARE(t->encode("end\xF0\x9F\x98"), t->encode("end" + fffd));

        // Random bytes must never crash, and count and encode must agree on them.
        std::mt19937 random(7);
        for (int i = 0; i < 3000; ++i) {
            std::string bytes(random() % 64, '\0');
            for (auto &b : bytes)
                b = static_cast<char>(random() % 4 == 0 ? 0x80 + random() % 0x80 : random() % 256);
            for (const Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase})
                QCOMPARE(tokenizer(e)->count(bytes), tokenizer(e)->encode(bytes).size());
        }
    }

    void merge_longPieces_heapAndScanAgree()
    {
        const QByteArray table = bundledTable("cl100k_base.tiktoken");
        auto ranks = tb::core::RankTable::parse(view(table), "cl100k_base");
        QVERIFY2(ranks.ok(), "the bundled table must parse");
        std::mt19937 random(11);
        const std::vector<std::string> alphabet = {"=", "-", "*", "!", "?", ".", "\xF0\x9F\x98\x80",
            "\xF0\x9F\x91\x8D", "\xE2\x80\x8D", "\xE3\x80\x82", "#", "~"};
        tb::core::BytePairMerge merge;
        using Strategy = tb::core::BytePairMerge::Strategy;
        for (int i = 0; i < 300; ++i) {
            std::string piece;
            const std::size_t symbols = 1 + random() % 400;
            const std::size_t runAlphabet = 1 + random() % alphabet.size();
            for (std::size_t k = 0; k < symbols; ++k)
                piece += alphabet[random() % runAlphabet];
            std::vector<std::uint32_t> scan;
            std::vector<std::uint32_t> heap;
            merge.encode(*ranks, piece, scan, Strategy::Scan);
            merge.encode(*ranks, piece, heap, Strategy::Heap);
            QVERIFY2(scan == heap, qPrintable(QStringLiteral("piece %1 of %2 bytes").arg(i).arg(piece.size())));
        }
    }

    void countMany_anyThreadCount_equalsCountPerText()
    {
        std::vector<std::string> texts;
        std::mt19937 random(3);
        const std::vector<std::string> words = {"hello", " world", "\xE4\xBD\xA0\xE5\xA5\xBD", " 12345", "\n\n",
            "don't", " \xF0\x9F\x91\x8D", "\t", "<|endoftext|>"};
        for (int i = 0; i < 2000; ++i) {
            std::string text;
            for (std::size_t k = random() % 40; k > 0; --k)
                text += words[random() % words.size()];
            texts.push_back(text);
        }
        const std::vector<std::string_view> views(texts.begin(), texts.end());
        const auto t = tokenizer(Encoding::O200kBase);
        std::vector<std::size_t> expected;
        for (const auto &text : texts)
            expected.push_back(t->count(text));
        for (const unsigned threads : {1U, 3U, 0U})
            QVERIFY2(t->countMany(views, threads) == expected,
                qPrintable(QStringLiteral("countMany with %1 threads differs from count").arg(threads)));
        QVERIFY(t->countMany({}).empty());
    }

    void encode_concurrentThreads_giveTheSameIds()
    {
        const std::string text = utf8(u"Parallel \u043f\u0440\u0438\u0432\u0435\u0442 \U0001F600\U0001F600 42 ") + std::string(500, '=');
        const auto t = tokenizer(Encoding::Cl100kBase);
        const Ids expected = t->encode(text);
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (int k = 0; k < 4; ++k) {
            threads.emplace_back([&, k] {
                for (int i = 0; i < 200; ++i)
                    mismatches[static_cast<std::size_t>(k)] += t->encode(text) != expected;
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(mismatches, std::vector<int>(4, 0));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
