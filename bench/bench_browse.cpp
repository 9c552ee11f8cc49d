// Browse benchmark (issue #3): on a large project, in the real window under Qt's offscreen platform,
//   (a) time from MainWindow::openProject until the first conversation's rows are painted,
//   (b) search latency over 100 queries of different selectivity typed into the search field,
//   (c) the worst repaint while jumping, dragging and stepping through the biggest conversation.
// usage: bench_browse PROJECT [OPENS=5]   (scripts/bench-browse.sh builds a project and runs it)
#include "gui/browse/browsepage.h"
#include "gui/mainwindow.h"
#include "models/messagelistmodel.h"
#include "models/projectsession.h"
#include "models/searchresultsmodel.h"
#include "store/store.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

using Clock = QElapsedTimer;

double millis(const Clock &clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

long memoryKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    return 0;
}

// Runs the event loop until DONE() holds (checked after every event batch), or TIMEOUTMS pass.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    Clock clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Counts paints of a widget that happen while the message view has rows.
class PaintWatch final : public QObject {
public:
    PaintWatch(QWidget *viewport, QAbstractItemModel *model)
        : m_model(model)
    {
        viewport->installEventFilter(this);
    }
    int paintsWithRows = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_model->rowCount() > 0)
            ++paintsWithRows;
        return false;
    }

private:
    QAbstractItemModel *m_model;
};

// The longest time the GUI thread went without handling a 2 ms timer: how long the window froze.
class StallWatch final : public QObject {
public:
    StallWatch()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = std::max(m_worst, millis(m_clock));
            m_clock.start();
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    Clock m_clock;
    double m_worst = 0;
};

struct Query {
    std::string kind;
    QString text;
};

// 100 queries from the project's own words, people, conversations and dates: common words, mid and
// rare words, prefixes being typed, word combinations, from:, in:, date ranges and mixes of them.
std::vector<Query> makeQueries(const tb::core::Store &store)
{
    const auto stats = store.stats();
    const auto conversations = store.conversations();
    std::mt19937_64 rng(42);
    std::vector<std::int64_t> sample;
    std::uniform_int_distribution<std::int64_t> anyId(
        1, std::max<std::int64_t>(1, static_cast<std::int64_t>(stats.messages)));
    for (int i = 0; i < 400; ++i)
        sample.push_back(anyId(rng));
    std::map<std::string, int> frequency;
    std::vector<std::vector<std::string>> messageWords;
    for (const auto &message : store.messagesByIds(sample)) {
        std::vector<std::string> words;
        std::string word;
        for (const char c : message.text + " ") {
            if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
                word += c;
            } else {
                if (word.size() >= 2)
                    words.push_back(word);
                word.clear();
            }
        }
        for (const auto &w : std::set<std::string>(words.begin(), words.end()))
            ++frequency[w];
        if (words.size() >= 5)
            messageWords.push_back(words);
    }
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto &[w, n] : frequency)
        ranked.push_back({ n, w });
    std::sort(ranked.rbegin(), ranked.rend());
    const auto rankedWord
        = [&](std::size_t i) { return ranked.empty() ? std::string("the") : ranked[i % ranked.size()].second; };
    std::vector<std::string> rare;
    for (const auto &[n, w] : ranked)
        if (n == 1
            && std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            rare.push_back(w);
    if (rare.empty())
        for (auto it = ranked.rbegin(); it != ranked.rend() && rare.size() < 12; ++it)
            rare.push_back(it->second);

    const auto q = [](const std::string &s) { return QString::fromStdString(s); };
    const auto quoted = [&](const std::string &s) {
        return s.find(' ') == std::string::npos ? q(s) : QLatin1Char('"') + q(s) + QLatin1Char('"');
    };
    const auto day
        = [](std::int64_t ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate); };
    const std::int64_t first = stats.firstMs.value_or(0);
    const std::int64_t last = stats.lastMs.value_or(first);
    const std::int64_t span = std::max<std::int64_t>(last - first, 86400000);
    const auto at = [&](double f) { return first + static_cast<std::int64_t>(static_cast<double>(span) * f); };
    std::vector<std::string> people;
    for (std::size_t i = 0; i < stats.participants.size() && people.size() < 12;
         i += std::max<std::size_t>(1, stats.participants.size() / 12))
        people.push_back(stats.participants[i].displayName);
    if (people.empty())
        people.push_back("nobody");
    std::vector<std::string> places;
    for (std::size_t i = 0; i < conversations.size() && places.size() < 12;
         i += std::max<std::size_t>(1, conversations.size() / 12))
        places.push_back(conversations[i].name);
    if (places.empty())
        places.push_back("nowhere");

    std::vector<Query> queries;
    const auto add = [&](const std::string &kind, const QString &text) { queries.push_back({ kind, text }); };
    for (std::size_t i = 0; i < 16; ++i)
        add("common word", q(rankedWord(i)) + QLatin1Char(' '));
    for (std::size_t i = 0; i < 8; ++i)
        add("less common word", q(rankedWord(ranked.size() / 2 + i)) + QLatin1Char(' '));
    for (std::size_t i = 0; i < 10; ++i)
        add("rare word", q(rare[i % rare.size()]) + QLatin1Char(' '));
    for (std::size_t i = 0; i < 10; ++i) {
        const std::string w = rankedWord(i * 3);
        add("prefix being typed", q(w.substr(0, std::min<std::size_t>(w.size(), 2 + i % 3))));
    }
    for (std::size_t i = 0; i < 10 && !messageWords.empty(); ++i) {
        const auto &words = messageWords[i % messageWords.size()];
        const std::size_t n = i < 5 ? 2 : 4;
        QString text;
        for (std::size_t k = 0; k < n && k < words.size(); ++k)
            text += q(words[k * 2 % words.size()]) + QLatin1Char(' ');
        add(n == 2 ? "two words" : "four words", text);
    }
    for (std::size_t i = 0; i < 8; ++i)
        add("from:", QStringLiteral("from:") + quoted(people[i % people.size()]));
    for (std::size_t i = 0; i < 8; ++i)
        add("in:", QStringLiteral("in:") + quoted(places[i % places.size()]));
    for (int i = 0; i < 4; ++i)
        add("date range", QStringLiteral("after:%1 before:%2").arg(day(at(0.2 * i)), day(at(0.2 * i) + 86400000)));
    add("date range", QStringLiteral("after:%1").arg(day(at(0.9))));
    add("date range", QStringLiteral("before:%1").arg(day(at(0.1))));
    add("date range", QStringLiteral("after:%1 before:%2").arg(day(at(0.4)), day(at(0.6))));
    add("date range", QStringLiteral("after:%1 before:%2").arg(day(at(0.5)), day(at(0.5) + 7 * 86400000LL)));
    for (std::size_t i = 0; i < 6; ++i)
        add("word + from:", q(rankedWord(i)) + QStringLiteral(" from:") + quoted(people[(i + 3) % people.size()]));
    for (std::size_t i = 0; i < 6; ++i)
        add("word + in: + date",
            q(rankedWord(i + 5)) + QStringLiteral(" in:") + quoted(places[(i + 2) % places.size()])
                + QStringLiteral(" after:") + day(at(0.3)));
    for (std::size_t i = 0; i < 4; ++i)
        add("from: + in:",
            QStringLiteral("from:") + quoted(people[i % people.size()]) + QStringLiteral(" in:")
                + quoted(places[i % places.size()]));
    for (std::size_t i = 0; i < 4; ++i)
        add("rare word + date", q(rare[(i + 3) % rare.size()]) + QStringLiteral(" before:") + day(at(0.7)));
    add("no match", QStringLiteral("qqzzxxyy "));
    add("no match", QStringLiteral("zzqx"));
    while (queries.size() > 100)
        queries.pop_back();
    return queries;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Keeps the bench out of the user's settings and recent projects.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TunebenchBench"));
    QApplication::setApplicationName(QStringLiteral("bench_browse"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_browse PROJECT [OPENS=5]\n");
        return 2;
    }
    const QString project = QString::fromLocal8Bit(argv[1]);
    const int opens = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;

    std::vector<Query> queries;
    std::uint64_t totalMessages = 0;
    {
        auto store = tb::core::Store::open(project.toStdString());
        if (!store) {
            std::fprintf(stderr, "bench_browse: %s\n", store.error().message.c_str());
            return 1;
        }
        queries = makeQueries(**store);
        totalMessages = (*store)->stats().messages;
    }

    tb::gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    spinUntil([&] { return window.isVisible(); }, 2000);
    auto *page = window.findChild<tb::gui::BrowsePage *>(QStringLiteral("browsePage"));
    auto *view = page->findChild<QTreeView *>(QStringLiteral("messageView"));
    auto *messages = qobject_cast<tb::models::MessageListModel *>(view->model());
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *results = qobject_cast<tb::models::SearchResultsModel *>(
        page->findChild<QListView *>(QStringLiteral("searchResults"))->model());
    PaintWatch paints(view->viewport(), messages);

    std::printf("project: %s (%llu messages)\n\n", qPrintable(project), static_cast<unsigned long long>(totalMessages));

    // (a) Open → first conversation painted.
    std::vector<double> openTimes;
    StallWatch stalls;
    double worstStall = 0;
    double rowsMs = 0;
    double allMs = 0;
    for (int run = 0; run < opens; ++run) {
        window.session()->close();
        QCoreApplication::processEvents();
        Clock clock;
        bool rowsIn = false;
        const auto connection = QObject::connect(messages, &tb::models::MessageListModel::loaded, [&] {
            if (!rowsIn)
                rowsMs = millis(clock);
            rowsIn = true;
            if (!messages->isLoading())
                allMs = millis(clock);
        });
        paints.paintsWithRows = 0;
        stalls.start();
        clock.start();
        if (!window.openProject(project)) {
            std::fprintf(stderr, "bench_browse: cannot open %s\n", qPrintable(project));
            return 1;
        }
        if (!spinUntil([&] { return paints.paintsWithRows > 0; }, 60000)) {
            std::fprintf(stderr, "bench_browse: the first conversation was not shown within 60 s\n");
            return 1;
        }
        openTimes.push_back(millis(clock));
        allMs = 0;
        if (!spinUntil([&] { return !messages->isLoading(); }, 60000)) {
            std::fprintf(stderr, "bench_browse: the first conversation was not listed within 60 s\n");
            return 1;
        }
        // The view lays the appended rows out on its next pass: let it, still watching.
        spinUntil([] { return false; }, 300);
        const double stall = stalls.stop();
        worstStall = std::max(worstStall, stall);
        std::printf(
            "    run %d: first rows in after %.0f ms, painted after %.0f ms; the whole conversation listed after "
            "%.0f ms; longest freeze of the window meanwhile %.0f ms\n",
            run + 1, rowsMs, openTimes.back(), allMs > 0 ? allMs : openTimes.back(), stall);
        QObject::disconnect(connection);
    }
    std::printf("(a) open -> first conversation painted (%d runs): first %.0f ms, median %.0f ms, max %.0f ms "
                "(target < 1000 ms)\n",
        opens, openTimes.front(), percentile(openTimes, 0.5), percentile(openTimes, 1.0));
    std::printf("    longest freeze of the window while opening: %.0f ms\n", worstStall);
    std::printf("    first conversation: %d rows at the top level\n", messages->rowCount());
    std::printf("    memory after opening: %ld MiB resident\n", memoryKiB("VmRSS") / 1024);

    // (b) Search through the field: set the text as typing would, wait for the hits.
    std::vector<double> latencies, endToEnd;
    std::map<std::string, std::vector<double>> byKind;
    std::vector<std::pair<double, QString>> slowest;
    for (const auto &query : queries) {
        field->clear();
        QCoreApplication::processEvents();
        Clock clock;
        clock.start();
        field->setText(query.text);
        if (!spinUntil([&] { return !results->isBusy() && results->query() == query.text; }, 60000)) {
            std::fprintf(stderr, "bench_browse: no answer to %s within 60 s\n", qPrintable(query.text));
            return 1;
        }
        latencies.push_back(results->lastLatencyMs());
        endToEnd.push_back(millis(clock));
        byKind[query.kind].push_back(results->lastLatencyMs());
        slowest.push_back(
            { results->lastLatencyMs(), QStringLiteral("%1  (%2 hits)").arg(query.text).arg(results->rowCount()) });
    }
    field->clear();
    std::printf("\n(b) search, %zu queries typed into the search field (latency: query sent -> hits in the list; the "
                "field first waits %d ms after the last key):\n",
        queries.size(), 150);
    for (const auto &[kind, values] : byKind)
        std::printf("    %-20s %3zu queries  median %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", kind.c_str(),
            values.size(), percentile(values, 0.5), percentile(values, 0.95), percentile(values, 1.0));
    std::printf("    ALL                  %3zu queries  median %7.1f ms (target < 50)  p95 %7.1f ms (target < 200)\n",
        latencies.size(), percentile(latencies, 0.5), percentile(latencies, 0.95));
    std::printf("    typed -> hits, including the %d ms pause: median %.0f ms, p95 %.0f ms\n", 150,
        percentile(endToEnd, 0.5), percentile(endToEnd, 0.95));
    std::sort(slowest.rbegin(), slowest.rend());
    std::printf("    slowest:\n");
    for (std::size_t i = 0; i < 5 && i < slowest.size(); ++i)
        std::printf("      %7.1f ms  %s\n", slowest[i].first, qPrintable(slowest[i].second));

    // (c) Scrolling the first (biggest) conversation: every repaint timed, the worst one reported.
    const int rows = messages->rowCount();
    QScrollBar *bar = view->verticalScrollBar();
    const auto timedScroll = [&](int value) {
        Clock clock;
        clock.start();
        bar->setValue(value);
        view->viewport()->repaint();
        return millis(clock);
    };
    std::vector<double> jumps, drags, steps;
    for (int i = 0; i < 50; ++i)
        jumps.push_back(timedScroll(static_cast<int>(static_cast<qint64>(bar->maximum()) * ((i * 37) % 50) / 49)));
    for (int i = 0; i <= 300; ++i)
        drags.push_back(timedScroll(static_cast<int>(static_cast<qint64>(bar->maximum()) * i / 300)));
    bar->setValue(bar->maximum() / 2);
    for (int i = 0; i < 500; ++i)
        steps.push_back(timedScroll(bar->value() + 3));
    std::printf("\n(c) scrolling the first conversation (%d rows), one repaint per position:\n", rows);
    std::printf("    jumps to 50 spread rows:   median %5.1f ms  max %6.1f ms\n", percentile(jumps, 0.5),
        percentile(jumps, 1.0));
    std::printf("    scroll bar dragged (301):  median %5.1f ms  max %6.1f ms\n", percentile(drags, 0.5),
        percentile(drags, 1.0));
    std::printf("    3 rows at a time (500):    median %5.1f ms  max %6.1f ms\n", percentile(steps, 0.5),
        percentile(steps, 1.0));
    const double worst = std::max({ percentile(jumps, 1.0), percentile(drags, 1.0), percentile(steps, 1.0) });
    std::printf("    worst repaint while scrolling: %.1f ms (target < 50 ms: no visible stall)\n", worst);
    std::printf(
        "\nmemory: %ld MiB resident now, %ld MiB at the peak\n", memoryKiB("VmRSS") / 1024, memoryKiB("VmHWM") / 1024);
    return 0;
}
