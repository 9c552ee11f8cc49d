#include "import/importpreview.h"
#include "import/importrunner.h"
#include "store/store.h"
#include "support/testsupport.h"
#include "util/timeutil.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tb::core;

namespace {

// A chat whose dates decide the order (25 > 12): Ana writes three messages, Ben two.
QByteArray smallChat()
{
    return "24/12/2023, 09:00 - Ana: morning\n"
           "24/12/2023, 09:01 - Ben: hi\n"
           "25/12/2023, 10:00 - Ana: merry\n"
           "25/12/2023, 10:05 - Ana: christmas\n"
           "26/12/2023, 18:30 - Ben: bye\n";
}

std::int64_t ms(int y, unsigned mo, unsigned d, unsigned h, unsigned mi)
{
    return *timeutil::toEpochMs(y, mo, d, h, mi, 0);
}

// Names, sizes and times of everything under DIR: what "writes nothing" compares.
QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        out << QStringLiteral("%1 %2 %3")
                   .arg(info.filePath())
                   .arg(info.size())
                   .arg(info.lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

} // namespace

class TestImportPreview final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void run_whatsAppChat_countsMessagesParticipantsAndDates()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ana.txt"), smallChat());
        const ImportPreview p = ImportPreviewer().run(chat.toStdString(), {});
        QVERIFY2(p.problem == ImportPreview::Problem::None, p.error.c_str());
        QCOMPARE(p.format, std::string("whatsapp"));
        QVERIFY2(!p.formatForced, "the format was detected, not forced");
        QCOMPARE(p.files, std::uint64_t(1));
        QCOMPARE(p.filesRead, std::uint64_t(1));
        QCOMPARE(p.messages, std::uint64_t(5));
        QCOMPARE(p.conversations.size(), std::size_t(1));
        QCOMPARE(p.conversations[0].messages, std::uint64_t(5));
        QCOMPARE(p.participants.size(), std::size_t(2));
        QCOMPARE(p.participants[0].displayName, std::string("Ana"));
        QCOMPARE(p.participants[0].messages, std::uint64_t(3));
        QCOMPARE(p.participants[1].displayName, std::string("Ben"));
        QCOMPARE(p.participants[1].messages, std::uint64_t(2));
        QCOMPARE(p.firstMs, std::optional<std::int64_t>(ms(2023, 12, 24, 9, 0)));
        QCOMPARE(p.lastMs, std::optional<std::int64_t>(ms(2023, 12, 26, 18, 30)));
        QCOMPARE(p.dateOrders.size(), std::size_t(1));
        const DateOrderDecision &d = p.dateOrders[0];
        QVERIFY2(d.inferred() && !d.ambiguous(), "a day of 24 decides the order");
        QCOMPARE(d.basis, DateOrderDecision::Basis::FieldOver12);
        QCOMPARE(d.order, DateOrder::DayMonthYear);
        QCOMPARE(d.headers, std::uint64_t(5));
        QVERIFY2(!p.ambiguousDateOrder(), "nothing is left for a person to choose");
    }

    void run_ambiguousOrder_reportsDefaultAndChoices()
    {
        const ImportPreview p
            = ImportPreviewer().run(tb::test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")).toStdString(), {});
        QVERIFY2(p.problem == ImportPreview::Problem::None, p.error.c_str());
        const DateOrderDecision *d = p.ambiguousDateOrder();
        QVERIFY2(d, "01/02/2024 and 03/04/2024 do not tell day from month");
        QVERIFY2(!d->inferred(), "a default is not an inference");
        QCOMPARE(d->basis, DateOrderDecision::Basis::Default);
        QCOMPARE(d->order, DateOrder::DayMonthYear);
        QCOMPARE(d->choices, (std::vector<DateOrder> { DateOrder::DayMonthYear, DateOrder::MonthDayYear }));
        QCOMPARE(d->firstLine, std::int64_t(1));
        QCOMPARE(d->lastLine, std::int64_t(3));
        QCOMPARE(p.count(Severity::Warning), std::uint64_t(1));
        QCOMPARE(p.firstMs, std::optional<std::int64_t>(ms(2024, 2, 1, 10, 0)));
    }

    void run_ambiguousOrderChosen_readsDatesThatWayWithoutWarning()
    {
        ImportOptions options;
        options.ambiguousDateOrder = DateOrder::MonthDayYear;
        const ImportPreview p = ImportPreviewer().run(
            tb::test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")).toStdString(), options);
        const DateOrderDecision *d = p.ambiguousDateOrder();
        QVERIFY2(d, "a chosen order is still reported as a choice, so it can be changed again");
        QCOMPARE(d->order, DateOrder::MonthDayYear);
        QCOMPARE(p.count(Severity::Warning), std::uint64_t(0));
        QCOMPARE(p.firstMs, std::optional<std::int64_t>(ms(2024, 1, 2, 10, 0)));
        QCOMPARE(p.lastMs, std::optional<std::int64_t>(ms(2024, 3, 4, 9, 0)));
    }

    void run_ambiguousOrderChosen_neverOverridesEvidence()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ana.txt"), smallChat());
        ImportOptions options;
        options.ambiguousDateOrder = DateOrder::MonthDayYear;
        const ImportPreview p = ImportPreviewer().run(chat.toStdString(), options);
        QCOMPARE(p.dateOrders.size(), std::size_t(1));
        QCOMPARE(p.dateOrders[0].order, DateOrder::DayMonthYear);
        QCOMPARE(p.messagesWithoutTime, std::uint64_t(0));
    }

    void run_contradictoryDates_reportsAmbiguousAndHonoursChoice()
    {
        QTemporaryDir dir;
        // 13/01 can only be day first, 01/14 only month first: the export contradicts itself.
        const QString chat = tb::test::writeFile(dir.path(), QStringLiteral("WhatsApp Chat with Ana.txt"),
            "13/01/2024, 10:00 - Ana: one\n"
            "14/01/2024, 10:00 - Ben: two\n"
            "01/15/2024, 10:00 - Ana: three\n");
        const ImportPreview guessed = ImportPreviewer().run(chat.toStdString(), {});
        const DateOrderDecision *d = guessed.ambiguousDateOrder();
        QVERIFY2(d, "contradicting dates leave the choice to a person");
        QCOMPARE(d->basis, DateOrderDecision::Basis::Contradiction);
        QCOMPARE(d->order, DateOrder::DayMonthYear); // fewer dates contradict it
        QCOMPARE(guessed.messagesWithoutTime, std::uint64_t(1));

        ImportOptions options;
        options.ambiguousDateOrder = DateOrder::MonthDayYear;
        const ImportPreview chosen = ImportPreviewer().run(chat.toStdString(), options);
        QCOMPARE(chosen.ambiguousDateOrder()->order, DateOrder::MonthDayYear);
        QCOMPARE(chosen.messagesWithoutTime, std::uint64_t(2));
    }

    void run_chronology_reportsInferredFromTimeOrder()
    {
        const ImportPreview p
            = ImportPreviewer().run(tb::test::dataPath(QStringLiteral("whatsapp/chronology.txt")).toStdString(), {});
        QCOMPARE(p.dateOrders.size(), std::size_t(1));
        QCOMPARE(p.dateOrders[0].basis, DateOrderDecision::Basis::TimeOrder);
        QCOMPARE(p.dateOrders[0].order, DateOrder::MonthDayYear);
        QVERIFY2(p.dateOrders[0].inferred(), "time order decides");
    }

    void run_forcedOrder_reportsRequested()
    {
        ImportOptions options;
        options.dateOrder = DateOrder::MonthDayYear;
        const ImportPreview p
            = ImportPreviewer().run(tb::test::dataPath(QStringLiteral("whatsapp/switch.txt")).toStdString(), options);
        QCOMPARE(p.dateOrders.size(), std::size_t(2));
        for (const auto &d : p.dateOrders)
            QCOMPARE(d.basis, DateOrderDecision::Basis::Requested);
        QCOMPARE(p.messagesWithoutTime, std::uint64_t(1));
    }

    void run_slackExport_countsConversationsAndKeepsFindingsWithKeys()
    {
        const ImportPreview p
            = ImportPreviewer().run(tb::test::dataPath(QStringLiteral("slack/broken")).toStdString(), {});
        QVERIFY2(p.problem == ImportPreview::Problem::None, p.error.c_str());
        QCOMPARE(p.format, std::string("slack"));
        QVERIFY2(p.files >= 8 && p.filesRead > 0, "the folder's files are counted");
        QVERIFY2(p.messages >= 4, "the readable messages of the broken export are counted");
        QVERIFY2(p.count(Severity::Warning) + p.count(Severity::Error) > 0, "a broken export has findings");
        const bool keyed
            = std::any_of(p.findings.begin(), p.findings.end(), [](const Finding &f) { return !f.messageKey.empty(); });
        QVERIFY2(keyed, "a message without ts is imported, and its finding names it");
        QVERIFY2(p.dateOrders.empty(), "Slack times are not ambiguous");
    }

    void run_sampleExports_countAsTheImportDoes()
    {
        QTemporaryDir dir;
        auto store = Store::open(QString(dir.path() + QStringLiteral("/p.tunebench")).toStdString());
        QVERIFY(store);
        const QString sample = qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample/");
        for (const QString &name : { QStringLiteral("WhatsApp Chat with Sam Rivera.txt"), QStringLiteral("slack-acme"),
                 QStringLiteral("twitter-archive"), QStringLiteral("script/starship-laundromat.csv") }) {
            const std::string path = QString(sample + name).toStdString();
            const ImportPreview p = ImportPreviewer().run(path, {});
            QVERIFY2(p.problem == ImportPreview::Problem::None, p.error.c_str());
            const ImportReport r = ImportRunner(**store).run(path, {});
            QVERIFY2(r.error.empty(), r.error.c_str());
            QCOMPARE(p.format, r.format);
            QCOMPARE(p.messages, r.counts.messagesSeen);
            QCOMPARE(p.findings.size(), r.findings.size());
            QCOMPARE(p.dateOrders.size(), r.dateOrders.size());
        }
    }

    void run_missingPath_isUnreadable()
    {
        QTemporaryDir dir;
        const ImportPreview p
            = ImportPreviewer().run(QString(dir.path() + QStringLiteral("/nothing.zip")).toStdString(), {});
        QCOMPARE(p.problem, ImportPreview::Problem::Unreadable);
        QVERIFY2(p.error.find("no such file") != std::string::npos, p.error.c_str());
        QCOMPARE(p.messages, std::uint64_t(0));
    }

    void run_unknownContent_isUnrecognised()
    {
        QTemporaryDir dir;
        const QString path = tb::test::writeFile(dir.path(), QStringLiteral("notes.md"), "# shopping\n- milk\n");
        const ImportPreview p = ImportPreviewer().run(path.toStdString(), {});
        QCOMPARE(p.problem, ImportPreview::Problem::Unrecognised);
        QVERIFY2(p.format.empty(), "no importer claims a shopping list");
    }

    void run_unknownForcedFormat_isReported()
    {
        ImportOptions options;
        options.format = "telegram";
        const ImportPreview p = ImportPreviewer().run(
            tb::test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")).toStdString(), options);
        QCOMPARE(p.problem, ImportPreview::Problem::UnknownFormat);
        QVERIFY2(p.error.find("telegram") != std::string::npos, p.error.c_str());
    }

    void run_forcedFormat_isUsedAndMarked()
    {
        ImportOptions options;
        options.format = "whatsapp";
        const ImportPreview p = ImportPreviewer().run(
            tb::test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")).toStdString(), options);
        QCOMPARE(p.format, std::string("whatsapp"));
        QVERIFY2(p.formatForced, "the format came from the options");
        QCOMPARE(p.messages, std::uint64_t(3));
    }

    void run_anyExport_writesNothing()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(
            dir.path(), QStringLiteral("WhatsApp Chat with Long.txt"), tb::test::whatsAppChat(3000));
        const QString slack = tb::test::dataPath(QStringLiteral("slack/broken"));
        const QStringList before = listing(dir.path());
        const QStringList slackBefore = listing(slack);
        QVERIFY(ImportPreviewer().run(chat.toStdString(), {}).messages == 3000);
        QVERIFY(ImportPreviewer().run(slack.toStdString(), {}).messages > 0);
        QCOMPARE(listing(dir.path()), before);
        QCOMPARE(listing(slack), slackBefore);
    }

    void run_cancelled_stopsAndSaysSo()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(
            dir.path(), QStringLiteral("WhatsApp Chat with Long.txt"), tb::test::whatsAppChat(100000));
        std::atomic<bool> cancel = false;
        std::vector<std::uint64_t> progress;
        ImportPreviewer previewer;
        previewer.setCancelFlag(&cancel);
        previewer.setProgressCallback([&](const ImportProgress &p) {
            progress.push_back(p.messagesDone);
            cancel = true; // the user presses Cancel at the first progress report
        });
        const ImportPreview p = previewer.run(chat.toStdString(), {});
        QVERIFY2(p.cancelled, "a cancelled preview says so");
        QVERIFY2(!progress.empty() && progress.front() > 0, "progress counts messages");
        QVERIFY2(p.messages < 100000, "the importer stops soon after the cancel");
    }

    void run_progress_reportsMessagesAndFilesToTheEnd()
    {
        QTemporaryDir dir;
        const QString chat = tb::test::writeFile(
            dir.path(), QStringLiteral("WhatsApp Chat with Long.txt"), tb::test::whatsAppChat(45000));
        std::vector<ImportProgress> seen;
        ImportPreviewer previewer;
        previewer.setProgressCallback([&](const ImportProgress &p) { seen.push_back(p); });
        const ImportPreview p = previewer.run(chat.toStdString(), {});
        QCOMPARE(p.messages, std::uint64_t(45000));
        QVERIFY2(seen.size() >= 3, "progress is reported batch by batch");
        QCOMPARE(seen.back().messagesDone, std::uint64_t(45000));
        QCOMPARE(seen.back().filesDone, std::uint64_t(1));
        QCOMPARE(seen.back().filesTotal, std::uint64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
