#include "screenshots.h"

#include "mainwindow.h"
#include "sampleproject.h"
#include "recipes/recipe.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

#include <memory>
#include <vector>

namespace tb::gui {

namespace {

// Each step sets the window up, then waits long enough for background work (previews, searches)
// to deliver before the picture is taken.
struct Step {
    QString name;
    std::function<void()> prepare;
    int settleMs;
};

} // namespace

void takeScreenshots(MainWindow *window, const QString &dir, std::function<void(int)> done)
{
    QDir().mkpath(dir);
    const QString exports = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sample-exports");
    auto steps = std::make_shared<std::vector<Step>>(std::vector<Step>{
        {QStringLiteral("welcome"), [] {}, 300},
        {QStringLiteral("browse"), [window] { window->openSampleProject(); }, 800},
        {QStringLiteral("search"),
         [window] {
             if (auto *field = window->findChild<QLineEdit *>(QStringLiteral("searchField")))
                 field->setText(QStringLiteral("first"));
         },
         1200},
        {QStringLiteral("message"),
         [window] {
             // Enter jumps to the newest hit: its conversation opens with it selected and inspected.
             if (auto *field = window->findChild<QLineEdit *>(QStringLiteral("searchField"))) {
                 QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
                 QCoreApplication::sendEvent(field, &press);
             }
         },
         1000},
        {QStringLiteral("participants"), [window] { window->showPage(MainWindow::Page::Participants); }, 600},
        // The sample's Slack export has "me" unset: the character recipe on the TV script's robot
        // (resources/sample/script: Pip has 14 lines over two scenes) yields records without one.
        {QStringLiteral("build"),
         [window] {
             window->showPage(MainWindow::Page::Build);
             if (auto *recipe = window->findChild<QComboBox *>(QStringLiteral("recipeCombo")))
                 recipe->setCurrentIndex(recipe->findData(static_cast<int>(core::RecipeKind::Character)));
             if (auto *character = window->findChild<QComboBox *>(QStringLiteral("characterCharacterCombo"))) {
                 const int pip = character->findText(QStringLiteral("Pip"));
                 if (pip >= 0)
                     character->setCurrentIndex(pip);
                 else
                     character->setEditText(QStringLiteral("Pip")); // the list is still being read
             }
         },
         3000},
        {QStringLiteral("check"),
         [window] {
             window->showPage(MainWindow::Page::Check);
             // The first finding selected: the pane under the list shows it in full with its record.
             if (auto *findings = window->findChild<QTreeView *>(QStringLiteral("findingsView"))) {
                 if (findings->model() && findings->model()->rowCount() > 0)
                     findings->setCurrentIndex(findings->model()->index(0, 0));
             }
         },
         800},
        {QStringLiteral("import"),
         [window, exports] {
             const QStringList paths = extractSampleExports(exports);
             const auto whatsapp = paths.filter(QStringLiteral("WhatsApp"));
             window->importPaths(whatsapp.isEmpty() ? paths.mid(0, 1) : whatsapp);
         },
         1500},
    });
    auto saved = std::make_shared<int>(0);
    // Pending timers hold the chain alive; it holds itself only weakly, so it ends with the last step.
    auto next = std::make_shared<std::function<void(std::size_t)>>();
    std::weak_ptr<std::function<void(std::size_t)>> weakNext = next;
    *next = [window, dir, steps, saved, weakNext, done](std::size_t i) {
        auto self = weakNext.lock();
        if (i == steps->size()) {
            // The settings dialog last, on its own.
            auto *dialog = new SettingsDialog(window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            QTimer::singleShot(300, dialog, [dialog, dir, saved, done] {
                *saved += dialog->grab().save(dir + QStringLiteral("/settings.png")) ? 1 : 0;
                dialog->close();
                done(*saved);
            });
            return;
        }
        (*steps)[i].prepare();
        QTimer::singleShot((*steps)[i].settleMs, window, [window, dir, steps, saved, self, i] {
            *saved += window->grab().save(dir + QLatin1Char('/') + (*steps)[i].name + QStringLiteral(".png")) ? 1 : 0;
            (*self)(i + 1);
        });
    };
    QTimer::singleShot(300, window, [next] { (*next)(0); });
}

} // namespace tb::gui
