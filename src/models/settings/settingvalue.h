#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace tb::models {

// One setting: its key and default live where it is declared (AppSettings), and every reader gets
// the type it expects instead of a QVariant.
template <typename T>
class SettingValue {
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace tb::models
