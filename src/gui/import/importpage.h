#pragma once

#include <QStringList>
#include <QWidget>

namespace tb::models {
class ProjectSession;
}

namespace tb::gui {

// Page 1: preview what an export holds, then import it off the GUI thread with progress and Cancel.
class ImportPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)

public:
    explicit ImportPage(models::ProjectSession *session, QWidget *parent = nullptr);
    ~ImportPage() override;

    // Reads PATHS (files, folders, zips) without writing anything and shows what they hold.
    void previewPaths(const QStringList &paths);
    // A preview or an import is running.
    bool isBusy() const;

Q_SIGNALS:
    // An import was committed to the project.
    void importFinished();

private:
    models::ProjectSession *m_session;
};

} // namespace tb::gui
