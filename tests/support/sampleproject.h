#pragma once

#include "import/importrunner.h"
#include "store/store.h"

#include <QDir>
#include <QString>
#include <QStringList>

// A small project for model and widget tests: our synthetic sample exports (resources/sample: Slack,
// WhatsApp, Twitter/X and a TV script) imported with the same runner the app uses.
namespace tb::test {

inline QStringList sampleExportPaths()
{
    const QDir dir(qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/resources/sample"));
    QStringList paths;
    const auto entries = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries)
        paths << entry.absoluteFilePath();
    return paths;
}

// Imports PATHS into the project at PROJECT (created when missing); returns the first failure or empty.
inline QString importInto(const QString &project, const QStringList &paths)
{
    auto store = core::Store::open(project.toStdString());
    if (!store)
        return QString::fromStdString(store.error().message);
    core::ImportRunner runner(**store);
    for (const QString &path : paths) {
        const auto report = runner.run(path.toStdString(), {});
        if (!report.error.empty())
            return QString::fromStdString(report.error);
    }
    return {};
}

// DIR/sample.tunebench with every sample export in it.
inline QString createSampleProject(const QString &dir, QString *error = nullptr)
{
    const QString project = dir + QStringLiteral("/sample.tunebench");
    const QString failure = importInto(project, sampleExportPaths());
    if (error)
        *error = failure;
    return failure.isEmpty() ? project : QString();
}

} // namespace tb::test
