#include "jsonout.h"

#include "domain/message.h"
#include "util/timeutil.h"

#include <iostream>

namespace tb::cli {

nlohmann::json timestampJson(const std::optional<std::int64_t> &ms)
{
    return ms ? nlohmann::json(core::timeutil::toIsoUtc(*ms)) : nlohmann::json(nullptr);
}

nlohmann::json flagsJson(std::uint32_t flags)
{
    using namespace core;
    nlohmann::json out = nlohmann::json::array();
    const std::pair<std::uint32_t, const char *> names[] = {
        {MessageFlag::System, "system"}, {MessageFlag::Bot, "bot"},         {MessageFlag::Media, "media"},
        {MessageFlag::Edited, "edited"}, {MessageFlag::Deleted, "deleted"}, {MessageFlag::Retweet, "retweet"}};
    for (const auto &[bit, name] : names) {
        if (flags & bit)
            out.push_back(name);
    }
    return out;
}

nlohmann::json toJson(const core::Finding &f)
{
    nlohmann::json j = {{"severity", core::toString(f.severity)}, {"file", f.file}, {"reason", f.reason}};
    j["line"] = f.line > 0 ? nlohmann::json(f.line) : nlohmann::json(nullptr);
    j["record"] = f.record >= 0 ? nlohmann::json(f.record) : nlohmann::json(nullptr);
    j["message"] = f.messageKey.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.messageKey);
    return j;
}

nlohmann::json toJson(const core::StoredMessage &m)
{
    nlohmann::json j = {{"id", m.key},
                        {"conversation", m.conversationKey},
                        {"conversation_name", m.conversationName},
                        {"author", m.authorName},
                        {"author_id", m.authorKey},
                        {"timestamp", timestampJson(m.timestampMs)},
                        {"text", m.text},
                        {"flags", flagsJson(m.flags)}};
    j["reply_to"] = m.replyToKey.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.replyToKey);
    j["thread"] = m.threadKey.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.threadKey);
    return j;
}

void printJson(const nlohmann::json &value)
{
    std::cout << value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace tb::cli
