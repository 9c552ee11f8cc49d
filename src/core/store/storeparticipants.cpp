// Store's Participants page: the listing with message counts per source, and the user's edits
// (name, "me", bot mark, aliases), each one transaction.
#include "store.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <set>

namespace tb::core {

namespace {

std::string idList(const std::set<std::int64_t> &ids)
{
    std::string list;
    for (const auto id : ids)
        list += (list.empty() ? "" : ",") + std::to_string(id);
    return list;
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::size_t codePoints(const std::string &utf8)
{
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

constexpr std::size_t kMaxNameLength = 200;

struct ParticipantRow {
    std::string name;
    std::optional<std::int64_t> aliasOf;
};

std::optional<ParticipantRow> readParticipant(const sql::Database &db, std::int64_t id)
{
    auto query = db.prepare("SELECT COALESCE(custom_name, display_name), alias_of FROM participants WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return ParticipantRow{query.columnText(0), query.columnOptionalInt(1)};
}

Error busy(const std::string &path, const sql::Database &db, const std::string &what)
{
    return Error{path + ": the project is busy (" + db.lastError() + "), so " + what +
                 " was not saved; close other programs using it and try again"};
}

Error missing(const std::string &path, std::int64_t id)
{
    return Error{path + ": participant #" + std::to_string(id) +
                 " is no longer in the project (an import may have been undone); reopen the project to see who is"};
}

} // namespace

std::uint64_t ParticipantInfo::messages() const
{
    std::uint64_t total = 0;
    for (const auto &source : sources)
        total += source.messages;
    return total;
}

std::vector<ParticipantInfo> Store::participants(ParticipantCounts counts) const
{
    auto people = m_db.prepare(
        "SELECT p.id, p.key, p.display_name, p.custom_name, p.handle, COALESCE(p.bot_override, p.is_bot), "
        "p.bot_override IS NOT NULL, p.is_me, p.alias_of, i.source_id "
        "FROM participants p LEFT JOIN imports i ON i.id = p.import_id ORDER BY p.id");
    std::vector<ParticipantInfo> out;
    std::map<std::int64_t, std::int64_t> declaredIn; // participant -> the source whose import listed them
    while (people.step()) {
        ParticipantInfo p;
        p.id = people.columnInt(0);
        p.key = people.columnText(1);
        p.displayName = people.columnText(2);
        if (!people.columnIsNull(3))
            p.customName = people.columnText(3);
        p.handle = people.columnText(4);
        p.isBot = people.columnInt(5) != 0;
        p.botOverridden = people.columnInt(6) != 0;
        p.isMe = people.columnInt(7) != 0;
        p.aliasOf = people.columnOptionalInt(8);
        if (const auto source = people.columnOptionalInt(9))
            declaredIn[p.id] = *source;
        out.push_back(std::move(p));
    }
    if (counts == ParticipantCounts::Skip)
        return out;

    // Read from the (author, time, conversation) index alone, counted here rather than by a GROUP BY
    // over author and conversation, which that index's order cannot give and SQLite would sort for.
    std::unordered_map<std::int64_t, std::int64_t> sourceOf; // conversation -> source
    auto conversations = m_db.prepare("SELECT id, source_id FROM conversations WHERE source_id IS NOT NULL");
    while (conversations.step())
        sourceOf.emplace(conversations.columnInt(0), conversations.columnInt(1));
    std::map<std::int64_t, std::map<std::int64_t, std::uint64_t>> perSource; // author -> source -> messages
    auto rows = m_db.prepare("SELECT author_id, conversation_id FROM messages WHERE author_id IS NOT NULL");
    std::int64_t lastAuthor = 0, lastConversation = 0;
    std::uint64_t *lastCount = nullptr; // the count of (lastAuthor, lastConversation's source)
    while (rows.step()) {
        const std::int64_t author = rows.columnInt(0), conversation = rows.columnInt(1);
        if (!lastCount || author != lastAuthor || conversation != lastConversation) {
            const auto source = sourceOf.find(conversation);
            lastCount = source == sourceOf.end() ? nullptr : &perSource[author][source->second];
            lastAuthor = author;
            lastConversation = conversation;
            if (!lastCount)
                continue;
        }
        ++*lastCount;
    }
    std::map<std::int64_t, std::vector<ParticipantSourceCount>> written;
    for (const auto &[author, sources] : perSource) {
        for (const auto &[source, n] : sources)
            written[author].push_back({source, n});
    }
    for (auto &p : out) {
        if (const auto it = written.find(p.id); it != written.end())
            p.sources = std::move(it->second);
        // Listed by an export without a message in it: they still appear in that source.
        if (const auto it = declaredIn.find(p.id); it != declaredIn.end()) {
            const bool present = std::any_of(p.sources.begin(), p.sources.end(),
                                             [&](const ParticipantSourceCount &s) { return s.sourceId == it->second; });
            if (!present)
                p.sources.push_back({it->second, 0});
        }
        std::sort(p.sources.begin(), p.sources.end(),
            [](const ParticipantSourceCount &a, const ParticipantSourceCount &b) { return a.sourceId < b.sourceId; });
    }
    return out;
}

Result<Ok> Store::setMe(std::int64_t id, bool me)
{
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return busy(m_path, m_db, "marking who is you");
    auto update = m_db.prepare("UPDATE participants SET is_me = ?2 WHERE id = ?1");
    if (!update.bind(1, id).bind(2, me ? 1 : 0).exec())
        return Error{m_path + ": cannot mark who is you (" + m_db.lastError() + "); is the disk full?"};
    if (m_db.changes() == 0)
        return missing(m_path, id);
    if (!transaction.commit())
        return Error{m_path + ": cannot save who is you (" + m_db.lastError() + "); is the disk full?"};
    return Ok{};
}

Result<Ok> Store::setBotOverride(std::int64_t id, std::optional<bool> bot)
{
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return busy(m_path, m_db, "the bot mark");
    auto update = m_db.prepare("UPDATE participants SET bot_override = ?2 WHERE id = ?1");
    update.bind(1, id);
    if (bot)
        update.bind(2, *bot ? 1 : 0);
    else
        update.bindNull(2);
    if (!update.exec())
        return Error{m_path + ": cannot mark the bot (" + m_db.lastError() + "); is the disk full?"};
    if (m_db.changes() == 0)
        return missing(m_path, id);
    if (!transaction.commit())
        return Error{m_path + ": cannot save the bot mark (" + m_db.lastError() + "); is the disk full?"};
    return Ok{};
}

Result<Ok> Store::setCustomName(std::int64_t id, const std::optional<std::string> &name)
{
    std::optional<std::string> clean;
    if (name) {
        clean = trimmed(*name);
        if (clean->empty())
            return Error{"a name cannot be empty; clear the name to go back to the one in the export"};
        if (clean->find_first_of("\r\n") != std::string::npos)
            return Error{"a name must fit on one line; remove the line break"};
        if (codePoints(*clean) > kMaxNameLength)
            return Error{"a name can have at most " + std::to_string(kMaxNameLength) + " characters; shorten it"};
    }
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return busy(m_path, m_db, "the name");
    auto update = m_db.prepare("UPDATE participants SET custom_name = ?2 WHERE id = ?1");
    update.bind(1, id);
    if (clean)
        update.bind(2, std::string_view(*clean));
    else
        update.bindNull(2);
    if (!update.exec())
        return Error{m_path + ": cannot rename participant #" + std::to_string(id) + " (" + m_db.lastError() +
                     "); is the disk full?"};
    if (m_db.changes() == 0)
        return missing(m_path, id);
    if (!transaction.commit())
        return Error{m_path + ": cannot save the name (" + m_db.lastError() + "); is the disk full?"};
    return Ok{};
}

Result<Ok> Store::setAliasOf(std::int64_t id, std::optional<std::int64_t> target)
{
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return busy(m_path, m_db, "the merge");
    const auto self = readParticipant(m_db, id);
    if (!self)
        return missing(m_path, id);
    std::optional<std::int64_t> root;
    if (target) {
        const auto other = readParticipant(m_db, *target);
        if (!other)
            return missing(m_path, *target);
        root = other->aliasOf.value_or(*target);
        // Already the same person: merging again would only loop.
        if (*root == self->aliasOf.value_or(id))
            return Ok{};
    }
    // Whoever was merged into ID follows it, so that every link still names a root.
    auto update = m_db.prepare(target ? "UPDATE participants SET alias_of = ?2 WHERE id = ?1 OR alias_of = ?1"
                                      : "UPDATE participants SET alias_of = NULL WHERE id = ?1");
    update.bind(1, id);
    if (root)
        update.bind(2, *root);
    if (!update.exec() || !transaction.commit())
        return Error{m_path + ": cannot save that “" + self->name + "” is " +
                     (target ? "the same person as someone else" : "a person of their own") + " (" +
                     m_db.lastError() + "); is the disk full?"};
    return Ok{};
}

Result<Ok> Store::mergeParticipants(const std::vector<std::int64_t> &ids, std::int64_t keep)
{
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return busy(m_path, m_db, "the merge");
    std::set<std::int64_t> roots;
    std::vector<std::int64_t> everyone = ids;
    everyone.push_back(keep);
    for (const auto id : everyone) {
        const auto p = readParticipant(m_db, id);
        if (!p)
            return missing(m_path, id);
        roots.insert(p->aliasOf.value_or(id));
    }
    const std::string groups = idList(roots);
    auto detach = m_db.prepare("UPDATE participants SET alias_of = NULL WHERE id = ?1");
    auto join = m_db.prepare("UPDATE participants SET alias_of = ?1 WHERE id <> ?1 AND (id IN (" + groups +
                             ") OR alias_of IN (" + groups + "))");
    if (!detach.bind(1, keep).exec() || !join.bind(1, keep).exec() || !transaction.commit())
        return Error{m_path + ": cannot merge the participants (" + m_db.lastError() + "); is the disk full?"};
    return Ok{};
}

std::vector<AliasLink> Store::aliasLinks(const std::vector<std::int64_t> &ids) const
{
    std::set<std::int64_t> roots;
    for (const auto id : ids) {
        if (const auto p = readParticipant(m_db, id))
            roots.insert(p->aliasOf.value_or(id));
    }
    std::vector<AliasLink> out;
    if (roots.empty())
        return out;
    const std::string groups = idList(roots);
    auto query = m_db.prepare("SELECT id, alias_of FROM participants WHERE id IN (" + groups + ") OR alias_of IN (" +
                              groups + ") ORDER BY id");
    while (query.step())
        out.push_back({query.columnInt(0), query.columnOptionalInt(1)});
    return out;
}

Result<Ok> Store::setAliasLinks(const std::vector<AliasLink> &links)
{
    sql::Transaction transaction(m_db);
    if (!transaction.began())
        return busy(m_path, m_db, "the merge");
    auto update = m_db.prepare("UPDATE participants SET alias_of = ?2 WHERE id = ?1");
    for (const auto &link : links) {
        if (!update.bind(1, link.id).bind(2, link.aliasOf).exec())
            return Error{m_path + ": cannot change who is the same person (" + m_db.lastError() + ")"};
        if (m_db.changes() == 0)
            return missing(m_path, link.id);
    }
    // Checked on the whole table: a link elsewhere may name one of these as its root.
    auto broken = m_db.prepare(
        "SELECT 1 FROM participants a LEFT JOIN participants b ON b.id = a.alias_of "
        "WHERE a.alias_of IS NOT NULL AND (b.id IS NULL OR b.alias_of IS NOT NULL OR a.alias_of = a.id) LIMIT 1");
    if (broken.step())
        return Error{m_path + ": those aliases would make a chain or a loop of people; nothing was changed"};
    broken.reset();
    if (!transaction.commit())
        return Error{m_path + ": cannot save who is the same person (" + m_db.lastError() + "); is the disk full?"};
    return Ok{};
}

} // namespace tb::core
