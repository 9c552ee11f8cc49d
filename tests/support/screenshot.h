#pragma once

#include <QString>
#include <QWidget>

namespace tb::test {

// Saves a picture of WIDGET as NAME in TB_SCREENSHOT_DIR, when that is set: for looking at what a
// widget test drew. Header-only, so the support library needs no Widgets.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace tb::test
