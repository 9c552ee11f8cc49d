#include "browsepage.h"

namespace tb::gui {

// TEMPORARY shell so the window builds; the browse helper replaces this file.
BrowsePage::BrowsePage(models::ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
}

BrowsePage::~BrowsePage() = default;

bool BrowsePage::showMessage(const QString &)
{
    return false;
}

void BrowsePage::focusSearch() {}

void BrowsePage::applySettings() {}

} // namespace tb::gui
