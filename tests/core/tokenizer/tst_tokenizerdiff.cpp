// Differential test: our tokenizer against @dqbd/tiktoken (OpenAI's Rust tiktoken compiled to WASM)
// over 10,000+ generated strings, comparing token ids in both encodings. The oracle runs in Node
// (tests/oracle/oracle.mjs); scripts/setup.sh installs its pinned packages with npm ci.
#include "randomtext.h"
#include "support/testsupport.h"

#include "tokenizer/tokenizer.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using tb::core::Encoding;
using tb::core::Tokenizer;

namespace {

constexpr int kStrings = 12000;
constexpr std::uint64_t kSeed = 20240604;

QString idsText(const std::vector<std::uint32_t> &ids)
{
    QStringList parts;
    for (std::size_t i = 0; i < ids.size() && i < 40; ++i)
        parts << QString::number(ids[i]);
    return parts.join(QLatin1Char(',')) + (ids.size() > 40 ? QStringLiteral(",...") : QString());
}

// Where ours and tiktoken's ids part: the index, the ids there and the text they decode to.
QString describe(int row, const Tokenizer &tokenizer, const std::vector<std::uint32_t> &got,
    const std::vector<std::uint32_t> &want)
{
    std::size_t at = 0;
    while (at < got.size() && at < want.size() && got[at] == want[at])
        ++at;
    const auto window = [&](const std::vector<std::uint32_t> &ids) -> QString {
        const std::size_t from = at >= 3 ? at - 3 : 0;
        const std::vector<std::uint32_t> part(ids.begin() + static_cast<std::ptrdiff_t>(std::min(from, ids.size())),
            ids.begin() + static_cast<std::ptrdiff_t>(std::min(at + 6, ids.size())));
        return idsText(part) + QStringLiteral(" = ")
            + QString::fromStdString(nlohmann::json(tokenizer.decode(part))
                                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    };
    return QStringLiteral("\nstring %1 (%2), first difference at token %3 of %4/%5:\n  ours:     %6\n  tiktoken: %7")
        .arg(row)
        .arg(QString::fromUtf8(tb::core::toString(tokenizer.encoding()).data()))
        .arg(at)
        .arg(got.size())
        .arg(want.size())
        .arg(window(got), window(want));
}

} // namespace

class TestTokenizerDiff final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatedStrings_everyEncoding_sameIdsAsTiktoken()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed, so the tiktoken oracle cannot run; install Node.js and run scripts/setup.sh");
        const QString oracleDir = qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/tests/oracle");
        if (!QFileInfo::exists(oracleDir + QStringLiteral("/node_modules/@dqbd/tiktoken/package.json")))
            QSKIP("the oracle's npm packages are missing; run `npm ci` in tests/oracle (scripts/setup.sh does)");

        QTemporaryDir dir;
        const std::string input = QString(dir.path() + QStringLiteral("/strings.jsonl")).toStdString();
        const QString output = dir.path() + QStringLiteral("/ids.jsonl");
        std::vector<std::string> texts;
        texts.reserve(kStrings);
        tb::test::RandomText generator(kSeed);
        std::size_t bytes = 0;
        {
            std::ofstream out(input, std::ios::binary);
            for (int i = 0; i < kStrings; ++i) {
                texts.push_back(generator.next());
                bytes += texts.back().size();
                out << nlohmann::json{{"text", texts.back()}}.dump() << '\n';
            }
        }

        QProcess oracle;
        oracle.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        oracle.start(node, {oracleDir + QStringLiteral("/oracle.mjs"), QString::fromStdString(input), output});
        QVERIFY2(oracle.waitForFinished(480000), "the tiktoken oracle did not finish within 8 minutes");
        QVERIFY2(oracle.exitStatus() == QProcess::NormalExit && oracle.exitCode() == 0,
            "the tiktoken oracle (node tests/oracle/oracle.mjs) failed; see its message above");

        const auto o200k = *Tokenizer::get(Encoding::O200kBase);
        const auto cl100k = *Tokenizer::get(Encoding::Cl100kBase);
        std::ifstream in(output.toStdString());
        std::string line;
        int row = 0;
        int mismatches = 0;
        std::size_t tokens = 0;
        QString firstMismatches;
        while (std::getline(in, line) && row < kStrings) {
            const auto expected = nlohmann::json::parse(line, nullptr, false);
            QVERIFY2(expected.is_object(), qPrintable(QStringLiteral("oracle line %1 is not JSON").arg(row + 1)));
            for (const auto &tokenizer : {o200k, cl100k}) {
                const std::string name(tb::core::toString(tokenizer->encoding()));
                const auto want = expected[name].get<std::vector<std::uint32_t>>();
                const auto got = tokenizer->encode(texts[static_cast<std::size_t>(row)]);
                tokens += want.size();
                if (got != want || tokenizer->count(texts[static_cast<std::size_t>(row)]) != want.size()) {
                    if (++mismatches <= 5)
                        firstMismatches += describe(row, *tokenizer, got, want);
                }
            }
            ++row;
        }
        QVERIFY2(row == kStrings, qPrintable(QStringLiteral("the oracle answered %1 of %2 strings").arg(row).arg(kStrings)));
        QVERIFY2(mismatches == 0,
            qPrintable(QStringLiteral("%1 of %2 encodings differ from tiktoken:").arg(mismatches).arg(2 * kStrings)
                + firstMismatches));
        qInfo("compared %d strings (%.1f MB, %zu tiktoken tokens) in o200k_base and cl100k_base: all token ids equal",
            kStrings, static_cast<double>(bytes) / 1e6, tokens);
    }
};

QTEST_GUILESS_MAIN(TestTokenizerDiff)
#include "tst_tokenizerdiff.moc"
