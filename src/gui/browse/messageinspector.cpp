#include "messageinspector.h"

#include "domain/message.h"
#include "models/messagelistmodel.h"
#include "models/settings/appsettings.h"
#include "ui_messageinspector.h"

#include <QDateTime>
#include <QLocale>

namespace tb::gui {

using models::MessageListModel;

namespace {

QString flagsText(quint32 flags, bool botAuthor, bool me)
{
    QStringList words;
    if (flags & core::MessageFlag::System)
        words << MessageInspector::tr("system");
    if (flags & core::MessageFlag::Bot)
        words << MessageInspector::tr("bot");
    else if (botAuthor)
        words << MessageInspector::tr("bot (author marked as one)");
    if (flags & core::MessageFlag::Media)
        words << MessageInspector::tr("media");
    if (flags & core::MessageFlag::Edited)
        words << MessageInspector::tr("edited");
    if (flags & core::MessageFlag::Deleted)
        words << MessageInspector::tr("deleted");
    if (flags & core::MessageFlag::Retweet)
        words << MessageInspector::tr("repost");
    if (me)
        words << MessageInspector::tr("written by me");
    return words.isEmpty() ? MessageInspector::tr("none") : words.join(QStringLiteral(", "));
}

} // namespace

MessageInspector::MessageInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessageInspector>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("inspector"));
    connect(m_ui->showReplyToButton, &QToolButton::clicked, this,
        [this] { Q_EMIT messageRequested(m_ui->replyToValue->text()); });
    connect(m_ui->showThreadButton, &QToolButton::clicked, this,
        [this] { Q_EMIT messageRequested(m_ui->threadValue->text()); });
    showMessage({});
}

MessageInspector::~MessageInspector() = default;

void MessageInspector::showMessage(const QModelIndex &index)
{
    m_index = index;
    refresh();
}

void MessageInspector::refresh()
{
    const QModelIndex index = m_index;
    if (!index.isValid()) {
        m_ui->inspectorStack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->inspectorStack->setCurrentWidget(m_ui->detailsPage);
    const auto text = [&](int role) { return index.data(role).toString(); };
    const auto set = [](QLineEdit *field, const QString &value, const QString &none) {
        field->setText(value.isEmpty() ? none : value);
        field->setCursorPosition(0); // long keys show their start
        field->setToolTip(value);
    };
    const QString nobody = tr("(none)");
    set(m_ui->authorValue, text(MessageListModel::AuthorRole), tr("(the export names no author)"));
    set(m_ui->authorKeyValue, text(MessageListModel::AuthorKeyRole), nobody);
    set(m_ui->conversationValue, text(MessageListModel::ConversationNameRole), nobody);
    set(m_ui->conversationKeyValue, text(MessageListModel::ConversationKeyRole), nobody);
    const QVariant ms = index.data(MessageListModel::TimestampRole);
    if (ms.isValid()) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
        const QString clock
            = models::AppSettings::use24HourClock.get() ? QStringLiteral("HH:mm:ss") : QStringLiteral("h:mm:ss AP");
        set(m_ui->localTimeValue,
            QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + utc.toLocalTime().toString(clock),
            {});
        set(m_ui->utcTimeValue, utc.toString(Qt::ISODateWithMs), {});
    } else {
        set(m_ui->localTimeValue, {}, tr("(the export gives no time)"));
        set(m_ui->utcTimeValue, {}, tr("(the export gives no time)"));
    }
    set(m_ui->flagsValue,
        flagsText(index.data(MessageListModel::FlagsRole).toUInt(),
            index.data(MessageListModel::IsBotAuthorRole).toBool(), index.data(MessageListModel::IsMeRole).toBool()),
        {});
    set(m_ui->keyValue, text(MessageListModel::KeyRole), {});
    set(m_ui->originValue, text(MessageListModel::OriginRole), tr("(unknown)"));
    const QString replyTo = text(MessageListModel::ReplyToKeyRole);
    set(m_ui->replyToValue, replyTo, nobody);
    m_ui->showReplyToButton->setEnabled(!replyTo.isEmpty());
    const QString thread = text(MessageListModel::ThreadKeyRole);
    set(m_ui->threadValue, thread, tr("(not in a thread)"));
    m_ui->showThreadButton->setEnabled(!thread.isEmpty() && thread != text(MessageListModel::KeyRole));
    set(m_ui->rowIdValue, QString::number(index.data(MessageListModel::IdRole).toLongLong()), {});
    m_ui->inspectorText->setPlainText(text(MessageListModel::TextRole));
    m_ui->inspectorRawText->setPlainText(text(MessageListModel::RawTextRole));
}

} // namespace tb::gui
