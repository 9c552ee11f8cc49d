#pragma once

#include "participantcommand.h"

#include <optional>

namespace tb::gui {

// Marks participants as bots or people, or hands the decision back to the export (none).
class BotMarkCommand final : public ParticipantCommand {
public:
    struct Change {
        qint64 id = 0;
        std::optional<bool> before; // the user's mark before; none: as the export said
    };

    BotMarkCommand(models::ProjectSession *session, ErrorReporter report, std::vector<Change> changes,
                   std::optional<bool> bot, const std::vector<QString> &names);

    void redo() override;
    void undo() override;

private:
    void apply(bool forward);

    std::vector<Change> m_changes;
    std::optional<bool> m_bot;
};

} // namespace tb::gui
