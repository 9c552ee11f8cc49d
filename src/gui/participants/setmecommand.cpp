#include "setmecommand.h"

#include "store/store.h"

#include <QCoreApplication>

namespace tb::gui {

SetMeCommand::SetMeCommand(models::ProjectSession *session, ErrorReporter report, std::vector<Change> changes, bool me,
                           const std::vector<QString> &names)
    : ParticipantCommand(session, std::move(report),
                         (me ? QCoreApplication::translate("SetMeCommand", "Set %1 as Me")
                             : QCoreApplication::translate("SetMeCommand", "Set %1 as Not Me"))
                             .arg(participantsSubject(names)))
    , m_changes(std::move(changes))
    , m_me(me)
{
}

void SetMeCommand::redo()
{
    apply(true);
}

void SetMeCommand::undo()
{
    apply(false);
}

void SetMeCommand::apply(bool forward)
{
    const auto result = applyAll(m_changes, forward, [this](core::Store &store, const Change &change, bool ahead) {
        return store.setMe(change.id, ahead ? m_me : change.before);
    });
    if (!result)
        return fail(!forward, result.error());
    changed();
}

} // namespace tb::gui
