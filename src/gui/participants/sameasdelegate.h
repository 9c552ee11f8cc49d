#pragma once

#include <QStyledItemDelegate>

namespace tb::models {
class ParticipantsModel;
}

namespace tb::gui {

// Edits "Same person as" with a list of the people in the project (and "nobody": a person of their
// own). The choice goes to the model, which asks the page to merge or unmerge.
class SameAsDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SameAsDelegate)

public:
    explicit SameAsDelegate(models::ParticipantsModel *model, QObject *parent = nullptr);
    ~SameAsDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    models::ParticipantsModel *m_model;
};

} // namespace tb::gui
