#pragma once

#include <QIcon>

namespace tb::gui {

// The Tunebench icon for windows and dialogs. Drawn as an SVG, which Qt renders through its SVG
// plugins (Debian: libqt6svg6); where they are missing the bundled 256 px PNG stands in, so the
// icon is never empty.
[[nodiscard]] QIcon appIcon();

} // namespace tb::gui
