#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class BrowsePage;
}

namespace tb::models {
class ConversationTreeModel;
class MessageListModel;
class ProjectSession;
class SearchResultsModel;
} // namespace tb::models

namespace tb::gui {

// Page 2: conversation tree (left), message view (centre), inspector (right), and the search field
// above them with its results over the tree.
class BrowsePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowsePage)

public:
    explicit BrowsePage(models::ProjectSession *session, QWidget *parent = nullptr);
    ~BrowsePage() override;

    // Opens the conversation that holds the message with MESSAGEKEY and scrolls to it, selected.
    // False when the project has no such message.
    bool showMessage(const QString &messageKey);
    // Puts the keyboard focus in the search field (Ctrl+F).
    void focusSearch();
    // Reads the Browse and Search settings again (after the Settings dialog).
    void applySettings();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpSearch();
    void onTreeLoaded();
    void onTreeCurrentChanged(const QModelIndex &current);
    void onMessagesLoaded();
    void onMessageFocus(const QModelIndex &index);
    void onCurrentMessageChanged(const QModelIndex &current);
    void selectTreeNode(const QModelIndex &index);
    void syncTreeSelection();
    void updateTitle();
    void searchNow();
    void onSearchFinished();
    void openResult(const QModelIndex &result);
    void clearSearch();
    QString currentMessageKey() const;

    std::unique_ptr<Ui::BrowsePage> m_ui;
    models::ProjectSession *m_session;
    models::ConversationTreeModel *m_tree;
    models::MessageListModel *m_messages;
    models::SearchResultsModel *m_search;
    QTimer m_searchDelay;
    bool m_syncingTree = false;
    bool m_openFirstResult = false; // Enter was pressed before the results came
};

} // namespace tb::gui
