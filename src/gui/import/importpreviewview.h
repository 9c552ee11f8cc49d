#pragma once

#include "import/importpreview.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ImportPreviewView;
}

namespace tb::models {
class FindingsFilterModel;
class FindingsModel;
class PreviewParticipantsModel;
} // namespace tb::models

namespace tb::gui {

// One export as the preview read it: format, files, counts, dates, the day/month order (with a
// choice when the export does not decide it), participants and the problems found.
class ImportPreviewView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewView)

public:
    enum class Banner { None, Busy, Success, Warning, Error };

    explicit ImportPreviewView(QWidget *parent = nullptr);
    ~ImportPreviewView() override;

    // PATH is being read: its name, and no numbers yet.
    void showReading(const QString &path);
    void showPreview(const core::ImportPreview &preview);
    // A line above the details: what is happening to this export or what went wrong.
    void setBanner(Banner kind, const QString &text);
    // While a preview or import runs, the date order cannot be changed.
    void setChoicesEnabled(bool enabled);

    static QString formatDay(std::int64_t ms);

Q_SIGNALS:
    // The person chose how to read the dates the export leaves undecided.
    void dateOrderChosen(tb::core::DateOrder order);

private:
    void showDateOrders(const core::ImportPreview &preview);
    void clearDetails();

    std::unique_ptr<Ui::ImportPreviewView> m_ui;
    models::PreviewParticipantsModel *m_participants;
    models::FindingsModel *m_findings;
    models::FindingsFilterModel *m_findingsSorted;
};

} // namespace tb::gui
