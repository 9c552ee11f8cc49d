#include "importentry.h"

#include "import/importpreview.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace tb::gui {

namespace {

// What to do about a preview that found nothing to import.
QString problemText(const core::ImportPreview &p, const QString &name)
{
    const QString error = QString::fromStdString(p.error).toHtmlEscaped();
    switch (p.problem) {
    case core::ImportPreview::Problem::Unreadable:
        return ImportEntry::tr(
            "<b>Cannot read %1.</b> %2<br>Check that it still exists and that you may read it, then drop it "
            "again or choose another export.")
            .arg(name.toHtmlEscaped(), error);
    case core::ImportPreview::Problem::Unrecognised:
        return ImportEntry::tr(
            "<b>%1 is not an export Tunebench recognises.</b><br>Choose a Slack workspace export (the .zip, or "
            "its folder with users.json and a folder per channel), a WhatsApp chat (the .txt or .zip that "
            "“Export chat” writes), a Twitter/X archive (the .zip or data/tweets.js) or a TV-script .csv with a "
            "speaker and a line column.")
            .arg(name.toHtmlEscaped());
    case core::ImportPreview::Problem::UnknownFormat:
    case core::ImportPreview::Problem::Failed:
        return ImportEntry::tr(
            "<b>Cannot read %1.</b> %2<br>The export may be damaged: export it again and drop the new copy.")
            .arg(name.toHtmlEscaped(), error);
    case core::ImportPreview::Problem::None:
        break;
    }
    return ImportEntry::tr(
        "<b>%1 holds no messages Tunebench can import.</b> The findings below say why; choose another export.")
        .arg(name.toHtmlEscaped());
}

} // namespace

QString ImportEntry::name() const
{
    const QFileInfo info(path);
    return info.fileName().isEmpty() ? QDir::toNativeSeparators(path) : info.fileName();
}

QString ImportEntry::listText() const
{
    QString line;
    switch (state) {
    case State::Waiting:
        line = tr("waiting to be read");
        break;
    case State::Reading:
        line = tr("reading…");
        break;
    case State::Ready:
        line = tr("%1 messages, ready").arg(QLocale().toString(static_cast<qulonglong>(preview->messages)));
        break;
    case State::Unusable:
        line = tr("cannot be imported");
        break;
    case State::Queued:
        line = tr("waiting to be imported");
        break;
    case State::Importing:
        line = tr("importing…");
        break;
    case State::Imported:
        line = tr("imported");
        break;
    case State::Failed:
        line = tr("import failed");
        break;
    case State::Cancelled:
        line = tr("cancelled");
        break;
    }
    return name() + QLatin1Char('\n') + line;
}

std::pair<ImportPreviewView::Banner, QString> ImportEntry::banner(const QString &projectName) const
{
    using Banner = ImportPreviewView::Banner;
    switch (state) {
    case State::Waiting:
        return { Banner::Busy, tr("Waiting to be read: nothing is written until you press Import.") };
    case State::Reading:
        return { Banner::Busy,
            tr("Reading %1 to show what it holds; nothing is written.").arg(name().toHtmlEscaped()) };
    case State::Ready:
        return { Banner::None, {} };
    case State::Unusable:
        return { Banner::Error, problemText(*preview, name()) };
    case State::Queued:
        return { Banner::Busy, tr("Waiting for its turn to be imported.") };
    case State::Importing:
        return { Banner::Busy, tr("Importing %1 into %2…").arg(name().toHtmlEscaped(), projectName.toHtmlEscaped()) };
    case State::Imported:
        return { errors + warnings ? Banner::Warning : Banner::Success, outcome };
    case State::Failed:
        return { Banner::Error, outcome };
    case State::Cancelled:
        return { Banner::Warning, outcome };
    }
    return { Banner::None, {} };
}

} // namespace tb::gui
