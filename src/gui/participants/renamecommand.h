#pragma once

#include "participantcommand.h"

#include <optional>

namespace tb::gui {

// Gives a participant a name of the user's (or none: back to the exported name). Successive
// renames of the same participant merge into one undo step; renaming back to where it started
// leaves no step at all.
class RenameCommand final : public ParticipantCommand {
public:
    // BEFORE/AFTER: the user's name; none is the exported name, EXPORTED.
    RenameCommand(models::ProjectSession *session, ErrorReporter report, qint64 id, const QString &exported,
                  std::optional<QString> before, std::optional<QString> after);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::optional<QString> &name, bool undoing);
    void updateText();

    qint64 m_participant;
    QString m_exported;
    std::optional<QString> m_before;
    std::optional<QString> m_after;
};

} // namespace tb::gui
