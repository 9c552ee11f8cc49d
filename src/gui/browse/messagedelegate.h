#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QTextLayout;
class QTreeView;

namespace tb::gui {

// Draws one message of the message view: author (the "me" author marked), local time, the text
// wrapped to the view's width, dimmed when no person wrote it, a day line where a new day starts and
// a "N replies" link on a thread's first message. Heights are measured only for the rows the view
// shows, and kept per row and width.
class MessageDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)

public:
    explicit MessageDelegate(QTreeView *view);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // Reads the Browse settings again (clock, dimming) and forgets every measured height.
    void applySettings();
    void clearSizes() { m_heights.clear(); }
    // Where the "N replies" link of INDEX is drawn inside RECT (empty when it has none).
    QRect repliesRect(const QRect &rect, const QModelIndex &index) const;

Q_SIGNALS:
    // The "N replies" link was clicked.
    void threadToggleRequested(const QModelIndex &index);

private:
    struct Geometry;
    Geometry layout(const QFont &font, int width, const QModelIndex &index) const;
    int contentWidth(const QModelIndex &index) const;

    QTreeView *m_view;
    bool m_use24Hour = true;
    bool m_dim = true;
    // Row id → height at a width and reply count: the view asks again on every scroll.
    struct Measured {
        int width = 0;
        int replies = 0;
        int height = 0;
    };
    mutable QHash<qint64, Measured> m_heights;
};

} // namespace tb::gui
