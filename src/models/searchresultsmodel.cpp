#include "searchresultsmodel.h"

#include "matchmarker.h"
#include "projectsession.h"
#include "store/searchquery.h"
#include "store/store.h"
#include "storeworker.h"

#include <optional>

namespace tb::models {

struct SearchResultsModel::Hit {
    QString key;
    QString snippet;
    QString text;
    QString author;
    QString conversationName;
    qint64 conversationId = 0;
    std::optional<qint64> timestampMs;
    quint32 flags = 0;
};

struct SearchResultsModel::Answer {
    quint64 job = 0;
    std::vector<Hit> hits;
    std::string error;
};

namespace {

const QStringList kOperators
    = { QStringLiteral("from:"), QStringLiteral("in:"), QStringLiteral("after:"), QStringLiteral("before:") };

// What TEXT asks for, with the word still being typed matching as a prefix ("kube" finds
// "kubernetes"); an operator typed without its value yet ("from:") asks for nothing.
core::SearchQuery parseTyped(const QString &text)
{
    core::SearchQuery query = core::SearchQuery::parse(text.toStdString());
    const QString trimmed = text.trimmed();
    const QString last = trimmed.section(QLatin1Char(' '), -1);
    const bool typingOperator = std::any_of(kOperators.begin(), kOperators.end(),
        [&](const QString &op) { return last.startsWith(op, Qt::CaseSensitive); });
    if (typingOperator && last.endsWith(QLatin1Char(':')) && !query.words.empty()
        && query.words.back() == last.toStdString())
        query.words.pop_back();
    query.lastWordIsPrefix = !text.isEmpty() && !text.back().isSpace() && text.back() != QLatin1Char('"')
        && !typingOperator && !query.words.empty();
    return query;
}

} // namespace

SearchResultsModel::SearchResultsModel(ProjectSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_worker(new StoreWorker(this))
    , m_job(std::make_unique<LatestJob>())
{
    connect(session, &ProjectSession::opened, this, [this, session] { m_worker->setPath(session->path()); });
    connect(session, &ProjectSession::closed, this, [this] {
        setQuery({});
        m_worker->setPath({});
    });
    // New messages may match: run the query again.
    connect(session, &ProjectSession::contentChanged, this, [this] { setQuery(m_query); });
    if (session->isOpen())
        m_worker->setPath(session->path());
}

SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::clearResults()
{
    if (m_hits.empty())
        return;
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

void SearchResultsModel::setQuery(const QString &text)
{
    m_query = text;
    const quint64 job = m_job->start();
    core::SearchQuery query = parseTyped(text);
    m_problems.clear();
    for (const auto &problem : query.problems)
        m_problems << QString::fromStdString(problem);
    // A half-typed date must not blank the results of the rest of the query.
    query.problems.clear();
    m_error.clear();
    if (query.isEmpty()) {
        m_busy = false;
        m_limitReached = false;
        clearResults();
        Q_EMIT finished();
        return;
    }
    m_busy = true;
    m_clock.start();
    const auto wanted = m_job->stillWanted(job);
    m_worker->run<Answer>(
        [job, wanted, query = std::move(query), limit = m_limit](const core::Store *store, const std::string &error) {
            Answer answer { job, {}, {} };
            if (!store) {
                answer.error = error;
                return answer;
            }
            if (!wanted())
                return answer;
            // Matches are marked here rather than by the index: a lookup per hit saved.
            auto hits = store->search(query, limit, false);
            const MatchMarker marker(query.words, query.lastWordIsPrefix);
            if (!hits) {
                answer.error = hits.error().message;
                return answer;
            }
            answer.hits.reserve(hits->size());
            for (const auto &hit : *hits) {
                const auto &m = hit.message;
                const QString body = QString::fromStdString(m.text);
                answer.hits.push_back(
                    { QString::fromStdString(m.key), marker.snippet(body), body, QString::fromStdString(m.authorName),
                        QString::fromStdString(m.conversationName), m.conversationId, m.timestampMs, m.flags });
            }
            return answer;
        },
        [this](Answer answer) {
            if (!m_job->isLatest(answer.job))
                return;
            m_latencyMs = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_busy = false;
            m_error = QString::fromStdString(answer.error);
            m_limitReached = static_cast<int>(answer.hits.size()) >= m_limit;
            beginResetModel();
            m_hits = std::move(answer.hits);
            endResetModel();
            Q_EMIT finished();
        });
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &hit = m_hits[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return hit.author.isEmpty() ? hit.text : hit.author + QStringLiteral(": ") + hit.text;
    case Qt::ToolTipRole:
        return hit.text;
    case KeyRole:
        return hit.key;
    case SnippetRole:
        return hit.snippet;
    case TextRole:
        return hit.text;
    case AuthorRole:
        return hit.author;
    case ConversationNameRole:
        return hit.conversationName;
    case ConversationIdRole:
        return hit.conversationId;
    case TimestampRole:
        return hit.timestampMs ? QVariant(*hit.timestampMs) : QVariant();
    case FlagsRole:
        return hit.flags;
    default:
        return {};
    }
}

} // namespace tb::models
