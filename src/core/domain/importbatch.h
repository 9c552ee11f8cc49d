#pragma once

#include "conversation.h"
#include "finding.h"
#include "message.h"
#include "participant.h"

#include <vector>

namespace tb::core {

// What an importer hands to the store in one transaction. Participants and conversations come
// before the messages that refer to them, in the same batch or an earlier one.
struct ImportBatch {
    std::vector<Participant> participants;
    std::vector<Conversation> conversations;
    std::vector<Message> messages;
    std::vector<Finding> findings;

    bool empty() const
    {
        return participants.empty() && conversations.empty() && messages.empty() && findings.empty();
    }
};

} // namespace tb::core
