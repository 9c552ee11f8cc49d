#include "mainwindow.h"

#include "appicon.h"
#include "browse/browsepage.h"
#include "build/buildpage.h"
#include "check/checkpage.h"
#include "findings/findingsdock.h"
#include "import/importpage.h"
#include "models/projectsession.h"
#include "models/settings/appsettings.h"
#include "participants/participantspage.h"
#include "sampleproject.h"
#include "settingsdialog.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>

namespace tb::gui {

using models::AppSettings;

namespace {

const QString kProjectFilter = QObject::tr("Tunebench projects (*.tunebench)");

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const auto urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new models::ProjectSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);

    m_welcome = new WelcomePage;
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_importPage = new ImportPage(m_session);
    m_importPage->setObjectName(QStringLiteral("importPage"));
    m_browsePage = new BrowsePage(m_session);
    m_browsePage->setObjectName(QStringLiteral("browsePage"));
    m_participantsPage = new ParticipantsPage(m_session);
    m_participantsPage->setObjectName(QStringLiteral("participantsPage"));
    m_buildPage = new BuildPage(m_session);
    m_buildPage->setObjectName(QStringLiteral("buildPage"));
    m_checkPage = new CheckPage(m_session, m_buildPage->dataset());
    m_checkPage->setObjectName(QStringLiteral("checkPage"));

    // The pages, left to right in PRODUCT.md, down the side; only those that work are listed.
    m_pageList = new QListWidget;
    m_pageList->setObjectName(QStringLiteral("pageList"));
    const QList<QPair<QString, QStyle::StandardPixmap>> pageEntries = {
        {tr("Import"), QStyle::SP_DialogOpenButton},
        {tr("Browse"), QStyle::SP_FileDialogContentsView},
        {tr("Participants"), QStyle::SP_DirHomeIcon},
        {tr("Build"), QStyle::SP_FileDialogDetailedView},
        {tr("Check & Export"), QStyle::SP_DialogApplyButton}};
    int textWidth = 0;
    for (const auto &entry : pageEntries)
        textWidth = qMax(textWidth, fontMetrics().horizontalAdvance(entry.first));
    const QSize itemSize(textWidth + 20 + 32, fontMetrics().height() * 2 + 8); // icon, margins
    for (int i = 0; i < pageEntries.size(); ++i) {
        auto *item = new QListWidgetItem(style()->standardIcon(pageEntries[i].second), pageEntries[i].first, m_pageList);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageEntries[i].first).arg(i + 1));
        item->setSizeHint(itemSize);
    }
    m_pageList->setIconSize(QSize(20, 20));
    m_pageList->setFixedWidth(itemSize.width() + 8);
    m_pageList->setFrameShape(QFrame::NoFrame);
    // The side bar reads as navigation, not as a list of data.
    m_pageList->setAutoFillBackground(true);
    m_pageList->setBackgroundRole(QPalette::Window);
    auto *pages = new QStackedWidget;
    pages->setObjectName(QStringLiteral("pageStack"));
    pages->addWidget(m_importPage);
    pages->addWidget(m_browsePage);
    pages->addWidget(m_participantsPage);
    pages->addWidget(m_buildPage);
    pages->addWidget(m_checkPage);
    connect(m_pageList, &QListWidget::currentRowChanged, pages, &QStackedWidget::setCurrentIndex);

    m_workbench = new QWidget;
    auto *layout = new QHBoxLayout(m_workbench);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pageList);
    layout->addWidget(pages, 1);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workbench);
    setCentralWidget(m_stack);

    m_findings = new FindingsDock(m_session, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findings);
    m_findings->hide();

    createActions();
    createMenus();

    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::sampleProjectRequested, this, &MainWindow::openSampleProject);
    connect(m_welcome, &WelcomePage::recentProjectRequested, this, &MainWindow::openProject);
    connect(m_importPage, &ImportPage::importFinished, this, [this] { showPage(Page::Browse); });
    connect(m_importPage, &ImportPage::importReported, m_findings, &FindingsDock::revealProblems);
    connect(m_findings, &FindingsDock::messageRequested, this, [this](const QString &key) {
        showPage(Page::Browse);
        if (!m_browsePage->showMessage(key))
            statusBar()->showMessage(tr("That message is not in the project."), 5000);
    });
    // A record's lineage: its source thread in Browse.
    const auto showRecordSource = [this](const QString &key) {
        showPage(Page::Browse);
        if (!m_browsePage->showMessage(key))
            statusBar()->showMessage(tr("That record's message is no longer in the project."), 5000);
    };
    connect(m_buildPage, &BuildPage::messageRequested, this, showRecordSource);
    connect(m_checkPage, &CheckPage::recordRequested, this, [this](quint64 ordinal) {
        showPage(Page::Build);
        m_buildPage->selectRecord(ordinal);
    });
    connect(m_session, &models::ProjectSession::opened, this, &MainWindow::updateForProject);
    connect(m_session, &models::ProjectSession::closed, this, &MainWindow::updateForProject);

    updateForProject();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(tr("Ctrl+I"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);

    m_closeAction = new QAction(tr("&Close Project"), this);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (m_importPage->isBusy()) {
            statusBar()->showMessage(tr("Cancel the running import before closing the project."), 5000);
            return;
        }
        if (m_checkPage->isExporting()) {
            statusBar()->showMessage(tr("Cancel the running export before closing the project."), 5000);
            return;
        }
        m_session->close();
    });

    m_findAction = new QAction(tr("&Find Messages…"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPage(Page::Browse);
        m_browsePage->focusSearch();
    });

    const QList<QPair<QString, Page>> pages = {
        {tr("&Import"), Page::Import}, {tr("&Browse"), Page::Browse}, {tr("&Participants"), Page::Participants},
        {tr("B&uild"), Page::Build}, {tr("&Check && Export"), Page::Check}};
    for (int i = 0; i < pages.size(); ++i) {
        auto *action = new QAction(pages[i].first, this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, page = pages[i].second] { showPage(page); });
        m_pageActions << action;
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(tr("Open &Sample Project"), this, &MainWindow::openSampleProject);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, as PRODUCT.md promises, whatever the platform's own redo key is.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions);
    view->addSeparator();
    QAction *findings = m_findings->toggleViewAction();
    findings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addAction(findings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tunebench"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openProject(const QString &path)
{
    if (m_importPage->isBusy()) {
        QMessageBox::information(this, tr("Import running"), tr("Cancel the running import before opening another project."));
        return false;
    }
    // Opening is quick, except once after an upgrade or a killed import, when indexes are built.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = m_session->open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open project"),
                             tr("%1\n\nChoose another file, or create a new project.").arg(QString::fromStdString(opened.error().message)));
        if (!QFileInfo::exists(path))
            AppSettings::removeRecentProject(path);
        m_welcome->refreshRecentProjects();
        return false;
    }
    AppSettings::addRecentProject(QFileInfo(path).absoluteFilePath());
    showPage(Page::Browse);
    return true;
}

bool MainWindow::openSampleProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = createSampleProject(dir);
    QApplication::restoreOverrideCursor();
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the sample project"), QString::fromStdString(created.error().message));
        return false;
    }
    return openProject(QString::fromStdString(*created));
}

void MainWindow::showPage(Page page)
{
    m_pageList->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(qMax(0, m_pageList->currentRow()));
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_session->isOpen()) {
        // An export dropped on the welcome screen goes into a new project named after it.
        const QFileInfo first(paths.first());
        const QString suggested = first.absolutePath() + QLatin1Char('/') + first.completeBaseName() + QStringLiteral(".tunebench");
        const QString path = QFileDialog::getSaveFileName(this, tr("New Project for the Import"), suggested, kProjectFilter);
        if (path.isEmpty() || !openProject(path))
            return;
    }
    showPage(Page::Import);
    m_importPage->previewPaths(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A project file dropped on the window opens it; anything else is an export to import.
    if (paths.size() == 1 && paths.first().endsWith(QStringLiteral(".tunebench")))
        openProject(paths.first());
    else
        importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importPage->isBusy()
        && QMessageBox::question(this, tr("Import running"),
                                 tr("An import is running. Quit anyway? The import will be cancelled and the project "
                                    "left as it was before it started."))
               != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::newProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), dir + QStringLiteral("/Untitled.tunebench"), kProjectFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".tunebench")))
        path += QStringLiteral(".tunebench");
    // The dialog has already asked whether to replace an existing file.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (openProject(path))
        showPage(Page::Import);
}

void MainWindow::openProjectDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir, kProjectFilter);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::importDialog()
{
    // One dialog for files and zips; folders (unpacked exports) through the second button.
    QFileDialog dialog(this, tr("Import an Export"), AppSettings::lastImportFolder.get());
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setNameFilters({tr("Exports (*.zip *.json *.js *.txt *.csv *.tsv)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::lastImportFolder.set(dialog.directory().absolutePath());
    importPaths(dialog.selectedFiles());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_browsePage->applySettings();
}

void MainWindow::showAbout()
{
    QMessageBox about(this);
    about.setWindowTitle(tr("About Tunebench"));
    about.setIconPixmap(windowIcon().pixmap(64, 64));
    about.setText(tr("<h3>Tunebench %1</h3><p>Turn chat history into a fine-tuning dataset: import, browse, choose "
                     "whose voice to learn.</p><p>Your messages stay on this computer; nothing is uploaded "
                     "without your confirmation.</p>")
                      .arg(QApplication::applicationVersion()));
    about.exec();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects.get();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::updateForProject()
{
    const bool open = m_session->isOpen();
    m_stack->setCurrentWidget(open ? m_workbench : static_cast<QWidget *>(m_welcome));
    m_importAction->setEnabled(true);
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(open);
    if (!open) {
        m_welcome->refreshRecentProjects();
        m_findings->hide();
    }
    setWindowTitle(open ? tr("%1 — Tunebench").arg(QFileInfo(m_session->path()).fileName()) : tr("Tunebench"));
    setWindowFilePath(open ? m_session->path() : QString());
}

} // namespace tb::gui
