#include "support/screenshot.h"
#include "build/buildsettings.h"
#include "gui/check/checkpage.h"
#include "gui/check/exportdialog.h"
#include "gui/mainwindow.h"
#include "models/dataset/validationmodel.h"
#include "models/projectsession.h"
#include "store/store.h"
#include "support/sampleproject.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace tb;
using gui::MainWindow;
using models::ValidationModel;

namespace {

core::BuildSettings pipSettings()
{
    core::BuildSettings settings;
    settings.kind = core::RecipeKind::Character;
    settings.recipeOptions().set("character", "Pip");
    return settings;
}

// Next-speaker prompts with no separator: a pc-no-separator warning with its one-click fix.
core::BuildSettings nextSpeakerWithoutSeparator()
{
    core::BuildSettings settings;
    settings.kind = core::RecipeKind::NextSpeaker;
    settings.format = core::ExportFormat::PromptCompletion;
    settings.recipeOptions().set("separator", "");
    return settings;
}

int rowWithRule(const QAbstractItemModel *model, const QString &rule)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ValidationModel::RuleRole).toString() == rule)
            return row;
    }
    return -1;
}

int linesIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int lines = 0;
    while (!file.atEnd()) {
        if (!file.readLine().trimmed().isEmpty())
            ++lines;
    }
    return lines;
}

} // namespace

class TestCheckPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_sample = test::createSampleProject(m_dir.path(), &error);
        QVERIFY2(!m_sample.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_window.reset(); }

    void statistics_pipRecords_showExamplesHistogramAndCosts()
    {
        open(pipSettings());
        auto *examples = m_window->findChild<QLabel *>(QStringLiteral("examplesValue"));
        QTRY_COMPARE_WITH_TIMEOUT(examples->text(), QStringLiteral("13"), 20000);
        QVERIFY2(m_window->findChild<QLabel *>(QStringLiteral("tokensValue"))->text().contains(QStringLiteral("median")),
                 "the token statistics are shown");
        auto *chart = m_window->findChild<QChartView *>(QStringLiteral("histogramView"));
        QVERIFY(chart && chart->chart());
        const auto series = chart->chart()->series();
        QVERIFY2(series.size() == 1, "the histogram has its bar series");
        auto *bars = qobject_cast<QBarSeries *>(series.front());
        QVERIFY(bars && bars->count() == 1);
        qreal examplesInBars = 0;
        for (int i = 0; i < bars->barSets().front()->count(); ++i)
            examplesInBars += bars->barSets().front()->at(i);
        QCOMPARE(examplesInBars, 13.0);
        auto *costs = m_window->findChild<QTableView *>(QStringLiteral("costTable"));
        QVERIFY2(costs->model()->rowCount() >= 2, "every catalog model gets an estimate");
        QVERIFY2(m_window->findChild<QLabel *>(QStringLiteral("billedValue"))->text().contains(QStringLiteral("per epoch")),
                 "billed tokens say per epoch × epochs");
        tb::test::saveScreenshot(m_window.get(), QStringLiteral("check-test.png"));
    }

    void fix_addSeparatorClicked_theFindingDisappears()
    {
        open(nextSpeakerWithoutSeparator());
        auto *findings = m_window->findChild<QTreeView *>(QStringLiteral("findingsView"));
        QTRY_VERIFY2_WITH_TIMEOUT(rowWithRule(findings->model(), QStringLiteral("pc-no-separator")) >= 0,
                                  "prompts without a separator are reported", 20000);
        QPushButton *fix = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT((fix = m_window->findChild<QPushButton *>(QStringLiteral("fixAddSeparator"))) != nullptr,
                                  "the finding offers its fix as a button", 5000);
        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->findChild<QPushButton *>(QStringLiteral("fixClear")) != nullptr,
                                  "after the fix the page offers to undo it", 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(rowWithRule(findings->model(), QStringLiteral("pc-no-separator")) < 0,
                                  "with the separator added, the finding is gone", 20000);
        QVERIFY2(m_window->findChild<QPushButton *>(QStringLiteral("fixAddSeparator")) == nullptr, "the fix is not offered twice");
        QVERIFY2(m_window->session()->store()->loadRecipe("build-page").value_or(std::string()).find("add-separator") != std::string::npos,
                 "the chosen fix is saved with the project");
    }

    void export_chatFile_hasOneLinePerRecord()
    {
        open(pipSettings());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("examplesValue"))->text(), QStringLiteral("13"), 20000);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        auto *dialog = m_window->findChild<gui::ExportDialog *>(QStringLiteral("exportDialog"));
        QVERIFY2(dialog && dialog->isVisible(), "Export opens its dialog");
        const QString out = m_dir.path() + QStringLiteral("/pip.jsonl");
        QFile::remove(out);
        dialog->setFilePath(out);
        auto *split = dialog->findChild<QCheckBox *>(QStringLiteral("splitCheck"));
        if (split->isChecked())
            QTest::mouseClick(split, Qt::LeftButton, {}, QPoint(8, split->height() / 2)); // on the box
        QVERIFY2(!split->isChecked(), "the split is turned off: one file");
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportStartButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog->isRunning() && QFile::exists(out), "the export writes its file", 20000);
        QCOMPARE(linesIn(out), 13);
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().startsWith(QStringLiteral("Wrote 13 records")),
                 "the dialog says what it wrote");
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readLine().startsWith("{\"messages\":"), "the file is chat JSONL");
    }

    void export_withSplit_writesTrainAndValidationFiles()
    {
        core::BuildSettings settings = pipSettings();
        settings.validFraction = 0.2;
        open(settings);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("examplesValue"))->text(), QStringLiteral("13"), 20000);
        auto *check = m_window->findChild<gui::CheckPage *>(QStringLiteral("checkPage"));
        gui::ExportDialog *dialog = check->openExportDialog();
        QVERIFY(dialog);
        const QString out = m_dir.path() + QStringLiteral("/split.jsonl");
        dialog->setFilePath(out);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("splitCheck"))->isChecked());
        dialog->startExport();
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog->isRunning() && !dialog->trainPath().isEmpty(), "the export finishes", 20000);
        QCOMPARE(dialog->validPath(), m_dir.path() + QStringLiteral("/split.valid.jsonl"));
        const int train = linesIn(dialog->trainPath()), valid = linesIn(dialog->validPath());
        QVERIFY2(valid >= 1 && train + valid == 13, qPrintable(QStringLiteral("13 records split %1 + %2").arg(train).arg(valid)));
    }

    void freeze_named_listsTheSnapshotWithItsHash()
    {
        open(pipSettings());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("examplesValue"))->text(), QStringLiteral("13"), 20000);
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("snapshotTable"));
        const int before = table->model()->rowCount();
        auto *check = m_window->findChild<gui::CheckPage *>(QStringLiteral("checkPage"));
        check->freeze(QStringLiteral("pip v1"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 20000);
        const auto snapshot = m_window->session()->store()->snapshotByName("pip v1");
        QVERIFY2(snapshot.has_value(), "the snapshot is stored in the project");
        QCOMPARE(snapshot->recordCount, 13U);
        const int row = table->model()->rowCount() - 1;
        QCOMPARE(table->model()->index(row, 0).data().toString(), QStringLiteral("pip v1"));
        QCOMPARE(table->model()->index(row, table->model()->columnCount() - 1).data().toString(),
                 QString::fromStdString(snapshot->sha256.substr(0, 16)));
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("datasetLabel"))->text().contains(QString::fromStdString(snapshot->sha256)),
                                  "the page names the full content hash", 5000);
    }

private:
    // Opens a fresh copy of the sample with SETTINGS saved, on the Check & Export page.
    void open(const core::BuildSettings &settings)
    {
        const QString project = m_dir.path() + QStringLiteral("/%1.tunebench").arg(QString::fromLatin1(QTest::currentTestFunction()));
        QFile::remove(project);
        QVERIFY(QFile::copy(m_sample, project));
        {
            auto store = core::Store::open(project.toStdString());
            QVERIFY(store);
            QVERIFY(core::saveBuildSettings(**store, settings));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(project));
        m_window->showPage(MainWindow::Page::Check);
    }

    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCheckPage)
#include "tst_checkpage.moc"
