#pragma once

#include <QStyledItemDelegate>

namespace tb::gui {

// One search hit: author, conversation and date over the matching passage, the matched words marked.
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    explicit SearchResultDelegate(QObject *parent = nullptr);
    ~SearchResultDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet without its \x02 \x03 markers, and where the marked words are in it.
    struct Marked {
        QString text;
        QList<QPair<int, int>> matches; // start, length
    };
    static Marked parseSnippet(const QString &snippet);
};

} // namespace tb::gui
