#include "messagerowcache.h"

#include "store/store.h"

namespace tb::models {

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

} // namespace

MessageRowCache::MessageRowCache(qsizetype capacity)
    : m_rows(capacity)
{
}

const MessageRow *MessageRowCache::find(qint64 id) const
{
    return m_rows.object(id);
}

void MessageRowCache::read(const core::Store &store, const std::vector<std::int64_t> &ids)
{
    std::vector<std::int64_t> missing;
    missing.reserve(ids.size());
    for (const qint64 id : ids)
        if (!m_rows.contains(id))
            missing.push_back(id);
    if (missing.empty())
        return;
    for (const auto &m : store.messagesByIds(missing)) {
        auto *row = new MessageRow;
        row->id = m.id;
        row->conversationId = m.conversationId;
        row->authorId = m.authorId;
        row->key = text(m.key);
        row->authorKey = text(m.authorKey);
        row->author = text(m.authorName);
        row->conversationKey = text(m.conversationKey);
        row->conversationName = text(m.conversationName);
        row->text = text(m.text);
        row->rawText = text(m.rawText);
        row->replyToKey = text(m.replyToKey);
        row->threadKey = text(m.threadKey);
        row->origin = text(m.origin);
        row->timestampMs = m.timestampMs;
        row->flags = m.flags;
        m_rows.insert(row->id, row);
    }
}

} // namespace tb::models
