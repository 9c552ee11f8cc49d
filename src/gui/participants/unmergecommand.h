#pragma once

#include "participantcommand.h"

#include "store/store.h"

namespace tb::gui {

// Makes merged participants people of their own again: an alias leaves its person; a person with
// aliases is taken apart. Undo merges them back exactly as they were.
class UnmergeCommand final : public ParticipantCommand {
public:
    UnmergeCommand(models::ProjectSession *session, ErrorReporter report, std::vector<qint64> ids,
                   const std::vector<QString> &names);

    void redo() override;
    void undo() override;

private:
    std::vector<qint64> m_ids;
    bool m_done = false;
    std::vector<core::AliasLink> m_before;
    std::vector<core::AliasLink> m_after;
};

} // namespace tb::gui
