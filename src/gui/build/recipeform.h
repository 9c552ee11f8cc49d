#pragma once

#include "build/buildsettings.h"

#include <QWidget>

#include <array>
#include <memory>
#include <utility>
#include <vector>

class QCheckBox;

namespace Ui {
class BuildRecipeForm;
}

namespace tb::gui {

class OptionBinder;

// The Build page's recipe form (ui/buildrecipeform.ui): the recipe, its options as typed widgets
// (one page of the stack per recipe), the scope and the scrubber switch.
class RecipeForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeForm)

public:
    explicit RecipeForm(QWidget *parent = nullptr);
    ~RecipeForm() override;

    // Who can be "me" or the character, and the conversations the scope offers (key, name).
    void setProjectChoices(const QStringList &participants, const QList<QPair<QString, QString>> &conversations);
    // Shows SETTINGS without emitting changed().
    void setSettings(const core::BuildSettings &settings);
    // SETTINGS with what the form shows written into it.
    core::BuildSettings settings(core::BuildSettings base) const;
    QWidget *optionWidget(core::RecipeKind kind, const std::string &key) const;

Q_SIGNALS:
    void changed();

private:
    // The scrubber's categories and the box that switches each.
    std::vector<std::pair<core::ScrubCategory, QCheckBox *>> scrubBoxes() const;
    void showKind(core::RecipeKind kind);

    std::unique_ptr<Ui::BuildRecipeForm> m_ui;
    std::array<OptionBinder *, 4> m_binders{};
    std::array<core::RecipeOptions, 4> m_options; // each recipe's options while another is shown
    bool m_updating = false;
};

} // namespace tb::gui
