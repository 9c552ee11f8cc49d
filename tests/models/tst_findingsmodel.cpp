#include "import/importrunner.h"
#include "models/findingsfiltermodel.h"
#include "models/findingsmodel.h"
#include "models/projectsession.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace tb;
using models::FindingsFilterModel;
using models::FindingsModel;

namespace {

// Imports PATH into the project at PROJECT with its own Store, as the import worker does.
core::ImportReport importInto(const QString &project, const QString &path, core::ImportOptions options = {})
{
    auto store = core::Store::open(project.toStdString());
    if (!store)
        return {};
    return core::ImportRunner(**store).run(path.toStdString(), options);
}

int rowWithKey(const QAbstractItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.index(row, 0).data(FindingsModel::MessageKeyRole).toString().isEmpty())
            return row;
    }
    return -1;
}

} // namespace

class TestFindingsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reload_projectWithImports_listsLatestFindingsOfEachSource()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        const auto slack = importInto(project, test::dataPath(QStringLiteral("slack/broken")));
        const auto chat = importInto(project, test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")));
        QVERIFY2(!slack.findings.empty() && !chat.findings.empty(), "both exports report findings");

        models::ProjectSession session;
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        FindingsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(session.open(project));

        QCOMPARE(model.rowCount(), static_cast<int>(slack.findings.size() + chat.findings.size()));
        QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
        // The first rows are the Slack export's, in the order found.
        const QModelIndex first = model.index(0, FindingsModel::ReasonColumn);
        QCOMPARE(first.data().toString(), QString::fromStdString(slack.findings[0].reason));
        QCOMPARE(model.index(0, FindingsModel::SourceColumn).data().toString(), QStringLiteral("broken"));
        QVERIFY2(!model.index(0, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull(),
            "the severity column shows an icon");
        QCOMPARE(model.count(core::Severity::Warning),
            static_cast<int>(std::count_if(slack.findings.begin(), slack.findings.end(), [](const auto &f) {
                return f.severity == core::Severity::Warning;
            }) + std::count_if(chat.findings.begin(), chat.findings.end(), [](const auto &f) {
                return f.severity == core::Severity::Warning;
            })));
    }

    void location_lineOrRecord_isShownAsFileLineOrRecord()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        importInto(project, test::dataPath(QStringLiteral("slack/broken")));
        importInto(project, test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")));
        models::ProjectSession session;
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(&session);
        QVERIFY(session.open(project));
        QStringList locations;
        for (int row = 0; row < model.rowCount(); ++row)
            locations << model.index(row, FindingsModel::LocationColumn).data().toString();
        QVERIFY2(locations.contains(QStringLiteral("ambiguous.txt:1")), qPrintable(locations.join(QLatin1Char('|'))));
        QVERIFY2(locations.contains(QStringLiteral("general/2020-01-06.json record 0")),
            qPrintable(locations.join(QLatin1Char('|'))));
    }

    void messageKeyRole_findingOfAMessage_namesIt()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        importInto(project, test::dataPath(QStringLiteral("slack/broken")));
        models::ProjectSession session;
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(&session);
        QVERIFY(session.open(project));
        const int row = rowWithKey(model);
        QVERIFY2(row >= 0, "the message without ts has a finding that names it");
        const QString key = model.index(row, 0).data(FindingsModel::MessageKeyRole).toString();
        QVERIFY2(session.store()->messageByKey(key.toStdString()), "the key names a message in the project");
        QVERIFY2(model.index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Double-click")),
            "the tooltip says how to get to the message");
    }

    void reload_sameExportImportedAgain_doesNotDoubleFindings()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        importInto(project, test::dataPath(QStringLiteral("slack/broken")));
        models::ProjectSession session;
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(&session);
        QVERIFY(session.open(project));
        const int before = model.rowCount();
        QVERIFY(before > 0);
        importInto(project, test::dataPath(QStringLiteral("slack/broken")));
        session.notifyContentChanged();
        QCOMPARE(model.rowCount(), before);
    }

    void reload_contentChangedAndClosed_followsTheProject()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        models::ProjectSession session;
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(&session);
        QVERIFY(session.open(project));
        QCOMPARE(model.rowCount(), 0);
        // Another connection writes (the import worker); the session's signal makes the model read it.
        const auto report = importInto(project, test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")));
        QCOMPARE(model.rowCount(), 0);
        session.notifyContentChanged();
        QCOMPARE(model.rowCount(), static_cast<int>(report.findings.size()));
        session.close();
        QCOMPARE(model.rowCount(), 0);
    }

    void filter_minimumSeverity_hidesLesserFindingsAndSortsBySeverity()
    {
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p.tunebench");
        importInto(project, test::dataPath(QStringLiteral("whatsapp/ambiguous.txt")));
        importInto(project, test::dataPath(QStringLiteral("slack/broken")));
        models::ProjectSession session;
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        FindingsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(&session);
        QVERIFY(session.open(project));
        const int infos = model.count(core::Severity::Info);
        QVERIFY2(infos > 0, "the WhatsApp import explains its date order in a note");

        QCOMPARE(filter.rowCount(), model.rowCount());
        filter.setMinimumSeverity(core::Severity::Warning);
        QCOMPARE(filter.rowCount(), model.rowCount() - infos);
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY2(filter.index(row, 0).data(FindingsModel::SeverityRole).toInt() >= int(core::Severity::Warning),
                "no note is left");
        filter.setMinimumSeverity(core::Severity::Error);
        QCOMPARE(filter.rowCount(), model.count(core::Severity::Error));

        filter.setMinimumSeverity(core::Severity::Info);
        filter.sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
        int previous = INT_MAX;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const int severity = filter.index(row, 0).data(FindingsModel::SeverityRole).toInt();
            QVERIFY2(severity <= previous, "most severe first");
            previous = severity;
        }
        QCOMPARE(filter.index(filter.rowCount() - 1, 0).data(FindingsModel::SeverityRole).toInt(),
            int(core::Severity::Info));
    }

    void setFindings_givenRows_showsThemWithoutASession()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        core::SourceFinding row;
        row.sourcePath = "/tmp/export.zip";
        row.finding = { core::Severity::Error, "a.json", 0, 3, "is not JSON", {} };
        model.setFindings({ row });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(0, FindingsModel::LocationColumn).data().toString(), QStringLiteral("a.json record 3"));
        QCOMPARE(model.index(0, FindingsModel::SourceColumn).data().toString(), QStringLiteral("export.zip"));
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
