#include "util/timeutil.h"

#include <QDateTime>
#include <QtTest>

using namespace tb::core;

class TestTimeUtil final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toEpochMs_matchesQtForManyDates()
    {
        for (int year : {1970, 1999, 2000, 2016, 2024, 2100}) {
            for (int month = 1; month <= 12; ++month) {
                const QDateTime qt(QDate(year, month, 28), QTime(13, 14, 15), Qt::UTC);
                QCOMPARE(*timeutil::toEpochMs(year, unsigned(month), 28, 13, 14, 15), qt.toMSecsSinceEpoch());
            }
        }
    }

    void toEpochMs_rejectsImpossibleDates()
    {
        QVERIFY(!timeutil::toEpochMs(2023, 2, 29, 0, 0, 0));
        QVERIFY(timeutil::toEpochMs(2024, 2, 29, 0, 0, 0));
        QVERIFY(!timeutil::toEpochMs(2024, 13, 1, 0, 0, 0));
        QVERIFY(!timeutil::toEpochMs(2024, 1, 1, 24, 0, 0));
    }

    void toIsoUtc_roundTripsThroughParse()
    {
        QCOMPARE(timeutil::toIsoUtc(0), std::string("1970-01-01T00:00:00Z"));
        QCOMPARE(timeutil::toIsoUtc(1459052866012), std::string("2016-03-27T04:27:46.012Z"));
        QCOMPARE(*timeutil::parseIso8601("2016-03-27T04:27:46.012Z"), std::int64_t(1459052866012));
        QCOMPARE(timeutil::toIsoUtc(-1000), std::string("1969-12-31T23:59:59Z"));
    }

    void parseIso8601_appliesOffsets()
    {
        QCOMPARE(*timeutil::parseIso8601("2023-01-17T19:33:19.087+00:00"), std::int64_t(1673983999087));
        QCOMPARE(*timeutil::parseIso8601("2023-01-17T21:33:19+02:00"), *timeutil::parseIso8601("2023-01-17T19:33:19Z"));
        QCOMPARE(*timeutil::parseIso8601("2020-01-02"), *timeutil::toEpochMs(2020, 1, 2, 0, 0, 0));
        QVERIFY(!timeutil::parseIso8601("2020-01-02T"));
        QVERIFY(!timeutil::parseIso8601("yesterday"));
    }
};

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
