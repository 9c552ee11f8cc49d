#pragma once

#include "settingvalue.h"

#include <QStringList>

namespace tb::models {

// Every user preference of the app, with its default. Secrets never go here (they live in the keychain).
struct AppSettings {
    // General
    static inline const SettingValue<QStringList> recentProjects{QStringLiteral("general/recentProjects"), {}};
    static inline const SettingValue<int> recentProjectsLimit{QStringLiteral("general/recentProjectsLimit"), 8};
    static inline const SettingValue<bool> reopenLastProject{QStringLiteral("general/reopenLastProject"), false};
    // Browse
    static inline const SettingValue<bool> repliesInline{QStringLiteral("browse/repliesInline"), false};
    static inline const SettingValue<bool> dimNonPersonMessages{QStringLiteral("browse/dimNonPersonMessages"), true};
    static inline const SettingValue<bool> use24HourClock{QStringLiteral("browse/use24HourClock"), true};
    // Search
    static inline const SettingValue<int> searchResultLimit{QStringLiteral("search/resultLimit"), 200};
    // Import: "auto" infers the day/month order; "dmy", "mdy" or "ymd" force one.
    static inline const SettingValue<QString> defaultDateOrder{QStringLiteral("import/defaultDateOrder"),
                                                               QStringLiteral("auto")};
    static inline const SettingValue<QString> lastImportFolder{QStringLiteral("import/lastFolder"), {}};

    // Puts PATH first in the recent projects, keeping recentProjectsLimit of them.
    static void addRecentProject(const QString &path);
    static void removeRecentProject(const QString &path);
};

} // namespace tb::models
