// Store::search: plans each query by how common its words are (see store.h).
#include "messagerows.h"
#include "store.h"

#include <string>
#include <vector>

namespace tb::core {

namespace {

// Up to this many matches are joined and sorted by time; beyond it, walking messages newest first
// and testing each against the index reaches LIMIT hits sooner. Both cost about 10 ms here on a
// million-message project.
constexpr int kSortLimit = 20000;

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
    for (const auto id : ids)
        list += (list.empty() ? "" : ",") + std::to_string(id);
    return list;
}

std::vector<std::int64_t> collectIds(sql::Statement &statement)
{
    std::vector<std::int64_t> ids;
    while (statement.step())
        ids.push_back(statement.columnInt(0));
    return ids;
}

} // namespace

Result<std::vector<SearchHit>> Store::search(const SearchQuery &query, int limit) const
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

    const std::string fts = query.ftsExpression();
    bool walkByTime = true;
    if (!fts.empty()) {
        auto count = m_db.prepare("SELECT COUNT(*) FROM (SELECT 1 FROM messages_fts WHERE messages_fts MATCH ?1 LIMIT ?2)");
        count.bind(1, fts).bind(2, kSortLimit + 1);
        if (!count.step())
            return Error{"search failed: " + m_db.lastError()};
        walkByTime = count.columnInt(0) > kSortLimit;
    }

    std::string sql = walkByTime ? "SELECT m.id FROM messages m WHERE 1"
                                 : "SELECT m.id FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                                   "WHERE messages_fts MATCH ?1";
    if (walkByTime && !fts.empty())
        sql += " AND EXISTS (SELECT 1 FROM messages_fts WHERE messages_fts MATCH ?1 AND messages_fts.rowid = m.id)";
    if (!authors.empty())
        sql += " AND m.author_id IN (" + idList(authors) + ")";
    if (!conversations.empty())
        sql += " AND m.conversation_id IN (" + idList(conversations) + ")";
    if (query.afterMs)
        sql += " AND m.ts_ms >= ?2";
    if (query.beforeMs)
        sql += " AND m.ts_ms < ?3";
    sql += " ORDER BY m.ts_ms DESC, m.id DESC LIMIT ?4";
    auto statement = m_db.prepare(sql);
    if (!statement.valid())
        return Error{"search failed: " + m_db.lastError()};
    if (!fts.empty())
        statement.bind(1, fts);
    statement.bind(2, query.afterMs).bind(3, query.beforeMs).bind(4, std::int64_t(limit));
    const auto ids = collectIds(statement);

    std::vector<SearchHit> hits;
    hits.reserve(ids.size());
    auto snippet = m_db.prepare("SELECT snippet(messages_fts, 0, char(2), char(3), '…', 16) FROM messages_fts "
                                "WHERE messages_fts MATCH ?1 AND rowid = ?2");
    for (auto &message : messagesByIds(ids)) {
        SearchHit hit{std::move(message), {}};
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
