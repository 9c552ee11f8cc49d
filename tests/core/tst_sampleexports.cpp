#include "import/importrunner.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace tb::core;

// The bundled sample is the first thing a new user sees: every export in resources/sample must
// import cleanly, be recognised as the format it was written as, and hold real conversations.
class TestSampleExports final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sample_importsEveryExportWithoutErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        const QDir dir(qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample"));
        const QHash<QString, QString> expected = {{QStringLiteral("slack-acme"), QStringLiteral("slack")},
                                                  {QStringLiteral("twitter-archive"), QStringLiteral("twitter")},
                                                  {QStringLiteral("script"), QStringLiteral("script-csv")},
                                                  {QStringLiteral("WhatsApp Chat with Sam Rivera.txt"), QStringLiteral("whatsapp")}};
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << dir.filePath(it.key()) << it.value();
    }

    void sample_importsEveryExportWithoutErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" is missing from resources/sample")));
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/sample.tunebench")).toStdString());
        QVERIFY(store);
        ImportRunner runner(**store);
        const auto report = runner.run(path.toStdString(), {});
        QVERIFY2(report.error.empty(), report.error.c_str());
        QCOMPARE(QString::fromStdString(report.format), format);
        for (const auto &f : report.findings)
            QVERIFY2(f.severity != Severity::Error, f.describe().c_str());
        QVERIFY2(report.counts.messagesAdded >= 20, "a sample should be worth browsing");
        const auto stats = (*store)->stats();
        QVERIFY(!stats.participants.empty()); // a Twitter timeline has its owner only
        QVERIFY(stats.conversations >= 1);
    }
};

QTEST_GUILESS_MAIN(TestSampleExports)
#include "tst_sampleexports.moc"
