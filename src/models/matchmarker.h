#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace tb::models {

// Marks the words of a search in a message's text as the full-text index matches them: whole words,
// folded for case and accents, the word being typed also as the start of a longer word. Cheaper
// than asking the index for a snippet of every hit.
class MatchMarker {
public:
    MatchMarker(const std::vector<std::string> &words, bool lastWordIsPrefix);

    // The part of TEXT around its first match, about MAXCHARS long ("…" where it was cut), with
    // every match between \x02 and \x03.
    QString snippet(const QString &text, int maxChars = 220) const;
    // WORD folded as the index folds words: lower case, accents removed.
    static QString fold(const QString &word);

private:
    bool matches(const QString &folded) const;

    QStringList m_words;
    QString m_prefix;
};

} // namespace tb::models
