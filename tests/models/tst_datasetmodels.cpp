#include "build/buildjobs.h"
#include "build/buildpipeline.h"
#include "build/buildsettings.h"
#include "dataset/datasetstats.h"
#include "models/dataset/costmodel.h"
#include "models/dataset/datasetsession.h"
#include "models/dataset/recordlistmodel.h"
#include "models/dataset/snapshotmodel.h"
#include "models/dataset/validationmodel.h"
#include "models/projectsession.h"
#include "store/store.h"
#include "support/sampleproject.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>


using namespace tb;
using models::CostModel;
using models::DatasetSession;
using models::RecordListModel;
using models::SnapshotModel;
using models::ValidationModel;

namespace {

// The sample script's robot (resources/sample/script): 14 lines make 13 records, as his first line of
// "The Lint Nebula" opens the scene with nothing before it to answer.
const QString kCharacter = QStringLiteral("Pip");

core::BuildSettings characterSettings()
{
    core::BuildSettings settings;
    settings.kind = core::RecipeKind::Character;
    settings.recipeOptions().set("character", kCharacter.toStdString());
    return settings;
}

// Next-speaker prompts with no separator: the validator's pc-no-separator finding, fixable with one click.
core::BuildSettings nextSpeakerWithoutSeparator()
{
    core::BuildSettings settings;
    settings.kind = core::RecipeKind::NextSpeaker;
    settings.format = core::ExportFormat::PromptCompletion;
    settings.recipeOptions().set("separator", "");
    return settings;
}

QString saveSettings(const QString &project, const core::BuildSettings &settings)
{
    auto store = core::Store::open(project.toStdString());
    if (!store)
        return QString::fromStdString(store.error().message);
    auto saved = core::saveBuildSettings(**store, settings);
    return saved ? QString() : QString::fromStdString(saved.error().message);
}

std::string optionOf(const core::BuildSettings &settings, const std::string &key)
{
    const auto it = settings.recipeOptions().values().find(key);
    return it != settings.recipeOptions().values().end() ? it->second : std::string();
}

} // namespace

class TestDatasetModels final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_project = test::createSampleProject(m_dir.path(), &error);
        QVERIFY2(!m_project.isEmpty(), qPrintable(error));
    }

    void recordList_characterBuild_listsEachLineOfTheCharacterWithTokens()
    {
        QVERIFY(saveSettings(m_project, characterSettings()).isEmpty());
        models::ProjectSession session;
        DatasetSession dataset(&session);
        QAbstractItemModelTester tester(dataset.records(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy finished(&dataset, &DatasetSession::buildFinished);
        QVERIFY(session.open(m_project));
        QTRY_VERIFY2_WITH_TIMEOUT(!dataset.isBuilding() && dataset.outcome(), "the build did not finish", 20000);

        const RecordListModel *records = dataset.records();
        QVERIFY2(dataset.outcome()->error.empty(), dataset.outcome()->error.c_str());
        QCOMPARE(records->rowCount(), 13);
        QCOMPARE(static_cast<std::size_t>(records->rowCount()), dataset.outcome()->ordinals.size());
        for (int row = 0; row < records->rowCount(); ++row) {
            const QModelIndex first = records->index(row, RecordListModel::OrdinalColumn);
            const auto ordinal = first.data(RecordListModel::OrdinalRole).toULongLong();
            QCOMPARE(first.data().toString(), QLocale().toString(ordinal + 1));
            QVERIFY2(records->rowOfOrdinal(ordinal) == row, "a record's ordinal finds its row again");
            QVERIFY2(records->index(row, RecordListModel::TokensColumn).data(RecordListModel::TokensRole).toInt() > 10,
                     "every record has its token count (system-free chat lines are still over 10 tokens)");
            QVERIFY2(!records->index(row, RecordListModel::TextColumn).data().toString().isEmpty(),
                     "every row shows what it teaches");
            QVERIFY2(records->index(row, RecordListModel::ConversationColumn).data().toString().contains(QStringLiteral("Spin Cycle"))
                         || records->index(row, RecordListModel::ConversationColumn).data().toString().contains(QStringLiteral("Lint Nebula")),
                     qPrintable(QStringLiteral("the conversation column names the scene, not %1")
                                    .arg(records->index(row, RecordListModel::ConversationColumn).data().toString())));
        }
        QCOMPARE(records->index(0, RecordListModel::TextColumn).data().toString(),
                 QStringLiteral("That is not a noise, Captain. That is a song. I have been composing."));
        QVERIFY2(records->index(0, 0).data(RecordListModel::AnchorIdRole).toLongLong() > 0,
                 "a record keeps the id of the message it teaches");
    }

    void recordList_findingCounts_showInTheFindingsColumnWithIcon()
    {
        RecordListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reset({QStringLiteral("k1"), QStringLiteral("k2")}, {QStringLiteral("general"), QStringLiteral("random")});
        models::RecordRows rows;
        for (std::uint64_t ordinal : {0U, 2U, 5U}) {
            models::RecordRow row;
            row.ordinal = ordinal;
            row.conversation = ordinal == 5 ? 1 : 0;
            row.tokens = 12;
            row.preview = "hello";
            rows.push_back(row);
        }
        model.append(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, RecordListModel::ConversationColumn).data().toString(), QStringLiteral("random"));
        QCOMPARE(model.conversationKey(*model.row(2)), QStringLiteral("k2"));
        QVERIFY2(!model.index(1, RecordListModel::FindingsColumn).data().isValid(), "no findings: the column is blank");

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFindingCounts({2, 5, 9}, {1, 0, 3}, {1, 2, 0});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, RecordListModel::FindingsColumn).data().toString(), QStringLiteral("2"));
        QVERIFY2(!model.index(1, RecordListModel::FindingsColumn).data(Qt::DecorationRole).value<QIcon>().isNull(),
                 "a record with an error shows an icon");
        QVERIFY2(model.index(2, RecordListModel::FindingsColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 warnings")),
                 "the tooltip says how many warnings");
        QCOMPARE(model.rowOfOrdinal(9), -1);

        // A new build empties the table until its first rows arrive.
        model.reset({}, {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.row(0));
    }

    void validationModel_separatorMissing_listsTheFindingWithItsFix()
    {
        QVERIFY(saveSettings(m_project, nextSpeakerWithoutSeparator()).isEmpty());
        models::ProjectSession session;
        ValidationModel findings;
        QAbstractItemModelTester tester(&findings, QAbstractItemModelTester::FailureReportingMode::Fatal);
        DatasetSession dataset(&session);
        connect(&dataset, &DatasetSession::buildFinished, &findings, [&] { findings.setOutcome(dataset.outcome()); });
        QVERIFY(session.open(m_project));
        QTRY_VERIFY2_WITH_TIMEOUT(!dataset.isBuilding() && dataset.outcome(), "the build did not finish", 20000);
        QVERIFY2(dataset.outcome()->error.empty(), dataset.outcome()->error.c_str());
        QVERIFY2(dataset.records()->rowCount() > 0, "next-speaker makes records from the sample's conversations");

        int separatorRow = -1;
        for (int row = 0; row < findings.rowCount(); ++row) {
            if (findings.index(row, 0).data(ValidationModel::RuleRole).toString() == QStringLiteral("pc-no-separator"))
                separatorRow = row;
        }
        QVERIFY2(separatorRow >= 0, "prompts without a separator are reported");
        QCOMPARE(findings.index(separatorRow, ValidationModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(findings.index(separatorRow, 0).data(ValidationModel::FixRole).toString(), QStringLiteral("add-separator"));
        QVERIFY2(findings.index(separatorRow, ValidationModel::MessageColumn).data().toString().contains(QStringLiteral("separator")),
                 "the finding says what to do");
        const qlonglong ordinal = findings.index(separatorRow, 0).data(ValidationModel::OrdinalRole).toLongLong();
        QVERIFY2(ordinal >= 0, "the finding names its first record");
        QCOMPARE(findings.index(separatorRow, ValidationModel::RecordColumn).data().toString(), QLocale().toString(ordinal + 1));

        findings.setOutcome(nullptr);
        QCOMPARE(findings.rowCount(), 0);
    }

    void costModel_estimates_showBilledTokensCostAndPriceDate()
    {
        const core::ModelCatalog *catalog = core::bundledCatalog();
        QVERIFY2(catalog, "the bundled model catalog reads");
        std::map<core::Encoding, std::vector<std::uint32_t>> tokens;
        tokens[core::Encoding::O200kBase] = std::vector<std::uint32_t>(100, 1000);
        tokens[core::Encoding::Cl100kBase] = std::vector<std::uint32_t>(100, 1100);

        CostModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        auto estimates = core::estimateCosts(*catalog, tokens, 2);
        const std::size_t count = estimates.size();
        QVERIFY2(count >= 2, "the catalog prices several models");
        model.setEstimates(std::move(estimates));
        QCOMPARE(static_cast<std::size_t>(model.rowCount()), count);

        bool sawPriced = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const core::CostEstimate &e = model.estimates()[static_cast<std::size_t>(row)];
            QCOMPARE(model.index(row, CostModel::EpochsColumn).data().toString(), QStringLiteral("2"));
            if (e.counted)
                QCOMPARE(model.index(row, CostModel::BilledColumn).data().toString(),
                         QLocale().toString(static_cast<qulonglong>(e.billedTokens)));
            const QString cost = model.index(row, CostModel::CostColumn).data().toString();
            if (e.costUsd) {
                sawPriced = true;
                QVERIFY2(cost.startsWith(QLatin1Char('$')), qPrintable(QStringLiteral("a known price shows dollars, not %1").arg(cost)));
                QVERIFY2(model.index(row, CostModel::AsOfColumn).data().toString().contains(QString::fromStdString(e.price.date)),
                         "a price says as of when");
            } else {
                QCOMPARE(cost, QStringLiteral("unknown"));
            }
        }
        QVERIFY2(sawPriced, "at least one model has a published price");
        model.setEstimates({});
        QCOMPARE(model.rowCount(), 0);
    }

    void snapshotModel_afterFreeze_listsTheSnapshotWithItsHash()
    {
        QVERIFY(saveSettings(m_project, characterSettings()).isEmpty());
        models::ProjectSession session;
        SnapshotModel snapshots(&session);
        QAbstractItemModelTester tester(&snapshots, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(session.open(m_project));
        const int before = snapshots.rowCount();

        const QString name = QStringLiteral("pip-%1").arg(QDateTime::currentMSecsSinceEpoch());
        auto frozen = core::freezeBuild(m_project.toStdString(), characterSettings(), name.toStdString(), {}, nullptr);
        QVERIFY2(frozen, frozen ? "" : frozen.error().message.c_str());
        snapshots.reload();
        QCOMPARE(snapshots.rowCount(), before + 1);
        const int row = snapshots.rowCount() - 1;
        QCOMPARE(snapshots.index(row, SnapshotModel::NameColumn).data().toString(), name);
        QCOMPARE(snapshots.index(row, SnapshotModel::HashColumn).data().toString(),
                 QString::fromStdString(frozen->sha256.substr(0, 16)));
        QCOMPARE(snapshots.index(row, SnapshotModel::HashColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("sha256 %1").arg(QString::fromStdString(frozen->sha256)));
        QVERIFY2(snapshots.index(row, SnapshotModel::RecordsColumn).data().toString().startsWith(QStringLiteral("13 ")),
                 "the snapshot holds Pip's 13 records");
        QCOMPARE(snapshots.index(row, SnapshotModel::FormatColumn).data().toString(), QStringLiteral("chat"));

        session.close();
        QCOMPARE(snapshots.rowCount(), 0);
    }

    void datasetSession_settingsChanged_areSavedAndReadBackOnReopen()
    {
        QVERIFY(saveSettings(m_project, characterSettings()).isEmpty());
        models::ProjectSession session;
        DatasetSession dataset(&session);
        QVERIFY(session.open(m_project));
        QVERIFY2(dataset.settings().kind == core::RecipeKind::Character, "the saved recipe is read when the project opens");
        core::BuildSettings changed = dataset.settings();
        changed.recipeOptions().set("context-depth", "2");
        changed.scrub = true;
        changed.epochs = 3;
        dataset.setSettings(changed);
        session.close();

        QVERIFY(session.open(m_project));
        QCOMPARE(optionOf(dataset.settings(), "context-depth"), std::string("2"));
        QVERIFY2(dataset.settings().scrub, "the scrub switch is read back");
        QCOMPARE(dataset.settings().epochs, 3);
        QTRY_VERIFY2_WITH_TIMEOUT(!dataset.isBuilding(), "the build did not finish", 20000);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_MAIN(TestDatasetModels)
#include "tst_datasetmodels.moc"
