#include "sameasdelegate.h"

#include "models/participantsmodel.h"

#include <QComboBox>

#include <algorithm>

namespace tb::gui {

using models::ParticipantsModel;

SameAsDelegate::SameAsDelegate(ParticipantsModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

SameAsDelegate::~SameAsDelegate() = default;

QWidget *SameAsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("sameAsEditor"));
    const qint64 own = index.data(ParticipantsModel::IdRole).toLongLong();
    const auto group = m_model->groupOf(own);
    combo->addItem(tr("Nobody: a person of their own"), qint64(0));
    for (const auto &[id, name] : m_model->people()) {
        // Their own person is offered as where they are, not as somewhere to go.
        if (id == own
            || (group.size() > 1 && id != group.front() && std::find(group.begin(), group.end(), id) != group.end()))
            continue;
        combo->addItem(name, id);
    }
    // Chosen from the list = done: no second click or Enter needed.
    auto *delegate = const_cast<SameAsDelegate *>(this); // Qt's editor API is const; its signals are not
    connect(combo, &QComboBox::activated, delegate, [delegate, combo] {
        Q_EMIT delegate->commitData(combo);
        Q_EMIT delegate->closeEditor(combo);
    });
    return combo;
}

void SameAsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toLongLong());
    combo->setCurrentIndex(qMax(0, at));
}

void SameAsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace tb::gui
