#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>

namespace tb::models {

// "1 file" / "2,345 files": ONE for exactly one, MANY (with %1) otherwise, the number in the
// user's locale. Spelled out by the caller so that English reads right without a translation file.
inline QString countText(std::uint64_t n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(static_cast<qulonglong>(n)));
}

} // namespace tb::models
