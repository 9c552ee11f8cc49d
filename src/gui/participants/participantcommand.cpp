#include "participantcommand.h"

#include "models/projectsession.h"
#include "store/store.h"

#include <QCoreApplication>

namespace tb::gui {

ParticipantCommand::ParticipantCommand(models::ProjectSession *session, ErrorReporter report, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_report(std::move(report))
{
}

ParticipantCommand::~ParticipantCommand() = default;

core::Store *ParticipantCommand::store() const
{
    return m_session->store();
}

void ParticipantCommand::changed() const
{
    m_session->notifyParticipantsChanged();
}

void ParticipantCommand::fail(bool undoing, const core::Error &error)
{
    setObsolete(true);
    // Whatever was applied before the failure has been put back; the views may still show it.
    changed();
    const QString what = undoing ? QCoreApplication::translate("ParticipantCommand", "Undo failed — %1: %2")
                                 : QCoreApplication::translate("ParticipantCommand", "Not saved — %1: %2");
    QString reason = QString::fromStdString(error.message);
    if (!reason.endsWith(QLatin1Char('.')))
        reason += QLatin1Char('.');
    if (m_report)
        m_report(what.arg(text(), reason) + QLatin1Char(' ') +
                 QCoreApplication::translate("ParticipantCommand",
                                             "Nothing was changed, and the edit was taken off the undo list."));
}

QString participantsSubject(const std::vector<QString> &names)
{
    if (names.size() == 1)
        return QCoreApplication::translate("ParticipantCommand", "“%1”").arg(names.front());
    return QCoreApplication::translate("ParticipantCommand", "%1 participants").arg(names.size());
}

void ParticipantCommand::restoreAliasLinks(const std::vector<core::AliasLink> &links)
{
    core::Store *target = store();
    const auto result = target ? target->setAliasLinks(links) : core::Result<core::Ok>(core::Error{"no project is open"});
    if (!result)
        return fail(true, result.error());
    changed();
}

} // namespace tb::gui
