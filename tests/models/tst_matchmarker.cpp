#include "models/matchmarker.h"

#include <QtTest>

using tb::models::MatchMarker;

class TestMatchMarker final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void snippet_wholeWords_areMarkedWhateverTheirCaseAndAccents()
    {
        const MatchMarker marker({ "cafe", "deploy" }, false);
        QCOMPARE(marker.snippet(QStringLiteral("Deploy done, Café later; redeploy never")),
            QStringLiteral("\x02"
                           "Deploy\x03 done, \x02"
                           "Café\x03 later; redeploy never"));
    }

    void snippet_wordBeingTyped_marksTheWordsItBegins()
    {
        const MatchMarker marker({ "the", "kube" }, true);
        QCOMPARE(marker.snippet(QStringLiteral("the kubernetes cluster, kube-proxy and Kubeflow")),
            QStringLiteral("\x02the\x03 \x02kubernetes\x03 cluster, \x02kube\x03-proxy and \x02Kubeflow\x03"));
    }

    void snippet_longText_startsShortlyBeforeTheFirstMatch()
    {
        QString text;
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("filler%1 ").arg(i);
        text += QStringLiteral("needle at the end");
        const QString snippet = MatchMarker({ "needle" }, false).snippet(text, 120);
        QVERIFY2(snippet.startsWith(QChar(0x2026)), qPrintable(snippet));
        QVERIFY2(snippet.indexOf(QStringLiteral("\x02needle\x03")) < 40, qPrintable(snippet));
        QVERIFY(snippet.size() < 160);
    }

    void snippet_noWords_isTheStartOfTheText()
    {
        const QString text = QString(500, QLatin1Char('x'));
        const QString snippet = MatchMarker({}, false).snippet(text, 100);
        QCOMPARE(snippet, QString(100, QLatin1Char('x')) + QChar(0x2026));
    }

    void fold_accentsAndCase_areRemoved()
    {
        QCOMPARE(MatchMarker::fold(QStringLiteral("ÑANDÚ Naïve")), QStringLiteral("nandu naive"));
    }
};

QTEST_GUILESS_MAIN(TestMatchMarker)
#include "tst_matchmarker.moc"
