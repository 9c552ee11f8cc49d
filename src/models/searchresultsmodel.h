#pragma once

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QStringList>

#include <memory>
#include <vector>

namespace tb::core {
struct SearchHit;
}

namespace tb::models {

class ProjectSession;
class StoreWorker;
class LatestJob;

// The hits of what the user typed in the search field, newest first. Each query runs off the GUI
// thread on a Store of its own; only the latest one delivers, so typing fast never shows stale hits.
class SearchResultsModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        SnippetRole, // the text with matches between \x02 and \x03
        TextRole,
        AuthorRole,
        ConversationNameRole,
        ConversationIdRole, // qint64
        TimestampRole, // qint64 UTC ms, invalid when unknown
        FlagsRole,
    };

    explicit SearchResultsModel(ProjectSession *session, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    // Searches for TEXT (words, from:, in:, after:, before:); the word being typed (no space after it)
    // also matches as a prefix. Empty text clears the results at once.
    void setQuery(const QString &text);
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    QString query() const { return m_query; }
    bool isBusy() const { return m_busy; }
    // Operators that could not be read (shown to the user; the rest of the query still runs).
    QStringList problems() const { return m_problems; }
    // Why the last search failed, or empty.
    QString errorString() const { return m_error; }
    // From setQuery() to the hits being in, for the last query that delivered.
    double lastLatencyMs() const { return m_latencyMs; }
    bool limitReached() const { return m_limitReached; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The results of the current query are in (or it failed: errorString()).
    void finished();

private:
    struct Hit;
    struct Answer;
    void clearResults();

    StoreWorker *m_worker;
    std::unique_ptr<LatestJob> m_job;
    std::vector<Hit> m_hits;
    QString m_query;
    QStringList m_problems;
    QString m_error;
    QElapsedTimer m_clock;
    double m_latencyMs = 0;
    int m_limit = 200;
    bool m_busy = false;
    bool m_limitReached = false;
};

} // namespace tb::models
