#pragma once

#include <QWidget>

namespace tb::models {
class ProjectSession;
}

namespace tb::gui {

// Page 3 (Participants): who is "me", aliases across sources, bots, display names; every edit undoable.
class ParticipantsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsPage)

public:
    explicit ParticipantsPage(models::ProjectSession *session, QWidget *parent = nullptr);
    ~ParticipantsPage() override;

private:
    models::ProjectSession *m_session;
};

} // namespace tb::gui
