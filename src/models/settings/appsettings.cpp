#include "appsettings.h"

namespace tb::models {

void AppSettings::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects.get();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > qMax(1, recentProjectsLimit.get()))
        recent.removeLast();
    recentProjects.set(recent);
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList recent = recentProjects.get();
    recent.removeAll(path);
    recentProjects.set(recent);
}

} // namespace tb::models
