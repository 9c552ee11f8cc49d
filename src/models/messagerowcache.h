#pragma once

#include <QCache>
#include <QString>

#include <optional>
#include <vector>

namespace tb::core {
class Store;
}

namespace tb::models {

// One message as the views show it: the store's row, converted once.
struct MessageRow {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 authorId = 0;
    QString key;
    QString authorKey;
    QString author;
    QString conversationKey;
    QString conversationName;
    QString text;
    QString rawText;
    QString replyToKey;
    QString threadKey;
    QString origin;
    std::optional<qint64> timestampMs;
    quint32 flags = 0;
};

// The rows a view has shown lately, by id: a bounded number, the least recently used dropped first,
// so that memory does not grow with the conversation however far one scrolls.
class MessageRowCache {
public:
    explicit MessageRowCache(qsizetype capacity = 4000);

    // The row, or null when it is not cached. The pointer lives until the next read().
    const MessageRow *find(qint64 id) const;
    // Reads those of IDS that are not cached from STORE, in one go.
    void read(const core::Store &store, const std::vector<std::int64_t> &ids);
    void clear() { m_rows.clear(); }
    qsizetype size() const { return m_rows.size(); }

private:
    mutable QCache<qint64, MessageRow> m_rows;
};

} // namespace tb::models
