#include "searchresultdelegate.h"

#include "browsecolors.h"
#include "models/searchresultsmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace tb::gui {

using models::SearchResultsModel;

namespace {

constexpr int kPadX = 8;
constexpr int kPadY = 5;
constexpr int kSnippetLines = 2;
// A hit without words to match (from: alone) shows its message's text: only its start fits anyway.
constexpr int kMaxSnippetChars = 400;

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

SearchResultDelegate::~SearchResultDelegate() = default;

SearchResultDelegate::Marked SearchResultDelegate::parseSnippet(const QString &snippet)
{
    Marked marked;
    marked.text.reserve(snippet.size());
    int start = -1;
    for (const QChar c : snippet) {
        if (c == QChar(0x02)) {
            start = static_cast<int>(marked.text.size());
        } else if (c == QChar(0x03)) {
            if (start >= 0 && marked.text.size() > start)
                marked.matches.append({ start, static_cast<int>(marked.text.size()) - start });
            start = -1;
        } else {
            marked.text += (c == QLatin1Char('\n') || c == QLatin1Char('\r')) ? QChar(QLatin1Char(' ')) : c;
        }
    }
    return marked;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics text(option.font);
    const QFontMetrics small(smallFont(option.font));
    return { 200, kPadY * 2 + small.height() + 2 + text.lineSpacing() * kSnippetLines };
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const BrowseColors colors(option.palette);
    const bool selected = option.state & QStyle::State_Selected;
    QStyleOptionViewItem panel(option);
    initStyleOption(&panel, index);
    panel.text.clear();
    panel.state &= ~QStyle::State_HasFocus;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, option.widget);

    const QRect rect = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const QColor text = selected ? option.palette.color(QPalette::HighlightedText) : colors.text;
    const QColor meta = selected ? option.palette.color(QPalette::HighlightedText) : colors.meta;

    // Who, where, when.
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    QFont bold = small;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QString date;
    const QVariant ms = index.data(SearchResultsModel::TimestampRole);
    if (ms.isValid())
        date = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toLocalTime().date(), QLocale::ShortFormat);
    const int dateWidth = smallMetrics.horizontalAdvance(date);
    QString author = index.data(SearchResultsModel::AuthorRole).toString();
    if (author.isEmpty())
        author = tr("(no author)");
    const int baseline = rect.top() + boldMetrics.ascent();
    author = boldMetrics.elidedText(author, Qt::ElideRight, rect.width() / 2);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(rect.left(), baseline, author);
    const int after = rect.left() + boldMetrics.horizontalAdvance(author) + 6;
    painter->setFont(small);
    painter->setPen(meta);
    const QString where = QStringLiteral("in ") + index.data(SearchResultsModel::ConversationNameRole).toString();
    painter->drawText(
        after, baseline, smallMetrics.elidedText(where, Qt::ElideRight, qMax(0, rect.right() - after - dateWidth - 8)));
    painter->drawText(rect.right() - dateWidth, baseline, date);

    // The passage, matched words on a marker background.
    Marked marked = parseSnippet(index.data(SearchResultsModel::SnippetRole).toString().left(kMaxSnippetChars));
    QTextLayout layout(marked.text, option.font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : std::as_const(marked.matches)) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        if (!selected) {
            format.setBackground(colors.match);
            format.setForeground(option.palette.color(QPalette::Text));
        }
        formats.append({ start, length, format });
    }
    layout.setFormats(formats);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < kSnippetLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    painter->setPen(text);
    painter->setClipRect(option.rect);
    layout.draw(painter, QPointF(rect.left(), rect.top() + smallMetrics.height() + 2));
    painter->restore();
}

} // namespace tb::gui
