#include "settingsdialog.h"

#include "models/settings/appsettings.h"
#include "ui_settingsdialog.h"

#include <QPushButton>

namespace tb::gui {

using models::AppSettings;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->dateOrderCombo->addItem(tr("Infer from the whole chat"), QStringLiteral("auto"));
    m_ui->dateOrderCombo->addItem(tr("Day/month/year"), QStringLiteral("dmy"));
    m_ui->dateOrderCombo->addItem(tr("Month/day/year"), QStringLiteral("mdy"));
    m_ui->dateOrderCombo->addItem(tr("Year/month/day"), QStringLiteral("ymd"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { load(true); });
    load(false);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load(bool defaults)
{
    const auto pick = [defaults](const auto &setting) { return defaults ? setting.defaultValue() : setting.get(); };
    m_ui->reopenLastProjectCheck->setChecked(pick(AppSettings::reopenLastProject));
    m_ui->recentLimitSpin->setValue(pick(AppSettings::recentProjectsLimit));
    m_ui->repliesInlineCheck->setChecked(pick(AppSettings::repliesInline));
    m_ui->dimCheck->setChecked(pick(AppSettings::dimNonPersonMessages));
    m_ui->clock24Check->setChecked(pick(AppSettings::use24HourClock));
    m_ui->searchLimitSpin->setValue(pick(AppSettings::searchResultLimit));
    const int order = m_ui->dateOrderCombo->findData(pick(AppSettings::defaultDateOrder));
    m_ui->dateOrderCombo->setCurrentIndex(qMax(0, order));
}

void SettingsDialog::accept()
{
    AppSettings::reopenLastProject.set(m_ui->reopenLastProjectCheck->isChecked());
    AppSettings::recentProjectsLimit.set(m_ui->recentLimitSpin->value());
    AppSettings::repliesInline.set(m_ui->repliesInlineCheck->isChecked());
    AppSettings::dimNonPersonMessages.set(m_ui->dimCheck->isChecked());
    AppSettings::use24HourClock.set(m_ui->clock24Check->isChecked());
    AppSettings::searchResultLimit.set(m_ui->searchLimitSpin->value());
    AppSettings::defaultDateOrder.set(m_ui->dateOrderCombo->currentData().toString());
    QDialog::accept();
}

} // namespace tb::gui
