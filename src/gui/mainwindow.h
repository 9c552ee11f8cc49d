#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListView;
class QPlainTextEdit;

namespace tb::core {
class Store;
}
namespace tb::models {
class ConversationListModel;
}

namespace tb::gui {

// The workbench window. In this first slice: a project's conversations and the messages of the one
// selected; the Import/Browse/Participants pages grow from here.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the project at PATH; false (with a message box) when it cannot be opened.
    bool openProject(const QString &path);

private:
    void showConversation(const QModelIndex &index);

    std::unique_ptr<core::Store> m_store;
    models::ConversationListModel *m_conversations = nullptr;
    QListView *m_conversationView = nullptr;
    QPlainTextEdit *m_messageView = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace tb::gui
