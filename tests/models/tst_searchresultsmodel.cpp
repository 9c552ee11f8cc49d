#include "models/projectsession.h"
#include "models/searchresultsmodel.h"
#include "support/sampleproject.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using tb::models::ProjectSession;
using tb::models::SearchResultsModel;

class TestSearchResultsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_project = tb::test::createSampleProject(m_dir.path(), &error);
        QVERIFY2(!m_project.isEmpty(), qPrintable(error));
    }

    void init()
    {
        m_session = std::make_unique<ProjectSession>();
        m_model = std::make_unique<SearchResultsModel>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(m_session->open(m_project));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
    }

    void setQuery_word_findsItsMessagesWithTheMatchMarked()
    {
        QSignalSpy finished(m_model.get(), &SearchResultsModel::finished);
        m_model->setQuery(QStringLiteral("bearings "));
        QVERIFY2(finished.wait(5000), "the search never answered");
        QCOMPARE(m_model->rowCount(), 3);
        const QModelIndex newest = m_model->index(0, 0);
        QVERIFY2(newest.data(SearchResultsModel::SnippetRole)
                     .toString()
                     .contains(QStringLiteral("\x02"
                                              "Bearings\x03")),
            qPrintable(newest.data(SearchResultsModel::SnippetRole).toString()));
        QCOMPARE(newest.data(SearchResultsModel::ConversationNameRole).toString(), QStringLiteral("robotics"));
        QVERIFY(newest.data(SearchResultsModel::TimestampRole).toLongLong()
            >= m_model->index(1, 0).data(SearchResultsModel::TimestampRole).toLongLong());
        QVERIFY(newest.data(SearchResultsModel::KeyRole).toString().startsWith(QStringLiteral("slack:C0ACMEROB1:")));
        QVERIFY(m_model->lastLatencyMs() > 0);
        QVERIFY(!m_model->isBusy());
    }

    void setQuery_wordBeingTyped_matchesAsAPrefix()
    {
        QSignalSpy finished(m_model.get(), &SearchResultsModel::finished);
        m_model->setQuery(QStringLiteral("bearin"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_model->rowCount(), 3);
        // A space ends the word: it must match whole.
        m_model->setQuery(QStringLiteral("bearin "));
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void setQuery_fromOperator_findsOnlyThatAuthor()
    {
        QSignalSpy finished(m_model.get(), &SearchResultsModel::finished);
        m_model->setQuery(QStringLiteral("from:maya"));
        QVERIFY(finished.wait(5000));
        QVERIFY2(m_model->rowCount() > 3, "maya wrote several messages in the sample");
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->index(row, 0).data(SearchResultsModel::AuthorRole).toString(), QStringLiteral("maya"));
        // Still typing the operator: nothing to search for yet, answered at once.
        finished.clear();
        m_model->setQuery(QStringLiteral("from:"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void setQuery_badDate_reportsTheProblemAndSearchesTheRest()
    {
        QSignalSpy finished(m_model.get(), &SearchResultsModel::finished);
        m_model->setQuery(QStringLiteral("bearings after:2024-3"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_model->problems().size(), 1);
        QVERIFY2(m_model->problems().first().contains(QStringLiteral("YYYY-MM-DD")),
            qPrintable(m_model->problems().first()));
        QCOMPARE(m_model->rowCount(), 3);
        m_model->setQuery(QStringLiteral("bearings after:2024-03-05"));
        QVERIFY(finished.wait(5000));
        QVERIFY(m_model->problems().isEmpty());
        QCOMPARE(m_model->rowCount(), 1);
    }

    void setQuery_typedQuickly_onlyTheLatestQueryDelivers()
    {
        QSignalSpy finished(m_model.get(), &SearchResultsModel::finished);
        m_model->setQuery(QStringLiteral("ramen "));
        m_model->setQuery(QStringLiteral("bearings "));
        QVERIFY(finished.wait(5000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_model->query(), QStringLiteral("bearings "));
        QCOMPARE(m_model->rowCount(), 3);
    }

    void setQuery_limit_capsTheHits()
    {
        QSignalSpy finished(m_model.get(), &SearchResultsModel::finished);
        m_model->setLimit(3);
        m_model->setQuery(QStringLiteral("the "));
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->limitReached());
    }

    void setQuery_empty_clearsTheResults()
    {
        QSignalSpy finished(m_model.get(), &SearchResultsModel::finished);
        m_model->setQuery(QStringLiteral("bearings"));
        QVERIFY(finished.wait(5000));
        m_model->setQuery(QString());
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->isBusy());
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<SearchResultsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
