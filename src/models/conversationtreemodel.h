#pragma once

#include "store/store.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace tb::models {

class ProjectSession;
class StoreWorker;

// The Browse page's left pane: source ▸ kind ▸ conversation ▸ thread, with message counts (column 1).
// Sources and conversations are read off the GUI thread when the project opens or changes (their
// counts grow with the project); a conversation's threads only when it is expanded (fetchMore).
class ConversationTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationTreeModel)

public:
    enum class NodeType { Source, Kind, Conversation, Thread };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // NodeType as int
        ConversationIdRole, // qint64, on conversations and threads
        ConversationKeyRole,
        ThreadKeyRole, // threads only
        MessageCountRole, // quint64
        SourceIdRole,
    };
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit ConversationTreeModel(ProjectSession *session, QObject *parent = nullptr);
    ~ConversationTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool isLoading() const { return m_loading; }
    // The conversation node with this id, or invalid (also while loading).
    QModelIndex conversationIndex(qint64 conversationId) const;
    // The thread node, or invalid while the conversation's threads are not loaded (see fetchMore).
    QModelIndex threadIndex(qint64 conversationId, const QString &threadKey) const;
    // The first conversation in tree order, or invalid when the project has none.
    QModelIndex firstConversation() const;
    // Why the last read failed, or empty.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // The project's sources and conversations are in (after open, an import, or a failure).
    void loaded();
    // A conversation's threads are in, after fetchMore.
    void threadsLoaded(const QModelIndex &conversation);

private:
    struct Node;
    struct Snapshot {
        std::vector<core::SourceSummary> sources;
        std::vector<core::ConversationNode> conversations;
        std::string error;
    };
    struct Threads {
        std::vector<core::ThreadSummary> threads;
        std::string error;
    };

    void reload();
    void clear();
    void build(const Snapshot &snapshot);
    void insertThreads(qint64 conversationId, std::vector<core::ThreadSummary> threads);
    void refreshThreadAuthors();
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    const Node *findConversation(qint64 conversationId) const;

    ProjectSession *m_session;
    StoreWorker *m_worker;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0; // a reload makes thread answers for the old tree stale
    bool m_loading = false;
    QString m_error;
};

} // namespace tb::models
