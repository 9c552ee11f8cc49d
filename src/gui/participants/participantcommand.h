#pragma once

#include "domain/result.h"

#include <QString>
#include <QUndoCommand>

#include <algorithm>
#include <functional>
#include <vector>

namespace tb::core {
class Store;
struct AliasLink;
}

namespace tb::models {
class ProjectSession;
}

namespace tb::gui {

// What every participant edit shares: the project it writes to and where to tell the user that a
// write failed. Commands hold participant ids (never rows or pointers into a model) and absolute
// before/after values, so they stay right whatever the views show meanwhile. A write that fails is
// rolled back, reported, and the command made obsolete: QUndoStack then drops it, so the stack never
// claims an edit the project does not hold.
class ParticipantCommand : public QUndoCommand {
public:
    using ErrorReporter = std::function<void(const QString &message)>;

    ~ParticipantCommand() override;

protected:
    ParticipantCommand(models::ProjectSession *session, ErrorReporter report, const QString &text);

    // Null when no project is open (the stack is cleared on close, so only by mistake).
    core::Store *store() const;
    // After a write: the views read the participants again.
    void changed() const;
    // ERROR happened while doing (UNDOING false) or undoing this command.
    void fail(bool undoing, const core::Error &error);
    // Undo of a merge or unmerge: puts every alias link in LINKS back as it was.
    void restoreAliasLinks(const std::vector<core::AliasLink> &links);

    // Applies CHANGES with APPLY (Store&, const Change&, bool forward) in order, or in reverse order
    // when undoing; if one fails, puts back those already applied and returns its error.
    template <typename Change, typename Apply>
    core::Result<core::Ok> applyAll(const std::vector<Change> &changes, bool forward, Apply apply)
    {
        core::Store *target = store();
        if (!target)
            return core::Error{"no project is open"};
        std::vector<const Change *> order;
        for (const auto &change : changes)
            order.push_back(&change);
        if (!forward)
            std::reverse(order.begin(), order.end());
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (auto applied = apply(*target, *order[i], forward); !applied) {
                for (std::size_t back = i; back-- > 0;)
                    (void)apply(*target, *order[back], !forward);
                return applied.error();
            }
        }
        return core::Ok{};
    }

private:
    models::ProjectSession *m_session;
    ErrorReporter m_report;
};

// "“Maya”" for one participant, "3 participants" for more: what an undo text names.
QString participantsSubject(const std::vector<QString> &names);

} // namespace tb::gui
