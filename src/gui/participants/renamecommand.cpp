#include "renamecommand.h"

#include "store/store.h"

#include <QCoreApplication>

namespace tb::gui {

namespace {

constexpr int kRenameCommandId = 0x7b01;

} // namespace

RenameCommand::RenameCommand(models::ProjectSession *session, ErrorReporter report, qint64 id, const QString &exported,
                             std::optional<QString> before, std::optional<QString> after)
    : ParticipantCommand(session, std::move(report), {})
    , m_participant(id)
    , m_exported(exported)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    updateText();
}

void RenameCommand::updateText()
{
    const QString from = m_before.value_or(m_exported);
    if (!m_after)
        setText(QCoreApplication::translate("RenameCommand", "Restore the Exported Name of “%1”").arg(from));
    else
        setText(QCoreApplication::translate("RenameCommand", "Rename “%1” to “%2”").arg(from, *m_after));
}

void RenameCommand::redo()
{
    apply(m_after, false);
}

void RenameCommand::undo()
{
    apply(m_before, true);
}

void RenameCommand::apply(const std::optional<QString> &name, bool undoing)
{
    core::Store *target = store();
    const auto result = target
        ? target->setCustomName(m_participant, name ? std::optional(name->toStdString()) : std::nullopt)
        : core::Result<core::Ok>(core::Error { "no project is open" });
    if (!result)
        return fail(undoing, result.error());
    changed();
}

int RenameCommand::id() const
{
    return kRenameCommandId;
}

bool RenameCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const RenameCommand *>(other);
    if (!next || next->isObsolete() || next->m_participant != m_participant)
        return false;
    m_after = next->m_after;
    updateText();
    // Back where it started: QUndoStack drops an obsolete command after merging.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace tb::gui
