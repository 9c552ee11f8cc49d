#include "participantsmodel.h"

#include "conversationlabels.h"
#include "participantcounter.h"
#include "projectsession.h"

#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QTimer>

namespace tb::models {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

ParticipantsModel::ParticipantsModel(ProjectSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(session, &ProjectSession::opened, this, &ParticipantsModel::reload);
    connect(session, &ProjectSession::closed, this, &ParticipantsModel::reload);
    // After an import the old counts stay on show until the new ones arrive.
    connect(session, &ProjectSession::contentChanged, this, [this] { readAttributes(true); });
    connect(session, &ProjectSession::participantsChanged, this, [this] { readAttributes(false); });
    if (session->isOpen())
        reload();
}

ParticipantsModel::~ParticipantsModel() = default;

void ParticipantsModel::reload()
{
    m_counts.clear();
    readAttributes(true);
}

void ParticipantsModel::readAttributes(bool recount)
{
    core::Store *store = m_session->store();
    if (!store) {
        ++m_job; // a count still running belongs to the project that closed
        m_countsPending = false;
        m_counts.clear();
        m_sourceLabels.clear();
        m_sourcePaths.clear();
        setParticipants({});
        return;
    }
    m_sourceLabels.clear();
    m_sourcePaths.clear();
    for (const auto &source : store->sources()) {
        m_sourceLabels.insert(
            source.id, tr("%1 (%2)").arg(QFileInfo(q(source.path)).fileName(), labels::formatName(source.format)));
        m_sourcePaths.insert(source.id, q(source.path));
    }
    auto people = store->participants(core::ParticipantCounts::Skip);
    for (auto &p : people) {
        if (const auto it = m_counts.find(p.id); it != m_counts.end())
            p.sources = it->second;
    }
    setParticipants(std::move(people));
    if (recount)
        startCounting();
}

void ParticipantsModel::startCounting()
{
    const quint64 job = ++m_job;
    m_countsPending = true;
    m_countsError.clear();
    // A large import drops the read indexes until it ends; opening a second Store now would build
    // them under its feet. The import says contentChanged when it is done; until then, look again.
    if (!m_session->store()->readIndexesPresent()) {
        QTimer::singleShot(2000, this, [this, job] {
            if (job == m_job && m_session->isOpen())
                startCounting();
        });
        return;
    }
    countParticipantMessages(m_session->path()).then(this, [this, job](const ParticipantMessageCounts &counts) {
        applyCounts(job, counts);
    });
}

void ParticipantsModel::applyCounts(quint64 job, ParticipantMessageCounts counts)
{
    if (job != m_job)
        return; // a later reload asked again
    m_countsPending = false;
    m_countsError = counts.error;
    m_counts = std::move(counts.perParticipant);
    auto people = m_groups.participants();
    for (auto &p : people) {
        const auto it = m_counts.find(p.id);
        p.sources = it == m_counts.end() ? std::vector<core::ParticipantSourceCount>{} : it->second;
    }
    setParticipants(std::move(people));
    Q_EMIT countsLoaded();
}

void ParticipantsModel::setParticipants(std::vector<core::ParticipantInfo> participants)
{
    if (!participants.empty() && m_groups.sameShape(participants)) {
        // Same rows: tell the views which changed, in runs, so selection, scroll and expansion stay.
        const auto changed = m_groups.update(std::move(participants));
        const auto notifyRuns = [this](const QModelIndex &parent, int rows, const auto &isChanged) {
            for (int first = 0; first < rows;) {
                if (!isChanged(first)) {
                    ++first;
                    continue;
                }
                int last = first;
                while (last + 1 < rows && isChanged(last + 1))
                    ++last;
                Q_EMIT dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
                first = last + 1;
            }
        };
        const auto personChanged = [&](int person) { return bool(changed[std::size_t(m_groups.indexAt(person))]); };
        notifyRuns(QModelIndex(), m_groups.personCount(), personChanged);
        for (int person = 0; person < m_groups.personCount(); ++person) {
            // An alias shows its person's name, so a renamed person changes its aliases' rows too.
            notifyRuns(index(person, 0), m_groups.aliasCount(person), [&](int alias) {
                return personChanged(person) || changed[std::size_t(m_groups.indexAt(person, alias))];
            });
        }
        return;
    }
    beginResetModel();
    m_groups = ParticipantGroups(std::move(participants));
    endResetModel();
}

ParticipantsModel::Place ParticipantsModel::place(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0)
        return index.row() < m_groups.personCount() ? Place{index.row(), -1} : Place{};
    const int person = int(index.internalId()) - 1;
    if (person >= m_groups.personCount() || index.row() >= m_groups.aliasCount(person))
        return {};
    return {person, index.row()};
}

QModelIndex ParticipantsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.personCount() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    // Only people have children; internalId says whose (0 for a person row itself).
    if (parent.internalId() != 0 || parent.row() >= m_groups.personCount() || row >= m_groups.aliasCount(parent.row()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ParticipantsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_groups.personCount();
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_groups.personCount())
        return 0;
    return m_groups.aliasCount(parent.row());
}

int ParticipantsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const core::ParticipantInfo *ParticipantsModel::participant(const QModelIndex &index) const
{
    const Place at = place(index);
    return at.person < 0 ? nullptr : &m_groups.at(at.person, at.alias);
}

const core::ParticipantInfo *ParticipantsModel::participantById(qint64 id) const
{
    return m_groups.byId(id);
}

QModelIndex ParticipantsModel::indexOfId(qint64 id, int column) const
{
    const Place at = m_groups.placeOf(id);
    if (at.person < 0)
        return {};
    return at.alias < 0 ? index(at.person, column) : index(at.alias, column, index(at.person, 0));
}

std::vector<qint64> ParticipantsModel::groupOf(qint64 id) const
{
    return m_groups.groupOf(id);
}

std::vector<std::pair<qint64, QString>> ParticipantsModel::people() const
{
    std::vector<std::pair<qint64, QString>> out;
    for (int person = 0; person < m_groups.personCount(); ++person)
        out.emplace_back(m_groups.at(person).id, q(m_groups.at(person).name()));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return out;
}

QString ParticipantsModel::sourceLabel(qint64 sourceId) const
{
    return m_sourceLabels.value(sourceId, tr("source %1").arg(sourceId));
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex &index) const
{
    if (!participant(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name || index.column() == SameAs)
        flags |= Qt::ItemIsEditable;
    if (index.column() == Me || index.column() == Bot)
        flags |= Qt::ItemIsUserCheckable;
    if (rowCount(index) == 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    const Place at = place(index);
    if (at.person < 0)
        return {};
    const auto &p = m_groups.at(at.person, at.alias);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(p, column, at);
    case Qt::EditRole:
        if (column == Name)
            return q(p.name());
        if (column == SameAs) // the person's id, 0 for a person of their own
            return at.alias >= 0 ? qint64(m_groups.at(at.person).id) : qint64(0);
        return display(p, column, at);
    case Qt::CheckStateRole:
        if (column == Me)
            return p.isMe ? Qt::Checked : Qt::Unchecked;
        if (column == Bot)
            return p.isBot ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const QString tip = toolTip(p, column, at);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return column == Messages ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        // The user's own decisions stand out from what the export says.
        if ((column == Name && p.customName) || (column == Bot && p.botOverridden) || (column == Me && p.isMe)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return qint64(p.id);
    case SortRole:
        return sortKey(p, column, at);
    case IsAliasRole:
        return at.alias >= 0;
    case FilterRole: {
        QStringList parts{q(p.name()), q(p.displayName), q(p.handle), q(p.key)};
        for (const auto &source : p.sources)
            parts << sourceLabel(source.sourceId);
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant ParticipantsModel::display(const core::ParticipantInfo &p, int column, const Place &at) const
{
    switch (column) {
    case Name:
        return q(p.name());
    case Exported:
        if (p.handle.empty() || p.handle == p.displayName)
            return q(p.displayName);
        return tr("%1 · %2").arg(q(p.displayName), q(p.handle));
    case Sources: {
        if (p.sources.empty())
            return m_countsPending ? tr("…") : QString();
        QStringList labels;
        for (const auto &source : p.sources)
            labels << sourceLabel(source.sourceId);
        return labels.join(QStringLiteral(", "));
    }
    case Messages:
        if (p.sources.empty() && m_countsPending)
            return tr("…");
        // A person listed first for what they wrote under every name says so, or the order looks wrong.
        if (at.alias < 0 && m_groups.aliasCount(at.person) > 0)
            return tr("%1 (%2 in all)").arg(QLocale().toString(qulonglong(p.messages())),
                                            QLocale().toString(qulonglong(m_groups.personMessages(at.person))));
        return QLocale().toString(qulonglong(p.messages()));
    case Bot:
        return p.botOverridden ? tr("by you") : QString();
    case SameAs: {
        if (at.alias >= 0)
            return q(m_groups.at(at.person).name());
        const int others = m_groups.aliasCount(at.person);
        if (others == 0)
            return QString();
        return others == 1 ? tr("1 other name") : tr("%1 other names").arg(others);
    }
    default:
        return {};
    }
}

QString ParticipantsModel::toolTip(const core::ParticipantInfo &p, int column, const Place &at) const
{
    switch (column) {
    case Name:
        return p.customName
            ? tr("Your name for them; the export calls them “%1”. Clear it to use that again.").arg(q(p.displayName))
            : tr("As the export names them. Press F2 to give a name of your own.");
    case Exported:
        return tr("Key in the project: %1").arg(q(p.key));
    case Sources: {
        QStringList paths;
        for (const auto &source : p.sources)
            paths << m_sourcePaths.value(source.sourceId);
        return paths.join(QLatin1Char('\n'));
    }
    case Messages: {
        if (m_countsPending && p.sources.empty())
            return tr("Counting messages…");
        QStringList lines;
        for (const auto &source : p.sources)
            lines << tr("%1: %2").arg(sourceLabel(source.sourceId), QLocale().toString(qulonglong(source.messages)));
        if (at.alias < 0 && m_groups.aliasCount(at.person) > 0)
            lines << tr("With their other names: %1")
                         .arg(QLocale().toString(qulonglong(m_groups.personMessages(at.person))));
        if (!m_countsError.isEmpty())
            lines << m_countsError;
        return lines.join(QLatin1Char('\n'));
    }
    case Me:
        return p.isMe ? tr("You: their messages are the voice to learn") : tr("Not you");
    case Bot:
        if (p.botOverridden)
            return p.isBot ? tr("Marked as a bot by you") : tr("Marked as not a bot by you");
        return p.isBot ? tr("A bot, as the export says") : tr("A person, as the export says");
    case SameAs:
        return at.alias >= 0 ? tr("Merged: the same person as “%1”").arg(display(p, SameAs, at).toString()) : QString();
    default:
        return {};
    }
}

QVariant ParticipantsModel::sortKey(const core::ParticipantInfo &p, int column, const Place &at) const
{
    switch (column) {
    case Messages:
        // People sort by everything they wrote under any name; aliases within a person by their own.
        return qulonglong(at.alias >= 0 ? p.messages() : m_groups.personMessages(at.person));
    case Me:
        return p.isMe ? 1 : 0;
    case Bot:
        return p.isBot ? 1 : 0;
    default:
        return display(p, column, at).toString().toCaseFolded();
    }
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Name");
        case Exported: return tr("Exported name · handle");
        case Sources: return tr("Source");
        case Messages: return tr("Messages");
        case Me: return tr("Me");
        case Bot: return tr("Bot");
        case SameAs: return tr("Same person as");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name: return tr("The name Tunebench shows; edit it with F2 or a double click");
        case Messages: return tr("Messages they wrote; the tooltip of a row breaks them down per source");
        case Me: return tr("Whose voice to learn: you (Ctrl+M)");
        case Bot: return tr("Bots are left out of training data (Ctrl+B)");
        case SameAs: return tr("Participants merged into one person across sources (Ctrl+G); double-click to choose");
        default: return {};
        }
    }
    return {};
}

bool ParticipantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto *p = participant(index);
    if (!p)
        return false;
    if (index.column() == Name && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        // Nothing to do: the same name, or clearing a name that is already the exported one.
        if ((name.isEmpty() && !p->customName) || (!name.isEmpty() && name == q(p->name())))
            return false;
        Q_EMIT renameRequested(p->id, name);
        return true;
    }
    if (index.column() == SameAs && role == Qt::EditRole) {
        const qint64 target = value.toLongLong();
        const auto group = groupOf(p->id);
        const bool alone = group.size() == 1;
        // Already so: in that person's group, or on their own and asked to be.
        if ((target == 0 && (alone || group.front() == p->id)) ||
            (target != 0 && std::find(group.begin(), group.end(), target) != group.end()) ||
            (target != 0 && !participantById(target)))
            return false;
        Q_EMIT aliasRequested(p->id, target);
        return true;
    }
    if (role == Qt::CheckStateRole && (index.column() == Me || index.column() == Bot)) {
        const bool checked = value.toInt() == Qt::Checked;
        if (index.column() == Me && checked != p->isMe)
            Q_EMIT meRequested(p->id, checked);
        else if (index.column() == Bot && checked != p->isBot)
            Q_EMIT botRequested(p->id, checked);
        else
            return false;
        return true;
    }
    return false;
}

} // namespace tb::models
