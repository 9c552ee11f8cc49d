#include "browsepage.h"

#include "browsecolors.h"
#include "messagedelegate.h"
#include "messageinspector.h"
#include "messageview.h"
#include "models/conversationtreemodel.h"
#include "models/messagelistmodel.h"
#include "models/projectsession.h"
#include "models/searchresultsmodel.h"
#include "models/settings/appsettings.h"
#include "searchresultdelegate.h"
#include "ui_browsepage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace tb::gui {

using models::AppSettings;
using models::ConversationTreeModel;
using models::MessageListModel;
using models::SearchResultsModel;

namespace {

// Long enough that typing a word runs one query, short enough to feel immediate.
constexpr int kSearchDelayMs = 150;

} // namespace

BrowsePage::BrowsePage(models::ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BrowsePage>())
    , m_session(session)
    , m_tree(new ConversationTreeModel(session, this))
    , m_messages(new MessageListModel(session, this))
    , m_search(new SearchResultsModel(session, this))
{
    m_ui->setupUi(this);

    QTreeView *tree = m_ui->conversationTree;
    tree->setModel(m_tree);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(ConversationTreeModel::NameColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(ConversationTreeModel::CountColumn, QHeaderView::ResizeToContents);
    connect(m_tree, &ConversationTreeModel::loaded, this, &BrowsePage::onTreeLoaded);
    connect(m_tree, &ConversationTreeModel::threadsLoaded, this, &BrowsePage::syncTreeSelection);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onTreeCurrentChanged(current); });

    MessageView *view = m_ui->messageView;
    view->setModel(m_messages);
    connect(m_messages, &MessageListModel::loaded, this, &BrowsePage::onMessagesLoaded);
    connect(m_messages, &MessageListModel::focusRequested, this, &BrowsePage::onMessageFocus);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentMessageChanged(current); });
    connect(m_messages, &QAbstractItemModel::dataChanged, m_ui->inspector, &MessageInspector::refresh);
    connect(m_ui->inspector, &MessageInspector::messageRequested, this, [this](const QString &key) {
        if (showMessage(key))
            return;
        // A reply to a post outside the export, or a thread whose first message was not exported.
        m_ui->messageStatus->setText(tr("%1 is not in the project: the export does not include it.").arg(key));
        m_ui->messageStatus->show();
        QTimer::singleShot(6000, m_ui->messageStatus, [this] {
            if (!m_messages->isLoading() && m_messages->rowCount() > 0)
                m_ui->messageStatus->hide();
        });
    });
    connect(
        session, &models::ProjectSession::contentChanged, this, [this] { m_messages->reload(currentMessageKey()); });
    connect(session, &models::ProjectSession::closed, this, [this] {
        clearSearch();
        m_ui->conversationTitle->clear();
        m_ui->messageStatus->hide();
    });

    QFont title = m_ui->conversationTitle->font();
    title.setBold(true);
    m_ui->conversationTitle->setFont(title);
    m_ui->conversationTitle->setContentsMargins(4, 2, 4, 2);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 280, 620, 300 });
    m_ui->messageStatus->hide();
    setUpSearch();
}

BrowsePage::~BrowsePage() = default;

void BrowsePage::setUpSearch()
{
    m_search->setLimit(AppSettings::searchResultLimit.get());
    QListView *results = m_ui->searchResults;
    results->setModel(m_search);
    results->setItemDelegate(new SearchResultDelegate(results));
    results->hide();
    m_ui->searchProblems->hide();
    m_ui->leftSplitter->setSizes({ 360, 240 });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &BrowsePage::searchNow);
    connect(m_ui->searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty()) {
            m_searchDelay.start();
            return;
        }
        m_searchDelay.stop();
        m_openFirstResult = false;
        m_search->setQuery({});
    });
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_ui->searchField->text();
        if (text.trimmed().isEmpty())
            return;
        if (m_searchDelay.isActive() || m_search->isBusy() || m_search->query() != text) {
            // The hits for what was typed are not in yet: open the first one when they are.
            m_openFirstResult = true;
            if (m_searchDelay.isActive() || m_search->query() != text) {
                m_searchDelay.stop();
                searchNow();
            }
            return;
        }
        const QModelIndex current = m_ui->searchResults->currentIndex();
        openResult(current.isValid() ? current : m_search->index(0, 0));
    });
    connect(m_search, &SearchResultsModel::finished, this, &BrowsePage::onSearchFinished);
    connect(results, &QListView::clicked, this, &BrowsePage::openResult);
    connect(results, &QListView::activated, this, &BrowsePage::openResult);
    m_ui->searchField->installEventFilter(this);
    results->installEventFilter(this);
}

bool BrowsePage::showMessage(const QString &messageKey)
{
    if (!m_session->isOpen())
        return false;
    return m_messages->showMessage(messageKey);
}

void BrowsePage::focusSearch()
{
    m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchField->selectAll();
}

void BrowsePage::applySettings()
{
    m_ui->messageView->applySettings();
    if (AppSettings::repliesInline.get() != m_messages->repliesInline())
        m_messages->reload(currentMessageKey());
    m_ui->inspector->refresh();
    if (m_search->limit() != AppSettings::searchResultLimit.get()) {
        m_search->setLimit(AppSettings::searchResultLimit.get());
        if (!m_search->query().trimmed().isEmpty())
            searchNow();
    }
}

bool BrowsePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Escape && (watched == m_ui->searchField || watched == m_ui->searchResults)) {
        clearSearch();
        m_ui->searchField->setFocus();
        return true;
    }
    if (key == Qt::Key_Down && watched == m_ui->searchField && m_search->rowCount() > 0) {
        // From the field into the hits, as in any search box with a list under it.
        m_ui->searchResults->setFocus();
        if (!m_ui->searchResults->currentIndex().isValid())
            m_ui->searchResults->setCurrentIndex(m_search->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// --- Tree and message view -------------------------------------------------------------------

void BrowsePage::onTreeLoaded()
{
    QTreeView *tree = m_ui->conversationTree;
    tree->expandToDepth(1); // sources and their kinds open, conversations listed
    if (!m_tree->errorString().isEmpty()) {
        m_ui->messageStatus->setText(tr("The project could not be read: %1").arg(m_tree->errorString()));
        m_ui->messageStatus->show();
        return;
    }
    if (m_messages->conversationId() != 0 && m_tree->conversationIndex(m_messages->conversationId()).isValid()) {
        syncTreeSelection();
        updateTitle();
        return;
    }
    const QModelIndex first = m_tree->firstConversation();
    if (first.isValid()) {
        selectTreeNode(first); // shows it, through onTreeCurrentChanged
        return;
    }
    m_messages->clear();
    m_ui->conversationTitle->clear();
    m_ui->messageStatus->setText(tr("This project has no messages yet. Import an export with File ▸ Import (Ctrl+I), "
                                    "or drop it on the window."));
    m_ui->messageStatus->show();
}

void BrowsePage::onTreeCurrentChanged(const QModelIndex &current)
{
    if (m_syncingTree || !current.isValid())
        return;
    const auto type
        = static_cast<ConversationTreeModel::NodeType>(current.data(ConversationTreeModel::NodeTypeRole).toInt());
    const qint64 conversation = current.data(ConversationTreeModel::ConversationIdRole).toLongLong();
    const QString thread = current.data(ConversationTreeModel::ThreadKeyRole).toString();
    if (type != ConversationTreeModel::NodeType::Conversation && type != ConversationTreeModel::NodeType::Thread)
        return;
    if (conversation == m_messages->conversationId() && thread == m_messages->threadKey())
        return;
    m_messages->showConversation(conversation, thread);
    updateTitle();
    // Only a large conversation takes long enough to say so.
    QTimer::singleShot(300, this, [this] {
        if (m_messages->isLoading()) {
            m_ui->messageStatus->setText(m_messages->rowCount() > 0 ? tr("Reading the rest of the conversation…")
                                                                    : tr("Reading the conversation…"));
            m_ui->messageStatus->show();
        }
    });
}

void BrowsePage::onMessagesLoaded()
{
    MessageView *view = m_ui->messageView;
    if (!m_messages->errorString().isEmpty()) {
        m_ui->messageStatus->setText(tr("The messages could not be read: %1").arg(m_messages->errorString()));
        m_ui->messageStatus->show();
    } else if (m_messages->rowCount() == 0) {
        m_ui->messageStatus->setText(tr("No messages in this conversation."));
        m_ui->messageStatus->show();
    } else if (m_messages->isLoading()) {
        // Its first screens are in; the status, if shown already, says what is still coming.
        if (m_ui->messageStatus->isVisible())
            m_ui->messageStatus->setText(tr("Reading the rest of the conversation…"));
    } else {
        m_ui->messageStatus->hide();
    }
    m_ui->inspector->showMessage(view->currentIndex());
    syncTreeSelection();
    updateTitle();
}

void BrowsePage::onMessageFocus(const QModelIndex &index)
{
    m_ui->messageView->focusMessage(index);
}

void BrowsePage::onCurrentMessageChanged(const QModelIndex &current)
{
    m_ui->inspector->showMessage(current);
}

void BrowsePage::selectTreeNode(const QModelIndex &index)
{
    QTreeView *tree = m_ui->conversationTree;
    tree->setCurrentIndex(index);
    tree->scrollTo(index);
}

void BrowsePage::syncTreeSelection()
{
    const qint64 conversation = m_messages->conversationId();
    if (conversation == 0)
        return;
    QModelIndex node;
    if (!m_messages->threadKey().isEmpty())
        node = m_tree->threadIndex(conversation, m_messages->threadKey());
    if (!node.isValid())
        node = m_tree->conversationIndex(conversation);
    if (!node.isValid() || m_ui->conversationTree->currentIndex() == node)
        return;
    // The view already shows it: selecting the node must not read it again.
    m_syncingTree = true;
    selectTreeNode(node);
    m_syncingTree = false;
}

void BrowsePage::updateTitle()
{
    const QModelIndex node = m_tree->conversationIndex(m_messages->conversationId());
    if (!node.isValid()) {
        m_ui->conversationTitle->clear();
        return;
    }
    const QString name = node.data().toString();
    if (!m_messages->threadKey().isEmpty()) {
        const int count = m_messages->isLoading() ? 0 : m_messages->rowCount();
        m_ui->conversationTitle->setText(count == 1 ? tr("Thread in %1 · 1 message").arg(name)
                                                    : tr("Thread in %1 · %2 messages").arg(name).arg(count));
        return;
    }
    const auto count = node.data(ConversationTreeModel::MessageCountRole).toULongLong();
    m_ui->conversationTitle->setText(tr("%1 · %2 messages").arg(name, QLocale().toString(count)));
}

QString BrowsePage::currentMessageKey() const
{
    return m_ui->messageView->currentIndex().data(MessageListModel::KeyRole).toString();
}

// --- Search ----------------------------------------------------------------------------------

void BrowsePage::searchNow()
{
    const QString text = m_ui->searchField->text();
    if (text.trimmed().isEmpty())
        return;
    m_search->setQuery(text);
    if (m_search->isBusy())
        m_ui->searchStatus->setText(tr("Searching…"));
}

void BrowsePage::onSearchFinished()
{
    const bool active = !m_search->query().trimmed().isEmpty();
    m_ui->searchResults->setVisible(active);
    QStringList problems = m_search->problems();
    if (!m_search->errorString().isEmpty())
        problems.prepend(tr("The search failed: %1").arg(m_search->errorString()));
    m_ui->searchProblems->setText(problems.join(QLatin1Char('\n')));
    m_ui->searchProblems->setStyleSheet(QStringLiteral("color: %1").arg(BrowseColors(palette()).error.name()));
    m_ui->searchProblems->setVisible(active && !problems.isEmpty());

    const int count = m_search->rowCount();
    if (!active)
        m_ui->searchStatus->clear();
    else if (count == 0)
        m_ui->searchStatus->setText(tr("No messages match"));
    else if (m_search->limitReached())
        m_ui->searchStatus->setText(tr("Newest %1 matches").arg(QLocale().toString(count)));
    else
        m_ui->searchStatus->setText(count == 1 ? tr("1 match") : tr("%1 matches").arg(count));
    if (count > 0)
        m_ui->searchResults->scrollToTop();

    if (m_openFirstResult) {
        m_openFirstResult = false;
        if (count > 0)
            openResult(m_search->index(0, 0));
    }
}

void BrowsePage::openResult(const QModelIndex &result)
{
    if (!result.isValid())
        return;
    m_ui->searchResults->setCurrentIndex(result);
    showMessage(result.data(SearchResultsModel::KeyRole).toString());
}

void BrowsePage::clearSearch()
{
    m_openFirstResult = false;
    m_ui->searchField->clear();
    m_ui->searchResults->hide();
    m_ui->searchProblems->hide();
    m_ui->searchStatus->clear();
}

} // namespace tb::gui
