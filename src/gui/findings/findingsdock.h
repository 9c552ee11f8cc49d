#pragma once

#include <QDockWidget>

namespace tb::models {
class ProjectSession;
}

namespace tb::gui {

// Every problem the imports of the open project found: severity, file:line, reason; activating
// one that names a message asks the window to show it.
class FindingsDock final : public QDockWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsDock)

public:
    explicit FindingsDock(models::ProjectSession *session, QWidget *parent = nullptr);
    ~FindingsDock() override;

Q_SIGNALS:
    void messageRequested(const QString &messageKey);

private:
    models::ProjectSession *m_session;
};

} // namespace tb::gui
