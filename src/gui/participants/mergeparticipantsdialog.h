#pragma once

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class MergeParticipantsDialog;
}

namespace tb::gui {

// Asks which name a merged person goes by.
class MergeParticipantsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeParticipantsDialog)

public:
    struct Candidate {
        qint64 id = 0;
        QString name;
        QString detail; // where they come from and how much they wrote
    };

    // Lists CANDIDATES with PRESELECTED chosen.
    MergeParticipantsDialog(const std::vector<Candidate> &candidates, qint64 preselected, QWidget *parent = nullptr);
    ~MergeParticipantsDialog() override;

    // The participant whose name the person keeps.
    qint64 chosenId() const;
    QString chosenName() const;

private:
    std::unique_ptr<Ui::MergeParticipantsDialog> m_ui;
};

} // namespace tb::gui
