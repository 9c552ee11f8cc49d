#include "participantspage.h"

namespace tb::gui {

// TEMPORARY shell so the window builds; the participants helper replaces this file.
ParticipantsPage::ParticipantsPage(models::ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
}

ParticipantsPage::~ParticipantsPage() = default;

} // namespace tb::gui
