#pragma once

#include <QString>
#include <QStringList>

namespace tb::gui {

// The bundled synthetic exports (all four kinds, written by us, no real person's messages) live
// in the resources; importers read files, so they are copied out to DIR first.
// Returns the paths to import, one per export.
QStringList extractSampleExports(const QString &dir);

} // namespace tb::gui
