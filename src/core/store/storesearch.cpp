// Store::search: plans each query by how common its words are (see store.h).
#include "ftsphrase.h"
#include "messagerows.h"
#include "store.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace tb::core {

namespace {

// Up to this many matches are joined with their rows and sorted by time: each costs a read of its
// row, scattered over the file. Beyond it, walking the time index newest first (a few hundred
// thousand entries a second, in order) reaches LIMIT hits sooner.
constexpr int kSortLimit = 2000;
// Up to this many matches are listed from the index (about a millisecond per 3,000) and looked up
// in memory while walking newest first: asking the index about each message instead costs 50-100
// microseconds a message, too much when only a few percent match. Beyond it matches are so dense
// that the walk asks about few messages.
constexpr int kListLimit = 250000;

// A name like "100%_done" is matched literally.
std::string containsPattern(const std::string &value)
{
    std::string pattern = "%";
    for (const char ch : value) {
        if (ch == '%' || ch == '_' || ch == '\\')
            pattern += '\\';
        pattern += ch;
    }
    return pattern + '%';
}

std::string idList(const std::vector<std::int64_t> &ids)
{
    std::string list;
    for (const auto id : ids) {
        if (!list.empty())
            list += ',';
        list += std::to_string(id);
    }
    return list;
}

// A word being typed matches the most common indexed words it begins, at most this many. FTS5 expands
// a prefix (kube*) by merging the lists of every such word again each time it tests one message,
// tens of milliseconds on a large project: walking newest first would take minutes. Explicit words
// test in microseconds.
constexpr int kPrefixWords = 16;

// TEXT as the full-text tokenizer folds it (case, diacritics), or nothing when it is not one token.
std::optional<std::string> foldedToken(sql::Database &db, const std::string &text)
{
    if (!db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tb_fold USING fts5(t, "
                 "tokenize='unicode61 remove_diacritics 2');"
                 "CREATE VIRTUAL TABLE IF NOT EXISTS temp.tb_fold_terms USING fts5vocab(temp, 'tb_fold', 'row');"
                 "DELETE FROM temp.tb_fold;"))
        return std::nullopt;
    auto insert = db.prepare("INSERT INTO temp.tb_fold(t) VALUES(?1)");
    insert.bind(1, text);
    if (!insert.exec())
        return std::nullopt;
    auto terms = db.prepare("SELECT term FROM temp.tb_fold_terms");
    std::vector<std::string> tokens;
    while (terms.step())
        tokens.push_back(terms.columnText(0));
    if (tokens.size() != 1)
        return std::nullopt;
    return tokens.front();
}

// The FTS5 expression for QUERY, its last word replaced by the common words it begins when it is
// being typed; nullopt when no indexed word begins with it.
std::optional<std::string> matchExpression(sql::Database &db, const SearchQuery &query)
{
    if (!query.lastWordIsPrefix || query.words.empty())
        return query.ftsExpression();
    SearchQuery exact = query;
    exact.lastWordIsPrefix = false;
    const auto folded = foldedToken(db, query.words.back());
    // One letter would expand to most of the vocabulary; it is matched as a word until the next key.
    if (!folded || folded->size() < 2 ||
        !db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tb_terms USING fts5vocab(main, 'messages_fts', 'row')"))
        return folded && folded->size() < 2 ? exact.ftsExpression() : query.ftsExpression();
    auto terms = db.prepare("SELECT term FROM temp.tb_terms WHERE term >= ?1 AND term < ?2 ORDER BY doc DESC LIMIT ?3");
    std::string upper = *folded;
    upper.push_back('\xff'); // above every UTF-8 continuation of the prefix
    terms.bind(1, *folded).bind(2, upper).bind(3, kPrefixWords);
    std::string alternatives;
    while (terms.step()) {
        SearchQuery word;
        word.words.push_back(terms.columnText(0));
        if (!alternatives.empty())
            alternatives.append(" OR ");
        alternatives.append(word.ftsExpression()); // quoted as every word is
    }
    if (alternatives.empty())
        return std::nullopt;
    exact.words.pop_back();
    const std::string rest = exact.ftsExpression();
    return (rest.empty() ? std::string() : rest + " AND ") + "(" + alternatives + ")";
}

std::vector<std::int64_t> collectIds(sql::Statement &statement)
{
    std::vector<std::int64_t> ids;
    while (statement.step())
        ids.push_back(statement.columnInt(0));
    return ids;
}

} // namespace

Result<std::vector<SearchHit>> Store::search(const SearchQuery &query, int limit, bool snippets) const
{
    if (!query.problems.empty())
        return Error{query.problems.front()};
    // from: matches any of a person's names, and whoever the user merged with them.
    std::vector<std::int64_t> authors, conversations;
    if (!query.from.empty()) {
        auto people = m_db.prepare(
            "WITH named(id) AS (SELECT id FROM participants WHERE display_name LIKE ?1 ESCAPE '\\' OR custom_name "
            "LIKE ?1 ESCAPE '\\' OR handle LIKE ?1 ESCAPE '\\' OR key LIKE ?1 ESCAPE '\\'), "
            "roots(id) AS (SELECT COALESCE(p.alias_of, p.id) FROM participants p JOIN named USING(id)) "
            "SELECT p.id FROM participants p WHERE p.id IN roots OR p.alias_of IN roots");
        people.bind(1, containsPattern(query.from));
        authors = collectIds(people);
        if (authors.empty())
            return std::vector<SearchHit>{};
    }
    if (!query.in.empty()) {
        auto named = m_db.prepare("SELECT id FROM conversations WHERE name LIKE ?1 ESCAPE '\\' OR key LIKE ?1 ESCAPE '\\'");
        named.bind(1, containsPattern(query.in));
        conversations = collectIds(named);
        if (conversations.empty())
            return std::vector<SearchHit>{};
    }

    // The index holds no word positions: a word the tokenizer splits (a quoted phrase, don't,
    // e-mail) is searched as its words, and their order is checked on each candidate (tb_phrases).
    SearchQuery words = query;
    words.words.clear();
    std::vector<std::vector<std::string>> phrases;
    bool lastPhraseIsPrefix = false;
    for (const auto &word : query.words) {
        auto tokens = sql::fullTextTokens(m_db.handle(), word);
        lastPhraseIsPrefix = false;
        if (tokens.size() < 2) {
            words.words.push_back(word);
            continue;
        }
        words.words.insert(words.words.end(), tokens.begin(), tokens.end());
        phrases.push_back(std::move(tokens));
        lastPhraseIsPrefix = query.lastWordIsPrefix;
    }
    const std::string phraseSpec = sql::phraseSpec(phrases, lastPhraseIsPrefix);
    const std::string phraseCheck = phrases.empty() ? std::string() : " AND tb_phrases(%s, ?9)";
    const auto checkPhrases = [&](const char *text) {
        std::string check = phraseCheck;
        if (const auto at = check.find("%s"); at != std::string::npos)
            check.replace(at, 2, text);
        return check;
    };

    const auto expression = matchExpression(m_db, words);
    if (!expression)
        return std::vector<SearchHit>{};
    const std::string &fts = *expression;
    // Three plans, by how many messages the words match (all of them are listed when few enough):
    // - few: join them with their rows and sort by time;
    // - many: walk messages newest first, keeping those in the list, until LIMIT;
    // - most: walk newest first asking the index about each message (it takes only a few per hit).
    std::vector<std::int64_t> matched;
    bool walkByTime = true;
    bool walkWithList = false;
    if (!fts.empty()) {
        auto list = m_db.prepare("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?1 AND rowid > ?2" +
                                 checkPhrases("text") + " LIMIT ?3");
        list.bind(1, fts).bind(2, std::int64_t(0)).bind(3, kSortLimit + 1);
        if (!phrases.empty())
            list.bind(9, phraseSpec);
        if (!list.valid())
            return Error{"search failed: " + m_db.lastError()};
        matched = collectIds(list);
        walkByTime = matched.size() > static_cast<std::size_t>(kSortLimit);
        if (walkByTime) {
            // The first matches in id order tell how dense they are: list the rest only when there
            // are not too many to list.
            auto last = m_db.prepare("SELECT MAX(id) FROM messages");
            const double maxId = last.step() ? static_cast<double>(last.columnInt(0)) : 0;
            const double estimate = static_cast<double>(matched.size()) * maxId /
                                    static_cast<double>(std::max<std::int64_t>(1, matched.back()));
            if (estimate <= kListLimit) {
                list.reset();
                list.bind(1, fts).bind(2, matched.back()).bind(3, kListLimit + 1 - static_cast<int>(matched.size()));
                if (!phrases.empty())
                    list.bind(9, phraseSpec);
                for (auto more = collectIds(list); const auto id : more)
                    matched.push_back(id);
                walkWithList = matched.size() <= static_cast<std::size_t>(kListLimit);
            }
        }
        if (walkWithList && !std::is_sorted(matched.begin(), matched.end()))
            std::sort(matched.begin(), matched.end());
    }

    std::string sql = walkByTime ? "SELECT m.id FROM messages m WHERE 1"
                                 : "SELECT m.id FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                                   "WHERE messages_fts MATCH ?1";
    if (walkByTime && !walkWithList && !fts.empty())
        sql += " AND EXISTS (SELECT 1 FROM messages_fts WHERE messages_fts MATCH ?1 AND messages_fts.rowid = m.id)";
    if (!walkWithList && !fts.empty())
        sql += checkPhrases("m.text"); // a listed match was checked when it was listed
    // With from: and in: both, walk the index of whichever names fewer messages; SQLite, without
    // statistics, would take the author's even when the conversation is a hundred times smaller.
    bool byConversation = true;
    if (!authors.empty() && !conversations.empty()) {
        const auto count = [&](const char *column, const std::vector<std::int64_t> &ids) {
            auto counted = m_db.prepare(std::string("SELECT COUNT(*) FROM messages WHERE ") + column + " IN (" +
                                        idList(ids) + ")");
            return counted.step() ? counted.columnInt(0) : 0;
        };
        byConversation = count("conversation_id", conversations) <= count("author_id", authors);
    }
    if (!authors.empty())
        sql += std::string(" AND ") + (byConversation && !conversations.empty() ? "+" : "") + "m.author_id IN (" +
               idList(authors) + ")";
    if (!conversations.empty())
        sql += std::string(" AND ") + (byConversation ? "" : "+") + "m.conversation_id IN (" + idList(conversations) +
               ")";
    if (query.afterMs)
        sql += " AND m.ts_ms >= ?2";
    if (query.beforeMs)
        sql += " AND m.ts_ms < ?3";
    sql += " ORDER BY m.ts_ms DESC, m.id DESC";
    if (!walkWithList)
        sql += " LIMIT ?4";
    auto statement = m_db.prepare(sql);
    if (!statement.valid())
        return Error{"search failed: " + m_db.lastError()};
    if (!fts.empty() && !walkWithList) {
        statement.bind(1, fts);
        if (!phrases.empty())
            statement.bind(9, phraseSpec);
    }
    statement.bind(2, query.afterMs).bind(3, query.beforeMs);
    if (!walkWithList)
        statement.bind(4, std::int64_t(limit));
    std::vector<std::int64_t> ids;
    if (walkWithList) {
        while (static_cast<int>(ids.size()) < limit && statement.step()) {
            const auto id = statement.columnInt(0);
            if (std::binary_search(matched.begin(), matched.end(), id))
                ids.push_back(id);
        }
    } else {
        ids = collectIds(statement);
    }
    matched = {};

    std::vector<SearchHit> hits;
    hits.reserve(ids.size());
    auto snippet = m_db.prepare("SELECT snippet(messages_fts, 0, char(2), char(3), '…', 16) FROM messages_fts "
                                "WHERE messages_fts MATCH ?1 AND rowid = ?2");
    for (auto &message : messagesByIds(ids)) {
        SearchHit hit{std::move(message), {}};
        if (!snippets) {
            hits.push_back(std::move(hit));
            continue;
        }
        if (!fts.empty()) {
            snippet.bind(1, fts).bind(2, hit.message.id);
            if (snippet.step())
                hit.snippet = snippet.columnText(0);
            snippet.reset();
        }
        if (hit.snippet.empty())
            hit.snippet = hit.message.text;
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace tb::core
