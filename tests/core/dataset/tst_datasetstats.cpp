#include "dataset/datasetsplit.h"
#include "dataset/datasetstats.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace tb::core;

namespace {

TrainingRecord recordWithAnchor(std::int64_t anchor)
{
    TrainingRecord record;
    record.anchorMessageId = anchor;
    record.messages = {{TurnRole::User, "q" + std::to_string(anchor), {}, {}}, {TurnRole::Assistant, "a", {}, {}}};
    return record;
}

std::vector<std::uint64_t> validIndexes(const DatasetSplit &split)
{
    std::vector<std::uint64_t> out;
    for (std::uint64_t i = 0; i < split.records(); ++i) {
        if (split.isValid(i))
            out.push_back(i);
    }
    return out;
}

} // namespace

class TestDatasetStats final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenStats_knownList_exactMedianAndP95()
    {
        // 1..20 shuffled: nearest rank median = 10th value = 10, p95 = 19th value = 19.
        std::vector<std::uint32_t> tokens(20);
        std::iota(tokens.begin(), tokens.end(), 1U);
        std::shuffle(tokens.begin(), tokens.end(), std::mt19937(7));
        const auto stats = tokenStats(tokens);
        QCOMPARE(stats.examples, std::uint64_t(20));
        QCOMPARE(stats.min, std::uint32_t(1));
        QCOMPARE(stats.median, std::uint32_t(10));
        QCOMPARE(stats.p95, std::uint32_t(19));
        QCOMPARE(stats.max, std::uint32_t(20));
        QCOMPARE(stats.total, std::uint64_t(210));
    }

    void tokenStats_oddAndSingle_nearestRank()
    {
        const auto odd = tokenStats({5, 1, 9});
        QCOMPARE(odd.median, std::uint32_t(5));
        QCOMPARE(odd.p95, std::uint32_t(9));
        const auto one = tokenStats({42});
        QVERIFY(one.min == 42 && one.median == 42 && one.p95 == 42 && one.max == 42);
        QVERIFY(tokenStats({}).histogram.empty());
    }

    void tokenStats_histogram_niceWidthsCoverEveryExample()
    {
        std::vector<std::uint32_t> tokens;
        for (std::uint32_t t = 37; t <= 1234; t += 3)
            tokens.push_back(t);
        const auto stats = tokenStats(tokens, 20);
        QVERIFY(!stats.histogram.empty() && stats.histogram.size() <= 21);
        const auto width = stats.histogram.front().upper - stats.histogram.front().lower;
        QCOMPARE(width, std::uint64_t(100)); // span 1198 / 20 → 60 → the next of 1, 2, 5 × 10^k is 100
        QCOMPARE(stats.histogram.front().lower, std::uint64_t(0));
        std::uint64_t counted = 0;
        for (const auto &bin : stats.histogram) {
            QCOMPARE(bin.upper - bin.lower, width);
            counted += bin.count;
        }
        QCOMPARE(counted, std::uint64_t(tokens.size()));
        QVERIFY(stats.histogram.back().upper > 1234);
    }

    void billedTokens_capsEachExampleAtTheLimit()
    {
        QCOMPARE(billedTokensPerEpoch({10, 500, 2000}, 1000), std::uint64_t(1510));
    }

    void estimateCost_knownPrice_billedTimesEpochsTimesPrice()
    {
        auto catalog = ModelCatalog::bundled();
        QVERIFY(catalog);
        const auto *mini = catalog->find("gpt-4o-mini-2024-07-18");
        QVERIFY(mini);
        const std::vector<std::uint32_t> tokens(5, 1000); // 5 examples → 20 epochs
        const auto cost = estimateCost(*catalog, *mini, tokens);
        QCOMPARE(cost.epochs, 20);
        QVERIFY(cost.epochsFromHeuristic);
        QCOMPARE(cost.billedTokens, std::uint64_t(100000));
        QVERIFY(cost.costUsd && std::abs(*cost.costUsd - 0.30) < 1e-9);
        const auto given = estimateCost(*catalog, *mini, tokens, 3);
        QVERIFY(given.epochs == 3 && !given.epochsFromHeuristic && given.billedTokens == 15000);
    }

    void estimateCosts_unknownPriceOrEncoding_saysUnknownNotZero()
    {
        auto catalog = ModelCatalog::bundled();
        QVERIFY(catalog);
        const std::map<Encoding, std::vector<std::uint32_t>> tokens = {{Encoding::O200kBase, {100, 200}}};
        const auto costs = estimateCosts(*catalog, tokens);
        QCOMPARE(costs.size(), catalog->models().size());
        for (const auto &cost : costs) {
            const auto *model = catalog->find(cost.modelId);
            if (!model->pricePerMillion.known())
                QVERIFY2(!cost.costUsd, "an unknown price gives no cost, not 0");
            if (model->encoding == Encoding::Cl100kBase)
                QVERIFY2(!cost.counted && !cost.costUsd, "a model whose encoding was not counted has no estimate");
        }
    }

    void split_exactCount_roundOfFractionTimesN()
    {
        for (const std::uint64_t n : {0ULL, 1ULL, 7ULL, 10ULL, 101ULL, 1000ULL}) {
            DatasetSplit split(42, 0.15);
            for (std::uint64_t i = 0; i < n; ++i)
                split.add(recordWithAnchor(static_cast<std::int64_t>(i + 1)));
            split.finish();
            const auto expected = static_cast<std::uint64_t>(std::llround(0.15 * static_cast<double>(n)));
            QCOMPARE(split.validCount(), expected);
            QCOMPARE(static_cast<std::uint64_t>(validIndexes(split).size()), expected);
        }
    }

    void split_sameSeed_sameRecordsWhateverTheOrder()
    {
        DatasetSplit forward(7, 0.2);
        DatasetSplit backward(7, 0.2);
        for (int i = 1; i <= 50; ++i)
            forward.add(recordWithAnchor(i));
        for (int i = 50; i >= 1; --i)
            backward.add(recordWithAnchor(i));
        forward.finish();
        backward.finish();
        std::vector<std::int64_t> a;
        std::vector<std::int64_t> b;
        for (const auto i : validIndexes(forward))
            a.push_back(static_cast<std::int64_t>(i) + 1);
        for (const auto i : validIndexes(backward))
            b.push_back(50 - static_cast<std::int64_t>(i));
        std::sort(b.begin(), b.end());
        QCOMPARE(a, b);
        QCOMPARE(a.size(), std::size_t(10));
    }

    void split_otherSeed_otherRecords()
    {
        DatasetSplit one(1, 0.2);
        DatasetSplit two(2, 0.2);
        for (int i = 1; i <= 100; ++i) {
            one.add(recordWithAnchor(i));
            two.add(recordWithAnchor(i));
        }
        one.finish();
        two.finish();
        QVERIFY2(validIndexes(one) != validIndexes(two), "a different seed picks different records");
    }

    void split_noAnchor_keysOnContent()
    {
        TrainingRecord a = recordWithAnchor(0);
        TrainingRecord b = recordWithAnchor(0);
        b.messages[0].content = "other";
        QVERIFY(DatasetSplit::keyOf(3, a) != DatasetSplit::keyOf(3, b));
        QCOMPARE(DatasetSplit::keyOf(3, a), DatasetSplit::keyOf(3, recordWithAnchor(0)));
    }
};

QTEST_GUILESS_MAIN(TestDatasetStats)
#include "tst_datasetstats.moc"
