// The server's rules for the chat and DPO formats (and the shapes of ShareGPT, Alpaca and KTO lines).
#include "dataset/validatorstate.h"

#include <array>
#include <set>

namespace tb::core {

namespace {

const std::set<std::string> &allowedKeys(const std::string &role)
{
    static const std::set<std::string> system = {"role", "content", "name"};
    static const std::set<std::string> assistant = {"role", "content", "name", "weight", "function_call", "tool_calls", "refusal"};
    static const std::set<std::string> tool = {"role", "content", "tool_call_id"};
    if (role == "assistant")
        return assistant;
    if (role == "tool")
        return tool;
    return system; // system, user, function
}

bool blank(const nlohmann::json &content)
{
    if (content.is_string())
        return content.get_ref<const std::string &>().find_first_not_of(" \t\r\n") == std::string::npos;
    if (content.is_array())
        return content.empty();
    return content.is_null();
}

} // namespace

bool Validator::State::checkMessage(const nlohmann::json &message, std::size_t index, std::int64_t record,
                                    std::int64_t line)
{
    const std::string where = "message " + std::to_string(index);
    if (!message.is_object()) {
        report(Severity::Error, record, line, "chat-message-not-object", where + " is not an object; each message is {\"role\", \"content\"}");
        return false;
    }
    const auto roleIt = message.find("role");
    if (roleIt == message.end() || !roleIt->is_string()) {
        report(Severity::Error, record, line, "chat-missing-role", where + " has no role; give it one of system, user, assistant, tool");
        return false;
    }
    const std::string role = roleIt->get<std::string>();
    if (role == "developer") {
        report(Severity::Error, record, line, "chat-developer-role",
               where + " has role \"developer\", which training files do not accept; map it to \"system\"");
        return false;
    }
    if (role != "system" && role != "user" && role != "assistant" && role != "tool" && role != "function") {
        report(Severity::Error, record, line, "chat-unknown-role",
               where + " has role \"" + role + "\"; use system, user, assistant or tool");
        return false;
    }
    const auto &allowed = allowedKeys(role);
    for (const auto &[key, value] : message.items()) {
        if (!allowed.count(key))
            report(Severity::Error, record, line, "chat-unknown-key",
                   where + " (" + role + ") has the key \"" + key + "\", which the server rejects; remove it");
    }
    const auto content = message.find("content");
    const bool call = message.contains("function_call") || message.contains("tool_calls");
    if (content == message.end()) {
        if (!call)
            report(Severity::Error, record, line, "chat-missing-content", where + " (" + role + ") has no content; add the text");
    } else if (content->is_null()) {
        if (!call)
            report(Severity::Error, record, line, "chat-null-content",
                   where + " (" + role + ") has null content, allowed only with function_call or tool_calls; give it text");
    } else if (!content->is_string() && !content->is_array()) {
        report(Severity::Error, record, line, "chat-content-type",
               where + " (" + role + ") content must be a string (or a list of parts)");
    } else if (role == "assistant" && blank(*content) && !call) {
        report(Severity::Warning, record, line, "chat-empty-assistant",
               where + " is an empty assistant turn: the model would learn to say nothing; give it text or remove it");
    }
    if (const auto weight = message.find("weight"); weight != message.end()) {
        if (role != "assistant")
            report(Severity::Error, record, line, "chat-weight-role",
                   where + " (" + role + ") has a weight; weight is allowed only on assistant messages");
        else if (!weight->is_number_integer() || (weight->get<std::int64_t>() != 0 && weight->get<std::int64_t>() != 1))
            report(Severity::Error, record, line, "chat-weight-value", where + " has weight " + weight->dump() + "; weight must be 0 or 1");
    }
    return true;
}

void Validator::State::checkChat(const nlohmann::json &object, std::int64_t record, std::int64_t line,
                                 bool requireAssistant)
{
    const auto messages = object.find("messages");
    if (messages == object.end() || !messages->is_array()) {
        report(Severity::Error, record, line, "chat-missing-messages", "the line has no \"messages\" list; each example is {\"messages\": [...]}");
        return;
    }
    if (messages->empty()) {
        report(Severity::Error, record, line, "empty-example", "the example has no messages; remove it");
        return;
    }
    for (const auto &[key, value] : object.items()) {
        if (key != "messages" && key != "tools" && key != "parallel_tool_calls" && key != "functions" &&
            !(key == "kto_tag" && format == ExportFormat::Kto))
            report(Severity::Warning, record, line, "chat-extra-key",
                   "the line has the key \"" + key + "\" besides messages; the server may reject it: remove it");
    }
    bool assistant = false;
    bool trained = false;
    bool empty = true;
    for (std::size_t i = 0; i < messages->size(); ++i) {
        const auto &message = (*messages)[i];
        if (!checkMessage(message, i, record, line))
            continue;
        const std::string role = message["role"].get<std::string>();
        if (message.contains("content") && !blank(message["content"]))
            empty = false;
        if (role == "assistant") {
            assistant = true;
            trained = trained || !(message.contains("weight") && message["weight"] == 0);
        }
        if (role == "system" && i > 0)
            report(Severity::Warning, record, line, "chat-system-position",
                   "message " + std::to_string(i) + " is a system message after the start; put the system message first");
    }
    if (empty) {
        report(Severity::Error, record, line, "empty-example", "every message of the example is empty; remove it");
        return;
    }
    if (!requireAssistant)
        return;
    if (!assistant) {
        report(Severity::Error, record, line, "chat-no-assistant",
               "the example has no assistant message, so there is nothing to learn; add the reply or remove the example");
        return;
    }
    if (!trained)
        report(Severity::Warning, record, line, "chat-no-trained-turn",
               "every assistant message has weight 0, so nothing is learnt from this example; set weight 1 on one or remove it");
    const auto &last = messages->back();
    if (last.is_object() && last.contains("role") && last["role"] != "assistant")
        report(Severity::Warning, record, line, "chat-ends-without-assistant",
               "the example ends with a " + last["role"].dump() + " message after the last assistant turn; those turns are not learnt from: remove them");
}

void Validator::State::checkDpo(const nlohmann::json &object, std::int64_t record, std::int64_t line)
{
    if (object.contains("preferred_completion") || object.contains("non_preferred_completion"))
        report(Severity::Error, record, line, "dpo-legacy-keys",
               "the line uses preferred_completion/non_preferred_completion; rename them preferred_output/non_preferred_output");
    const auto input = object.find("input");
    if (input == object.end() || !input->is_object() || !input->contains("messages") || !(*input)["messages"].is_array()) {
        report(Severity::Error, record, line, "dpo-missing-input", "the line has no \"input\": {\"messages\": [...]}; DPO needs the prompt turns there");
    } else {
        const auto &messages = (*input)["messages"];
        if (messages.empty())
            report(Severity::Error, record, line, "empty-example", "input.messages is empty; give the turns the replies answer");
        for (std::size_t i = 0; i < messages.size(); ++i)
            checkMessage(messages[i], i, record, line);
    }
    std::array<std::string, 2> texts;
    const std::array<const char *, 2> keys = {"preferred_output", "non_preferred_output"};
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const auto output = object.find(keys[k]);
        if (output == object.end()) {
            if (!object.contains("preferred_completion"))
                report(Severity::Error, record, line, "dpo-missing-output", std::string("the line has no \"") + keys[k] + "\"; DPO needs both outputs");
            continue;
        }
        if (!output->is_array() || output->size() != 1 || !(*output)[0].is_object() || (*output)[0].value("role", "") != "assistant") {
            report(Severity::Error, record, line, "dpo-output-shape",
                   std::string(keys[k]) + " must be a list of exactly one assistant message");
            continue;
        }
        checkMessage((*output)[0], 0, record, line);
        texts[k] = (*output)[0].value("content", "");
    }
    if (!texts[0].empty() && texts[0] == texts[1])
        report(Severity::Warning, record, line, "dpo-same-outputs",
               "preferred_output and non_preferred_output are the same text, so the pair teaches nothing; remove it");
}

void Validator::State::checkOther(const nlohmann::json &object, std::int64_t record, std::int64_t line)
{
    if (format == ExportFormat::Kto) {
        if (!object.contains("kto_tag") || !object["kto_tag"].is_boolean())
            report(Severity::Error, record, line, "kto-tag", "the line needs \"kto_tag\": true or false");
        checkChat(object, record, line, true);
    } else if (format == ExportFormat::ShareGpt) {
        const auto turns = object.find("conversations");
        bool ok = turns != object.end() && turns->is_array() && !turns->empty();
        for (std::size_t i = 0; ok && i < turns->size(); ++i) {
            const auto &turn = (*turns)[i];
            ok = turn.is_object() && turn.contains("from") && turn.contains("value") && turn["value"].is_string();
        }
        if (!ok)
            report(Severity::Error, record, line, "sharegpt-shape",
                   "expected \"conversations\": a list of {\"from\": system|human|gpt, \"value\": text}");
        else if (turns->back()["from"] != "gpt")
            report(Severity::Warning, record, line, "sharegpt-ends-without-gpt", "the conversation does not end with a gpt turn; there is nothing to learn after it");
    } else if (format == ExportFormat::Alpaca) {
        if (!object.contains("instruction") || !object["instruction"].is_string() || !object.contains("output") ||
            !object["output"].is_string())
            report(Severity::Error, record, line, "alpaca-shape", "expected \"instruction\" and \"output\" strings");
        else if (blank(object["output"]))
            report(Severity::Error, record, line, "empty-example", "the output is empty; give it text or remove the example");
    }
}

} // namespace tb::core
