#pragma once

#include "store/store.h"

#include <QFuture>
#include <QString>

#include <map>

namespace tb::models {

struct ParticipantMessageCounts {
    std::map<std::int64_t, std::vector<core::ParticipantSourceCount>> perParticipant; // by participant id
    QString error; // set when the project could not be read
};

// Counts every participant's messages per source in the project at PATH, on the global thread pool
// with a Store of its own (reading the whole author index is too slow for the GUI thread at a
// million messages). Attach a continuation with a context object to get the result back.
QFuture<ParticipantMessageCounts> countParticipantMessages(const QString &path);

} // namespace tb::models
