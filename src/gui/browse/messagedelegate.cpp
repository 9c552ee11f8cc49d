#include "messagedelegate.h"

#include "browsecolors.h"
#include "domain/message.h"
#include "models/messagelistmodel.h"
#include "models/settings/appsettings.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

#include <memory>

namespace tb::gui {

using models::MessageListModel;

namespace {

constexpr int kMarkerWidth = 4;
constexpr int kPadX = 12;
constexpr int kPadY = 6;
constexpr int kLineGap = 2;
// Beyond this a message is cut short in the view (the inspector shows all of it): a pasted log of
// 40,000 characters must not make one row taller than the screen or slow every paint.
constexpr int kMaxLines = 24;
constexpr int kMaxChars = 4000;

QString timeText(qint64 ms, bool use24Hour, bool withDate)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime();
    QString text = local.toString(use24Hour ? QStringLiteral("HH:mm") : QStringLiteral("h:mm AP"));
    if (withDate)
        text = QLocale().toString(local.date(), QLocale::ShortFormat) + QStringLiteral(", ") + text;
    return text;
}

QDate localDate(const QVariant &ms)
{
    return ms.isValid() ? QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toLocalTime().date() : QDate();
}

QString badges(const QModelIndex &index)
{
    const quint32 flags = index.data(MessageListModel::FlagsRole).toUInt();
    QStringList words;
    if (index.parent().isValid() == false && index.data(MessageListModel::IsReplyRole).toBool())
        words << MessageDelegate::tr("↳ reply in a thread");
    if (flags & core::MessageFlag::System)
        words << MessageDelegate::tr("system");
    if ((flags & core::MessageFlag::Bot) || index.data(MessageListModel::IsBotAuthorRole).toBool())
        words << MessageDelegate::tr("bot");
    if (flags & core::MessageFlag::Media)
        words << MessageDelegate::tr("media");
    if (flags & core::MessageFlag::Edited)
        words << MessageDelegate::tr("edited");
    if (flags & core::MessageFlag::Deleted)
        words << MessageDelegate::tr("deleted");
    if (flags & core::MessageFlag::Retweet)
        words << MessageDelegate::tr("repost");
    return words.join(QStringLiteral(" · "));
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}

} // namespace

// Where everything of one row goes, in the row's own coordinates (x from the content's left edge).
struct MessageDelegate::Geometry {
    int height = 0;
    int separatorHeight = 0;
    QString separator;
    int headerTop = 0;
    int headerHeight = 0;
    QString author;
    QString time;
    QString badges;
    int textTop = 0;
    std::unique_ptr<QTextLayout> text;
    int textHeight = 0;
    bool cut = false;
    bool empty = false;
    int repliesTop = 0;
    QString replies;
};

MessageDelegate::MessageDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    applySettings();
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::applySettings()
{
    m_use24Hour = models::AppSettings::use24HourClock.get();
    m_dim = models::AppSettings::dimNonPersonMessages.get();
    m_heights.clear();
}

int MessageDelegate::contentWidth(const QModelIndex &index) const
{
    const int levels = (index.parent().isValid() ? 1 : 0) + (m_view->rootIsDecorated() ? 1 : 0);
    const int column = m_view->columnWidth(0) > 0 ? m_view->columnWidth(0) : m_view->viewport()->width();
    return qMax(120, column - levels * m_view->indentation());
}

MessageDelegate::Geometry MessageDelegate::layout(const QFont &font, int width, const QModelIndex &index) const
{
    Geometry g;
    const QFontMetrics bold(boldFont(font));
    const QFontMetrics small(smallFont(font));
    const QVariant ms = index.data(MessageListModel::TimestampRole);
    const bool reply = index.parent().isValid();

    // A day line above the first message of each day (top level; replies carry their date).
    if (!reply) {
        const QDate day = localDate(ms);
        const QDate before = index.row() > 0
            ? localDate(index.siblingAtRow(index.row() - 1).data(MessageListModel::TimestampRole))
            : QDate();
        if (day.isValid() && day != before) {
            g.separator = QLocale().toString(day, QLocale::LongFormat);
            g.separatorHeight = small.height() + 14;
        }
    }

    g.author = index.data(MessageListModel::AuthorRole).toString();
    if (g.author.isEmpty())
        g.author = (index.data(MessageListModel::FlagsRole).toUInt() & core::MessageFlag::System) ? tr("System")
                                                                                                  : tr("(no author)");
    if (ms.isValid()) {
        const QDate parentDay = reply ? localDate(index.parent().data(MessageListModel::TimestampRole)) : QDate();
        g.time = timeText(ms.toLongLong(), m_use24Hour, reply && parentDay != localDate(ms));
    } else {
        g.time = tr("no time");
    }
    g.badges = badges(index);
    g.headerTop = g.separatorHeight + kPadY;
    g.headerHeight = qMax(bold.height(), small.height());

    QString text = index.data(MessageListModel::TextRole).toString();
    g.empty = text.trimmed().isEmpty();
    if (g.empty)
        text = tr("(no text)");
    if (text.size() > kMaxChars) {
        text.truncate(kMaxChars);
        g.cut = true;
    }
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    g.textTop = g.headerTop + g.headerHeight + kLineGap;
    g.text = std::make_unique<QTextLayout>(text, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    g.text->setTextOption(wrap);
    g.text->beginLayout();
    const int lineWidth = qMax(40, width - kMarkerWidth - 2 * kPadX);
    qreal y = 0;
    for (int lines = 0;; ++lines) {
        QTextLine line = g.text->createLine();
        if (!line.isValid())
            break;
        if (lines == kMaxLines) {
            g.cut = true;
            line.setNumColumns(0);
            break;
        }
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    g.text->endLayout();
    g.textHeight = qCeil(y);
    int bottom = g.textTop + g.textHeight;
    if (g.cut)
        bottom += small.height();

    const int replies = index.data(MessageListModel::ReplyCountRole).toInt();
    if (replies > 0 && !reply) {
        g.repliesTop = bottom + kLineGap + 1;
        g.replies = replies == 1 ? tr("1 reply") : tr("%1 replies").arg(replies);
        bottom = g.repliesTop + small.height();
    }
    g.height = bottom + kPadY;
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = contentWidth(index);
    const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
    const int replies = index.data(MessageListModel::ReplyCountRole).toInt();
    const auto cached = m_heights.constFind(id);
    if (cached != m_heights.cend() && cached->width == width && cached->replies == replies)
        return { width, cached->height };
    const int height = layout(option.font, width, index).height;
    if (m_heights.size() > 20000)
        m_heights.clear(); // bounded: a few screens' worth is all that is ever asked again
    m_heights.insert(id, { width, replies, height });
    return { width, height };
}

QRect MessageDelegate::repliesRect(const QRect &rect, const QModelIndex &index) const
{
    if (index.parent().isValid() || index.data(MessageListModel::ReplyCountRole).toInt() <= 0)
        return {};
    const Geometry g = layout(m_view->font(), rect.width(), index);
    const QFontMetrics small(smallFont(m_view->font()));
    const int width = small.horizontalAdvance(g.replies + QStringLiteral(" ▾")) + 8;
    return { rect.left() + kMarkerWidth + kPadX - 4, rect.top() + g.repliesTop - 2, width, small.height() + 4 };
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Geometry g = layout(option.font, option.rect.width(), index);
    const BrowseColors colors(option.palette);
    const bool selected = option.state & QStyle::State_Selected;
    const bool me = index.data(MessageListModel::IsMeRole).toBool();
    const bool dim = m_dim && index.data(MessageListModel::IsNonPersonRole).toBool();
    const QRect rect = option.rect;
    const QRect body = rect.adjusted(0, g.separatorHeight, 0, 0);
    painter->save();

    if (!g.separator.isEmpty()) {
        const QFont font = smallFont(option.font);
        const QFontMetrics metrics(font);
        const int y = rect.top() + g.separatorHeight / 2;
        const int textWidth = metrics.horizontalAdvance(g.separator) + 20;
        const int mid = rect.left() + rect.width() / 2;
        painter->setPen(colors.rule);
        painter->drawLine(rect.left() + kPadX, y, mid - textWidth / 2, y);
        painter->drawLine(mid + textWidth / 2, y, rect.right() - kPadX, y);
        painter->setFont(font);
        painter->setPen(colors.meta);
        painter->drawText(
            QRect(mid - textWidth / 2, rect.top(), textWidth, g.separatorHeight), Qt::AlignCenter, g.separator);
    }

    // The style draws selection and hover; the "me" tint goes under everything else.
    QStyleOptionViewItem panel(option);
    initStyleOption(&panel, index);
    panel.rect = body;
    panel.text.clear();
    panel.state &= ~QStyle::State_HasFocus;
    if (me && !selected)
        painter->fillRect(body, colors.meTint);
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, option.widget);
    if (me)
        painter->fillRect(QRect(body.left(), body.top(), kMarkerWidth, body.height()), colors.meMarker);

    const QColor text = selected ? option.palette.color(QPalette::HighlightedText) : dim ? colors.dimText : colors.text;
    const QColor meta = selected ? option.palette.color(QPalette::HighlightedText) : colors.meta;
    const int x = rect.left() + kMarkerWidth + kPadX;

    // Header: author, time, badges.
    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    const int baseline = rect.top() + g.headerTop + boldMetrics.ascent();
    const int available = rect.right() - kPadX - x;
    painter->setFont(bold);
    painter->setPen(selected ? text : me ? colors.meAuthor : dim ? colors.dimText : colors.text);
    const QString author = boldMetrics.elidedText(g.author, Qt::ElideRight, available * 2 / 3);
    painter->drawText(x, baseline, author);
    int after = x + boldMetrics.horizontalAdvance(author) + 10;
    painter->setFont(small);
    painter->setPen(meta);
    const QString details = g.badges.isEmpty() ? g.time : g.time + QStringLiteral("   ") + g.badges;
    painter->drawText(
        after, baseline, smallMetrics.elidedText(details, Qt::ElideRight, qMax(0, rect.right() - kPadX - after)));

    // Text.
    painter->setPen(text);
    QFont textFont = option.font;
    const quint32 flags = index.data(MessageListModel::FlagsRole).toUInt();
    if (g.empty || (dim && (flags & (core::MessageFlag::System | core::MessageFlag::Deleted))))
        textFont.setItalic(true);
    g.text->setFont(textFont);
    painter->setFont(textFont);
    g.text->draw(painter, QPointF(x, rect.top() + g.textTop));
    int y = rect.top() + g.textTop + g.textHeight;
    if (g.cut) {
        painter->setFont(small);
        painter->setPen(meta);
        const QString note = tr("… cut short here; the inspector shows the whole message");
        painter->drawText(x, y + smallMetrics.ascent(), note);
    }

    // "N replies", a link that opens or closes the thread.
    if (!g.replies.isEmpty()) {
        painter->setFont(small);
        painter->setPen(selected ? text : colors.link);
        const bool open = m_view->isExpanded(index);
        const bool expandable = index.model()->hasChildren(index);
        const QString arrow = open ? QStringLiteral(" ▾") : QStringLiteral(" ▸");
        const QString label = expandable ? g.replies + arrow : g.replies;
        painter->drawText(x, rect.top() + g.repliesTop + smallMetrics.ascent(), label);
    }
    painter->restore();
}

bool MessageDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && model->hasChildren(index)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && repliesRect(option.rect, index).contains(mouse->position().toPoint())) {
            Q_EMIT threadToggleRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace tb::gui
