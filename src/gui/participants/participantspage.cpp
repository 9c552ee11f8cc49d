#include "participantspage.h"

#include "botmarkcommand.h"
#include "mergecommand.h"
#include "mergeparticipantsdialog.h"
#include "models/participantsfilterproxy.h"
#include "models/participantsmodel.h"
#include "models/projectsession.h"
#include "renamecommand.h"
#include "sameasdelegate.h"
#include "setmecommand.h"
#include "ui_participantspage.h"
#include "unmergecommand.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <set>

namespace tb::gui {

using models::ParticipantsModel;

namespace {

// Menus show an action's shortcut themselves; buttons and tooltips need it spelt out.
void describe(QAction *action, const QString &text, const QString &why)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    action->setText(text);
    action->setIconText(QObject::tr("%1  %2").arg(QString(text).remove(QLatin1Char('&')), keys));
    action->setToolTip(QObject::tr("%1 (%2): %3").arg(QString(text).remove(QLatin1Char('&')), keys, why));
}

} // namespace

ParticipantsPage::ParticipantsPage(models::ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ParticipantsPage>())
    , m_model(new ParticipantsModel(session, this))
    , m_proxy(new models::ParticipantsFilterProxy(this))
{
    m_ui->setupUi(this);
    m_ui->errorFrame->hide();
    connect(m_ui->errorCloseButton, &QToolButton::clicked, m_ui->errorFrame, &QWidget::hide);
    m_proxy->setSourceModel(m_model);
    setUpTable();
    createActions();

    connect(m_ui->participantsFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_ui->participantsTable->expandAll();
    });
    connect(m_model, &ParticipantsModel::renameRequested, this, &ParticipantsPage::rename);
    connect(m_model, &ParticipantsModel::meRequested, this, [this](qint64 id, bool me) { setMe({id}, me); });
    connect(m_model, &ParticipantsModel::botRequested, this, [this](qint64 id, bool bot) { markBot({id}, bot); });
    connect(m_model, &ParticipantsModel::aliasRequested, this, &ParticipantsPage::joinPerson);
    connect(m_model, &ParticipantsModel::countsLoaded, this, &ParticipantsPage::updateSummary);
    // Counts arriving change every row: one summary for the lot, not one per row.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            updateSummary();
            updateActions();
        });
    });
    // A merge regroups the tree: keep the same participants chosen, and every group open.
    connect(
        m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectionBeforeReset = selectedIds(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->participantsTable->expandAll();
        if (!m_selectionBeforeReset.empty())
            selectIds(m_selectionBeforeReset);
        updateSummary();
        updateActions();
    });
    updateSummary();
    updateActions();
}

ParticipantsPage::~ParticipantsPage() = default;

void ParticipantsPage::setUpTable()
{
    QTreeView *table = m_ui->participantsTable;
    table->setModel(m_proxy);
    table->setItemDelegateForColumn(ParticipantsModel::SameAs, new SameAsDelegate(m_model, table));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &ParticipantsPage::showContextMenu);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ParticipantsPage::updateActions);
    QHeaderView *header = table->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    const std::pair<int, int> widths[] = {{ParticipantsModel::Name, 200}, {ParticipantsModel::Exported, 200},
                                          {ParticipantsModel::Sources, 250}, {ParticipantsModel::Messages, 130},
                                          {ParticipantsModel::Me, 44},      {ParticipantsModel::Bot, 90}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // Long export names keep their kind in view: "WhatsApp Chat with Sa…txt (WhatsApp)".
    table->setTextElideMode(Qt::ElideMiddle);
    table->sortByColumn(ParticipantsModel::Messages, Qt::DescendingOrder);
}

void ParticipantsPage::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &keys, QToolButton *button) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        // Only while this page shows: other pages may use the same keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        if (button)
            button->setDefaultAction(action);
        return action;
    };
    m_meAction = make("setMeAction", QKeySequence(Qt::CTRL | Qt::Key_M), m_ui->meButton);
    m_botAction = make("markBotAction", QKeySequence(Qt::CTRL | Qt::Key_B), m_ui->botButton);
    m_renameAction = make("renameAction", QKeySequence(Qt::Key_F2), m_ui->renameButton);
    m_mergeAction = make("mergeAction", QKeySequence(Qt::CTRL | Qt::Key_G), m_ui->mergeButton);
    m_unmergeAction = make("unmergeAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), m_ui->unmergeButton);
    m_exportBotAction = make("exportBotAction", {}, nullptr);
    m_exportBotAction->setText(tr("Use the Export's Bot Flag"));
    m_restoreNameAction = make("restoreNameAction", {}, nullptr);
    m_restoreNameAction->setText(tr("Restore the Exported Name"));
    describe(m_renameAction, tr("&Rename"),
        tr("give the participant a name of your own; an empty name restores the exported one"));
    describe(m_mergeAction, tr("&Merge into One Person…"),
        tr("the selected participants are the same person, e.g. in Slack and WhatsApp"));
    describe(m_unmergeAction, tr("&Unmerge"), tr("the selected names become people of their own again"));

    connect(m_meAction, &QAction::triggered, this, [this] {
        const auto ids = selectedIds();
        const bool allMe = !ids.empty() && std::all_of(ids.begin(), ids.end(), [this](qint64 id) {
            return m_model->participantById(id)->isMe;
        });
        setMe(ids, !allMe);
    });
    connect(m_botAction, &QAction::triggered, this, [this] {
        const auto ids = selectedIds();
        const bool allBots = !ids.empty() && std::all_of(ids.begin(), ids.end(), [this](qint64 id) {
            return m_model->participantById(id)->isBot;
        });
        markBot(ids, !allBots);
    });
    connect(m_exportBotAction, &QAction::triggered, this, [this] { markBot(selectedIds(), std::nullopt); });
    connect(m_renameAction, &QAction::triggered, this, [this] {
        QTreeView *table = m_ui->participantsTable;
        const QModelIndex current = table->currentIndex();
        if (!current.isValid())
            return;
        table->scrollTo(current);
        table->edit(current.siblingAtColumn(ParticipantsModel::Name));
    });
    connect(m_restoreNameAction, &QAction::triggered, this, [this] {
        for (const qint64 id : selectedIds())
            rename(id, QString());
    });
    connect(m_mergeAction, &QAction::triggered, this, &ParticipantsPage::mergeSelected);
    connect(m_unmergeAction, &QAction::triggered, this, &ParticipantsPage::unmergeSelected);
}

std::vector<qint64> ParticipantsPage::selectedIds() const
{
    std::vector<qint64> ids;
    const auto rows = m_ui->participantsTable->selectionModel()->selectedRows(ParticipantsModel::Name);
    for (const QModelIndex &row : rows)
        ids.push_back(row.data(ParticipantsModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ParticipantsPage::selectIds(const std::vector<qint64> &ids)
{
    QTreeView *table = m_ui->participantsTable;
    QItemSelection selection;
    QModelIndex first;
    for (const qint64 id : ids) {
        QModelIndex at = m_proxy->mapFromSource(m_model->indexOfId(id));
        if (!at.isValid() && m_model->indexOfId(id).isValid()) {
            m_ui->participantsFilter->clear(); // hidden by the filter: show everyone
            at = m_proxy->mapFromSource(m_model->indexOfId(id));
        }
        if (!at.isValid())
            continue;
        selection.select(at, at.siblingAtColumn(ParticipantsModel::ColumnCount - 1));
        if (!first.isValid())
            first = at;
    }
    if (!first.isValid())
        return;
    table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    table->scrollTo(first);
}

void ParticipantsPage::updateActions()
{
    const auto ids = selectedIds();
    std::set<qint64> people;
    bool allMe = !ids.empty(), allBots = !ids.empty(), anyMerged = false, anyCustomName = false, anyBotMark = false;
    for (const qint64 id : ids) {
        const auto *p = m_model->participantById(id);
        if (!p)
            continue;
        allMe = allMe && p->isMe;
        allBots = allBots && p->isBot;
        anyCustomName = anyCustomName || p->customName.has_value();
        anyBotMark = anyBotMark || p->botOverridden;
        const auto group = m_model->groupOf(id);
        people.insert(group.front());
        anyMerged = anyMerged || group.size() > 1;
    }
    describe(m_meAction, allMe ? tr("Not &Me") : tr("Set as &Me"),
             allMe ? tr("these messages are not yours") : tr("your messages: the voice to learn"));
    describe(m_botAction, allBots ? tr("Not a &Bot") : tr("Mark as &Bot"),
             allBots ? tr("a person after all") : tr("automated messages are left out of training data"));
    m_meAction->setEnabled(!ids.empty());
    m_botAction->setEnabled(!ids.empty());
    m_exportBotAction->setEnabled(anyBotMark);
    m_renameAction->setEnabled(m_ui->participantsTable->currentIndex().isValid());
    m_restoreNameAction->setEnabled(anyCustomName);
    m_mergeAction->setEnabled(people.size() >= 2);
    m_unmergeAction->setEnabled(anyMerged);
}

void ParticipantsPage::updateSummary()
{
    QStringList me;
    int count = 0, bots = 0, people = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex person = m_model->index(row, 0);
        ++people;
        for (int i = -1; i < m_model->rowCount(person); ++i) {
            const auto *p = m_model->participant(i < 0 ? person : m_model->index(i, 0, person));
            ++count;
            bots += p->isBot ? 1 : 0;
            if (!p->isMe)
                continue;
            QStringList where;
            for (const auto &source : p->sources)
                where << m_model->sourceLabel(source.sourceId);
            const QString name = QString::fromStdString(p->name()).toHtmlEscaped();
            me << (where.isEmpty() ? QStringLiteral("<b>%1</b>").arg(name)
                                   : tr("<b>%1</b> in %2").arg(name, where.join(QStringLiteral(", ")).toHtmlEscaped()));
        }
    }
    if (!m_session->isOpen())
        m_ui->meSummaryLabel->clear();
    else if (me.isEmpty())
        m_ui->meSummaryLabel->setText(
            tr("Nobody is marked as you yet. Select yourself — in each source you appear in — "
               "and press <b>Set as Me</b> (%1): your messages are the voice to learn.")
                .arg(m_meAction ? m_meAction->shortcut().toString(QKeySequence::NativeText) : QString()));
    else
        m_ui->meSummaryLabel->setText(tr("You are %1.").arg(me.join(QStringLiteral("; "))));

    QString status = tr("%1 participants as %2 people · %3 bots")
                         .arg(QLocale().toString(count), QLocale().toString(people), QLocale().toString(bots));
    if (m_model->countsPending())
        status += tr(" · counting messages…");
    if (!m_model->countsError().isEmpty())
        status += QStringLiteral(" · ") + m_model->countsError();
    m_ui->statusLabel->setText(status);
}

ParticipantCommand::ErrorReporter ParticipantsPage::reporter()
{
    return [page = QPointer<ParticipantsPage>(this)](const QString &message) {
        if (page)
            page->showError(message);
    };
}

void ParticipantsPage::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorFrame->show();
    // An undo from another page (Ctrl+Z) fails where nobody looks at this page: say it there.
    if (!isVisible()) {
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Participants not changed"), message, QMessageBox::Ok, window());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void ParticipantsPage::push(QUndoCommand *command)
{
    m_ui->errorFrame->hide();
    m_session->undoStack()->push(command);
}

std::vector<QString> ParticipantsPage::namesOf(const std::vector<qint64> &ids) const
{
    std::vector<QString> names;
    for (const qint64 id : ids) {
        if (const auto *p = m_model->participantById(id))
            names.push_back(QString::fromStdString(p->name()));
    }
    return names;
}

void ParticipantsPage::setMe(const std::vector<qint64> &ids, bool me)
{
    std::vector<SetMeCommand::Change> changes;
    for (const qint64 id : ids) {
        if (const auto *p = m_model->participantById(id); p && p->isMe != me)
            changes.push_back({id, p->isMe});
    }
    if (changes.empty())
        return;
    std::vector<qint64> changed;
    for (const auto &change : changes)
        changed.push_back(change.id);
    push(new SetMeCommand(m_session, reporter(), std::move(changes), me, namesOf(changed)));
}

void ParticipantsPage::markBot(const std::vector<qint64> &ids, std::optional<bool> bot)
{
    std::vector<BotMarkCommand::Change> changes;
    std::vector<qint64> changed;
    for (const qint64 id : ids) {
        const auto *p = m_model->participantById(id);
        if (!p)
            continue;
        const std::optional<bool> before = p->botOverridden ? std::optional<bool>(p->isBot) : std::nullopt;
        if (before == bot)
            continue;
        changes.push_back({id, before});
        changed.push_back(id);
    }
    if (!changes.empty())
        push(new BotMarkCommand(m_session, reporter(), std::move(changes), bot, namesOf(changed)));
}

void ParticipantsPage::rename(qint64 id, const QString &name)
{
    const auto *p = m_model->participantById(id);
    if (!p)
        return;
    const auto before = p->customName ? std::optional(QString::fromStdString(*p->customName)) : std::nullopt;
    const auto after = name.trimmed().isEmpty() ? std::nullopt : std::optional(name.trimmed());
    if (before == after)
        return;
    push(new RenameCommand(m_session, reporter(), id, QString::fromStdString(p->displayName), before, after));
}

void ParticipantsPage::mergeSelected()
{
    const auto ids = selectedIds();
    std::vector<MergeParticipantsDialog::Candidate> candidates;
    qint64 busiest = 0;
    std::uint64_t most = 0;
    for (const qint64 id : ids) {
        const auto *p = m_model->participantById(id);
        QStringList where;
        for (const auto &source : p->sources)
            where << m_model->sourceLabel(source.sourceId);
        const QString detail
            = tr("%1, %2 messages")
                  .arg(where.isEmpty() ? QString::fromStdString(p->key) : where.join(QStringLiteral(", ")),
                      QLocale().toString(qulonglong(p->messages())));
        candidates.push_back({id, QString::fromStdString(p->name()), detail});
        if (busiest == 0 || p->messages() > most) {
            busiest = id;
            most = p->messages();
        }
    }
    if (!m_mergeAction->isEnabled() || candidates.size() < 2)
        return;
    auto *dialog = new MergeParticipantsDialog(candidates, busiest, this);
    dialog->setObjectName(QStringLiteral("mergeParticipantsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, project = m_session->path()] {
        // The ids belong to the project the dialog was opened for.
        if (const qint64 keep = dialog->chosenId(); keep && m_session->path() == project)
            push(new MergeCommand(m_session, reporter(), ids, keep, dialog->chosenName()));
    });
    dialog->open();
}

void ParticipantsPage::joinPerson(qint64 id, qint64 target)
{
    const auto *p = m_model->participantById(id);
    const auto *to = m_model->participantById(target);
    if (!p)
        return;
    if (!to) {
        push(new UnmergeCommand(m_session, reporter(), {id}, namesOf({id})));
        return;
    }
    push(MergeCommand::join(m_session, reporter(), id, target, QString::fromStdString(p->name()),
                            QString::fromStdString(to->name())));
}

void ParticipantsPage::unmergeSelected()
{
    std::vector<qint64> ids;
    for (const qint64 id : selectedIds()) {
        if (m_model->groupOf(id).size() > 1)
            ids.push_back(id);
    }
    if (!ids.empty())
        push(new UnmergeCommand(m_session, reporter(), ids, namesOf(ids)));
}

void ParticipantsPage::showContextMenu(const QPoint &position)
{
    if (!m_ui->participantsTable->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_meAction);
    menu.addAction(m_botAction);
    menu.addAction(m_exportBotAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_restoreNameAction);
    menu.addSeparator();
    menu.addAction(m_mergeAction);
    menu.addAction(m_unmergeAction);
    menu.exec(m_ui->participantsTable->viewport()->mapToGlobal(position));
}

} // namespace tb::gui
