#include "messagelistmodel.h"

#include "domain/message.h"
#include "messagelisting.h"
#include "projectsession.h"
#include "settings/appsettings.h"
#include "store/store.h"
#include "storeworker.h"

#include <algorithm>

namespace tb::models {

namespace {

// Rows are read in pages of this many ids around the one a view asks for: a screenful or two.
constexpr std::size_t kPageSize = 64;
// A large conversation shows this many rows first, while the rest is read.
constexpr std::size_t kHeadRows = 1000;

constexpr quint32 kNonPersonFlags
    = core::MessageFlag::System | core::MessageFlag::Bot | core::MessageFlag::Media | core::MessageFlag::Deleted;

QSet<qint64> toSet(const std::vector<std::int64_t> &ids)
{
    QSet<qint64> set;
    set.reserve(static_cast<qsizetype>(ids.size()));
    for (const auto id : ids)
        set.insert(id);
    return set;
}

} // namespace

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
        if (!children.empty())
            Q_EMIT dataChanged(index(0, 0, parent), index(static_cast<int>(children.size()) - 1, 0, parent));
    }
}

void MessageListModel::clear()
{
    m_job->start(); // whatever is on its way is no longer wanted
    m_headJob = 0;
    beginResetModel();
    m_conversationId = 0;
    m_threadKey.clear();
    m_loading = false;
    m_error.clear();
    m_ids.clear();
    m_hasReplies.clear();
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
    if (threadKey.isEmpty() && focusKey.isEmpty()) {
        // A million-message channel takes a second to list: its first screens show meanwhile.
        m_worker->run<MessageListing>(
            [job, wanted, conversationId, inlineReplies = m_inline](const core::Store *store, const std::string &) {
                MessageListing head;
                if (store && wanted())
                    head = MessageListing::head(*store, conversationId, inlineReplies, kHeadRows);
                head.job = job;
                head.complete = false;
                return head;
            },
            [this](MessageListing head) {
                if (m_job->isLatest(head.job) && m_loading && !head.ids.empty())
                    apply(std::move(head), {});
            });
    }
    m_worker->run<MessageListing>(
        [job, wanted, conversationId, inlineReplies = m_inline, thread = threadKey.toStdString(),
            focus = focusKey.toStdString()](const core::Store *store, const std::string &error) {
            MessageListing listing;
            if (!store)
                listing.error = error;
            else if (wanted()) // else superseded while it waited
                listing = MessageListing::read(*store, conversationId, thread, inlineReplies, focus);
            listing.job = job;
            return listing;
        },
        [this, focusKey](MessageListing listing) {
            if (m_job->isLatest(listing.job))
                apply(std::move(listing), focusKey);
        });
}

void MessageListModel::apply(MessageListing listing, const QString &focusKey)
{
    const bool extendsHead = listing.complete && m_headJob == listing.job && listing.ids.size() >= m_ids.size()
        && std::equal(m_ids.begin(), m_ids.end(), listing.ids.begin());
    if (extendsHead) {
        appendRest(std::move(listing));
        return;
    }
    m_headJob = listing.complete ? 0 : listing.job;
    beginResetModel();
    m_error = QString::fromStdString(listing.error);
    m_ids = std::move(listing.ids);
    m_children.clear();
    m_rows.clear();
    setThreads(listing);
    endResetModel();
    m_loading = !listing.complete;
    Q_EMIT loaded();
    if (listing.focusId == 0)
        return;
    // A reply is shown with its thread open.
    const QModelIndex found = indexForKey(focusKey, true);
    if (found.isValid())
        Q_EMIT focusRequested(found);
}

void MessageListModel::appendRest(MessageListing listing)
{
    m_headJob = 0;
    setThreads(listing);
    const std::size_t head = m_ids.size();
    if (listing.ids.size() > head) {
        beginInsertRows({}, static_cast<int>(head), static_cast<int>(listing.ids.size()) - 1);
        m_ids = std::move(listing.ids);
        endInsertRows();
    }
    // The first rows learn how many replies they have.
    for (std::size_t row = 0; row < head; ++row)
        if (m_threads.count(m_ids[row]))
            Q_EMIT dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), 0));
    m_loading = false;
    Q_EMIT loaded();
}

void MessageListModel::setThreads(MessageListing &listing)
{
    // Swapped, not copied: the old ones go with LISTING (freed after the view is told).
    std::swap(m_hasReplies, listing.hasReplies);
    std::swap(m_threads, listing.threadsByRoot);
    std::swap(m_rootByThreadKey, listing.rootByThreadKey);
}

bool MessageListModel::showMessage(const QString &key)
{
    const core::Store *store = m_session->store();
    const auto message = store ? store->messageByKey(key.toStdString()) : std::nullopt;
    if (!message)
        return false;
    if (message->conversationId == m_conversationId && !m_loading) {
        const QModelIndex found = indexForKey(key, true);
        if (found.isValid()) {
            Q_EMIT focusRequested(found);
            return true;
        }
    }
    // A thread shown alone keeps showing when the message is in it; otherwise the whole conversation.
    const bool inShownThread = message->conversationId == m_conversationId && !m_threadKey.isEmpty()
        && QString::fromStdString(message->threadKey) == m_threadKey;
    showConversation(message->conversationId, inShownThread ? m_threadKey : QString(), key);
    return true;
}

void MessageListModel::insertChildren(int topRow)
{
    const auto thread = m_threads.find(m_ids[static_cast<std::size_t>(topRow)]);
    if (thread == m_threads.end() || thread->second.replyIds.empty() || m_children.count(topRow))
        return;
    beginInsertRows(index(topRow, 0), 0, static_cast<int>(thread->second.replyIds.size()) - 1);
    m_children[topRow] = thread->second.replyIds;
    endInsertRows();
}

int MessageListModel::topRowOfId(qint64 id) const
{
    // Ids are in time order, not id order: a scan, about a millisecond for a million rows.
    const auto at = std::find(m_ids.begin(), m_ids.end(), id);
    return at == m_ids.end() ? -1 : static_cast<int>(at - m_ids.begin());
}

QModelIndex MessageListModel::indexForKey(const QString &key, bool openThread)
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
    if (parentRow < 0)
        return {};
    if (openThread)
        insertChildren(parentRow);
    const auto children = m_children.find(parentRow);
    if (children == m_children.end())
        return {};
    const auto &ids = children->second;
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
    if (children == m_children.end() || row >= static_cast<int>(children->second.size()))
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
    return children == m_children.end() ? 0 : static_cast<int>(children->second.size());
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
    const auto row = static_cast<std::size_t>(parent.row());
    return row < m_hasReplies.size() && m_hasReplies[row];
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && hasChildren(parent) && !m_children.count(parent.row());
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views ask while they handle another change of the model: insert once that is over.
    const int row = parent.row();
    const quint64 listing = m_job->current();
    QMetaObject::invokeMethod(
        this,
        [this, row, listing] {
            if (m_job->isLatest(listing) && row < static_cast<int>(m_ids.size()))
                insertChildren(row);
        },
        Qt::QueuedConnection);
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
    return m_children.at(static_cast<int>(index.internalId() - 1))[static_cast<std::size_t>(index.row())];
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
    const std::vector<std::int64_t> &list
        = index.internalId() == 0 ? m_ids : m_children.at(static_cast<int>(index.internalId() - 1));
    const std::size_t first = static_cast<std::size_t>(index.row()) / kPageSize * kPageSize;
    const std::size_t last = std::min(list.size(), first + kPageSize);
    m_rows.read(*store,
        std::vector<std::int64_t>(
            list.begin() + static_cast<std::ptrdiff_t>(first), list.begin() + static_cast<std::ptrdiff_t>(last)));
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
