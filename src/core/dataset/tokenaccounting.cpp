#include "tokenaccounting.h"

namespace tb::core {

TokenAccountant::TokenAccountant(std::shared_ptr<const Tokenizer> tokenizer, ChatOverheads overheads)
    : m_tokenizer(std::move(tokenizer)), m_overheads(std::move(overheads))
{
}

std::uint64_t TokenAccountant::chat(const std::vector<ChatTurn> &messages) const
{
    std::uint64_t total = 0;
    for (const auto &turn : messages) {
        const char *role = turn.role == TurnRole::System ? "system" : turn.role == TurnRole::User ? "user" : "assistant";
        total += static_cast<std::uint64_t>(m_overheads.perMessage) + m_tokenizer->count(role) +
                 m_tokenizer->count(turn.content);
        if (!turn.name.empty())
            total += m_tokenizer->count(turn.name) + static_cast<std::uint64_t>(m_overheads.perName);
    }
    return total + static_cast<std::uint64_t>(m_overheads.replyPrimer);
}

std::uint64_t TokenAccountant::messageJson(const nlohmann::json &message, std::uint64_t *assistantContent) const
{
    if (!message.is_object())
        return 0;
    std::uint64_t total = static_cast<std::uint64_t>(m_overheads.perMessage);
    const bool assistant = message.contains("role") && message["role"] == "assistant";
    // An assistant turn with weight 0 is not trained on: not in the assistant-only figure.
    const bool trained = assistant && !(message.contains("weight") && message["weight"] == 0);
    for (const auto &[key, value] : message.items()) {
        std::uint64_t n = 0;
        if (value.is_string()) {
            n = m_tokenizer->count(value.get_ref<const std::string &>());
        } else if (key == "content" && value.is_array()) {
            for (const auto &part : value) {
                if (part.is_object() && part.contains("text") && part["text"].is_string())
                    n += m_tokenizer->count(part["text"].get_ref<const std::string &>());
            }
        } else if (key == "function_call" || key == "tool_calls") {
            n = m_tokenizer->count(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        }
        total += n;
        if (key == "name")
            total += static_cast<std::uint64_t>(m_overheads.perName);
        if (key == "content" && trained && assistantContent)
            *assistantContent += n;
    }
    return total;
}

std::uint64_t TokenAccountant::chatJson(const nlohmann::json &messages) const
{
    if (!messages.is_array())
        return 0;
    std::uint64_t total = 0;
    for (const auto &message : messages)
        total += messageJson(message, nullptr);
    return total + static_cast<std::uint64_t>(m_overheads.replyPrimer);
}

namespace {

const nlohmann::json &field(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

std::string text(const nlohmann::json &value)
{
    return value.is_string() ? value.get<std::string>() : std::string();
}

} // namespace

ExampleTokens TokenAccountant::line(const nlohmann::json &object, ExportFormat format) const
{
    ExampleTokens out;
    const auto primer = static_cast<std::uint64_t>(m_overheads.replyPrimer);
    switch (format) {
    case ExportFormat::Chat:
    case ExportFormat::Kto: {
        const auto &messages = field(object, "messages");
        if (messages.is_array()) {
            for (const auto &message : messages)
                out.total += messageJson(message, &out.assistant);
        }
        out.total += primer;
        break;
    }
    case ExportFormat::Dpo: {
        const auto &messages = field(field(object, "input"), "messages");
        if (messages.is_array()) {
            for (const auto &message : messages)
                out.total += messageJson(message, nullptr);
        }
        const auto &preferred = field(object, "preferred_output");
        if (preferred.is_array()) {
            for (const auto &message : preferred)
                out.total += messageJson(message, &out.assistant);
        }
        const auto &rejected = field(object, "non_preferred_output");
        if (rejected.is_array()) {
            for (const auto &message : rejected)
                out.nonPreferred += messageJson(message, nullptr);
        }
        out.total += primer;
        break;
    }
    case ExportFormat::PromptCompletion: {
        out.assistant = m_tokenizer->count(text(field(object, "completion")));
        out.total = m_tokenizer->count(text(field(object, "prompt"))) + out.assistant;
        break;
    }
    case ExportFormat::ShareGpt: {
        const auto &turns = field(object, "conversations");
        if (turns.is_array()) {
            for (const auto &turn : turns) {
                const std::string from = text(field(turn, "from"));
                const std::string role = from == "gpt" ? "assistant" : from == "human" ? "user" : from;
                const auto n = m_tokenizer->count(text(field(turn, "value")));
                out.total += static_cast<std::uint64_t>(m_overheads.perMessage) + m_tokenizer->count(role) + n;
                if (from == "gpt")
                    out.assistant += n;
            }
        }
        out.total += primer;
        break;
    }
    case ExportFormat::Alpaca: {
        auto turn = [&](const std::string &role, const std::string &content) {
            return static_cast<std::uint64_t>(m_overheads.perMessage) + m_tokenizer->count(role) +
                   m_tokenizer->count(content);
        };
        if (!text(field(object, "system")).empty())
            out.total += turn("system", text(field(object, "system")));
        const auto &history = field(object, "history");
        if (history.is_array()) {
            for (const auto &pair : history) {
                if (pair.is_array() && pair.size() == 2) {
                    out.total += turn("user", text(pair[0])) + turn("assistant", text(pair[1]));
                    out.assistant += m_tokenizer->count(text(pair[1]));
                }
            }
        }
        std::string instruction = text(field(object, "instruction"));
        const std::string input = text(field(object, "input"));
        if (!input.empty())
            instruction += (instruction.empty() ? "" : "\n") + input;
        out.total += turn("user", instruction) + turn("assistant", text(field(object, "output"))) + primer;
        out.assistant += m_tokenizer->count(text(field(object, "output")));
        break;
    }
    }
    return out;
}

ExampleTokens TokenAccountant::record(const TrainingRecord &record, ExportFormat format,
                                      const ExportOptions &options) const
{
    const auto object = toJson(record, format, options);
    if (!object)
        return {};
    return line(nlohmann::json(*object), format);
}

} // namespace tb::core
