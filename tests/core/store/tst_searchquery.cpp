#include "store/searchquery.h"

#include <QtTest>

using namespace tb::core;

class TestSearchQuery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_splitsOperatorsFromWords()
    {
        const auto q = SearchQuery::parse("deploy from:\"Ross L.\" in:general after:2020-01-01 friday");
        QCOMPARE(q.words.size(), std::size_t(2));
        QCOMPARE(q.words[0], std::string("deploy"));
        QCOMPARE(q.words[1], std::string("friday"));
        QCOMPARE(q.from, std::string("Ross L."));
        QCOMPARE(q.in, std::string("general"));
        QVERIFY(q.afterMs.has_value());
        QVERIFY(!q.beforeMs.has_value());
        QVERIFY(q.problems.empty());
    }

    void parse_reportsUnreadableDates()
    {
        const auto q = SearchQuery::parse("before:tomorrow");
        QCOMPARE(q.problems.size(), std::size_t(1));
        QVERIFY(q.problems[0].find("YYYY-MM-DD") != std::string::npos);
    }

    void ftsExpression_quotesEveryWordSoOperatorsAreLiteral()
    {
        auto q = SearchQuery::parse("NEAR AND say\"hi");
        QCOMPARE(q.ftsExpression(), std::string("\"NEAR\" \"AND\" \"sayhi\""));
        q = SearchQuery::parse("kube");
        q.lastWordIsPrefix = true;
        QCOMPARE(q.ftsExpression(), std::string("\"kube\"*"));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
