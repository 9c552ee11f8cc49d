#include "participantsmodel.h"

#include "projectsession.h"

#include <QFileInfo>
#include <QFont>
#include <QFuture>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace tb::models {

struct ParticipantsModel::Counts {
    std::map<std::int64_t, std::vector<core::ParticipantSourceCount>> perParticipant;
    QString error;
};

namespace {

QString formatName(const std::string &format)
{
    if (format == "slack")
        return QStringLiteral("Slack");
    if (format == "whatsapp")
        return QStringLiteral("WhatsApp");
    if (format == "twitter")
        return QStringLiteral("Twitter/X");
    if (format == "script-csv")
        return QObject::tr("TV script");
    return QString::fromStdString(format);
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// The same structure: same participants in the same order, each with the same alias link.
bool sameShape(const std::vector<core::ParticipantInfo> &a, const std::vector<core::ParticipantInfo> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.id == y.id && x.aliasOf == y.aliasOf;
    });
}

bool sameRow(const core::ParticipantInfo &a, const core::ParticipantInfo &b)
{
    const auto counts = [](const core::ParticipantInfo &p) {
        std::vector<std::pair<std::int64_t, std::uint64_t>> out;
        for (const auto &s : p.sources)
            out.emplace_back(s.sourceId, s.messages);
        return out;
    };
    return a.displayName == b.displayName && a.customName == b.customName && a.handle == b.handle &&
           a.isBot == b.isBot && a.botOverridden == b.botOverridden && a.isMe == b.isMe && counts(a) == counts(b);
}

} // namespace

ParticipantsModel::ParticipantsModel(ProjectSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(session, &ProjectSession::opened, this, &ParticipantsModel::reload);
    connect(session, &ProjectSession::closed, this, &ParticipantsModel::reload);
    connect(session, &ProjectSession::contentChanged, this, &ParticipantsModel::reload);
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
        setPeople({});
        return;
    }
    m_sourceLabels.clear();
    m_sourcePaths.clear();
    for (const auto &source : store->sources()) {
        m_sourceLabels.insert(source.id, tr("%1 (%2)").arg(QFileInfo(q(source.path)).fileName(), formatName(source.format)));
        m_sourcePaths.insert(source.id, q(source.path));
    }
    auto people = store->participants(core::ParticipantCounts::Skip);
    for (auto &p : people) {
        if (const auto it = m_counts.find(p.id); it != m_counts.end())
            p.sources = it->second;
    }
    setPeople(std::move(people));
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
    auto promise = std::make_shared<QPromise<Counts>>();
    promise->start();
    promise->future().then(this, [this, job](const Counts &counts) { applyCounts(job, counts); });
    QThreadPool::globalInstance()->start([promise, path = m_session->path().toStdString()] {
        Counts counts;
        if (auto store = core::Store::open(path); !store) {
            counts.error = tr("Cannot count the messages: %1").arg(q(store.error().message));
        } else {
            for (auto &p : (*store)->participants(core::ParticipantCounts::PerSource))
                counts.perParticipant[p.id] = std::move(p.sources);
        }
        promise->addResult(std::move(counts));
        promise->finish();
    });
}

void ParticipantsModel::applyCounts(quint64 job, Counts counts)
{
    if (job != m_job)
        return; // a later reload asked again
    m_countsPending = false;
    m_countsError = counts.error;
    m_counts = std::move(counts.perParticipant);
    auto people = m_people;
    for (auto &p : people) {
        const auto it = m_counts.find(p.id);
        p.sources = it == m_counts.end() ? std::vector<core::ParticipantSourceCount>{} : it->second;
    }
    setPeople(std::move(people));
    Q_EMIT countsLoaded();
}

void ParticipantsModel::setPeople(std::vector<core::ParticipantInfo> people)
{
    if (sameShape(people, m_people) && !people.empty()) {
        // Same rows: tell the views which changed, so selection, scroll and expansion stay.
        std::vector<bool> changed(people.size());
        for (std::size_t i = 0; i < people.size(); ++i)
            changed[i] = !sameRow(people[i], m_people[i]);
        m_people = std::move(people);
        const auto notify = [this](const QModelIndex &first) {
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        };
        for (int person = 0; person < int(m_persons.size()); ++person) {
            const bool personChanged = changed[std::size_t(m_persons[std::size_t(person)])];
            if (personChanged)
                notify(index(person, 0));
            const QModelIndex parentIndex = index(person, 0);
            const auto &aliases = m_aliases[std::size_t(person)];
            for (int row = 0; row < int(aliases.size()); ++row) {
                // An alias shows its person's name, so a renamed person changes its aliases' rows too.
                if (personChanged || changed[std::size_t(aliases[std::size_t(row)])])
                    notify(index(row, 0, parentIndex));
            }
        }
        return;
    }
    beginResetModel();
    m_people = std::move(people);
    m_rowOfId.clear();
    m_persons.clear();
    m_aliases.clear();
    for (int i = 0; i < int(m_people.size()); ++i)
        m_rowOfId.insert(m_people[std::size_t(i)].id, i);
    // Store keeps links one deep; follow longer ones anyway (and break loops) so nobody is lost.
    const auto rootOf = [this](int row) {
        int at = row;
        for (std::size_t steps = 0; steps <= m_people.size(); ++steps) {
            const auto &link = m_people[std::size_t(at)].aliasOf;
            if (!link || !m_rowOfId.contains(*link))
                return at;
            at = m_rowOfId.value(*link);
            if (at == row)
                break;
        }
        return row;
    };
    std::vector<int> roots(m_people.size());
    QHash<int, int> personOfRow;
    for (int i = 0; i < int(m_people.size()); ++i) {
        roots[std::size_t(i)] = rootOf(i);
        if (roots[std::size_t(i)] == i) {
            personOfRow.insert(i, int(m_persons.size()));
            m_persons.push_back(i);
            m_aliases.emplace_back();
        }
    }
    for (int i = 0; i < int(m_people.size()); ++i) {
        if (roots[std::size_t(i)] != i)
            m_aliases[std::size_t(personOfRow.value(roots[std::size_t(i)]))].push_back(i);
    }
    endResetModel();
}

ParticipantsModel::Place ParticipantsModel::place(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= int(m_persons.size()))
            return {};
        return {m_persons[std::size_t(index.row())], index.row(), false};
    }
    const int person = int(index.internalId()) - 1;
    if (person >= int(m_aliases.size()) || index.row() >= int(m_aliases[std::size_t(person)].size()))
        return {};
    return {m_aliases[std::size_t(person)][std::size_t(index.row())], person, true};
}

QModelIndex ParticipantsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_persons.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_aliases.size()))
        return {};
    if (row >= int(m_aliases[std::size_t(parent.row())].size()))
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
        return int(m_persons.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= int(m_aliases.size()))
        return 0;
    return int(m_aliases[std::size_t(parent.row())].size());
}

int ParticipantsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const core::ParticipantInfo *ParticipantsModel::participant(const QModelIndex &index) const
{
    const Place at = place(index);
    return at.people < 0 ? nullptr : &m_people[std::size_t(at.people)];
}

const core::ParticipantInfo *ParticipantsModel::participantById(qint64 id) const
{
    const auto it = m_rowOfId.find(id);
    return it == m_rowOfId.end() ? nullptr : &m_people[std::size_t(*it)];
}

QModelIndex ParticipantsModel::indexOfId(qint64 id, int column) const
{
    const auto it = m_rowOfId.find(id);
    if (it == m_rowOfId.end())
        return {};
    for (int person = 0; person < int(m_persons.size()); ++person) {
        if (m_persons[std::size_t(person)] == *it)
            return index(person, column);
        const auto &aliases = m_aliases[std::size_t(person)];
        const auto found = std::find(aliases.begin(), aliases.end(), *it);
        if (found != aliases.end())
            return index(int(found - aliases.begin()), column, index(person, 0));
    }
    return {};
}

std::vector<qint64> ParticipantsModel::groupOf(qint64 id) const
{
    const QModelIndex at = indexOfId(id);
    if (!at.isValid())
        return {};
    const QModelIndex person = at.parent().isValid() ? at.parent() : at;
    std::vector<qint64> ids{participant(person)->id};
    for (const int row : m_aliases[std::size_t(person.row())])
        ids.push_back(m_people[std::size_t(row)].id);
    return ids;
}

std::vector<std::pair<qint64, QString>> ParticipantsModel::people() const
{
    std::vector<std::pair<qint64, QString>> out;
    for (const int row : m_persons)
        out.emplace_back(m_people[std::size_t(row)].id, q(m_people[std::size_t(row)].name()));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return out;
}

QString ParticipantsModel::sourceLabel(qint64 sourceId) const
{
    return m_sourceLabels.value(sourceId, tr("source %1").arg(sourceId));
}

std::uint64_t ParticipantsModel::personMessages(int person) const
{
    std::uint64_t total = m_people[std::size_t(m_persons[std::size_t(person)])].messages();
    for (const int row : m_aliases[std::size_t(person)])
        total += m_people[std::size_t(row)].messages();
    return total;
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
    if (at.people < 0)
        return {};
    const auto &p = m_people[std::size_t(at.people)];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(p, column, at);
    case Qt::EditRole:
        if (column == Name)
            return q(p.name());
        if (column == SameAs) // the person's id, 0 for a person of their own
            return at.alias ? qint64(m_people[std::size_t(m_persons[std::size_t(at.person)])].id) : qint64(0);
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
        return at.alias;
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
        if (!at.alias && !m_aliases[std::size_t(at.person)].empty())
            return tr("%1 (%2 in all)").arg(QLocale().toString(qulonglong(p.messages())),
                                            QLocale().toString(qulonglong(personMessages(at.person))));
        return QLocale().toString(qulonglong(p.messages()));
    case Bot:
        return p.botOverridden ? tr("by you") : QString();
    case SameAs: {
        if (at.alias)
            return q(m_people[std::size_t(m_persons[std::size_t(at.person)])].name());
        const auto others = m_aliases[std::size_t(at.person)].size();
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
        return p.customName ? tr("Your name for them; the export calls them “%1”. Clear it to use that again.").arg(q(p.displayName))
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
        if (!at.alias && !m_aliases[std::size_t(at.person)].empty())
            lines << tr("With their other names: %1").arg(QLocale().toString(qulonglong(personMessages(at.person))));
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
        return at.alias ? tr("Merged: the same person as “%1”").arg(display(p, SameAs, at).toString()) : QString();
    default:
        return {};
    }
}

QVariant ParticipantsModel::sortKey(const core::ParticipantInfo &p, int column, const Place &at) const
{
    switch (column) {
    case Messages:
        // People sort by everything they wrote under any name; aliases within a person by their own.
        return qulonglong(at.alias ? p.messages() : personMessages(at.person));
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
