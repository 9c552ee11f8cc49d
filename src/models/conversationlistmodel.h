#pragma once

#include "store/store.h"

#include <QAbstractListModel>

#include <vector>

namespace tb::models {

// The conversations of a project with their message counts, largest first.
class ConversationListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Role { KeyRole = Qt::UserRole + 1, MessageCountRole, KindRole };

    explicit ConversationListModel(QObject *parent = nullptr);

    void setConversations(std::vector<core::ConversationSummary> conversations);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::ConversationSummary> m_conversations;
};

} // namespace tb::models
