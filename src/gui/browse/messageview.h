#pragma once

#include <QTimer>
#include <QTreeView>

namespace tb::gui {

class MessageDelegate;

// The message view: a tree (threads expand under their first message) that measures only the rows
// it shows, so a conversation of a million messages opens and scrolls like a short one. A QListView
// with rows of different heights would lay out every row first.
class MessageView final : public QTreeView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageView)

public:
    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    void setModel(QAbstractItemModel *model) override;
    MessageDelegate *messageDelegate() const { return m_delegate; }
    // Selects INDEX (expanding its thread) and scrolls it into the middle of the view.
    void focusMessage(const QModelIndex &index);
    // Reads the Browse settings again and measures the rows anew.
    void applySettings();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void relayout();

    MessageDelegate *m_delegate;
    QTimer m_relayout;
    int m_laidOutWidth = 0;
};

} // namespace tb::gui
