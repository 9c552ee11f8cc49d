#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace tb::gui {

// A duration as a person thinks of it: a number and a unit (seconds, minutes, hours, days). The
// value is in seconds, as recipe options take durations.
class DurationEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationEdit)

public:
    explicit DurationEdit(QWidget *parent = nullptr);
    ~DurationEdit() override;

    qint64 seconds() const;
    // Shows SECONDS in the largest unit that divides it evenly.
    void setSeconds(qint64 seconds);

Q_SIGNALS:
    void secondsChanged(qint64 seconds);

private:
    QSpinBox *m_number;
    QComboBox *m_unit;
};

} // namespace tb::gui
