#include "matchmarker.h"

#include <QList>
#include <QPair>

namespace tb::models {

namespace {

// Letters, digits and the marks that belong to them make words, as for the index's tokenizer.
bool isWordChar(char32_t c)
{
    const auto category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// The words of TEXT as [start, end) ranges in UTF-16 code units.
QList<QPair<int, int>> wordRanges(const QString &text)
{
    QList<QPair<int, int>> ranges;
    int start = -1;
    for (int i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        int width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isWordChar(c)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            ranges.append({ start, i });
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        ranges.append({ start, static_cast<int>(text.size()) });
    return ranges;
}

const QChar kStart(0x02);
const QChar kEnd(0x03);
const QChar kEllipsis(0x2026);

} // namespace

QString MatchMarker::fold(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    return folded.toCaseFolded();
}

MatchMarker::MatchMarker(const std::vector<std::string> &words, bool lastWordIsPrefix)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        const QString word = QString::fromStdString(words[i]);
        const auto ranges = wordRanges(word);
        for (int r = 0; r < ranges.size(); ++r) {
            const QString token = fold(word.mid(ranges[r].first, ranges[r].second - ranges[r].first));
            if (lastWordIsPrefix && i + 1 == words.size() && r + 1 == ranges.size())
                m_prefix = token;
            else
                m_words << token;
        }
    }
}

bool MatchMarker::matches(const QString &folded) const
{
    return m_words.contains(folded) || (!m_prefix.isEmpty() && folded.startsWith(m_prefix));
}

QString MatchMarker::snippet(const QString &text, int maxChars) const
{
    QList<QPair<int, int>> marked;
    if (!m_words.isEmpty() || !m_prefix.isEmpty()) {
        for (const auto &[start, end] : wordRanges(text))
            if (matches(fold(text.mid(start, end - start))))
                marked.append({ start, end });
    }
    // Start a little before the first match, at a word, so that it shows in the first line.
    int from = 0;
    if (!marked.isEmpty() && marked.first().first > maxChars / 6) {
        from = static_cast<int>(text.lastIndexOf(QLatin1Char(' '), marked.first().first - maxChars / 8));
        from = from < 0 ? marked.first().first : from + 1;
    }
    int to = static_cast<int>(text.size());
    if (to - from > maxChars) {
        to = static_cast<int>(text.indexOf(QLatin1Char(' '), from + maxChars));
        if (to < 0 || to - from > maxChars + 40)
            to = from + maxChars;
    }
    QString out;
    out.reserve(to - from + 2 * marked.size() + 2);
    if (from > 0)
        out += kEllipsis;
    int at = from;
    for (const auto &[start, end] : std::as_const(marked)) {
        if (start < from || end > to)
            continue;
        out += QStringView(text).mid(at, start - at);
        out += kStart;
        out += QStringView(text).mid(start, end - start);
        out += kEnd;
        at = end;
    }
    out += QStringView(text).mid(at, to - at);
    if (to < text.size())
        out += kEllipsis;
    return out;
}

} // namespace tb::models
