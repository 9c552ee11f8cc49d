#include "messagelisting.h"

#include "store/store.h"

#include <unordered_set>

namespace tb::models {

namespace {

void addThreads(MessageListing &listing, const std::vector<core::ThreadSummary> &threads,
    std::vector<std::vector<std::int64_t>> replies)
{
    std::unordered_set<std::int64_t> roots;
    for (std::size_t i = 0; i < threads.size(); ++i) {
        const auto &t = threads[i];
        if (t.rootId == 0)
            continue;
        MessageListing::Thread &thread = listing.threadsByRoot[t.rootId];
        thread.threadKey = QString::fromStdString(t.threadKey);
        thread.replies = static_cast<int>(t.messages > 0 ? t.messages - 1 : 0);
        if (i < replies.size())
            thread.replyIds = std::move(replies[i]);
        listing.rootByThreadKey[t.threadKey] = t.rootId;
        if (!thread.replyIds.empty())
            roots.insert(t.rootId);
    }
    // A view asks every row whether it has children: answered from this, not from a map per row.
    listing.hasReplies.reserve(listing.ids.size());
    for (const auto id : listing.ids)
        listing.hasReplies.push_back(!roots.empty() && roots.count(id) > 0);
}

} // namespace

MessageListing MessageListing::head(
    const core::Store &store, qint64 conversationId, bool repliesInline, std::size_t limit)
{
    MessageListing listing;
    listing.complete = false;
    listing.ids = store.messageIds(
        conversationId, repliesInline ? core::ThreadScope::All : core::ThreadScope::TopLevel, {}, limit);
    return listing;
}

MessageListing MessageListing::read(const core::Store &store, qint64 conversationId, const std::string &threadKey,
    bool repliesInline, const std::string &focusKey)
{
    MessageListing listing;
    if (threadKey.empty()) {
        auto outline = store.conversationOutline(conversationId, repliesInline);
        listing.ids = std::move(outline.ids);
        addThreads(listing, outline.threads, std::move(outline.replies));
    } else {
        listing.ids = store.messageIds(conversationId, core::ThreadScope::OneThread, threadKey);
        std::vector<core::ThreadSummary> threads;
        if (const auto root = store.messageByKey(threadKey))
            threads.push_back({ threadKey, root->id, {}, {}, {}, static_cast<std::uint64_t>(listing.ids.size()) });
        addThreads(listing, threads, {});
    }
    if (!focusKey.empty()) {
        const auto message = store.messageByKey(focusKey);
        if (message && message->conversationId == conversationId)
            listing.focusId = message->id;
    }
    return listing;
}

} // namespace tb::models
