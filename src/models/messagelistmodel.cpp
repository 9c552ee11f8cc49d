#include "messagelistmodel.h"

#include "domain/message.h"
#include "projectsession.h"
#include "settings/appsettings.h"
#include "store/store.h"
#include "storeworker.h"

#include <algorithm>

namespace tb::models {

namespace {

// Rows are read in pages of this many ids around the one a view asks for: a screenful or two.
constexpr std::size_t kPageSize = 64;

constexpr quint32 kNonPersonFlags =
    core::MessageFlag::System | core::MessageFlag::Bot | core::MessageFlag::Media | core::MessageFlag::Deleted;

QSet<qint64> toSet(const std::vector<std::int64_t> &ids)
{
    QSet<qint64> set;
    set.reserve(static_cast<qsizetype>(ids.size()));
    for (const auto id : ids)
        set.insert(id);
    return set;
}

std::vector<std::int64_t> withoutId(std::vector<std::int64_t> ids, qint64 id)
{
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
    return ids;
}

} // namespace

struct MessageListModel::Listing {
    quint64 job = 0;
    std::vector<std::int64_t> ids;
    std::vector<core::ThreadSummary> threads;
    qint64 focusId = 0;
    // When the message to show is a reply under one of the top-level rows: that thread's replies.
    qint64 focusRootId = 0;
    std::vector<std::int64_t> focusReplies;
    std::string error;
};

MessageListModel::MessageListModel(ProjectSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_worker(new StoreWorker(this))
    , m_job(std::make_unique<LatestJob>())
{
    connect(session, &ProjectSession::opened, this, [this] {
        m_worker->setPath(m_session->path());
        reloadMe();
    });
    connect(session, &ProjectSession::participantsChanged, this, [this] {
        reloadMe();
        invalidateRows();
    });
    connect(session, &ProjectSession::closed, this, [this] {
        clear();
        m_worker->setPath({});
    });
    if (session->isOpen()) {
        m_worker->setPath(session->path());
        reloadMe();
    }
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::reloadMe()
{
    const core::Store *store = m_session->store();
    m_me = store ? toSet(store->meAuthorIds()) : QSet<qint64>();
    m_bots = store ? toSet(store->botAuthorIds()) : QSet<qint64>();
}

void MessageListModel::invalidateRows()
{
    // Names and marks are part of every row: read the visible ones again.
    m_rows.clear();
    if (!m_ids.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (const auto &[row, children] : m_children) {
        const QModelIndex parent = index(row, 0);
        if (!children.ids.empty())
            Q_EMIT dataChanged(index(0, 0, parent), index(static_cast<int>(children.ids.size()) - 1, 0, parent));
    }
}

void MessageListModel::clear()
{
    m_job->start(); // whatever is on its way is no longer wanted
    beginResetModel();
    m_conversationId = 0;
    m_threadKey.clear();
    m_loading = false;
    m_error.clear();
    m_ids.clear();
    m_threads.clear();
    m_rootByThreadKey.clear();
    m_children.clear();
    m_rows.clear();
    endResetModel();
}

void MessageListModel::reload(const QString &focusKey)
{
    if (m_conversationId != 0)
        showConversation(m_conversationId, m_threadKey, focusKey);
}

void MessageListModel::showConversation(qint64 conversationId, const QString &threadKey, const QString &focusKey)
{
    m_conversationId = conversationId;
    m_threadKey = threadKey;
    m_inline = AppSettings::repliesInline.get();
    m_loading = true;
    const quint64 job = m_job->start();
    const auto wanted = m_job->stillWanted(job);
    const bool threaded = threadKey.isEmpty() && !m_inline;
    const core::ThreadScope scope = !threadKey.isEmpty() ? core::ThreadScope::OneThread
                                    : m_inline           ? core::ThreadScope::All
                                                         : core::ThreadScope::TopLevel;
    m_worker->run<Listing>(
        [job, wanted, conversationId, scope, threaded, thread = threadKey.toStdString(),
         focus = focusKey.toStdString()](const core::Store *store, const std::string &error) {
            Listing listing;
            listing.job = job;
            if (!store) {
                listing.error = error;
                return listing;
            }
            if (!wanted())
                return listing; // superseded while it waited
            listing.ids = store->messageIds(conversationId, scope, thread);
            if (thread.empty()) {
                listing.threads = store->threads(conversationId);
            } else if (const auto root = store->messageByKey(thread)) {
                listing.threads.push_back({thread, root->id, {}, {}, {}, static_cast<std::uint64_t>(listing.ids.size())});
            }
            if (focus.empty())
                return listing;
            const auto message = store->messageByKey(focus);
            if (!message || message->conversationId != conversationId)
                return listing;
            listing.focusId = message->id;
            if (threaded && !message->threadKey.empty() && message->threadKey != message->key) {
                for (const auto &t : listing.threads)
                    if (t.threadKey == message->threadKey && t.rootId != 0) {
                        listing.focusRootId = t.rootId;
                        listing.focusReplies = withoutId(
                            store->messageIds(conversationId, core::ThreadScope::OneThread, t.threadKey), t.rootId);
                    }
            }
            return listing;
        },
        [this](Listing listing) {
            if (m_job->isLatest(listing.job))
                apply(std::move(listing));
        });
}

void MessageListModel::apply(Listing listing)
{
    beginResetModel();
    m_error = QString::fromStdString(listing.error);
    m_ids = std::move(listing.ids);
    m_threads.clear();
    m_rootByThreadKey.clear();
    m_children.clear();
    m_rows.clear();
    for (const auto &t : listing.threads) {
        if (t.rootId == 0)
            continue;
        m_threads[t.rootId] = {QString::fromStdString(t.threadKey), static_cast<int>(t.messages > 0 ? t.messages - 1 : 0)};
        m_rootByThreadKey[t.threadKey] = t.rootId;
    }
    if (listing.focusRootId != 0) {
        const int row = topRowOfId(listing.focusRootId);
        if (row >= 0)
            m_children[row] = {std::move(listing.focusReplies), true, true};
    }
    endResetModel();
    m_loading = false;
    Q_EMIT loaded();
    if (listing.focusId == 0)
        return;
    int row = topRowOfId(listing.focusId);
    if (row >= 0) {
        Q_EMIT focusRequested(index(row, 0));
        return;
    }
    row = topRowOfId(listing.focusRootId);
    const auto children = m_children.find(row);
    if (children == m_children.end())
        return;
    const auto &ids = children->second.ids;
    const auto at = std::find(ids.begin(), ids.end(), listing.focusId);
    if (at != ids.end())
        Q_EMIT focusRequested(index(static_cast<int>(at - ids.begin()), 0, index(row, 0)));
}

bool MessageListModel::showMessage(const QString &key)
{
    const core::Store *store = m_session->store();
    const auto message = store ? store->messageByKey(key.toStdString()) : std::nullopt;
    if (!message)
        return false;
    if (message->conversationId == m_conversationId && !m_loading) {
        const QModelIndex found = indexForKey(key);
        if (found.isValid()) {
            Q_EMIT focusRequested(found);
            return true;
        }
        // A reply whose thread is not expanded yet.
        const auto root = m_rootByThreadKey.find(message->threadKey);
        const int row = root == m_rootByThreadKey.end() ? -1 : topRowOfId(root->second);
        if (m_threadKey.isEmpty() && !m_inline && row >= 0 && !m_children[row].requested) {
            loadChildren(row, key);
            return true;
        }
    }
    // A thread shown alone keeps showing when the message is in it; otherwise the whole conversation.
    const bool inShownThread = message->conversationId == m_conversationId && !m_threadKey.isEmpty()
                               && QString::fromStdString(message->threadKey) == m_threadKey;
    showConversation(message->conversationId, inShownThread ? m_threadKey : QString(), key);
    return true;
}

void MessageListModel::loadChildren(int topRow, const QString &focusKey)
{
    const auto thread = m_threads.find(m_ids[static_cast<std::size_t>(topRow)]);
    if (thread == m_threads.end())
        return;
    m_children[topRow].requested = true;
    const quint64 listing = m_job->current();
    const qint64 conversationId = m_conversationId;
    const qint64 rootId = thread->first;
    m_worker->run<std::vector<std::int64_t>>(
        [conversationId, rootId, threadKey = thread->second.threadKey.toStdString()](const core::Store *store,
                                                                                      const std::string &) {
            if (!store)
                return std::vector<std::int64_t>{};
            return withoutId(store->messageIds(conversationId, core::ThreadScope::OneThread, threadKey), rootId);
        },
        [this, listing, topRow, focusKey](std::vector<std::int64_t> ids) {
            if (m_job->isLatest(listing))
                insertChildren(topRow, std::move(ids), focusKey);
        });
}

void MessageListModel::insertChildren(int topRow, std::vector<std::int64_t> ids, const QString &focusKey)
{
    Children &children = m_children[topRow];
    const QModelIndex parent = index(topRow, 0);
    if (ids.empty()) {
        // The count promised replies that are gone: let the view drop the expander.
        children.loaded = true;
        Q_EMIT layoutAboutToBeChanged({QPersistentModelIndex(parent)});
        Q_EMIT layoutChanged({QPersistentModelIndex(parent)});
        return;
    }
    beginInsertRows(parent, 0, static_cast<int>(ids.size()) - 1);
    children.ids = std::move(ids);
    children.loaded = true;
    endInsertRows();
    if (!focusKey.isEmpty()) {
        const QModelIndex found = indexForKey(focusKey);
        if (found.isValid())
            Q_EMIT focusRequested(found);
    }
}

int MessageListModel::topRowOfId(qint64 id) const
{
    // Ids are in time order, not id order: a scan, about a millisecond for a million rows.
    const auto at = std::find(m_ids.begin(), m_ids.end(), id);
    return at == m_ids.end() ? -1 : static_cast<int>(at - m_ids.begin());
}

QModelIndex MessageListModel::indexForKey(const QString &key) const
{
    const core::Store *store = m_session->store();
    const auto message = store ? store->messageByKey(key.toStdString()) : std::nullopt;
    if (!message || message->conversationId != m_conversationId)
        return {};
    const int row = topRowOfId(message->id);
    if (row >= 0)
        return index(row, 0);
    const auto root = m_rootByThreadKey.find(message->threadKey);
    if (root == m_rootByThreadKey.end())
        return {};
    const int parentRow = topRowOfId(root->second);
    const auto children = m_children.find(parentRow);
    if (children == m_children.end())
        return {};
    const auto &ids = children->second.ids;
    const auto at = std::find(ids.begin(), ids.end(), message->id);
    return at == ids.end() ? QModelIndex() : index(static_cast<int>(at - ids.begin()), 0, index(parentRow, 0));
}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_ids.size()) ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const auto children = m_children.find(parent.row());
    if (children == m_children.end() || row >= static_cast<int>(children->second.ids.size()))
        return {};
    // A child's internal id is its parent's row plus one; top-level rows have 0.
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex MessageListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_ids.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const auto children = m_children.find(parent.row());
    return children == m_children.end() ? 0 : static_cast<int>(children->second.ids.size());
}

int MessageListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool MessageListModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_ids.empty();
    if (parent.internalId() != 0 || parent.column() != 0 || m_inline || !m_threadKey.isEmpty())
        return false;
    const auto children = m_children.find(parent.row());
    if (children != m_children.end() && children->second.loaded)
        return !children->second.ids.empty();
    const auto thread = m_threads.find(m_ids[static_cast<std::size_t>(parent.row())]);
    return thread != m_threads.end() && thread->second.replies > 0;
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || !hasChildren(parent))
        return false;
    const auto children = m_children.find(parent.row());
    return children == m_children.end() || !children->second.requested;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadChildren(parent.row(), {});
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

qint64 MessageListModel::idAt(const QModelIndex &index) const
{
    if (index.internalId() == 0)
        return m_ids[static_cast<std::size_t>(index.row())];
    return m_children.at(static_cast<int>(index.internalId() - 1)).ids[static_cast<std::size_t>(index.row())];
}

const MessageRow *MessageListModel::rowAt(const QModelIndex &index) const
{
    const qint64 id = idAt(index);
    if (const MessageRow *row = m_rows.find(id))
        return row;
    const core::Store *store = m_session->store();
    if (!store)
        return nullptr;
    // Read the page around the row: a view asks for its neighbours next.
    const std::vector<std::int64_t> &list =
        index.internalId() == 0 ? m_ids : m_children.at(static_cast<int>(index.internalId() - 1)).ids;
    const std::size_t first = static_cast<std::size_t>(index.row()) / kPageSize * kPageSize;
    const std::size_t last = std::min(list.size(), first + kPageSize);
    m_rows.read(*store, std::vector<std::int64_t>(list.begin() + static_cast<std::ptrdiff_t>(first),
                                            list.begin() + static_cast<std::ptrdiff_t>(last)));
    return m_rows.find(id);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IdRole)
        return idAt(index);
    if (role == ReplyCountRole) {
        const auto thread = m_threads.find(idAt(index));
        return thread == m_threads.end() ? 0 : thread->second.replies;
    }
    const MessageRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return row->author.isEmpty() ? row->text : row->author + QStringLiteral(": ") + row->text;
    case KeyRole:
        return row->key;
    case AuthorRole:
        return row->author;
    case AuthorKeyRole:
        return row->authorKey;
    case TimestampRole:
        return row->timestampMs ? QVariant(*row->timestampMs) : QVariant();
    case TextRole:
        return row->text;
    case RawTextRole:
        return row->rawText;
    case FlagsRole:
        return row->flags;
    case IsMeRole:
        return row->authorId != 0 && m_me.contains(row->authorId);
    case IsBotAuthorRole:
        return row->authorId != 0 && m_bots.contains(row->authorId);
    case IsNonPersonRole:
        return (row->flags & kNonPersonFlags) != 0 || (row->authorId != 0 && m_bots.contains(row->authorId));
    case ThreadKeyRole:
        return row->threadKey;
    case ReplyToKeyRole:
        return row->replyToKey;
    case IsReplyRole:
        return !row->threadKey.isEmpty() && row->threadKey != row->key;
    case OriginRole:
        return row->origin;
    case ConversationKeyRole:
        return row->conversationKey;
    case ConversationNameRole:
        return row->conversationName;
    case ConversationIdRole:
        return row->conversationId;
    default:
        return {};
    }
}

} // namespace tb::models
