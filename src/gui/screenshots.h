#pragma once

#include <QString>

#include <functional>

namespace tb::gui {

class MainWindow;

// Pictures of every page for docs/screenshots (scripts/screenshots.sh): the welcome screen, then
// the sample project's Import page with a preview, Browse with a search, Participants, Settings.
// Runs asynchronously on the event loop and calls DONE with the number of pictures saved.
void takeScreenshots(MainWindow *window, const QString &dir, std::function<void(int)> done);

} // namespace tb::gui
