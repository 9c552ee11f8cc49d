#pragma once

#include <string>

namespace tb::core {

struct Participant {
    std::string key;         // stable per platform: "slack:U024BE7LH", "whatsapp:Alice"
    std::string displayName; // what a person calls them
    std::string handle;      // platform user name or id, for search by from:
    bool isBot = false;
};

} // namespace tb::core
