#include "models/previewparticipantsmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using tb::models::PreviewParticipantsModel;

class TestPreviewParticipantsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void setParticipants_rows_showNamesCountsAndSortByNumber()
    {
        PreviewParticipantsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(PreviewParticipantsModel::SortRole);
        QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setParticipants({ { "slack:U1", "Ana", false, 9 }, { "slack:U2", "deploybot", true, 120 },
            { "slack:U3", "Ben", false, 10 } });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.index(1, PreviewParticipantsModel::NameColumn).data().toString(), QStringLiteral("deploybot (bot)"));
        QCOMPARE(model.index(2, PreviewParticipantsModel::KeyColumn).data().toString(), QStringLiteral("slack:U3"));
        sorted.sort(PreviewParticipantsModel::MessagesColumn, Qt::AscendingOrder);
        // By number, not by text: 9 < 10 < 120.
        QCOMPARE(sorted.index(0, PreviewParticipantsModel::NameColumn).data().toString(), QStringLiteral("Ana"));
        QCOMPARE(sorted.index(1, PreviewParticipantsModel::NameColumn).data().toString(), QStringLiteral("Ben"));
        QCOMPARE(sorted.index(2, PreviewParticipantsModel::MessagesColumn)
                     .data(PreviewParticipantsModel::SortRole)
                     .toULongLong(),
            120ull);
        model.setParticipants({});
        QCOMPARE(sorted.rowCount(), 0);
    }
};

QTEST_MAIN(TestPreviewParticipantsModel)
#include "tst_previewparticipantsmodel.moc"
