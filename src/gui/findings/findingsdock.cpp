#include "findingsdock.h"

namespace tb::gui {

// TEMPORARY shell so the window builds; the import helper replaces this file.
FindingsDock::FindingsDock(models::ProjectSession *session, QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("findingsDock"));
}

FindingsDock::~FindingsDock() = default;

} // namespace tb::gui
