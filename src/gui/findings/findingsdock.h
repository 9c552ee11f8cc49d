#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;

namespace tb::models {
class FindingsFilterModel;
class FindingsModel;
class ProjectSession;
} // namespace tb::models

namespace tb::gui {

// Every problem the imports of the open project found: severity, file:line, reason; activating
// one that names a message asks the window to show it.
class FindingsDock final : public QDockWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsDock)

public:
    explicit FindingsDock(models::ProjectSession *session, QWidget *parent = nullptr);
    ~FindingsDock() override;

    // Shows the dock when the project's latest imports reported errors or warnings.
    void revealProblems(int errors, int warnings);

Q_SIGNALS:
    void messageRequested(const QString &messageKey);

private:
    void activate(const QModelIndex &index);
    void updateSummary();

    models::ProjectSession *m_session;
    models::FindingsModel *m_model;
    models::FindingsFilterModel *m_filter;
    QComboBox *m_severity;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace tb::gui
