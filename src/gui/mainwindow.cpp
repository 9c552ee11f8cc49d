#include "mainwindow.h"

#include "models/conversationlistmodel.h"
#include "store/store.h"
#include "util/timeutil.h"

#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tb::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tunebench"));
    m_conversations = new models::ConversationListModel(this);
    m_conversationView = new QListView;
    m_conversationView->setObjectName(QStringLiteral("conversationView"));
    m_conversationView->setModel(m_conversations);
    m_messageView = new QPlainTextEdit;
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setReadOnly(true);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_conversationView);
    splitter->addWidget(m_messageView);
    splitter->setStretchFactor(1, 3);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("projectSummary"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_conversationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showConversation(current); });
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    auto store = core::Store::open(path.toStdString());
    if (!store) {
        QMessageBox::warning(this, tr("Cannot open project"), QString::fromStdString(store.error().message));
        return false;
    }
    m_store = std::move(store).value();
    const auto stats = m_store->stats();
    m_summary->setText(tr("%1 — %2 messages in %3 conversations from %4 sources, %5 participants")
                           .arg(path)
                           .arg(stats.messages)
                           .arg(stats.conversations)
                           .arg(stats.sources.size())
                           .arg(stats.participants.size()));
    m_conversations->setConversations(m_store->conversations());
    setWindowTitle(tr("%1 — Tunebench").arg(path));
    if (m_conversations->rowCount() > 0)
        m_conversationView->setCurrentIndex(m_conversations->index(0));
    return true;
}

void MainWindow::showConversation(const QModelIndex &index)
{
    m_messageView->clear();
    if (!m_store || !index.isValid())
        return;
    const auto key = index.data(models::ConversationListModel::KeyRole).toString().toStdString();
    QString text;
    m_store->forEachMessage(key, [&](const core::StoredMessage &m) {
        const QString when = m.timestampMs ? QString::fromStdString(core::timeutil::toIsoUtc(*m.timestampMs))
                                           : QString();
        // System lines (joins, encryption notices) often have no author.
        const QString author = m.authorName.empty() ? tr("(system)") : QString::fromStdString(m.authorName);
        text += QStringLiteral("%1  %2: %3\n").arg(when, author, QString::fromStdString(m.text));
    });
    m_messageView->setPlainText(text);
    statusBar()->showMessage(tr("%1").arg(index.data(Qt::ToolTipRole).toString()));
}

} // namespace tb::gui
