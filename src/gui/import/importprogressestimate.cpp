#include "importprogressestimate.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tb::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tb::gui::ImportProgressEstimate", text);
}

QString number(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

// Below this the rate says more about start-up than about the import.
constexpr double kSettleSeconds = 0.5;

} // namespace

void ImportProgressEstimate::start(std::uint64_t expectedMessages)
{
    m_expected = expectedMessages;
    m_last = {};
    m_clock.start();
}

void ImportProgressEstimate::update(const core::ImportProgress &progress)
{
    m_last = progress;
}

double ImportProgressEstimate::seconds() const
{
    return m_clock.isValid() ? static_cast<double>(m_clock.elapsed()) / 1000.0 : 0.0;
}

int ImportProgressEstimate::permille() const
{
    if (m_expected > 0)
        return static_cast<int>(std::min<std::uint64_t>(1000, m_last.messagesDone * 1000 / m_expected));
    if (m_last.bytesTotal > 0 && m_last.bytesDone > 0)
        return static_cast<int>(std::min<std::uint64_t>(1000, m_last.bytesDone * 1000 / m_last.bytesTotal));
    return -1;
}

QString ImportProgressEstimate::duration(double s)
{
    if (s < 60)
        return tr("%1 s").arg(static_cast<int>(std::ceil(std::max(1.0, s))));
    const int minutes = static_cast<int>(std::ceil(s / 60));
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ImportProgressEstimate::text() const
{
    QStringList parts;
    const std::uint64_t done = m_last.messagesDone;
    parts << (m_expected > 0 ? tr("%1 of %2 messages").arg(number(std::min(done, m_expected)), number(m_expected))
                             : tr("%1 messages").arg(number(done)));
    if (m_last.filesTotal > 0)
        parts << (m_last.filesTotal == 1
                ? tr("%1 of 1 file").arg(number(m_last.filesDone))
                : tr("%1 of %2 files").arg(number(m_last.filesDone), number(m_last.filesTotal)));
    const double elapsed = seconds();
    if (elapsed >= kSettleSeconds && done > 0) {
        const double rate = static_cast<double>(done) / elapsed;
        parts << tr("%1 messages/s").arg(number(static_cast<std::uint64_t>(rate)));
        if (m_expected > 0 && done >= m_expected)
            parts << tr("finishing (building the search index)");
        else if (m_expected > 0)
            parts << tr("about %1 left").arg(duration(static_cast<double>(m_expected - done) / rate));
    } else if (m_expected > 0) {
        parts << tr("estimating the time left…");
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace tb::gui
