#include "appicon.h"

namespace tb::gui {

QIcon appIcon()
{
    // Without an SVG icon engine or image reader QIcon still accepts the file (it guesses the format
    // from the name) but draws nothing: only drawing it tells whether Qt can render it here.
    QIcon icon(QStringLiteral(":/icons/tunebench.svg"));
    if (icon.pixmap(QSize(32, 32)).isNull())
        icon = QIcon(QStringLiteral(":/icons/tunebench-256.png"));
    return icon;
}

} // namespace tb::gui
