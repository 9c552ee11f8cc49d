#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace tb::gui {

// Edits AppSettings; nothing is written until OK.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void load(bool defaults);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace tb::gui
