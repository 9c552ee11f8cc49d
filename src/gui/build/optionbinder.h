#pragma once

#include "recipes/recipe.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <set>
#include <string>

class QFormLayout;
class QWidget;

namespace tb::gui {

// Binds a recipe's options (core::optionSpecs) to the widgets of its page in the Designer form:
// each widget names its option with the dynamic property "optionKey". An option the form has no
// widget for gets a plain one added to FALLBACK, so that every option can be set; a widget whose
// option the recipe does not take is hidden with its label.
class OptionBinder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionBinder)

public:
    // Options in EXCLUDED are the owner's to show (the scope): they get no widget here.
    OptionBinder(core::RecipeKind kind, QWidget *page, QFormLayout *fallback, std::set<std::string> excluded = {},
                 QObject *parent = nullptr);
    ~OptionBinder() override;

    core::RecipeKind kind() const { return m_kind; }
    // Shows OPTIONS (absent keys: the spec's default) without emitting changed().
    void setOptions(const core::RecipeOptions &options);
    // Every option as the widgets show it.
    core::RecipeOptions options() const;
    QWidget *widgetFor(const std::string &key) const;

Q_SIGNALS:
    void changed();

private:
    void bind(const core::OptionSpec &spec, QWidget *widget);
    QWidget *createFallback(const core::OptionSpec &spec, QWidget *parent);
    void write(const core::OptionSpec &spec, QWidget *widget, const std::string &value);
    std::string read(const core::OptionSpec &spec, const QWidget *widget) const;

    core::RecipeKind m_kind;
    std::map<std::string, QPointer<QWidget>> m_widgets;
};

} // namespace tb::gui
