#include "unmergecommand.h"

#include <QCoreApplication>

#include <set>

namespace tb::gui {

UnmergeCommand::UnmergeCommand(models::ProjectSession *session, ErrorReporter report, std::vector<qint64> ids,
                               const std::vector<QString> &names)
    : ParticipantCommand(session, std::move(report),
                         QCoreApplication::translate("UnmergeCommand", "Unmerge %1").arg(participantsSubject(names)))
    , m_ids(std::move(ids))
{
}

void UnmergeCommand::redo()
{
    core::Store *target = store();
    if (!target)
        return fail(false, core::Error{"no project is open"});
    if (!m_done) {
        m_before = target->aliasLinks({m_ids.begin(), m_ids.end()});
        const std::set<std::int64_t> chosen(m_ids.begin(), m_ids.end());
        // Everyone chosen leaves their person; choosing a person frees all their aliases.
        m_after = m_before;
        for (auto &link : m_after) {
            if (chosen.count(link.id) || (link.aliasOf && chosen.count(*link.aliasOf)))
                link.aliasOf.reset();
        }
        m_done = true;
    }
    if (auto result = target->setAliasLinks(m_after); !result)
        return fail(false, result.error());
    changed();
}

void UnmergeCommand::undo()
{
    restoreAliasLinks(m_before);
}

} // namespace tb::gui
