#pragma once

#include "messagelisting.h"
#include "messagerowcache.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <unordered_map>
#include <vector>

namespace tb::core {
class Store;
struct ThreadSummary;
} // namespace tb::core

namespace tb::models {

class ProjectSession;
class StoreWorker;
class LatestJob;

// The messages of one conversation (or one thread) for the message view, over any number of rows:
// it holds their ids (read off the GUI thread) and reads the rows a view asks for by id, a page at a
// time, keeping a bounded number. Threads are expandable: top-level messages with each thread's
// replies as children, listed when a thread is expanded; or, with repliesInline, one flat list.
class MessageListModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 row id
        KeyRole,
        AuthorRole, // display name ("" when the export names nobody)
        AuthorKeyRole,
        TimestampRole, // qint64 UTC ms, invalid when unknown
        TextRole,
        RawTextRole,
        FlagsRole, // core::MessageFlag bits
        IsMeRole, // written by the participant(s) chosen as "me"
        IsBotAuthorRole, // written by a participant the export or the user calls a bot
        IsNonPersonRole, // system, bot, media or deleted: drawn dimmed
        ThreadKeyRole,
        ReplyToKeyRole,
        ReplyCountRole, // replies of a thread's first message, else 0
        IsReplyRole, // in a thread, not its first message
        OriginRole,
        ConversationKeyRole,
        ConversationNameRole,
        ConversationIdRole,
    };

    explicit MessageListModel(ProjectSession *session, QObject *parent = nullptr);
    ~MessageListModel() override;

    // Lists a conversation (THREADKEY empty) or one thread of it; FOCUSKEY, when given, is the message
    // to show once the rows are in (see focusRequested). Reads off the GUI thread: loaded() follows,
    // for a conversation twice: its first rows, then all of them (isLoading() false).
    void showConversation(qint64 conversationId, const QString &threadKey = {}, const QString &focusKey = {});
    // Finds the message with KEY and shows it, loading its conversation (and expanding its thread)
    // as needed; focusRequested() follows. False when the project has no such message.
    bool showMessage(const QString &key);
    void clear();
    // Reads the conversation again (after the "replies inline" setting changed), keeping FOCUSKEY in view.
    void reload(const QString &focusKey = {});

    qint64 conversationId() const { return m_conversationId; }
    QString threadKey() const { return m_threadKey; }
    bool isLoading() const { return m_loading; }
    bool repliesInline() const { return m_inline; }
    QString errorString() const { return m_error; }
    // The index of the message with KEY among the rows loaded (OPENTHREAD: listing the replies of its
    // thread when it is one), or invalid.
    QModelIndex indexForKey(const QString &key, bool openThread = false);
    int rowForKey(const QString &key) { return indexForKey(key).row(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The rows of the conversation asked for are in (or the read failed: errorString()).
    void loaded();
    // The message a showConversation/showMessage asked for is in; the view selects it.
    void focusRequested(const QModelIndex &index);

private:
    using Thread = MessageListing::Thread;

    void reloadMe();
    void apply(MessageListing listing, const QString &focusKey);
    void appendRest(MessageListing listing);
    void setThreads(MessageListing &listing);
    // Lists a thread's replies under its first message (they are in memory since the load).
    void insertChildren(int topRow);
    void invalidateRows();
    qint64 idAt(const QModelIndex &index) const;
    const MessageRow *rowAt(const QModelIndex &index) const;
    int topRowOfId(qint64 id) const;

    ProjectSession *m_session;
    StoreWorker *m_worker;
    std::unique_ptr<LatestJob> m_job;
    // What is shown (or being read): a conversation or one of its threads.
    qint64 m_conversationId = 0;
    QString m_threadKey;
    bool m_inline = false;
    bool m_loading = false; // until the whole conversation is listed
    quint64 m_headJob = 0; // the job whose first rows are shown, the rest on its way
    QString m_error;
    std::vector<std::int64_t> m_ids; // top-level rows
    std::vector<bool> m_hasReplies; // per top-level row
    std::unordered_map<qint64, Thread> m_threads; // by the id of the thread's first message
    std::unordered_map<std::string, qint64> m_rootByThreadKey;
    std::unordered_map<int, std::vector<std::int64_t>> m_children; // expanded threads, by top-level row
    QSet<qint64> m_me;
    QSet<qint64> m_bots;
    mutable MessageRowCache m_rows;
};

} // namespace tb::models
