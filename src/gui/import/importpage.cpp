#include "importpage.h"

namespace tb::gui {

// TEMPORARY shell so the window builds; the import helper replaces this file.
ImportPage::ImportPage(models::ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
}

ImportPage::~ImportPage() = default;

void ImportPage::previewPaths(const QStringList &) {}

bool ImportPage::isBusy() const
{
    return false;
}

} // namespace tb::gui
