#pragma once

#include "import/importrunner.h"

#include <QElapsedTimer>
#include <QString>

#include <cstdint>

namespace tb::gui {

// Turns the core's progress reports into what the progress bar and its line say: messages and
// files done, rate and time left. The preview tells how many messages to expect, so even a single
// large file (whose bytes count only once it is read) gets a fair estimate.
class ImportProgressEstimate final {
public:
    // EXPECTEDMESSAGES: 0 when unknown (a preview, which is what counts them).
    void start(std::uint64_t expectedMessages);
    void update(const core::ImportProgress &progress);

    // 0..1000, or -1 when there is nothing to measure yet (show a busy indicator).
    int permille() const;
    QString text() const;

    static QString duration(double seconds);

private:
    double seconds() const;

    QElapsedTimer m_clock;
    std::uint64_t m_expected = 0;
    core::ImportProgress m_last;
};

} // namespace tb::gui
