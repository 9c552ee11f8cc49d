#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace tb::gui {

// What the window shows while no project is open: new, open, the sample project, recent projects.
class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Reads the recent projects from the settings again; missing files are shown but marked.
    void refreshRecentProjects();

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void sampleProjectRequested();
    void recentProjectRequested(const QString &path);

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace tb::gui
