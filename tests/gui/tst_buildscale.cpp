#include "build/buildsettings.h"
#include "gui/build/buildpage.h"
#include "gui/build/recipeform.h"
#include "gui/mainwindow.h"
#include "models/dataset/datasetsession.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <algorithm>

#include <malloc.h>

// The Build and Check & Export pages on a large project, measured as a user meets them: how long
// until the first records show, how long the full build (records, checks, statistics) takes, the
// longest the GUI thread stops answering meanwhile, and the process's peak memory.
//
// Opt-in, it writes to the project (recipe settings, "me"): run it on a COPY, e.g.
//   cp /work/p1m.tunebench /tmp/p1m.tunebench
//   TB_SCALE_PROJECT=/tmp/p1m.tunebench TB_SCALE_RECIPE=reply-as-me QT_QPA_PLATFORM=offscreen
//     build/tests/gui/tst_buildscale
// TB_SCALE_RECIPE: reply-as-me (the default; marks the busiest participant as "me" when nobody is),
// posts-in-my-voice, character (TB_SCALE_CHARACTER names who) or next-speaker.

using namespace tb;
using gui::MainWindow;

namespace {

// A figure of /proc/self/status in kB: VmHWM (peak resident), RssAnon (heap and stacks now),
// RssFile (mapped files now: SQLite's memory-mapped project file counts here).
qint64 statusKb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

// The longest gap between ticks of a timer that asks for one every 5 ms: how long the GUI thread
// was busy with something else.
class Heartbeat final : public QObject {
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace

class TestBuildScale final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildPage_largeProject_staysResponsive()
    {
        const QString project = qEnvironmentVariable("TB_SCALE_PROJECT");
        if (project.isEmpty())
            QSKIP("set TB_SCALE_PROJECT to a copy of a large project to measure the Build page on it");
        QStandardPaths::setTestModeEnabled(true);
        const QString recipeName = qEnvironmentVariableIsSet("TB_SCALE_RECIPE") ? qEnvironmentVariable("TB_SCALE_RECIPE")
                                                                                : QStringLiteral("reply-as-me");
        const auto kind = core::recipeKindFromString(recipeName.toStdString());
        QVERIFY2(kind, "TB_SCALE_RECIPE names a recipe");
        {
            auto store = core::Store::open(project.toStdString());
            QVERIFY2(store, store ? "" : store.error().message.c_str());
            core::BuildSettings settings;
            settings.kind = *kind;
            if (*kind == core::RecipeKind::Character)
                settings.recipeOptions().set("character", qEnvironmentVariable("TB_SCALE_CHARACTER").toStdString());
            if ((*kind == core::RecipeKind::ReplyAsMe || *kind == core::RecipeKind::PostsInMyVoice) && (*store)->meAuthorIds().empty()) {
                const auto people = (*store)->participants(core::ParticipantCounts::PerSource);
                const auto rank = [](const core::ParticipantInfo &p) { return p.isBot ? 0 : p.messages() + 1; };
                const auto busiest = std::max_element(people.begin(), people.end(),
                                                      [&](const auto &a, const auto &b) { return rank(a) < rank(b); });
                QVERIFY(busiest != people.end());
                QVERIFY((*store)->setMe(busiest->id, true));
                qInfo("marked %s (%llu messages) as me", busiest->name().c_str(), static_cast<unsigned long long>(busiest->messages()));
            }
            QVERIFY(core::saveBuildSettings(**store, settings));
        }

        // The set-up above (schema upgrade of an older project, per-person counts) is not the page's
        // memory: glibc keeps what it freed unless asked to give it back.
        malloc_trim(0);
        const qint64 setupPeakKb = statusKb("VmHWM");
        // From here VmHWM is the pages' own peak (Linux resets it on "5" in clear_refs).
        QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
        const bool peakReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
        clearRefs.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 windowAnonKb = statusKb("RssAnon");
        auto *page = window.findChild<gui::BuildPage *>(QStringLiteral("buildPage"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        auto *preview = window.findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
        QVERIFY(page && table && preview);
        Heartbeat heartbeat;
        QElapsedTimer clock;
        qint64 firstRowsMs = -1;
        connect(table->model(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (firstRowsMs < 0)
                firstRowsMs = clock.elapsed();
        });
        clock.start();
        QVERIFY(window.openProject(project));
        const qint64 openMs = clock.elapsed();
        window.showPage(MainWindow::Page::Build);
        heartbeat.start();
        QTRY_VERIFY_WITH_TIMEOUT(!page->dataset()->isBuilding() && page->dataset()->outcome(), 30 * 60 * 1000);
        const qint64 buildMs = clock.elapsed();
        const qint64 sessionFirstRowsMs = page->dataset()->firstRowsMs(), sessionBuildMs = page->dataset()->buildMs();
        const auto outcome = page->dataset()->outcome();
        QVERIFY2(outcome->error.empty(), outcome->error.c_str());
        const qint64 buildStall = heartbeat.longestMs();

        // The live preview: an option edited, until the selected record's line shows it (built on a
        // worker from the record's conversation only, while the full build starts again behind it).
        QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty(), 5 * 60 * 1000);
        auto *form = window.findChild<gui::RecipeForm *>(QStringLiteral("recipeForm"));
        auto *prompt = qobject_cast<QPlainTextEdit *>(form->optionWidget(*kind, "system-prompt"));
        QVERIFY2(prompt, "the recipe has a system prompt");
        QSignalSpy rebuilt(page->dataset(), &models::DatasetSession::buildFinished);
        heartbeat.start();
        clock.restart();
        prompt->setPlainText(QStringLiteral("Scale check."));
        QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("Scale check.")), 5 * 60 * 1000);
        const qint64 previewMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(rebuilt.count() > 0, 30 * 60 * 1000);
        const qint64 rebuildMs = clock.elapsed();
        // Scrolling to the end of the table and switching to Check & Export (histogram, costs).
        table->scrollToBottom();
        window.showPage(MainWindow::Page::Check);
        QTest::qWait(200);
        const qint64 afterStall = heartbeat.longestMs();

        qInfo("recipe %s: %d records from %llu messages", qPrintable(recipeName), table->model()->rowCount(),
              static_cast<unsigned long long>(outcome->pass.summary.messagesRead));
        qInfo("open %lld ms; first records visible %lld ms after opening; full build with checks %lld ms "
              "(session: first rows %lld ms, build %lld ms)",
              openMs, firstRowsMs, buildMs, sessionFirstRowsMs, sessionBuildMs);
        qInfo("system prompt edited: preview line updated after %lld ms (150 ms of it the typing pause); "
              "full rebuild done after %lld ms",
              previewMs, rebuildMs);
        qInfo("GUI thread longest stall: %lld ms during the build, %lld ms for the edit, preview, rebuild, scroll and Check page",
              buildStall, afterStall);
        qInfo("memory: peak resident (VmHWM) %lld MB (%s; the test's set-up peaked at %lld MB); now %lld MB heap (RssAnon; %lld MB with the window shown, before "
              "the project opened), %lld MB mapped files (RssFile)",
              statusKb("VmHWM") / 1024, peakReset ? "since the window opened" : "including the set-up", setupPeakKb / 1024, statusKb("RssAnon") / 1024, windowAnonKb / 1024, statusKb("RssFile") / 1024);
        const qint64 anonKb = statusKb("RssAnon");
        malloc_trim(0);
        qInfo("heap after giving freed memory back (malloc_trim): %lld MB (the rest is held: records, checks, caches)",
              statusKb("RssAnon") / 1024);
        Q_UNUSED(anonKb);
        QVERIFY2(table->model()->rowCount() > 0, "the recipe made records");
    }
};

QTEST_MAIN(TestBuildScale)
#include "tst_buildscale.moc"
