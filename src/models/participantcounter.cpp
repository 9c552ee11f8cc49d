#include "participantcounter.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace tb::models {

QFuture<ParticipantMessageCounts> countParticipantMessages(const QString &path)
{
    auto promise = std::make_shared<QPromise<ParticipantMessageCounts>>();
    promise->start();
    QFuture<ParticipantMessageCounts> future = promise->future();
    // Nothing here throws: Store reports failures as values.
    QThreadPool::globalInstance()->start([promise, file = path.toStdString()] {
        ParticipantMessageCounts counts;
        if (auto store = core::Store::open(file); !store) {
            counts.error = QCoreApplication::translate("ParticipantsModel", "Cannot count the messages: %1")
                               .arg(QString::fromStdString(store.error().message));
        } else {
            for (auto &p : (*store)->participants(core::ParticipantCounts::PerSource))
                counts.perParticipant[p.id] = std::move(p.sources);
        }
        promise->addResult(std::move(counts));
        promise->finish();
    });
    return future;
}

} // namespace tb::models
