#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ScrubReportDialog;
}

namespace tb::core {
class ScrubReport;
}

namespace tb::gui {

// What the scrubber replaced in the latest build: the count per category, and the first
// replacements (record, where, what it was and what it became) for the user to review. The
// report holds the very text that was removed: it is shown here, on the user's machine, and never
// written to a log.
class ScrubReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrubReportDialog)

public:
    ScrubReportDialog(const core::ScrubReport &report, QWidget *parent = nullptr);
    ~ScrubReportDialog() override;

Q_SIGNALS:
    // The user asked to see the record with ORDINAL.
    void recordRequested(quint64 ordinal);

private:
    std::unique_ptr<Ui::ScrubReportDialog> m_ui;
};

} // namespace tb::gui
