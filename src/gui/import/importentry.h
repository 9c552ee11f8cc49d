#pragma once

#include "import/importoptions.h"
#include "importpreviewview.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <utility>

namespace tb::core {
struct ImportPreview;
}

namespace tb::gui {

// One path the Import page was given, from being read to being imported, and what the page says
// about it.
struct ImportEntry {
    Q_DECLARE_TR_FUNCTIONS(ImportEntry)

public:
    enum class State {
        Waiting, // to be read
        Reading, // the preview runs
        Ready, // previewed; can be imported
        Unusable, // unreadable, not an export, or nothing in it
        Queued, // Import was pressed; its turn comes
        Importing,
        Imported,
        Failed, // the import stopped with an error
        Cancelled, // the preview or the import was cancelled
    };

    QString path;
    State state = State::Waiting;
    std::shared_ptr<const core::ImportPreview> preview;
    core::DateOrder dateOrder = core::DateOrder::Auto; // for dates the export leaves undecided
    QString outcome; // what the import did, or why nothing happened
    int errors = 0;
    int warnings = 0;

    // The file or folder name.
    QString name() const;
    // Two lines for the list of exports: the name and the state.
    QString listText() const;
    // The line above the preview: what is happening, what went wrong and what to do.
    std::pair<ImportPreviewView::Banner, QString> banner(const QString &projectName) const;
};

} // namespace tb::gui
