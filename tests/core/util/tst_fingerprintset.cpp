#include "util/fingerprintset.h"

#include <QtTest>

#include <string>

using namespace tb::core;

// The set behind a bulk import's duplicate check: a key seen twice must be refused the second
// time, and no two different keys may be taken for one, or a message would be dropped silently.
class TestFingerprintSet final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondInsertOfAKeyIsRefused()
    {
        FingerprintSet set;
        QVERIFY(set.insert("slack:C1:1600000000.000100"));
        QVERIFY(!set.insert("slack:C1:1600000000.000100"));
        QVERIFY(set.insert("slack:C1:1600000000.000101"));
        QVERIFY(set.insert(""));
        QVERIFY(!set.insert(""));
        QCOMPARE(set.size(), std::size_t(3));
    }

    void manyNearlyEqualKeysStayDistinctAcrossGrowth()
    {
        // Keys that differ only in their last digits, as Slack timestamps in one channel do,
        // through several doublings of the table.
        FingerprintSet set;
        constexpr int kKeys = 300000;
        for (int i = 0; i < kKeys; ++i)
            QVERIFY(set.insert("slack:C0001:1600000000." + std::to_string(100000 + i)));
        QCOMPARE(set.size(), std::size_t(kKeys));
        for (int i = 0; i < kKeys; i += 997)
            QVERIFY(!set.insert("slack:C0001:1600000000." + std::to_string(100000 + i)));
        QCOMPARE(set.size(), std::size_t(kKeys));
    }

    void reservedSetKeepsEveryKeyItWasGiven()
    {
        FingerprintSet set;
        set.reserve(50000);
        for (int i = 0; i < 100000; ++i) // past what was reserved, so it still grows
            QVERIFY(set.insert("whatsapp:chat:" + std::to_string(i)));
        QVERIFY(!set.insert("whatsapp:chat:99999"));
        QCOMPARE(set.size(), std::size_t(100000));
    }

    void clearForgetsEverything()
    {
        FingerprintSet set;
        set.insert("a");
        set.clear();
        QCOMPARE(set.size(), std::size_t(0));
        QVERIFY(set.insert("a"));
    }
};

QTEST_APPLESS_MAIN(TestFingerprintSet)
#include "tst_fingerprintset.moc"
