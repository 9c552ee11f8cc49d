#include "welcomepage.h"

#include "appicon.h"
#include "models/settings/appsettings.h"
#include "ui_welcomepage.h"

#include <QDir>
#include <QFileInfo>

namespace tb::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(appIcon().pixmap(64, 64));
    connect(m_ui->newProjectButton, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(m_ui->openProjectButton, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_ui->sampleProjectButton, &QPushButton::clicked, this, &WelcomePage::sampleProjectRequested);
    connect(m_ui->recentProjectsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentProjectRequested(item->data(Qt::UserRole).toString()); });
    refreshRecentProjects();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::refreshRecentProjects()
{
    m_ui->recentProjectsList->clear();
    const QStringList recent = models::AppSettings::recentProjects.get();
    for (const QString &path : recent) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.fileName() + QStringLiteral("  —  ") + QDir::toNativeSeparators(info.absolutePath()));
        item->setData(Qt::UserRole, path);
        if (!info.exists()) {
            item->setForeground(palette().color(QPalette::PlaceholderText));
            item->setToolTip(tr("%1 is missing").arg(QDir::toNativeSeparators(path)));
        } else {
            item->setToolTip(QDir::toNativeSeparators(path));
        }
        m_ui->recentProjectsList->addItem(item);
    }
    m_ui->recentLabel->setVisible(!recent.isEmpty());
    m_ui->recentProjectsList->setVisible(!recent.isEmpty());
}

} // namespace tb::gui
