#pragma once

#include "participantcommand.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAction;

namespace Ui {
class ParticipantsPage;
}

namespace tb::models {
class ParticipantsFilterProxy;
class ParticipantsModel;
class ProjectSession;
}

namespace tb::gui {

// Page 3 (Participants): who is "me", aliases across sources, bots, display names; every edit undoable.
// Every edit is a command on the session's undo stack (Ctrl+Z / Ctrl+Shift+Z in the Edit menu).
class ParticipantsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsPage)

public:
    explicit ParticipantsPage(models::ProjectSession *session, QWidget *parent = nullptr);
    ~ParticipantsPage() override;

    // The participants whose rows are selected in the table, by id.
    std::vector<qint64> selectedIds() const;
    // Selects the rows of IDS (and makes the first current), showing them if the filter hid them.
    void selectIds(const std::vector<qint64> &ids);

private:
    void createActions();
    void setUpTable();
    void updateActions();
    void updateSummary();
    void showError(const QString &message);
    ParticipantCommand::ErrorReporter reporter();
    void push(QUndoCommand *command);

    void setMe(const std::vector<qint64> &ids, bool me);
    void markBot(const std::vector<qint64> &ids, std::optional<bool> bot);
    void rename(qint64 id, const QString &name);
    void mergeSelected();
    void unmergeSelected();
    // From the "Same person as" column: ID joins TARGET's person (0: a person of their own).
    void joinPerson(qint64 id, qint64 target);
    void showContextMenu(const QPoint &position);
    std::vector<QString> namesOf(const std::vector<qint64> &ids) const;

    models::ProjectSession *m_session;
    std::unique_ptr<Ui::ParticipantsPage> m_ui;
    models::ParticipantsModel *m_model;
    models::ParticipantsFilterProxy *m_proxy;
    QAction *m_meAction = nullptr;
    QAction *m_botAction = nullptr;
    QAction *m_exportBotAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_restoreNameAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_unmergeAction = nullptr;
    // Rows chosen before the model regrouped them (a merge resets it), chosen again afterwards.
    std::vector<qint64> m_selectionBeforeReset;
    bool m_refreshQueued = false;
};

} // namespace tb::gui
