#include "mergeparticipantsdialog.h"

#include "ui_mergeparticipantsdialog.h"

#include <QPushButton>

namespace tb::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

} // namespace

MergeParticipantsDialog::MergeParticipantsDialog(const std::vector<Candidate> &candidates, qint64 preselected,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergeParticipantsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mergeOkButton"));
    for (const auto &candidate : candidates) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(candidate.name, candidate.detail), m_ui->namesList);
        item->setData(kIdRole, candidate.id);
        item->setData(kNameRole, candidate.name);
        if (candidate.id == preselected)
            m_ui->namesList->setCurrentItem(item);
    }
    if (!m_ui->namesList->currentItem() && m_ui->namesList->count() > 0)
        m_ui->namesList->setCurrentRow(0);
    connect(m_ui->namesList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MergeParticipantsDialog::~MergeParticipantsDialog() = default;

qint64 MergeParticipantsDialog::chosenId() const
{
    const auto *item = m_ui->namesList->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

QString MergeParticipantsDialog::chosenName() const
{
    const auto *item = m_ui->namesList->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

} // namespace tb::gui
