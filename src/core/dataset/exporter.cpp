#include "exporter.h"

namespace tb::core {

namespace {

using ojson = nlohmann::ordered_json;

// Our own names (toString(TurnRole) belongs to the recipes' contract owner).
const char *roleName(TurnRole role)
{
    switch (role) {
    case TurnRole::System:
        return "system";
    case TurnRole::User:
        return "user";
    case TurnRole::Assistant:
        return "assistant";
    }
    return "user";
}

std::optional<TurnRole> roleFromName(const std::string &name)
{
    if (name == "system")
        return TurnRole::System;
    if (name == "user")
        return TurnRole::User;
    if (name == "assistant")
        return TurnRole::Assistant;
    return std::nullopt;
}

ojson turnJson(const ChatTurn &turn)
{
    ojson out;
    out["role"] = roleName(turn.role);
    out["content"] = turn.content;
    if (!turn.name.empty())
        out["name"] = turn.name;
    if (turn.weight && turn.role == TurnRole::Assistant)
        out["weight"] = *turn.weight;
    return out;
}

ojson messagesJson(const std::vector<ChatTurn> &turns, std::size_t count)
{
    ojson list = ojson::array();
    for (std::size_t i = 0; i < count && i < turns.size(); ++i)
        list.push_back(turnJson(turns[i]));
    return list;
}

Error noAssistant(const TrainingRecord &record, ExportFormat format)
{
    return Error{"record " + std::to_string(record.ordinal) + " has no assistant turn to learn, so it cannot be written as " +
                 std::string(toString(format)) + "; check the recipe's options"};
}

bool endsOnAssistant(const TrainingRecord &record)
{
    return !record.messages.empty() && record.messages.back().role == TurnRole::Assistant;
}

ojson shareGpt(const TrainingRecord &record)
{
    ojson list = ojson::array();
    for (const auto &turn : record.messages) {
        const char *from = turn.role == TurnRole::System ? "system" : turn.role == TurnRole::User ? "human" : "gpt";
        ojson item;
        item["from"] = from;
        item["value"] = turn.content;
        list.push_back(std::move(item));
    }
    ojson out;
    out["conversations"] = std::move(list);
    return out;
}

// LLaMA-Factory's Alpaca columns: the last user/assistant pair is instruction/output, the earlier
// pairs are history, a leading system turn is system. Consecutive turns of one side are joined by
// a blank line, so every turn reaches the file.
ojson alpaca(const TrainingRecord &record)
{
    std::string system;
    std::vector<std::pair<std::string, std::string>> pairs;
    std::string pendingUser;
    bool haveUser = false;
    for (const auto &turn : record.messages) {
        if (turn.role == TurnRole::System) {
            system += (system.empty() ? "" : "\n\n") + turn.content;
        } else if (turn.role == TurnRole::User) {
            pendingUser += (haveUser ? "\n\n" : "") + turn.content;
            haveUser = true;
        } else if (haveUser || pairs.empty()) {
            pairs.emplace_back(pendingUser, turn.content);
            pendingUser.clear();
            haveUser = false;
        } else {
            pairs.back().second += "\n\n" + turn.content;
        }
    }
    ojson out;
    out["instruction"] = pairs.back().first;
    out["input"] = "";
    out["output"] = pairs.back().second;
    if (!system.empty())
        out["system"] = system;
    if (pairs.size() > 1) {
        ojson history = ojson::array();
        for (std::size_t i = 0; i + 1 < pairs.size(); ++i)
            history.push_back(ojson::array({pairs[i].first, pairs[i].second}));
        out["history"] = std::move(history);
    }
    return out;
}

} // namespace

std::string dumpCanonical(const nlohmann::ordered_json &value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string dumpCanonical(const nlohmann::json &value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<PromptCompletion> promptCompletionOf(const TrainingRecord &record, const ExportOptions &options)
{
    if (record.promptCompletion)
        return *record.promptCompletion;
    std::size_t last = record.messages.size();
    while (last > 0 && record.messages[last - 1].role != TurnRole::Assistant)
        --last;
    if (last == 0)
        return noAssistant(record, ExportFormat::PromptCompletion);
    PromptCompletion out;
    bool first = true;
    for (std::size_t i = 0; i + 1 < last; ++i) {
        if (record.messages[i].role == TurnRole::Assistant)
            continue;
        if (!first)
            out.prompt += options.promptJoiner;
        out.prompt += record.messages[i].content;
        first = false;
    }
    out.prompt += options.separator;
    out.completion = " " + record.messages[last - 1].content + options.stopSuffix;
    return out;
}

Result<nlohmann::ordered_json> toJson(const TrainingRecord &record, ExportFormat format, const ExportOptions &options)
{
    ojson out;
    switch (format) {
    case ExportFormat::Chat:
        out["messages"] = messagesJson(record.messages, record.messages.size());
        return out;
    case ExportFormat::Kto:
        if (!endsOnAssistant(record))
            return noAssistant(record, format);
        out["messages"] = messagesJson(record.messages, record.messages.size());
        out["kto_tag"] = record.desirable.value_or(true);
        return out;
    case ExportFormat::Dpo: {
        if (!endsOnAssistant(record))
            return noAssistant(record, format);
        if (!record.rejected)
            return Error{"record " + std::to_string(record.ordinal) +
                         " has no rejected reply, so it cannot be a DPO pair; DPO needs labels that give a worse "
                         "reply for the same input (or export as chat)"};
        // Weights are a supervised-training notion: the DPO input carries plain turns.
        std::vector<ChatTurn> turns(record.messages.begin(), record.messages.end() - 1);
        for (auto &turn : turns)
            turn.weight.reset();
        ojson input;
        input["messages"] = messagesJson(turns, turns.size());
        out["input"] = std::move(input);
        ChatTurn preferred = record.messages.back();
        preferred.weight.reset();
        ChatTurn rejected = *record.rejected;
        rejected.role = TurnRole::Assistant;
        rejected.weight.reset();
        out["preferred_output"] = ojson::array({turnJson(preferred)});
        out["non_preferred_output"] = ojson::array({turnJson(rejected)});
        return out;
    }
    case ExportFormat::PromptCompletion: {
        auto pair = promptCompletionOf(record, options);
        if (!pair)
            return pair.error();
        out["prompt"] = pair->prompt;
        out["completion"] = pair->completion;
        return out;
    }
    case ExportFormat::ShareGpt:
        if (record.messages.empty())
            return noAssistant(record, format);
        return shareGpt(record);
    case ExportFormat::Alpaca:
        if (!endsOnAssistant(record))
            return noAssistant(record, format);
        return alpaca(record);
    }
    return Error{"unknown export format"};
}

Result<std::string> toJsonLine(const TrainingRecord &record, ExportFormat format, const ExportOptions &options)
{
    auto object = toJson(record, format, options);
    if (!object)
        return object.error();
    return dumpCanonical(*object);
}

nlohmann::ordered_json toNeutralJson(const TrainingRecord &record)
{
    ojson out;
    out["messages"] = messagesJson(record.messages, record.messages.size());
    if (record.promptCompletion) {
        ojson pair;
        pair["prompt"] = record.promptCompletion->prompt;
        pair["completion"] = record.promptCompletion->completion;
        out["prompt_completion"] = std::move(pair);
    }
    if (record.rejected)
        out["rejected"] = turnJson(*record.rejected);
    if (record.desirable)
        out["desirable"] = *record.desirable;
    out["ordinal"] = record.ordinal;
    ojson lineage;
    lineage["conversation"] = record.conversationKey;
    lineage["anchor"] = record.anchorMessageId;
    lineage["message_ids"] = record.messageIds;
    out["lineage"] = std::move(lineage);
    return out;
}

namespace {

std::optional<ChatTurn> turnFromJson(const nlohmann::json &object)
{
    if (!object.is_object() || !object.contains("role") || !object["role"].is_string() || !object.contains("content") ||
        !object["content"].is_string())
        return std::nullopt;
    const auto role = roleFromName(object["role"].get<std::string>());
    if (!role)
        return std::nullopt;
    ChatTurn turn;
    turn.role = *role;
    turn.content = object["content"].get<std::string>();
    if (object.contains("name") && object["name"].is_string())
        turn.name = object["name"].get<std::string>();
    if (object.contains("weight") && object["weight"].is_number_integer())
        turn.weight = object["weight"].get<int>();
    return turn;
}

} // namespace

Result<TrainingRecord> fromNeutralJson(const nlohmann::json &object)
{
    if (!object.is_object() || !object.contains("messages") || !object["messages"].is_array())
        return Error{"not a Tunebench record: expected an object with a \"messages\" list"};
    TrainingRecord record;
    for (const auto &message : object["messages"]) {
        auto turn = turnFromJson(message);
        if (!turn)
            return Error{"not a Tunebench record: a message needs a role (system, user, assistant) and a text content"};
        record.messages.push_back(std::move(*turn));
    }
    if (const auto it = object.find("prompt_completion"); it != object.end() && it->is_object())
        record.promptCompletion = PromptCompletion{it->value("prompt", std::string()), it->value("completion", std::string())};
    if (const auto it = object.find("rejected"); it != object.end()) {
        record.rejected = turnFromJson(*it);
        if (!record.rejected)
            return Error{"not a Tunebench record: \"rejected\" is not a message"};
    }
    if (const auto it = object.find("desirable"); it != object.end() && it->is_boolean())
        record.desirable = it->get<bool>();
    if (const auto it = object.find("ordinal"); it != object.end() && it->is_number_unsigned())
        record.ordinal = it->get<std::uint64_t>();
    if (const auto it = object.find("lineage"); it != object.end() && it->is_object()) {
        record.conversationKey = it->value("conversation", std::string());
        record.anchorMessageId = it->value("anchor", std::int64_t(0));
        if (const auto ids = it->find("message_ids"); ids != it->end() && ids->is_array()) {
            for (const auto &id : *ids) {
                if (id.is_number_integer())
                    record.messageIds.push_back(id.get<std::int64_t>());
            }
        }
    }
    return record;
}

} // namespace tb::core
