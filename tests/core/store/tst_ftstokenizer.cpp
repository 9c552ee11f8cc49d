// The fast "unicode61" (store/ftstokenizer.h) must be indistinguishable from SQLite's own: same
// tokens, same offsets, same search results and snippets, for any text and any options.
#include "store/ftstokenizer.h"
#include "store/sqlite.h"
#include "util/text.h"

#include "support/unicode61.h"

#include <QtTest>

#include <sqlite3.h>

#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace tb::core;
using tb::test::Unicode61;

namespace {

// Pieces that exercise every path: ASCII words and separators, letters that fold or lose their
// marks, combining marks alone and after letters, non-letters outside ASCII (emoji, NBSP, U+202F,
// CJK punctuation), private-use characters (tokens by default), and broken UTF-8.
const std::vector<std::string> kPieces = {
    "a", "Z", "q", "0", "9", "deploy", "Kubernetes", "x86_64", "ABC", "mIxEd", " ", "  ", "\t", "\n", ".", ",",
    "-", "_", "'", "\"", "@", "#", "<", ">", "&", "/", ":", "`", "[", "{", "~", "\x7f", std::string(1, '\0'),
    "café", "CAFÉ", "naïve", "ñandú", "über", "Straße", "İstanbul", "ǅ", "ﬁ", "Ω", "Привет", "日本語", "한국어",
    "العربية", "e\xcc\x81", "\xcc\x81", "\xcc\x81\xcc\x81", "😀", "🚀", "👩‍💻", "\xc2\xa0", "\xe2\x80\xaf",
    "\xe3\x80\x81", "\xe2\x80\x8b", "\xef\xbb\xbf", "\xee\x80\x80", "\xf3\xb0\x80\x80", "\x80", "\xbf", "\xc3",
    "\xe6\x97", "\xf0\x9f\x98", "\xff", "\xfe", "\xc0\x80", "\xed\xa0\x80", "Ⅻ", "²", "½", "٣", "ª",
};

std::string randomText(std::mt19937 &random, int pieces)
{
    std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
    std::string text;
    for (int i = 0; i < pieces; ++i)
        text += kPieces[pick(random)];
    return text;
}

// Random bytes, mostly ASCII, for what the pieces do not think of.
std::string randomBytes(std::mt19937 &random, int size)
{
    std::uniform_int_distribution<int> byte(0, 255), kind(0, 3);
    std::string text;
    for (int i = 0; i < size; ++i) {
        const int b = byte(random);
        text += char(kind(random) == 0 ? b : (b % 95) + 32);
    }
    return text;
}

const std::vector<std::vector<const char *>> kOptionSets = {
    {},
    {"remove_diacritics", "0"},
    {"remove_diacritics", "1"},
    {"remove_diacritics", "2"},
    {"REMOVE_DIACRITICS", "2"},
    {"remove_diacritics", "2", "tokenchars", "-_"},
    {"separators", "xyz", "remove_diacritics", "2"},
    {"categories", "L* N* Co Mn"},
    {"remove_diacritics", "3"},  // refused, as by the built-in one
    {"remove_diacritics"},       // odd count: refused
    {"nonsense", "1"},           // refused
};

} // namespace

class TestFtsTokenizer final : public QObject {
    Q_OBJECT

private:
    sqlite3 *m_builtin = nullptr; // a bare connection: SQLite's own unicode61
    sql::Database m_fast;         // ours, installed by Database::open

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(sqlite3_open(":memory:", &m_builtin), SQLITE_OK);
        QVERIFY(m_fast.open(":memory:"));
    }

    void cleanupTestCase() { sqlite3_close(m_builtin); }

    void everyAsciiByte_isClassifiedAsTheBuiltInDoes()
    {
        const Unicode61 builtin(m_builtin, {"remove_diacritics", "2"});
        const Unicode61 fast(m_fast.handle(), {"remove_diacritics", "2"});
        for (int c = 0; c < 128; ++c) {
            const std::string text = "ab" + std::string(1, char(c)) + "Cd" + std::string(70, char(c)) + "e";
            QCOMPARE(fast.tokens(text), builtin.tokens(text));
        }
    }

    void randomTexts_giveTheSameTokensAndOffsets()
    {
        std::mt19937 random(20240611);
        for (const auto &options : kOptionSets) {
            const Unicode61 builtin(m_builtin, options);
            const Unicode61 fast(m_fast.handle(), options);
            QCOMPARE(fast.createResult(), builtin.createResult());
            if (builtin.createResult() != SQLITE_OK)
                continue;
            for (int round = 0; round < 3000; ++round) {
                // Lengths around the 64-byte blocks the fast path reads, and much longer ones.
                const std::string text = round % 3 == 0 ? randomBytes(random, round % 300)
                                                        : randomText(random, 1 + round % 90);
                const auto expected = builtin.tokens(text);
                const auto actual = fast.tokens(text);
                if (actual != expected)
                    QFAIL(qPrintable(QStringLiteral("tokens differ for: %1")
                                         .arg(QString::fromUtf8(QByteArray::fromStdString(text).toPercentEncoding()))));
            }
        }
    }

    void everyCharacter_isTokenizedAsTheBuiltInDoes()
    {
        // Words outside ASCII are read from rules learned per character: every character of the
        // Basic Multilingual Plane and of the emoji plane, and a sample of the planes above, must
        // start, continue, end and fold tokens exactly as SQLite's own tokenizer does, at the start
        // of a word, inside one, next to combining marks and to itself.
        for (const auto &options : std::vector<std::vector<const char *>>{{"remove_diacritics", "2"}, {}, {"remove_diacritics", "0"}}) {
            const Unicode61 builtin(m_builtin, options);
            const Unicode61 fast(m_fast.handle(), options);
            const bool everyPlane = options.size() == 2 && std::string(options[1]) == "2";
            for (std::uint32_t cp = 0x80; cp < 0x110000; cp += (cp < 0x20000 || !everyPlane) ? 1 : 251) {
                if (cp >= 0xD800 && cp <= 0xDFFF)
                    continue;
                if (cp == 0x10000 && !everyPlane)
                    break;
                std::string c;
                text::appendUtf8(c, cp);
                for (const std::string &text : {"x" + c + "Y", c + "b", "\xc3\xa9" + c + c + "Ab", c, "a" + c + "\xcc\x81 " + c}) {
                    if (fast.tokens(text) != builtin.tokens(text))
                        QFAIL(qPrintable(QStringLiteral("tokens differ for U+%1 in: %2")
                                             .arg(cp, 4, 16, QLatin1Char('0'))
                                             .arg(QString::fromUtf8(QByteArray::fromStdString(text).toPercentEncoding()))));
                }
            }
        }
    }

    void stoppingEarly_stopsTheWholeText()
    {
        const Unicode61 builtin(m_builtin, {"remove_diacritics", "2"});
        const Unicode61 fast(m_fast.handle(), {"remove_diacritics", "2"});
        const std::string text = "one café two 日本語 three naïve four";
        for (int stop = 1; stop <= 9; ++stop) {
            int builtinRc = -1, fastRc = -1;
            QCOMPARE(fast.tokens(text, stop, &fastRc), builtin.tokens(text, stop, &builtinRc));
            QCOMPARE(fastRc, builtinRc);
        }
    }

    void searchAndSnippets_matchTheBuiltInTokenizer()
    {
        const char *schema =
            "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2', columnsize=0);";
        QCOMPARE(sqlite3_exec(m_builtin, schema, nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(m_fast.exec(schema));
        std::mt19937 random(7);
        for (int i = 0; i < 2000; ++i) {
            const std::string text = randomText(random, 5 + i % 40);
            for (sqlite3 *db : {m_builtin, m_fast.handle()}) {
                sqlite3_stmt *insert = nullptr;
                sqlite3_prepare_v2(db, "INSERT INTO t(rowid, text) VALUES(?1, ?2)", -1, &insert, nullptr);
                sqlite3_bind_int(insert, 1, i + 1);
                sqlite3_bind_text(insert, 2, text.data(), int(text.size()), SQLITE_TRANSIENT);
                QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
                sqlite3_finalize(insert);
            }
        }
        const auto results = [](sqlite3 *db, const std::string &query) {
            std::vector<std::string> out;
            sqlite3_stmt *select = nullptr;
            sqlite3_prepare_v2(db,
                               "SELECT rowid, snippet(t, 0, '[', ']', '…', 8), highlight(t, 0, '<', '>') FROM t "
                               "WHERE t MATCH ?1 ORDER BY rowid",
                               -1, &select, nullptr);
            sqlite3_bind_text(select, 1, query.data(), int(query.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(select) == SQLITE_ROW) {
                out.push_back(std::to_string(sqlite3_column_int64(select, 0)) + "|" +
                              reinterpret_cast<const char *>(sqlite3_column_text(select, 1)) + "|" +
                              reinterpret_cast<const char *>(sqlite3_column_text(select, 2)));
            }
            sqlite3_finalize(select);
            return out;
        };
        for (const std::string query : {"deploy", "CAFE", "cafe", "\"naive\"", "nandu", "strasse", "straße", "日本語",
                                        "kube*", "\"x86 64\"", "ABC AND mixed", "привет", "istanbul", "e",
                                        "NEAR(deploy kubernetes, 3)", "\"café deploy\""}) {
            const auto expected = results(m_builtin, query);
            QCOMPARE(results(m_fast.handle(), query), expected);
        }
        QVERIFY(!results(m_builtin, "deploy").empty());
        // The index each side built is the same, byte for byte.
        const auto dump = [](sqlite3 *db) {
            std::string out;
            sqlite3_stmt *select = nullptr;
            sqlite3_prepare_v2(db, "SELECT id, quote(block) FROM t_data ORDER BY id", -1, &select, nullptr);
            while (sqlite3_step(select) == SQLITE_ROW)
                out += std::to_string(sqlite3_column_int64(select, 0)) + ":" +
                       reinterpret_cast<const char *>(sqlite3_column_text(select, 1)) + "\n";
            sqlite3_finalize(select);
            return out;
        };
        QCOMPARE(dump(m_fast.handle()), dump(m_builtin));
        QVERIFY(m_fast.exec("INSERT INTO t(t, rank) VALUES('integrity-check', 0)"));
    }
};

QTEST_GUILESS_MAIN(TestFtsTokenizer)
#include "tst_ftstokenizer.moc"
