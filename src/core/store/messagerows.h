#pragma once

#include "sqlite.h"
#include "store.h"

// The one way the store turns a messages row into a StoredMessage, shared by its query files.
namespace tb::core::rows {

// Select these (from messages m joined with kMessageJoins) and read them with readMessage().
inline constexpr const char *kMessageColumns =
    "m.id, m.key, c.key, c.name, COALESCE(p.key, ''), COALESCE(p.custom_name, p.display_name, ''), m.ts_ms, "
    "m.text, COALESCE(m.raw_text, m.text), COALESCE(m.reply_to_key, ''), COALESCE(m.thread_key, ''), m.flags, "
    "COALESCE(m.origin, ''), m.conversation_id, COALESCE(m.author_id, 0)";
inline constexpr int kMessageColumnCount = 15;

inline constexpr const char *kMessageJoins =
    " JOIN conversations c ON c.id = m.conversation_id LEFT JOIN participants p ON p.id = m.author_id";

StoredMessage readMessage(const sql::Statement &row, int first = 0);

} // namespace tb::core::rows
