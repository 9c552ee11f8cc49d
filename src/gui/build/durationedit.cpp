#include "durationedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

#include <array>

namespace tb::gui {

namespace {
constexpr std::array<qint64, 4> kUnits = {1, 60, 3600, 86400};
}

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent)
    , m_number(new QSpinBox)
    , m_unit(new QComboBox)
{
    m_number->setObjectName(QStringLiteral("durationNumber"));
    m_unit->setObjectName(QStringLiteral("durationUnit"));
    m_number->setRange(0, 100000);
    m_unit->addItems({tr("seconds"), tr("minutes"), tr("hours"), tr("days")});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_unit);
    setFocusProxy(m_number);
    connect(m_number, &QSpinBox::valueChanged, this, [this] { Q_EMIT secondsChanged(seconds()); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT secondsChanged(seconds()); });
}

DurationEdit::~DurationEdit() = default;

qint64 DurationEdit::seconds() const
{
    return m_number->value() * kUnits[static_cast<std::size_t>(qMax(0, m_unit->currentIndex()))];
}

void DurationEdit::setSeconds(qint64 seconds)
{
    std::size_t unit = 0;
    for (std::size_t i = kUnits.size(); i-- > 0;) {
        if (seconds != 0 && seconds % kUnits[i] == 0) {
            unit = i;
            break;
        }
    }
    const QSignalBlocker blockNumber(m_number);
    const QSignalBlocker blockUnit(m_unit);
    m_unit->setCurrentIndex(static_cast<int>(unit));
    m_number->setValue(static_cast<int>(seconds / kUnits[unit]));
}

} // namespace tb::gui
