#include "mergecommand.h"

#include <QCoreApplication>

namespace tb::gui {

namespace {

std::vector<std::int64_t> idsOf(const std::vector<core::AliasLink> &links)
{
    std::vector<std::int64_t> ids;
    for (const auto &link : links)
        ids.push_back(link.id);
    return ids;
}

} // namespace

MergeCommand::MergeCommand(models::ProjectSession *session, ErrorReporter report, const QString &text)
    : ParticipantCommand(session, std::move(report), text)
{
}

MergeCommand::MergeCommand(models::ProjectSession *session, ErrorReporter report, std::vector<qint64> ids, qint64 keep,
                           const QString &keepName)
    : MergeCommand(session, std::move(report),
                   QCoreApplication::translate("MergeCommand", "Merge %1 Participants into “%2”")
                       .arg(ids.size() + (std::find(ids.begin(), ids.end(), keep) == ids.end() ? 1 : 0))
                       .arg(keepName))
{
    m_ids = std::move(ids);
    m_keep = keep;
}

MergeCommand *MergeCommand::join(models::ProjectSession *session, ErrorReporter report, qint64 id, qint64 target,
                                 const QString &name, const QString &targetName)
{
    auto *command = new MergeCommand(
        session, std::move(report),
        QCoreApplication::translate("MergeCommand", "Merge “%1” into “%2”").arg(name, targetName));
    command->m_ids = {id};
    command->m_keep = target;
    command->m_join = true;
    return command;
}

void MergeCommand::redo()
{
    core::Store *target = store();
    if (!target)
        return fail(false, core::Error{"no project is open"});
    if (m_done) {
        if (auto result = target->setAliasLinks(m_after); !result)
            return fail(false, result.error());
        return changed();
    }
    // The first time the store decides how the groups combine; the links before and after are kept
    // so that undo and redo put back exactly those.
    std::vector<std::int64_t> involved(m_ids.begin(), m_ids.end());
    involved.push_back(m_keep);
    m_before = target->aliasLinks(involved);
    const auto result
        = m_join ? target->setAliasOf(m_ids.front(), m_keep) : target->mergeParticipants(involved, m_keep);
    if (!result)
        return fail(false, result.error());
    m_after = target->aliasLinks(idsOf(m_before));
    m_done = true;
    changed();
}

void MergeCommand::undo()
{
    restoreAliasLinks(m_before);
}

} // namespace tb::gui
