#pragma once

#include <QMainWindow>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tb::models {
class ProjectSession;
}

namespace tb::gui {

class BrowsePage;
class BuildPage;
class CheckPage;
class FindingsDock;
class ImportPage;
class ParticipantsPage;
class WelcomePage;

// The workbench window: a welcome screen until a project is open, then the pages of PRODUCT.md that
// work so far (Import, Browse, Participants, Build, Check & Export) down the left side, and the findings dock.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Import, Browse, Participants, Build, Check };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    models::ProjectSession *session() const { return m_session; }

    // Opens (or creates) the project at PATH and shows it; false, after telling the user why, when
    // it cannot be opened.
    bool openProject(const QString &path);
    // Imports our bundled synthetic exports of every kind into a sample project and opens it.
    bool openSampleProject();
    void showPage(Page page);
    Page currentPage() const;
    // Shows the preview of PATHS on the Import page, asking for a project first if none is open.
    void importPaths(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void newProject();
    void openProjectDialog();
    void importDialog();
    void showSettings();
    void showAbout();
    void updateRecentMenu();
    void updateForProject();

    models::ProjectSession *m_session;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_pageList = nullptr;
    WelcomePage *m_welcome = nullptr;
    ImportPage *m_importPage = nullptr;
    BrowsePage *m_browsePage = nullptr;
    ParticipantsPage *m_participantsPage = nullptr;
    BuildPage *m_buildPage = nullptr;
    CheckPage *m_checkPage = nullptr;
    FindingsDock *m_findings = nullptr;
    QWidget *m_workbench = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_findAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace tb::gui
