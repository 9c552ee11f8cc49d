#include "conversationtreemodel.h"

#include "conversationlabels.h"
#include "projectsession.h"
#include "storeworker.h"

#include <QFileInfo>
#include <QLocale>

#include <map>

namespace tb::models {

struct ConversationTreeModel::Node {
    NodeType type = NodeType::Source;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    QString name;
    QString toolTip;
    quint64 count = 0;
    qint64 sourceId = 0;
    qint64 conversationId = 0;
    QString conversationKey;
    QString threadKey;
    bool mayHaveThreads = false;
    bool threadsRequested = false;
    bool threadsLoaded = false;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

ConversationTreeModel::ConversationTreeModel(ProjectSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_worker(new StoreWorker(this))
    , m_root(std::make_unique<Node>())
{
    connect(session, &ProjectSession::opened, this, [this] {
        m_worker->setPath(m_session->path());
        reload();
    });
    connect(session, &ProjectSession::contentChanged, this, &ConversationTreeModel::reload);
    connect(session, &ProjectSession::participantsChanged, this, &ConversationTreeModel::refreshThreadAuthors);
    connect(session, &ProjectSession::closed, this, [this] {
        clear();
        m_worker->setPath({});
    });
    if (session->isOpen()) {
        m_worker->setPath(session->path());
        reload();
    }
}

ConversationTreeModel::~ConversationTreeModel() = default;

void ConversationTreeModel::reload()
{
    m_loading = true;
    const quint64 generation = ++m_generation;
    m_worker->run<Snapshot>(
        [](const core::Store *store, const std::string &error) {
            if (!store)
                return Snapshot { {}, {}, error };
            return Snapshot { store->sources(), store->conversationNodes(), {} };
        },
        [this, generation](Snapshot snapshot) {
            if (generation != m_generation)
                return;
            beginResetModel();
            build(snapshot);
            endResetModel();
            m_loading = false;
            m_error = QString::fromStdString(snapshot.error);
            Q_EMIT loaded();
        });
}

void ConversationTreeModel::clear()
{
    ++m_generation;
    m_loading = false;
    m_error.clear();
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void ConversationTreeModel::build(const Snapshot &snapshot)
{
    m_root = std::make_unique<Node>();
    std::map<qint64, Node *> sourceNodes;
    std::map<qint64, std::string> formats;
    const auto addSource = [&](qint64 id, const QString &name, const QString &tip) {
        auto node = std::make_unique<Node>();
        node->type = NodeType::Source;
        node->sourceId = id;
        node->name = name;
        node->toolTip = tip;
        sourceNodes[id] = m_root->add(std::move(node));
    };
    for (const auto &source : snapshot.sources) {
        const QString path = QString::fromStdString(source.path);
        QString fileName = QFileInfo(path).fileName();
        if (fileName.isEmpty())
            fileName = path;
        addSource(source.id, labels::formatName(source.format) + QStringLiteral(" — ") + fileName, path);
        formats[source.id] = source.format;
    }

    // Scenes go under their episode when it is there; everything else under its kind.
    std::map<qint64, Node *> conversations;
    std::map<std::pair<qint64, int>, std::vector<std::unique_ptr<Node>>> byKind;
    std::vector<std::pair<qint64, std::unique_ptr<Node>>> scenes;
    for (const auto &c : snapshot.conversations) {
        auto node = std::make_unique<Node>();
        node->type = NodeType::Conversation;
        node->sourceId = c.sourceId;
        node->conversationId = c.id;
        node->conversationKey = QString::fromStdString(c.key);
        node->name = c.name.empty() ? node->conversationKey : QString::fromStdString(c.name);
        node->toolTip = node->conversationKey;
        node->count = c.messages;
        node->mayHaveThreads = labels::formatHasThreads(formats[c.sourceId]);
        conversations[c.id] = node.get();
        if (c.kind == core::ConversationKind::Scene && c.parentId != 0)
            scenes.emplace_back(c.parentId, std::move(node));
        else
            byKind[{ c.sourceId, static_cast<int>(c.kind) }].push_back(std::move(node));
    }
    for (auto &[parentId, scene] : scenes) {
        const auto parent = conversations.find(parentId);
        if (parent != conversations.end() && parent->second->type == NodeType::Conversation) {
            parent->second->count += scene->count;
            parent->second->add(std::move(scene));
        } else {
            byKind[{ scene->sourceId, static_cast<int>(core::ConversationKind::Scene) }].push_back(std::move(scene));
        }
    }
    for (auto &[key, nodes] : byKind) {
        if (!sourceNodes.count(key.first))
            addSource(key.first, tr("Conversations without a source"), {});
    }
    for (auto &[sourceId, sourceNode] : sourceNodes) {
        for (const auto kind : labels::kKindOrder) {
            const auto found = byKind.find({ sourceId, static_cast<int>(kind) });
            if (found == byKind.end())
                continue;
            auto kindNode = std::make_unique<Node>();
            kindNode->type = NodeType::Kind;
            kindNode->sourceId = sourceId;
            kindNode->name = labels::kindGroupName(kind);
            for (auto &conversation : found->second) {
                kindNode->count += conversation->count;
                kindNode->add(std::move(conversation));
            }
            sourceNode->count += kindNode->count;
            sourceNode->add(std::move(kindNode));
        }
    }
}

void ConversationTreeModel::insertThreads(qint64 conversationId, std::vector<core::ThreadSummary> threads)
{
    auto *node = const_cast<Node *>(findConversation(conversationId));
    if (!node || node->threadsLoaded)
        return;
    node->threadsLoaded = true;
    const QModelIndex parent = indexOf(node);
    if (threads.empty()) {
        // The view drew an expander on the promise of threads; let it see there are none.
        Q_EMIT layoutAboutToBeChanged({ QPersistentModelIndex(parent) });
        Q_EMIT layoutChanged({ QPersistentModelIndex(parent) });
        Q_EMIT threadsLoaded(parent);
        return;
    }
    const int first = static_cast<int>(node->children.size());
    beginInsertRows(parent, first, first + static_cast<int>(threads.size()) - 1);
    for (const auto &thread : threads) {
        auto child = std::make_unique<Node>();
        child->type = NodeType::Thread;
        child->sourceId = node->sourceId;
        child->conversationId = conversationId;
        child->conversationKey = node->conversationKey;
        child->threadKey = QString::fromStdString(thread.threadKey);
        child->name = labels::threadName(thread);
        child->toolTip = labels::threadToolTip(thread);
        child->count = thread.messages;
        node->add(std::move(child));
    }
    endInsertRows();
    Q_EMIT threadsLoaded(parent);
}

void ConversationTreeModel::refreshThreadAuthors()
{
    // Same threads, new names: read them again for every conversation that shows its threads.
    std::vector<qint64> shown;
    for (const auto &source : m_root->children)
        for (const auto &kind : source->children)
            for (const auto &conversation : kind->children)
                if (conversation->threadsLoaded)
                    shown.push_back(conversation->conversationId);
    const quint64 generation = m_generation;
    for (const qint64 id : shown) {
        m_worker->run<Threads>(
            [id](const core::Store *store, const std::string &error) {
                return store ? Threads { store->threads(id), {} } : Threads { {}, error };
            },
            [this, generation, id](Threads answer) {
                const Node *node = generation == m_generation ? findConversation(id) : nullptr;
                if (!node)
                    return;
                std::map<QString, const core::ThreadSummary *> byKey;
                for (const auto &thread : answer.threads)
                    byKey[QString::fromStdString(thread.threadKey)] = &thread;
                for (const auto &child : node->children) {
                    const auto found = byKey.find(child->threadKey);
                    if (child->type == NodeType::Thread && found != byKey.end())
                        child->name = labels::threadName(*found->second);
                }
                if (!node->children.empty())
                    Q_EMIT dataChanged(
                        indexOf(node->children.front().get()), indexOf(node->children.back().get(), CountColumn));
            });
    }
}

ConversationTreeModel::Node *ConversationTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ConversationTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

const ConversationTreeModel::Node *ConversationTreeModel::findConversation(qint64 conversationId) const
{
    // A few hundred conversations: a walk is cheaper than keeping a map in step with the tree.
    for (const auto &source : m_root->children)
        for (const auto &kind : source->children)
            for (const auto &conversation : kind->children) {
                if (conversation->conversationId == conversationId)
                    return conversation.get();
                for (const auto &scene : conversation->children)
                    if (scene->type == NodeType::Conversation && scene->conversationId == conversationId)
                        return scene.get();
            }
    return nullptr;
}

QModelIndex ConversationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, column, node->children[static_cast<std::size_t>(row)].get());
}

QModelIndex ConversationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ConversationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ConversationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ConversationTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->children.empty() || (node->mayHaveThreads && !node->threadsLoaded);
}

bool ConversationTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->type == NodeType::Conversation && node->mayHaveThreads && !node->threadsRequested;
}

void ConversationTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    node->threadsRequested = true;
    const qint64 id = node->conversationId;
    const quint64 generation = m_generation;
    m_worker->run<Threads>(
        [id](const core::Store *store, const std::string &error) {
            return store ? Threads { store->threads(id), {} } : Threads { {}, error };
        },
        [this, generation, id](Threads answer) {
            if (generation != m_generation)
                return;
            if (!answer.error.empty())
                m_error = QString::fromStdString(answer.error);
            insertThreads(id, std::move(answer.threads));
        });
}

QVariant ConversationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(node->name) : QVariant(QLocale().toString(node->count));
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case NodeTypeRole:
        return static_cast<int>(node->type);
    case ConversationIdRole:
        return node->conversationId ? QVariant(node->conversationId) : QVariant();
    case ConversationKeyRole:
        return node->conversationKey.isEmpty() ? QVariant() : QVariant(node->conversationKey);
    case ThreadKeyRole:
        return node->threadKey.isEmpty() ? QVariant() : QVariant(node->threadKey);
    case MessageCountRole:
        return QVariant::fromValue(node->count);
    case SourceIdRole:
        return node->sourceId;
    default:
        return {};
    }
}

Qt::ItemFlags ConversationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->children.empty() && !(node->mayHaveThreads && !node->threadsLoaded))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QModelIndex ConversationTreeModel::conversationIndex(qint64 conversationId) const
{
    return indexOf(findConversation(conversationId));
}

QModelIndex ConversationTreeModel::threadIndex(qint64 conversationId, const QString &threadKey) const
{
    const Node *conversation = findConversation(conversationId);
    if (!conversation)
        return {};
    for (const auto &child : conversation->children)
        if (child->type == NodeType::Thread && child->threadKey == threadKey)
            return indexOf(child.get());
    return {};
}

QModelIndex ConversationTreeModel::firstConversation() const
{
    for (const auto &source : m_root->children)
        for (const auto &kind : source->children)
            if (!kind->children.empty())
                return indexOf(kind->children.front().get());
    return {};
}

} // namespace tb::models
