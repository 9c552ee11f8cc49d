#pragma once

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

// The search index keeps no word positions (detail=none: a third less work when indexing an
// import, a third of the size). A phrase - a quoted "good morning", or a word the tokenizer splits,
// like don't or e-mail - is therefore searched as its words anywhere in a message, and the order
// is checked here, by tokenizing the candidates' text exactly as the index does.
namespace tb::core::sql {

// The words the index holds for TEXT, folded as the index folds them (case, diacritics), in order.
std::vector<std::string> fullTextTokens(sqlite3 *db, std::string_view text);

// The second argument of tb_phrases() for PHRASES (each two or more tokens from fullTextTokens()).
// LASTISPREFIX: the last token of the last phrase is being typed and matches any word it begins.
std::string phraseSpec(const std::vector<std::vector<std::string>> &phrases, bool lastIsPrefix);

// Registers tb_phrases(TEXT, SPEC) on DB: 1 when TEXT holds every phrase of SPEC as consecutive
// words, else 0. Call after installFastUnicode61(); false when DB has no FTS5.
bool installPhraseFunction(sqlite3 *db);

} // namespace tb::core::sql
