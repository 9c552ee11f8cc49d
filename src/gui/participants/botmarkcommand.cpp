#include "botmarkcommand.h"

#include "store/store.h"

#include <QCoreApplication>

namespace tb::gui {

namespace {

QString describe(std::optional<bool> bot, const QString &subject)
{
    if (!bot)
        return QCoreApplication::translate("BotMarkCommand", "Use the Export's Bot Flag for %1").arg(subject);
    return (*bot ? QCoreApplication::translate("BotMarkCommand", "Mark %1 as Bot")
                 : QCoreApplication::translate("BotMarkCommand", "Mark %1 as Not a Bot"))
        .arg(subject);
}

} // namespace

BotMarkCommand::BotMarkCommand(models::ProjectSession *session, ErrorReporter report, std::vector<Change> changes,
                               std::optional<bool> bot, const std::vector<QString> &names)
    : ParticipantCommand(session, std::move(report), describe(bot, participantsSubject(names)))
    , m_changes(std::move(changes))
    , m_bot(bot)
{
}

void BotMarkCommand::redo()
{
    apply(true);
}

void BotMarkCommand::undo()
{
    apply(false);
}

void BotMarkCommand::apply(bool forward)
{
    const auto result = applyAll(m_changes, forward, [this](core::Store &store, const Change &change, bool ahead) {
        return store.setBotOverride(change.id, ahead ? m_bot : change.before);
    });
    if (!result)
        return fail(!forward, result.error());
    changed();
}

} // namespace tb::gui
