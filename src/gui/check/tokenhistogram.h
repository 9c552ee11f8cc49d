#pragma once

#include "dataset/datasetstats.h"

#include <QWidget>

class QChart;
class QChartView;

namespace tb::gui {

// Tokens per example as a bar chart (Qt Charts), with the model's per-example limit named in the
// title when examples pass it.
class TokenHistogram final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHistogram)

public:
    explicit TokenHistogram(QWidget *parent = nullptr);
    ~TokenHistogram() override;

    void setStats(const core::TokenStats &stats, std::int64_t limit);
    void clear();

private:
    QChartView *m_view;
};

} // namespace tb::gui
