#include "privacy/textclass.h"

#include "util/text.h"

#include <QChar>
#include <QString>

namespace tb::core::privacy {

CodePoint decodeMultiByte(std::string_view text, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    char32_t value = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        value = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        value = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        value = b0 & 0x07;
    } else {
        return {0xFFFD, 1};
    }
    if (i + length > text.size())
        return {0xFFFD, 1};
    for (std::size_t k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80)
            return {0xFFFD, 1};
        value = (value << 6) | (b & 0x3F);
    }
    return {value, length};
}

std::size_t previousStart(std::string_view text, std::size_t i)
{
    if (i == 0)
        return 0;
    std::size_t j = i - 1;
    // At most three continuation bytes precede a lead byte.
    while (j > 0 && i - j < 4 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80)
        --j;
    return j;
}

bool isWordCharNonAscii(char32_t c) { return QChar::isLetterOrNumber(c) || QChar::isMark(c); }

bool isUnspacedScriptAbove(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

bool isUppercase(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : QChar::isUpper(c); }
bool isLowercase(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : QChar::isLower(c); }
bool isCurrencySymbol(char32_t c) { return c == '$' || (c >= 0x80 && QChar::category(c) == QChar::Symbol_Currency); }

char32_t foldNonAscii(char32_t c)
{
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        return '\'';
    return QChar::toCaseFolded(c);
}

char32_t codePointBefore(std::string_view text, std::size_t i)
{
    return i == 0 ? 0 : decodeAt(text, previousStart(text, i)).value;
}

char32_t codePointAt(std::string_view text, std::size_t i) { return i >= text.size() ? 0 : decodeAt(text, i).value; }

std::string foldForMatching(std::string_view text)
{
    // ASCII needs no normalisation: fold it without a QString (mentions and name fields are
    // looked up once per record).
    bool ascii = true;
    for (char c : text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
        std::string out;
        out.reserve(text.size());
        bool pendingSpace = false;
        for (char c : text) {
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                pendingSpace = !out.empty();
                continue;
            }
            if (pendingSpace)
                out += ' ';
            pendingSpace = false;
            out += static_cast<char>(foldCase(static_cast<unsigned char>(c)));
        }
        return out;
    }
    const QString nfc = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))
                            .normalized(QString::NormalizationForm_C);
    const QByteArray utf8 = nfc.toUtf8();
    const std::string_view s(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    std::string out;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < s.size();) {
        const CodePoint cp = decodeAt(s, i);
        i += cp.length;
        if (QChar::isSpace(cp.value)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        text::appendUtf8(out, foldCase(cp.value));
    }
    return out;
}

} // namespace tb::core::privacy
