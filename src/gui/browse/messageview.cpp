#include "messageview.h"

#include "messagedelegate.h"

#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollBar>

namespace tb::gui {

MessageView::MessageView(QWidget *parent)
    : QTreeView(parent)
    , m_delegate(new MessageDelegate(this))
{
    setObjectName(QStringLiteral("messageView"));
    setItemDelegate(m_delegate);
    setHeaderHidden(true);
    header()->setStretchLastSection(true);
    // Rows differ in height; measuring stays limited to the rows on screen as long as the scroll bar
    // counts rows (per pixel it would need the height of every row) and no column sizes to contents.
    setUniformRowHeights(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setExpandsOnDoubleClick(true);
    setAnimated(false);
    setWordWrap(true);
    setMouseTracking(true);
    // Threads open from their "N replies" link (or Right/Left, or a double click): an expander
    // column would take width from every row and draw the selection beside the day lines.
    setRootIsDecorated(false);
    setIndentation(22);

    connect(m_delegate, &MessageDelegate::threadToggleRequested, this,
        [this](const QModelIndex &index) { setExpanded(index, !isExpanded(index)); });
    // Heights depend on the width: measure again once a resize settles.
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(40);
    connect(&m_relayout, &QTimer::timeout, this, &MessageView::relayout);
}

MessageView::~MessageView() = default;

void MessageView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, m_delegate, &MessageDelegate::clearSizes);
}

void MessageView::focusMessage(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.parent().isValid())
        expand(index.parent());
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MessageView::applySettings()
{
    m_delegate->applySettings();
    relayout();
}

void MessageView::relayout()
{
    m_laidOutWidth = viewport()->width();
    // Forgets the heights the view has kept; they are measured again for the rows on screen.
    const int top = verticalScrollBar()->value();
    doItemsLayout();
    verticalScrollBar()->setValue(top);
}

void MessageView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (viewport()->width() != m_laidOutWidth && model() && model()->rowCount() > 0)
        m_relayout.start();
}

void MessageView::mouseMoveEvent(QMouseEvent *event)
{
    QTreeView::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    const bool onLink = index.isValid() && model()->hasChildren(index)
        && m_delegate->repliesRect(visualRect(index), index).contains(pos);
    viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

} // namespace tb::gui
