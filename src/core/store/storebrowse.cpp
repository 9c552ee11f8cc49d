// Store's reading side for the Browse page: sources, conversations, threads and messages by id.
#include "messagerows.h"
#include "store.h"

#include <unordered_map>

namespace tb::core {

bool Store::hasMessages() const
{
    auto query = m_db.prepare("SELECT EXISTS (SELECT 1 FROM messages)");
    return query.step() && query.columnInt(0) == 1;
}

std::vector<SourceSummary> Store::sources() const
{
    auto query = m_db.prepare("SELECT id, path, format FROM sources ORDER BY id");
    std::vector<SourceSummary> out;
    while (query.step())
        out.push_back({query.columnInt(0), query.columnText(1), query.columnText(2)});
    return out;
}

std::vector<ConversationNode> Store::conversationNodes() const
{
    // One pass over the conversation index counts every conversation at once.
    auto query = m_db.prepare(
        "SELECT c.id, c.key, c.name, c.kind, COALESCE(c.parent_id, 0), COALESCE(c.source_id, 0), COALESCE(n.count, 0) "
        "FROM conversations c LEFT JOIN (SELECT conversation_id, COUNT(*) AS count FROM messages "
        "GROUP BY conversation_id) n ON n.conversation_id = c.id "
        "ORDER BY c.source_id, COALESCE(n.count, 0) DESC, c.name");
    std::vector<ConversationNode> out;
    while (query.step())
        out.push_back({query.columnInt(0), query.columnText(1), query.columnText(2),
                       conversationKindFromString(query.columnText(3)), query.columnInt(4), query.columnInt(5),
                       static_cast<std::uint64_t>(query.columnInt(6))});
    return out;
}

std::vector<ThreadSummary> Store::threads(std::int64_t conversationId) const
{
    auto query = m_db.prepare(
        "SELECT t.thread_key, COALESCE(r.id, 0), COALESCE(r.text, ''), "
        "COALESCE(p.custom_name, p.display_name, ''), t.first_ms, t.count FROM "
        "(SELECT thread_key, MIN(ts_ms) AS first_ms, COUNT(*) AS count FROM messages "
        " WHERE conversation_id = ?1 AND thread_key IS NOT NULL GROUP BY thread_key) t "
        "LEFT JOIN messages r ON r.key = t.thread_key LEFT JOIN participants p ON p.id = r.author_id "
        "ORDER BY t.first_ms, t.thread_key");
    query.bind(1, conversationId);
    std::vector<ThreadSummary> out;
    while (query.step())
        out.push_back({query.columnText(0), query.columnInt(1), query.columnText(2), query.columnText(3),
                       query.columnOptionalInt(4), static_cast<std::uint64_t>(query.columnInt(5))});
    return out;
}

std::vector<std::int64_t> Store::messageIds(std::int64_t conversationId, ThreadScope scope,
                                            const std::string &threadKey, std::size_t limit) const
{
    std::string sql = "SELECT m.id FROM messages m WHERE m.conversation_id = ?1";
    if (scope == ThreadScope::TopLevel)
        sql += " AND (m.thread_key IS NULL OR m.thread_key = m.key OR "
               "NOT EXISTS (SELECT 1 FROM messages r WHERE r.key = m.thread_key))";
    else if (scope == ThreadScope::OneThread)
        sql += " AND m.thread_key = ?2";
    sql += " ORDER BY m.ts_ms, m.id";
    if (limit > 0)
        sql += " LIMIT " + std::to_string(limit);
    auto query = m_db.prepare(sql);
    query.bind(1, conversationId);
    if (scope == ThreadScope::OneThread)
        query.bind(2, threadKey);
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.columnInt(0));
    return ids;
}

ConversationOutline Store::conversationOutline(std::int64_t conversationId, bool repliesInline) const
{
    auto query = m_db.prepare("SELECT id, thread_key, thread_key = key, ts_ms FROM messages WHERE conversation_id = ?1 "
                              "ORDER BY ts_ms, id");
    query.bind(1, conversationId);
    ConversationOutline out;
    std::unordered_map<std::string, std::size_t> threadOf;
    // Replies, with how many listed messages come before them: those of a thread whose first message
    // is nowhere in the project are listed after all (as messageIds does), found only at the end.
    struct Reply {
        std::size_t before;
        std::int64_t id;
        std::size_t thread;
    };
    std::vector<Reply> replies;
    while (query.step()) {
        const std::int64_t id = query.columnInt(0);
        if (query.columnIsNull(1)) {
            out.ids.push_back(id);
            continue;
        }
        auto [at, added] = threadOf.try_emplace(query.columnText(1), out.threads.size());
        if (added) {
            out.threads.push_back({at->first, 0, {}, {}, query.columnOptionalInt(3), 0});
            out.replies.emplace_back();
        }
        ThreadSummary &thread = out.threads[at->second];
        ++thread.messages;
        if (query.columnInt(2) != 0) {
            thread.rootId = id;
            out.ids.push_back(id);
            continue;
        }
        out.replies[at->second].push_back(id);
        if (repliesInline)
            out.ids.push_back(id);
        else
            replies.push_back({out.ids.size(), id, at->second});
    }
    if (repliesInline || replies.empty())
        return out;
    std::vector<bool> orphan(out.threads.size(), false);
    auto root = m_db.prepare("SELECT 1 FROM messages WHERE key = ?1");
    bool anyOrphan = false;
    for (std::size_t i = 0; i < out.threads.size(); ++i) {
        if (out.threads[i].rootId != 0)
            continue;
        root.bind(1, out.threads[i].threadKey);
        orphan[i] = !root.step();
        anyOrphan = anyOrphan || orphan[i];
        root.reset();
    }
    if (!anyOrphan)
        return out;
    std::vector<std::int64_t> merged;
    merged.reserve(out.ids.size() + replies.size());
    std::size_t next = 0;
    for (const auto &reply : replies) {
        if (!orphan[reply.thread])
            continue;
        while (next < reply.before)
            merged.push_back(out.ids[next++]);
        merged.push_back(reply.id);
    }
    while (next < out.ids.size())
        merged.push_back(out.ids[next++]);
    out.ids = std::move(merged);
    return out;
}

std::vector<StoredMessage> Store::messagesByIds(const std::vector<std::int64_t> &ids) const
{
    auto query = m_db.prepare(std::string("SELECT ") + rows::kMessageColumns + " FROM messages m" + rows::kMessageJoins +
                              " WHERE m.id = ?1");
    std::vector<StoredMessage> out;
    out.reserve(ids.size());
    for (const auto id : ids) {
        query.bind(1, id);
        if (query.step())
            out.push_back(rows::readMessage(query));
        query.reset();
    }
    return out;
}

std::optional<StoredMessage> Store::messageByKey(const std::string &key) const
{
    auto query = m_db.prepare(std::string("SELECT ") + rows::kMessageColumns + " FROM messages m" + rows::kMessageJoins +
                              " WHERE m.key = ?1");
    query.bind(1, key);
    if (!query.step())
        return std::nullopt;
    return rows::readMessage(query);
}

std::vector<std::int64_t> Store::meAuthorIds() const
{
    // Aliases point at one participant (alias_of); "me" covers that whole group.
    auto query = m_db.prepare(
        "WITH me(id) AS (SELECT id FROM participants WHERE is_me = 1), "
        "roots(id) AS (SELECT COALESCE(p.alias_of, p.id) FROM participants p JOIN me USING(id)) "
        "SELECT id FROM participants WHERE id IN me OR id IN roots OR alias_of IN me OR alias_of IN roots "
        "ORDER BY id");
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.columnInt(0));
    return ids;
}

std::vector<std::int64_t> Store::botAuthorIds() const
{
    auto query = m_db.prepare("SELECT id FROM participants WHERE COALESCE(bot_override, is_bot) = 1 ORDER BY id");
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.columnInt(0));
    return ids;
}

} // namespace tb::core
