// The app icon: drawn from the SVG where Qt has its SVG plugins, from the bundled PNG where it has not,
// and never empty in the window or on the welcome screen.
#include "gui/appicon.h"
#include "gui/mainwindow.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using tb::gui::appIcon;
using tb::gui::MainWindow;

namespace {

// The share of PIXMAP's pixels that are mostly opaque: the bubble covers well over a third of the
// square, an empty or failed icon none of it.
double opaqueShare(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    if (image.isNull())
        return 0.0;
    qsizetype opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 128)
                ++opaque;
        }
    }
    return double(opaque) / double(image.width() * image.height());
}

} // namespace

class TestAppIcon final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TunebenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appicon"));
        QVERIFY2(m_dir.isValid(), "a temporary folder is needed");
        QSettings().clear();
    }

    // Runs first, before anything has loaded Qt's SVG plugins: once loaded they stay loaded.
    void appIcon_withoutSvgPlugins_fallsBackToTheBundledPng()
    {
        const QStringList pluginPaths = QCoreApplication::libraryPaths();
        QCoreApplication::setLibraryPaths({});
        const bool svgStillReadable = !QIcon(QStringLiteral(":/icons/tunebench.svg")).pixmap(32, 32).isNull();
        const QIcon icon = appIcon();
        QCoreApplication::setLibraryPaths(pluginPaths);
        if (svgStillReadable)
            QSKIP("the SVG plugins could not be hidden from this process (built into Qt?); fallback not exercised");
        QVERIFY2(!icon.isNull(), "without the SVG plugins the app icon must come from the bundled PNG");
        QVERIFY2(opaqueShare(icon.pixmap(64, 64)) > 0.35, "the fallback icon must show the drawing, not an empty square");
    }

    void appIcon_withSvgPlugins_drawsTheSvgAtSmallAndLargeSizes()
    {
        QVERIFY2(!QIcon(QStringLiteral(":/icons/tunebench.svg")).pixmap(32, 32).isNull(),
                 "Qt cannot read :/icons/tunebench.svg: its SVG plugins are missing (Debian: libqt6svg6)");
        const QIcon icon = appIcon();
        for (const int size : {16, 32, 256}) {
            const QPixmap pixmap = icon.pixmap(size, size);
            QCOMPARE(pixmap.size(), QSize(size, size));
            QVERIFY2(opaqueShare(pixmap) > 0.35, qPrintable(QStringLiteral("the %1 px icon must show the drawing").arg(size)));
        }
    }

    void mainWindow_onStart_showsTheIconInTitleAndWelcome()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(opaqueShare(window.windowIcon().pixmap(32, 32)) > 0.35,
                 "the window (and the About box, which shows the window icon) must carry the app icon");
        auto *label = window.findChild<QLabel *>(QStringLiteral("iconLabel"));
        QVERIFY2(label && label->isVisible(), "the welcome screen shows the app icon");
        QVERIFY2(opaqueShare(label->pixmap()) > 0.35, "the welcome screen's icon must not be empty");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
