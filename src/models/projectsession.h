#pragma once

#include "domain/result.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace tb::core {
class Store;
}

namespace tb::models {

// The project the window has open: its GUI-thread Store (workers open their own on the same
// file), its undo stack, and the signals that tell pages and models to read it again.
class ProjectSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    // Closes the current project, then opens (or creates) the one at PATH.
    core::Result<core::Ok> open(const QString &path);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    QString path() const { return m_path; }
    // Null while no project is open. Use only on the GUI thread.
    core::Store *store() const { return m_store.get(); }
    // One stack for every edit of the open project; cleared when another project opens.
    QUndoStack *undoStack() const { return m_undoStack; }

    // Called by whoever wrote to the project (an import, an edit) so views read it again.
    void notifyContentChanged();
    void notifyParticipantsChanged();

Q_SIGNALS:
    void opened();
    void aboutToClose();
    void closed();
    // Messages, conversations or sources were added or removed.
    void contentChanged();
    // Names, "me", bot marks or aliases changed.
    void participantsChanged();

private:
    std::unique_ptr<core::Store> m_store;
    QString m_path;
    QUndoStack *m_undoStack;
};

} // namespace tb::models
