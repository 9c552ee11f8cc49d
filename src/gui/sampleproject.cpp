#include "sampleproject.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "import/importrunner.h"
#include "store/store.h"

namespace tb::gui {

QStringList extractSampleExports(const QString &dir)
{
    const QString root = QStringLiteral(":/sample");
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = dir + from.mid(root.size());
        QDir().mkpath(QFileInfo(to).path());
        QFile::remove(to);
        QFile::copy(from, to);
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    QStringList exports;
    const auto entries = QDir(dir).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries)
        exports << entry.absoluteFilePath();
    return exports;
}

} // namespace tb::gui

namespace tb::gui {

core::Result<std::string> createSampleProject(const QString &dir)
{
    if (!QDir().mkpath(dir + QStringLiteral("/sample-exports")))
        return core::Error{"cannot create " + dir.toStdString() + "; check that the folder is writable"};
    const std::string path = QString(dir + QStringLiteral("/sample.tunebench")).toStdString();
    auto store = core::Store::open(path);
    if (!store)
        return store.error();
    core::ImportRunner runner(**store);
    for (const QString &exportPath : extractSampleExports(dir + QStringLiteral("/sample-exports"))) {
        const auto report = runner.run(exportPath.toStdString(), {});
        if (!report.error.empty())
            return core::Error{report.error};
    }
    return path;
}

} // namespace tb::gui
