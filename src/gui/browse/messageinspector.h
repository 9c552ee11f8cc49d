#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

#include <memory>

namespace Ui {
class MessageInspector;
}

namespace tb::gui {

// The Browse page's right pane: everything the project stores about the selected message (raw text,
// key, origin in the export, UTC and local time, flags, author and conversation keys, reply-to and
// thread), with a way to jump to the message it answers and to its thread.
class MessageInspector final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageInspector)

public:
    explicit MessageInspector(QWidget *parent = nullptr);
    ~MessageInspector() override;

    // Shows the message at INDEX of a MessageListModel (an invalid index clears the pane).
    void showMessage(const QModelIndex &index);
    // Reads the shown message again (its row changed: a new name, a "me" mark).
    void refresh();

Q_SIGNALS:
    // The user asked to see another message: the one replied to, or the thread's first.
    void messageRequested(const QString &key);

private:
    std::unique_ptr<Ui::MessageInspector> m_ui;
    QPersistentModelIndex m_index;
};

} // namespace tb::gui
