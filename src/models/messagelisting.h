#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace tb::core {
class Store;
}

namespace tb::models {

// What the message view lists, read on a worker thread for MessageListModel: the top-level ids and
// the threads with their replies, ready to be swapped into the model (a million-message channel
// has tens of thousands of threads: nothing of that is built on the GUI thread).
struct MessageListing {
    struct Thread {
        QString threadKey;
        int replies = 0;
        std::vector<std::int64_t> replyIds; // empty when one thread is listed alone
    };

    quint64 job = 0;
    std::vector<std::int64_t> ids;
    bool complete = true; // false: only the first rows, without threads (the rest follows)
    std::vector<bool> hasReplies; // per id: a thread's first message with replies
    std::unordered_map<qint64, Thread> threadsByRoot;
    std::unordered_map<std::string, qint64> rootByThreadKey;
    qint64 focusId = 0; // the id of the message to show, when it is in the listing
    std::string error;

    // The first LIMIT rows of a conversation, without threads: shown while the rest is read.
    static MessageListing head(const core::Store &store, qint64 conversationId, bool repliesInline, std::size_t limit);
    // A whole conversation (THREADKEY empty: top level with each thread's replies, or every message
    // with REPLIESINLINE) or one thread of it; focusId is set for FOCUSKEY.
    static MessageListing read(const core::Store &store, qint64 conversationId, const std::string &threadKey,
        bool repliesInline, const std::string &focusKey);
};

} // namespace tb::models
