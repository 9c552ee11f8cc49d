#include "conversationlistmodel.h"

namespace tb::models {

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent) {}

void ConversationListModel::setConversations(std::vector<core::ConversationSummary> conversations)
{
    beginResetModel();
    m_conversations = std::move(conversations);
    endResetModel();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conversations.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &c = m_conversations[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  (%2)").arg(QString::fromStdString(c.name)).arg(c.messages);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2 · %3 messages")
            .arg(QString::fromStdString(c.name), QString::fromUtf8(core::toString(c.kind).data()))
            .arg(c.messages);
    case KeyRole:
        return QString::fromStdString(c.key);
    case MessageCountRole:
        return QVariant::fromValue<qulonglong>(c.messages);
    case KindRole:
        return QString::fromUtf8(core::toString(c.kind).data());
    default:
        return {};
    }
}

} // namespace tb::models
