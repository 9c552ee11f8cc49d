#pragma once

#include "participantcommand.h"

namespace tb::gui {

// Marks participants as "me" (the voice to learn) or not.
class SetMeCommand final : public ParticipantCommand {
public:
    struct Change {
        qint64 id = 0;
        bool before = false;
    };

    // Sets "me" to ME on every participant in CHANGES; NAMES name them for the undo text.
    SetMeCommand(models::ProjectSession *session, ErrorReporter report, std::vector<Change> changes, bool me,
                 const std::vector<QString> &names);

    void redo() override;
    void undo() override;

private:
    void apply(bool forward);

    std::vector<Change> m_changes;
    bool m_me;
};

} // namespace tb::gui
