#include "optionbinder.h"

#include "durationedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace tb::gui {

namespace {

const char *const kOptionKey = "optionKey";

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// "session-gap" → "Session gap"
QString labelFor(const std::string &key)
{
    QString text = qs(key);
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text + QLatin1Char(':');
}

bool isTrue(const std::string &value)
{
    return value == "true" || value == "1" || value == "yes" || value == "on";
}

} // namespace

OptionBinder::OptionBinder(core::RecipeKind kind, QWidget *page, QFormLayout *fallback, std::set<std::string> excluded,
                           QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    std::map<std::string, QWidget *> designed;
    const auto children = page->findChildren<QWidget *>();
    for (QWidget *child : children) {
        const QVariant key = child->property(kOptionKey);
        if (key.isValid())
            designed[key.toString().toStdString()] = child;
    }
    for (const core::OptionSpec &spec : core::optionSpecs(kind)) {
        if (excluded.count(spec.key))
            continue;
        auto it = designed.find(spec.key);
        QWidget *widget = nullptr;
        if (it != designed.end()) {
            widget = it->second;
            designed.erase(it);
        } else {
            widget = createFallback(spec, page);
            fallback->addRow(labelFor(spec.key), widget);
        }
        widget->setToolTip(qs(spec.help));
        bind(spec, widget);
        write(spec, widget, spec.defaultValue);
    }
    // Widgets for options this recipe does not (or no longer) take: hidden rather than inert.
    for (const auto &[key, widget] : designed) {
        widget->hide();
        const auto labels = page->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->buddy() == widget)
                label->hide();
        }
    }
}

OptionBinder::~OptionBinder() = default;

QWidget *OptionBinder::createFallback(const core::OptionSpec &spec, QWidget *parent)
{
    QWidget *widget = nullptr;
    switch (spec.type) {
    case core::OptionType::Bool:
        widget = new QCheckBox(parent);
        break;
    case core::OptionType::Int: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 1000000);
        widget = spin;
        break;
    }
    case core::OptionType::Duration:
        widget = new DurationEdit(parent);
        break;
    case core::OptionType::Choice: {
        auto *combo = new QComboBox(parent);
        for (const std::string &choice : spec.choices)
            combo->addItem(qs(choice), qs(choice));
        widget = combo;
        break;
    }
    case core::OptionType::Text:
    case core::OptionType::StringList:
        widget = new QLineEdit(parent);
        break;
    }
    widget->setObjectName(qs(spec.key) + QStringLiteral("Option"));
    return widget;
}

void OptionBinder::bind(const core::OptionSpec &spec, QWidget *widget)
{
    m_widgets[spec.key] = widget;
    const auto emitChanged = [this] { Q_EMIT changed(); };
    if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, emitChanged);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, emitChanged);
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(widget))
        connect(dspin, &QDoubleSpinBox::valueChanged, this, emitChanged);
    else if (auto *duration = qobject_cast<DurationEdit *>(widget))
        connect(duration, &DurationEdit::secondsChanged, this, emitChanged);
    else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        if (spec.type == core::OptionType::Choice && combo->count() == 0) {
            for (const std::string &choice : spec.choices)
                combo->addItem(qs(choice), qs(choice));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, emitChanged);
    } else if (auto *line = qobject_cast<QLineEdit *>(widget))
        connect(line, &QLineEdit::textChanged, this, emitChanged);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, emitChanged);
}

void OptionBinder::write(const core::OptionSpec &spec, QWidget *widget, const std::string &value)
{
    // The form is written back after every edit (the settings are the one truth): a widget that
    // already shows VALUE is left alone, so the cursor of the field being typed in stays put.
    if (read(spec, widget) == value)
        return;
    const QSignalBlocker blocker(widget);
    if (auto *check = qobject_cast<QCheckBox *>(widget))
        check->setChecked(isTrue(value));
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        spin->setValue(qs(value).toInt());
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(widget))
        dspin->setValue(qs(value).toDouble());
    else if (auto *duration = qobject_cast<DurationEdit *>(widget))
        duration->setSeconds(qs(value).toLongLong());
    else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int at = combo->findData(qs(value));
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable())
            combo->setEditText(qs(value));
        else if (spec.type != core::OptionType::Choice && !value.empty()) {
            // A name the project no longer has (a saved character): kept, so nothing is lost silently.
            combo->addItem(qs(value), qs(value));
            combo->setCurrentIndex(combo->count() - 1);
        } else if (value.empty()) {
            combo->setCurrentIndex(combo->findData(QString()) >= 0 ? combo->findData(QString()) : 0);
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        if (line->text() != qs(value))
            line->setText(qs(value));
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        if (text->toPlainText() != qs(value))
            text->setPlainText(qs(value));
    }
}

std::string OptionBinder::read(const core::OptionSpec &spec, const QWidget *widget) const
{
    if (const auto *check = qobject_cast<const QCheckBox *>(widget))
        return check->isChecked() ? "true" : "false";
    if (const auto *spin = qobject_cast<const QSpinBox *>(widget))
        return std::to_string(spin->value());
    if (const auto *dspin = qobject_cast<const QDoubleSpinBox *>(widget))
        return QString::number(dspin->value()).toStdString();
    if (const auto *duration = qobject_cast<const DurationEdit *>(widget))
        return std::to_string(duration->seconds());
    if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        if (combo->isEditable() && combo->currentData().toString() != combo->currentText()
            && combo->findText(combo->currentText()) < 0)
            return combo->currentText().toStdString();
        const QVariant data = combo->currentData();
        return (data.isValid() ? data.toString() : combo->currentText()).toStdString();
    }
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text().toStdString();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->toPlainText().toStdString();
    return spec.defaultValue;
}

void OptionBinder::setOptions(const core::RecipeOptions &options)
{
    for (const core::OptionSpec &spec : core::optionSpecs(m_kind)) {
        QWidget *widget = widgetFor(spec.key);
        if (!widget)
            continue;
        const auto it = options.values().find(spec.key);
        write(spec, widget, it != options.values().end() ? it->second : spec.defaultValue);
    }
}

core::RecipeOptions OptionBinder::options() const
{
    core::RecipeOptions options;
    for (const core::OptionSpec &spec : core::optionSpecs(m_kind)) {
        if (QWidget *widget = widgetFor(spec.key))
            options.set(spec.key, read(spec, widget));
    }
    return options;
}

QWidget *OptionBinder::widgetFor(const std::string &key) const
{
    const auto it = m_widgets.find(key);
    return it != m_widgets.end() ? it->second.data() : nullptr;
}

} // namespace tb::gui
