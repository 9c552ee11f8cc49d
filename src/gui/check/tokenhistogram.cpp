#include "tokenhistogram.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tb::gui {

namespace {

// "1200" → "1.2k": bin labels stay short enough to fit under narrow bars.
QString shortCount(std::uint64_t n)
{
    if (n >= 10000)
        return QStringLiteral("%1k").arg(n / 1000);
    if (n >= 1000)
        return QStringLiteral("%1k").arg(QLocale().toString(static_cast<double>(n) / 1000.0, 'g', 2));
    return QString::number(n);
}

} // namespace

TokenHistogram::TokenHistogram(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView)
{
    m_view->setObjectName(QStringLiteral("histogramView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

TokenHistogram::~TokenHistogram() = default;

void TokenHistogram::clear()
{
    auto *chart = new QChart;
    chart->setTitle(tr("No records yet"));
    chart->legend()->hide();
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view only lets go of the chart it showed before
    delete old;
}

void TokenHistogram::setStats(const core::TokenStats &stats, std::int64_t limit)
{
    if (stats.histogram.empty()) {
        clear();
        return;
    }
    auto *set = new QBarSet(tr("Examples"));
    set->setColor(palette().color(QPalette::Highlight));
    QStringList categories;
    std::uint64_t highest = 0;
    for (const core::HistogramBin &bin : stats.histogram) {
        *set << static_cast<qreal>(bin.count);
        categories << shortCount(bin.lower);
        highest = std::max(highest, bin.count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    QString title = tr("Tokens per example");
    if (limit > 0 && stats.max > limit)
        title += tr(" — some are over the %1-token limit").arg(QLocale().toString(static_cast<qlonglong>(limit)));
    chart->setTitle(title);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("tokens (bin start)"));
    // Every label where there is room; a long histogram shows every other one.
    x->setLabelsAngle(categories.size() > 12 ? -60 : 0);
    auto *y = new QValueAxis;
    y->setRange(0, static_cast<qreal>(std::max<std::uint64_t>(highest, 1)) * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("examples"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    y->setLabelsFont(small);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace tb::gui
