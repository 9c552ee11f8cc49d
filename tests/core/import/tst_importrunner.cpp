#include "import/importrunner.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tb::core;

class TestImportRunner final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void run_reportsProgressAndIndexesEverything()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(
            dir.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"), tb::test::whatsAppChat(45000));
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        ImportRunner runner(**store);
        std::vector<std::uint64_t> seen;
        runner.setProgressCallback([&](const ImportProgress &p) { seen.push_back(p.messagesDone); });
        const auto report = runner.run(chat.toStdString(), {});
        QVERIFY2(report.error.empty(), report.error.c_str());
        QCOMPARE(report.counts.messagesAdded, std::uint64_t(45000));
        QVERIFY2(seen.size() >= 3, "progress must be reported batch by batch");
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), std::uint64_t(45000));
        QCOMPARE((*store)->pendingIndexCount(), std::uint64_t(0));
        QCOMPARE((*store)->search(SearchQuery::parse("44999"))->size(), std::size_t(1));
    }

    void run_largeImportIntoProjectBeingBrowsed_keepsReadIndexesOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("window browsing") << true;
        QTest::newRow("command line") << false;
    }

    void run_largeImportIntoProjectBeingBrowsed_keepsReadIndexesOnlyWhenAsked()
    {
        QFETCH(bool, keep);
        QTemporaryDir dir, chats;
        const std::string path = QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString();
        auto store = Store::open(path);
        ImportRunner first(**store);
        QVERIFY(first
                    .run(tb::test::writeFile(chats.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"),
                             tb::test::whatsAppChat(100))
                             .toStdString(),
                        {})
                    .error.empty());
        QTemporaryDir moreChats;
        const QString second = tb::test::writeFile(
            moreChats.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"), tb::test::whatsAppChat(45000));
        auto reader = Store::open(path); // what the window reads through meanwhile
        ImportRunner runner(**store);
        runner.setBulkThresholdBytes(1); // the drop-and-rebuild path, as a large export would take
        runner.setKeepReadIndexes(keep);
        bool indexesAlwaysThere = true;
        runner.setProgressCallback(
            [&](const ImportProgress &) { indexesAlwaysThere &= (*reader)->readIndexesPresent(); });
        QVERIFY(runner.run(second.toStdString(), {}).error.empty());
        QCOMPARE(indexesAlwaysThere, keep);
        QVERIFY((*reader)->readIndexesPresent());
    }

    void run_cancelled_leavesProjectAsItWas()
    {
        QTemporaryDir dir;
        const QString small = dir.path() + QStringLiteral("/WhatsApp Chat with Short.txt");
        QFile file(small);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("01/02/2022, 10:00 - Ana: first\n01/02/2022, 10:01 - Ben: second\n");
        file.close();
        const QString chat = tb::test::writeFile(
            dir.path(), QStringLiteral("WhatsApp Chat with Long Talker.txt"), tb::test::whatsAppChat(60000));
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        ImportRunner runner(**store);
        QVERIFY(runner.run(small.toStdString(), {}).error.empty());
        const auto before = (*store)->stats();

        std::atomic<bool> cancel = false;
        runner.setCancelFlag(&cancel);
        runner.setProgressCallback([&](const ImportProgress &p) {
            if (p.messagesDone > 0)
                cancel = true; // the user presses Cancel after the first batch is stored
        });
        const auto report = runner.run(chat.toStdString(), {});
        QVERIFY(report.cancelled);
        const auto after = (*store)->stats();
        QCOMPARE(after.messages, before.messages);
        QCOMPARE(after.conversations, before.conversations);
        QCOMPARE(after.participants.size(), before.participants.size());
        QCOMPARE((*store)->search(SearchQuery::parse("number"))->size(), std::size_t(0));
        QCOMPARE((*store)->search(SearchQuery::parse("second"))->size(), std::size_t(1));
    }

    void run_unrecognisedInput_saysSoAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString notes = dir.path() + QStringLiteral("/notes.bin");
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\x02 not an export", 20));
        file.close();
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        ImportRunner runner(**store);
        const auto report = runner.run(notes.toStdString(), {});
        QVERIFY(report.format.empty());
        QVERIFY2(report.error.find("notes.bin") != std::string::npos, report.error.c_str());
        QVERIFY(report.hasErrors());
        QCOMPARE((*store)->stats().sources.size(), std::size_t(0));

        ImportOptions forced;
        forced.format = "nonsense";
        QVERIFY(!runner.run(notes.toStdString(), forced).error.empty());
    }
};

QTEST_GUILESS_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
