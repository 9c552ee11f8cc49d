#include "support/screenshot.h"
#include "gui/build/buildpage.h"
#include "gui/build/recipeform.h"
#include "gui/mainwindow.h"
#include "models/dataset/datasetsession.h"
#include "models/dataset/recordlistmodel.h"
#include "models/messagelistmodel.h"
#include "models/projectsession.h"
#include "recipes/recipe.h"
#include "store/store.h"
#include "support/sampleproject.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace tb;
using gui::MainWindow;
using models::RecordListModel;

namespace {

// The sample script's robot has 14 lines (resources/sample/script/starship-laundromat.csv), 13 records:
// his first line of "The Lint Nebula" opens the scene with nothing before it to answer.
const QString kCharacter = QStringLiteral("Pip");
const QString kFirstPipLine = QStringLiteral("That is not a noise, Captain. That is a song. I have been composing.");

// "<b>57 tokens</b> (o200k_base)" → 57; -1 when the label shows no count.
int tokensShown(const QLabel *label)
{
    const auto match = QRegularExpression(QStringLiteral("([0-9][0-9,.\u00a0]*) tokens")).match(label->text());
    if (!match.hasMatch())
        return -1;
    QString digits = match.captured(1);
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return digits.toInt();
}

} // namespace

class TestBuildPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_sample = test::createSampleProject(m_dir.path(), &error);
        QVERIFY2(!m_sample.isEmpty(), qPrintable(error));
    }

    void init()
    {
        // Each test on its own copy: the recipe settings a test saves do not leak into the next.
        m_project = m_dir.path() + QStringLiteral("/%1.tunebench").arg(QString::fromLatin1(QTest::currentTestFunction()));
        QFile::remove(m_project);
        QVERIFY2(QFile::copy(m_sample, m_project), "the sample project copies");
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->openProject(m_project), "the sample project opens");
        m_window->showPage(MainWindow::Page::Build);
        m_page = m_window->findChild<gui::BuildPage *>(QStringLiteral("buildPage"));
        m_table = m_window->findChild<QTableView *>(QStringLiteral("recordTable"));
        m_preview = m_window->findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
        m_tokens = m_window->findChild<QLabel *>(QStringLiteral("previewTokensLabel"));
        m_form = m_window->findChild<gui::RecipeForm *>(QStringLiteral("recipeForm"));
        QVERIFY2(m_page && m_table && m_preview && m_tokens && m_form, "the Build page has its form, table and preview");
    }

    void cleanup()
    {
        m_window.reset();
    }

    void recipeForm_characterChosen_buildsItsRecordsIntoTheTable()
    {
        chooseCharacter();
        QTRY_COMPARE_WITH_TIMEOUT(m_table->model()->rowCount(), 13, 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(!m_page->dataset()->isBuilding(), "the build finishes", 20000);
        QCOMPARE(m_table->model()->index(0, RecordListModel::TextColumn).data().toString(), kFirstPipLine);
        for (int row = 0; row < m_table->model()->rowCount(); ++row)
            QVERIFY2(m_table->model()->index(row, RecordListModel::TokensColumn).data(RecordListModel::TokensRole).toInt() > 0,
                     "every listed record shows its token count");
        const auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("13 records")), qPrintable(summary->text()));
        tb::test::saveScreenshot(m_window.get(), QStringLiteral("build-test.png"));
    }

    void recipeForm_optionChanged_updatesThePreviewLineAndItsTokenCount()
    {
        chooseCharacter();
        QTRY_VERIFY2_WITH_TIMEOUT(m_preview->toPlainText().contains(kFirstPipLine), "the first record's line is previewed", 20000);
        QVERIFY2(m_preview->toPlainText().startsWith(QStringLiteral("{\"messages\":")), "the preview is the chat JSONL line");
        QVERIFY2(m_preview->toPlainText().contains(QStringLiteral("Captain Juno: ")), "the user turn carries the speaker prefix");
        QTRY_VERIFY2_WITH_TIMEOUT(tokensShown(m_tokens) > 0, "the preview shows its token count", 10000);
        const int before = tokensShown(m_tokens);

        auto *prompt = qobject_cast<QPlainTextEdit *>(m_form->optionWidget(core::RecipeKind::Character, "system-prompt"));
        QVERIFY2(prompt, "the character recipe has a system prompt field");
        prompt->setFocus();
        QTest::keyClicks(prompt, QStringLiteral("You are {character}, the ship's laundry robot."));
        QTRY_VERIFY2_WITH_TIMEOUT(m_preview->toPlainText().contains(QStringLiteral("\"You are Pip, the ship's laundry robot.\"")),
                                  qPrintable(QStringLiteral("the preview gains the system turn with the name filled in: %1")
                                                 .arg(m_preview->toPlainText())),
                                  20000);
        QVERIFY2(m_preview->toPlainText().contains(QStringLiteral("\"system\"")), "the new turn is the system turn");
        QTRY_VERIFY2_WITH_TIMEOUT(tokensShown(m_tokens) > before + 8, "the token count grows with the system turn", 10000);

        // A structural option: the prefix of other speakers' lines.
        auto *prefix = qobject_cast<QLineEdit *>(m_form->optionWidget(core::RecipeKind::Character, "prefix"));
        QVERIFY(prefix);
        prefix->selectAll();
        QTest::keyClicks(prefix, QStringLiteral("[{speaker}] "));
        QTRY_VERIFY2_WITH_TIMEOUT(m_preview->toPlainText().contains(QStringLiteral("[Captain Juno] ")),
                                  "the preview follows the new prefix", 20000);
    }

    void showInBrowse_selectedRecord_opensItsMessageInBrowse()
    {
        chooseCharacter();
        QTRY_COMPARE_WITH_TIMEOUT(m_table->model()->rowCount(), 13, 20000);
        m_table->setFocus();
        m_table->setCurrentIndex(m_table->model()->index(3, 0));
        const qlonglong anchor = m_table->model()->index(3, 0).data(RecordListModel::AnchorIdRole).toLongLong();
        const QString taught = m_table->model()->index(3, RecordListModel::TextColumn).data().toString();
        const auto messages = m_window->session()->store()->messagesByIds({anchor});
        QVERIFY2(messages.size() == 1, "the record's anchor is in the project");
        const QString key = QString::fromStdString(messages.front().key);

        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("showInBrowseButton")), Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Browse);
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("messageView"));
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().data(models::MessageListModel::KeyRole).toString(), key, 10000);
        QVERIFY2(taught.startsWith(QString::fromStdString(messages.front().text).left(20)),
                 "the message shown is the line the record teaches");
    }

    void scrubReport_scrubTurnedOn_listsWhatWasReplaced()
    {
        chooseCharacter();
        QTRY_COMPARE_WITH_TIMEOUT(m_table->model()->rowCount(), 13, 20000);
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("scrubReportButton"));
        QVERIFY(button);
        QVERIFY2(!button->isVisible(), "no scrub report while scrubbing is off");
        auto *scrub = m_window->findChild<QCheckBox *>(QStringLiteral("scrubCheck"));
        QTest::mouseClick(scrub, Qt::LeftButton, {}, QPoint(8, scrub->height() / 2));
        QTRY_VERIFY2_WITH_TIMEOUT(button->isVisible() && !m_page->dataset()->isBuilding(), "a scrubbed build offers its report", 20000);
        const auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("Scrubbed:")), qPrintable(summary->text()));
        QTRY_VERIFY2_WITH_TIMEOUT(!m_preview->toPlainText().isEmpty() && !m_preview->toPlainText().contains(QStringLiteral("Captain Juno")),
                                  qPrintable(QStringLiteral("the previewed line has the names replaced: %1").arg(m_preview->toPlainText())),
                                  20000);

        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("scrubReportDialog"));
        QVERIFY2(dialog && dialog->isVisible(), "the report opens");
        auto *entries = dialog->findChild<QTreeWidget *>(QStringLiteral("entriesView"));
        QVERIFY2(entries && entries->topLevelItemCount() > 0, "the report lists the replacements");
        bool sawJuno = false;
        for (int i = 0; i < entries->topLevelItemCount(); ++i)
            sawJuno = sawJuno || entries->topLevelItem(i)->text(3) == QStringLiteral("Captain Juno");
        QVERIFY2(sawJuno, "the report shows what a name was and what it became");
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("countsLabel"))->text().contains(QStringLiteral("Names")),
                 "the counts are given per category");
        tb::test::saveScreenshot(dialog, QStringLiteral("scrub-report-test.png"));
        dialog->close();

        // Names kept: the scrubber leaves them as written, and only that category.
        auto *names = m_window->findChild<QCheckBox *>(QStringLiteral("scrubNameCheck"));
        QVERIFY2(names && names->isEnabled() && names->isChecked(), "each category has its own switch, on by default");
        QTest::mouseClick(names, Qt::LeftButton, {}, QPoint(8, names->height() / 2));
        QVERIFY(!names->isChecked());
        QTRY_VERIFY2_WITH_TIMEOUT(m_preview->toPlainText().contains(QStringLiteral("Captain Juno")),
                                  qPrintable(QStringLiteral("with names kept the line keeps them: %1").arg(m_preview->toPlainText())),
                                  20000);
    }

    void reopen_projectWithSettings_restoresTheRecipeForm()
    {
        chooseCharacter();
        auto *depth = qobject_cast<QSpinBox *>(m_form->optionWidget(core::RecipeKind::Character, "context-depth"));
        QVERIFY(depth);
        depth->setValue(2);
        auto *scrub = m_window->findChild<QCheckBox *>(QStringLiteral("scrubCheck"));
        QTest::mouseClick(scrub, Qt::LeftButton, {}, QPoint(8, scrub->height() / 2)); // on the box, not past the text
        QVERIFY(scrub->isChecked());
        auto *urls = m_window->findChild<QCheckBox *>(QStringLiteral("scrubUrlCheck"));
        QTest::mouseClick(urls, Qt::LeftButton, {}, QPoint(8, urls->height() / 2));
        QVERIFY(!urls->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(m_table->model()->rowCount(), 13, 20000);

        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_project));
        m_window->showPage(MainWindow::Page::Build);
        auto *recipe = m_window->findChild<QComboBox *>(QStringLiteral("recipeCombo"));
        auto *character = m_window->findChild<QComboBox *>(QStringLiteral("characterCharacterCombo"));
        auto *form = m_window->findChild<gui::RecipeForm *>(QStringLiteral("recipeForm"));
        QCOMPARE(recipe->currentData().toInt(), static_cast<int>(core::RecipeKind::Character));
        QTRY_COMPARE_WITH_TIMEOUT(character->currentText(), kCharacter, 5000);
        QCOMPARE(qobject_cast<QSpinBox *>(form->optionWidget(core::RecipeKind::Character, "context-depth"))->value(), 2);
        QVERIFY2(m_window->findChild<QCheckBox *>(QStringLiteral("scrubCheck"))->isChecked(), "the scrub switch is restored");
        QVERIFY2(!m_window->findChild<QCheckBox *>(QStringLiteral("scrubUrlCheck"))->isChecked(), "a category kept stays kept");
        QVERIFY2(m_window->findChild<QCheckBox *>(QStringLiteral("scrubNameCheck"))->isChecked(), "the others stay on");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<QTableView *>(QStringLiteral("recordTable"))->model()->rowCount(), 13, 20000);
    }

private:
    // Character recipe, Pip, through the form as a user does it.
    void chooseCharacter()
    {
        auto *recipe = m_window->findChild<QComboBox *>(QStringLiteral("recipeCombo"));
        QVERIFY(recipe);
        recipe->setCurrentIndex(recipe->findData(static_cast<int>(core::RecipeKind::Character)));
        auto *character = m_window->findChild<QComboBox *>(QStringLiteral("characterCharacterCombo"));
        QVERIFY(character);
        QTRY_VERIFY2_WITH_TIMEOUT(character->findText(kCharacter) >= 0, "the character list offers the script's speakers", 10000);
        character->setCurrentIndex(character->findText(kCharacter));
        QVERIFY2(m_page->dataset()->settings().kind == core::RecipeKind::Character, "choosing the recipe changes the settings");
    }

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
    gui::BuildPage *m_page = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_tokens = nullptr;
    gui::RecipeForm *m_form = nullptr;
};

QTEST_MAIN(TestBuildPage)
#include "tst_buildpage.moc"
