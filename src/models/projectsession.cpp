#include "projectsession.h"

#include "store/store.h"

#include <QUndoStack>

namespace tb::models {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

ProjectSession::~ProjectSession() = default;

core::Result<core::Ok> ProjectSession::open(const QString &path)
{
    auto store = core::Store::open(path.toStdString());
    if (!store)
        return store.error();
    close();
    m_store = std::move(*store);
    m_path = path;
    Q_EMIT opened();
    return core::Ok{};
}

void ProjectSession::close()
{
    if (!m_store)
        return;
    Q_EMIT aboutToClose();
    // Undoing an edit of a project that is no longer open would write to the wrong file.
    m_undoStack->clear();
    m_store.reset();
    m_path.clear();
    Q_EMIT closed();
}

void ProjectSession::notifyContentChanged()
{
    Q_EMIT contentChanged();
}

void ProjectSession::notifyParticipantsChanged()
{
    Q_EMIT participantsChanged();
}

} // namespace tb::models
