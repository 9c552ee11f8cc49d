#pragma once

#include "participantcommand.h"

#include "store/store.h"

namespace tb::gui {

// Makes participants one person. Either everyone in IDS joins one group whose root is KEEP (the name
// the person goes by), or (join()) one participant joins another's person, whatever its root.
// Undo puts back every alias link of the groups involved exactly as they were.
class MergeCommand final : public ParticipantCommand {
public:
    MergeCommand(models::ProjectSession *session, ErrorReporter report, std::vector<qint64> ids, qint64 keep,
                 const QString &keepName);
    // ID becomes the same person as TARGET (Store::setAliasOf).
    static MergeCommand *join(models::ProjectSession *session, ErrorReporter report, qint64 id, qint64 target,
                              const QString &name, const QString &targetName);

    void redo() override;
    void undo() override;

private:
    MergeCommand(models::ProjectSession *session, ErrorReporter report, const QString &text);

    std::vector<qint64> m_ids;
    qint64 m_keep = 0;
    bool m_join = false;
    bool m_done = false; // the first redo ran: m_before/m_after hold the links
    std::vector<core::AliasLink> m_before;
    std::vector<core::AliasLink> m_after;
};

} // namespace tb::gui
