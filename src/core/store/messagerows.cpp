#include "messagerows.h"

namespace tb::core::rows {

StoredMessage readMessage(const sql::Statement &row, int first)
{
    StoredMessage m;
    m.id = row.columnInt(first + 0);
    m.key = row.columnText(first + 1);
    m.conversationKey = row.columnText(first + 2);
    m.conversationName = row.columnText(first + 3);
    m.authorKey = row.columnText(first + 4);
    m.authorName = row.columnText(first + 5);
    m.timestampMs = row.columnOptionalInt(first + 6);
    m.text = row.columnText(first + 7);
    m.rawText = row.columnText(first + 8);
    m.replyToKey = row.columnText(first + 9);
    m.threadKey = row.columnText(first + 10);
    m.flags = static_cast<std::uint32_t>(row.columnInt(first + 11));
    m.origin = row.columnText(first + 12);
    m.conversationId = row.columnInt(first + 13);
    m.authorId = row.columnInt(first + 14);
    return m;
}

} // namespace tb::core::rows
