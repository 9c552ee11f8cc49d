#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <string>

namespace tb::gui {

// The bundled synthetic exports (all four kinds, written by us, no real person's messages) live
// in the resources; importers read files, so they are copied out to DIR first.
// Returns the paths to import, one per export.
QStringList extractSampleExports(const QString &dir);

// Imports the sample exports into DIR/sample.tunebench (again: an import adds nothing twice) and
// returns that path.
core::Result<std::string> createSampleProject(const QString &dir);

} // namespace tb::gui
