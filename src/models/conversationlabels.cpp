#include "conversationlabels.h"

#include "conversationtreemodel.h"
#include "store/store.h"

#include <QDateTime>
#include <QLocale>

namespace tb::models::labels {

QString kindGroupName(core::ConversationKind kind)
{
    switch (kind) {
    case core::ConversationKind::Channel:
        return ConversationTreeModel::tr("Channels");
    case core::ConversationKind::PrivateChannel:
        return ConversationTreeModel::tr("Private channels");
    case core::ConversationKind::DirectMessage:
        return ConversationTreeModel::tr("Direct messages");
    case core::ConversationKind::Group:
        return ConversationTreeModel::tr("Groups");
    case core::ConversationKind::Timeline:
        return ConversationTreeModel::tr("Timelines");
    case core::ConversationKind::Episode:
        return ConversationTreeModel::tr("Episodes");
    case core::ConversationKind::Scene:
        return ConversationTreeModel::tr("Scenes");
    }
    return {};
}

QString formatName(const std::string &format)
{
    if (format == "slack")
        return QStringLiteral("Slack");
    if (format == "whatsapp")
        return QStringLiteral("WhatsApp");
    if (format == "twitter")
        return QStringLiteral("Twitter/X");
    if (format == "script-csv")
        return ConversationTreeModel::tr("TV script");
    return QString::fromStdString(format);
}

bool formatHasThreads(const std::string &format)
{
    return format == "slack" || format == "twitter";
}

QString threadName(const core::ThreadSummary &thread)
{
    if (thread.rootId == 0)
        return ConversationTreeModel::tr("Thread (its first message is not in the project)");
    QString text = QString::fromStdString(thread.rootText).simplified();
    if (text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    if (text.isEmpty())
        text = ConversationTreeModel::tr("(no text)");
    return thread.rootAuthor.empty() ? text : QString::fromStdString(thread.rootAuthor) + QStringLiteral(": ") + text;
}

QString threadToolTip(const core::ThreadSummary &thread)
{
    QString tip = thread.messages == 1 ? ConversationTreeModel::tr("1 message in this thread")
                                       : ConversationTreeModel::tr("%1 messages in this thread").arg(thread.messages);
    if (thread.firstMs)
        tip += QLatin1Char('\n')
            + ConversationTreeModel::tr("Started %1")
                  .arg(QLocale().toString(
                      QDateTime::fromMSecsSinceEpoch(*thread.firstMs).toLocalTime(), QLocale::ShortFormat));
    return tip;
}

} // namespace tb::models::labels
