#include "validator.h"

#include "dataset/exporter.h"
#include "dataset/jsonlreader.h"
#include "dataset/validatorstate.h"

#include <algorithm>
#include <array>
#include <set>

namespace tb::core {

namespace {

constexpr std::array<std::pair<DatasetFix, std::string_view>, 5> kFixNames = {{
    {DatasetFix::DropDuplicates, "drop-duplicates"},
    {DatasetFix::DropLong, "drop-long"},
    {DatasetFix::TruncateLong, "truncate-long"},
    {DatasetFix::AddSeparator, "add-separator"},
    {DatasetFix::AddLeadingSpace, "add-leading-space"},
}};

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

std::optional<TrainingMethod> methodOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Chat:
        return TrainingMethod::Sft;
    case ExportFormat::Dpo:
        return TrainingMethod::Dpo;
    case ExportFormat::PromptCompletion:
        return TrainingMethod::PromptCompletion;
    default:
        return std::nullopt; // other trainers' formats: no OpenAI method to check
    }
}

std::string fixHint(const char *fix)
{
    return std::string(" (--fix ") + fix + ")";
}

} // namespace

std::string_view toString(DatasetFix fix)
{
    for (const auto &[value, name] : kFixNames) {
        if (value == fix)
            return name;
    }
    return "drop-duplicates";
}

std::optional<DatasetFix> datasetFixFromString(std::string_view name)
{
    for (const auto &[value, text] : kFixNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

std::string DatasetFinding::describe(const std::string &file) const
{
    std::string out = file;
    if (line > 0)
        out += ":" + std::to_string(line);
    out += ": ";
    if (record >= 0)
        out += "record " + std::to_string(record) + ": ";
    return out + rule + ": " + message;
}

void Validator::State::report(Severity severity, std::int64_t record, std::int64_t line, const std::string &rule,
                              std::string message, std::optional<DatasetFix> fix)
{
    ++severities[static_cast<std::size_t>(severity)];
    if (++perRule[rule] > options.maxFindingsPerRule)
        return;
    findings.push_back({severity, record, line, rule, std::move(message), fix});
}

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

Validator::Validator(ValidationOptions options) : m(std::make_unique<State>())
{
    m->options = std::move(options);
    m->format = m->options.format;
    for (const auto &[encoding, accountant] : m->options.accountants)
        m->tokens[encoding];
}

Validator::~Validator() = default;

void Validator::addLine(std::string_view text, std::uint64_t lineNumber)
{
    const auto line = static_cast<std::int64_t>(lineNumber);
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) {
        m->report(Severity::Warning, -1, line, "blank-line", "blank line: the server expects one JSON object per line; remove it");
        return;
    }
    const auto record = static_cast<std::int64_t>(m->records++);
    const auto object = nlohmann::json::parse(text, nullptr, false);
    if (object.is_discarded()) {
        m->report(Severity::Error, record, line, "invalid-json", "the line is not valid JSON; each line must be one JSON object");
        return;
    }
    if (!object.is_object()) {
        m->report(Severity::Error, record, line, "not-object", "the line is JSON but not an object; each line must be one {...}");
        return;
    }
    const auto detected = detectFormat(object);
    if (!m->format)
        m->format = detected;
    if (!m->format) {
        m->report(Severity::Error, record, line, "unknown-format",
                  "cannot tell the format: expected \"messages\", \"input\"+\"preferred_output\", \"prompt\"+\"completion\", "
                  "\"conversations\" or \"instruction\"+\"output\"");
        return;
    }
    if (detected && *detected != *m->format && !(*detected == ExportFormat::Chat && *m->format == ExportFormat::Kto)) {
        m->report(Severity::Error, record, line, "format-mismatch",
                  "the line looks like " + std::string(toString(*detected)) + " but the file is " +
                      std::string(toString(*m->format)) + "; one file holds one format");
        return;
    }
    switch (*m->format) {
    case ExportFormat::Chat:
        m->checkChat(object, record, line, true);
        break;
    case ExportFormat::Dpo:
        m->checkDpo(object, record, line);
        break;
    case ExportFormat::PromptCompletion:
        m->checkPromptCompletion(object, record, line);
        break;
    default:
        m->checkOther(object, record, line);
        break;
    }

    // Duplicates: the same example again (for prompt/completion, the same pair: validators.py).
    const std::string canonical = *m->format == ExportFormat::PromptCompletion
                                      ? dumpCanonical(nlohmann::json::array({object.value("prompt", nlohmann::json()),
                                                                             object.value("completion", nlohmann::json())}))
                                      : dumpCanonical(object);
    const auto [it, fresh] = m->seen.emplace(fingerprint(canonical), std::make_pair(static_cast<std::uint64_t>(record), lineNumber));
    if (!fresh) {
        m->plan.duplicates.push_back(static_cast<std::uint64_t>(record));
        m->report(Severity::Warning, record, line, "duplicate",
                  "the same example as record " + std::to_string(it->second.first) + " (line " + std::to_string(it->second.second) +
                      "); duplicates weigh an example twice: drop them" + fixHint("drop-duplicates"),
                  DatasetFix::DropDuplicates);
    }

    // Tokens, in every encoding we have a counter for; the limit rule in the model's.
    for (const auto &[encoding, accountant] : m->options.accountants) {
        const auto counted = accountant->line(object, *m->format);
        const auto tokens = static_cast<std::uint32_t>(std::min<std::uint64_t>(counted.total, UINT32_MAX));
        m->tokens[encoding].push_back(tokens);
        if (encoding != m->options.encoding)
            continue;
        m->assistantTokens += counted.assistant;
        if (static_cast<std::int64_t>(tokens) > m->options.tokenLimit) {
            m->plan.tooLong.push_back(static_cast<std::uint64_t>(record));
            const std::string model = m->options.model ? m->options.model->id : std::string("the model");
            m->report(Severity::Warning, record, line, "too-long",
                      std::to_string(tokens) + " tokens, over " + model + "'s limit of " + std::to_string(m->options.tokenLimit) +
                          " per example" + (m->options.limitAssumed ? " (assumed)" : "") +
                          "; the server truncates it: drop it" + fixHint("drop-long") + " or shorten it" + fixHint("truncate-long"),
                      DatasetFix::DropLong);
        }
    }
}

void Validator::finish()
{
    if (m->finished)
        return;
    m->finished = true;
    if (m->format == ExportFormat::PromptCompletion)
        m->finishPromptCompletion();
    std::sort(m->plan.tooLong.begin(), m->plan.tooLong.end());
    m->plan.tooLong.erase(std::unique(m->plan.tooLong.begin(), m->plan.tooLong.end()), m->plan.tooLong.end());
    m->plan.format = m->format.value_or(ExportFormat::Chat);
    m->plan.limit = m->options.tokenLimit;

    const auto &options = m->options;
    if (options.model && m->format) {
        const auto method = methodOf(*m->format);
        if (method && !options.model->supports(*method))
            m->report(Severity::Error, -1, 0, "model-method",
                      options.model->id + " is not trained with " + std::string(toString(*method)) + " data; pick a model that is, or another format");
        if (options.limitAssumed && !options.accountants.empty())
            m->report(Severity::Info, -1, 0, "limit-assumed", options.limitWarning);
    }
    if (options.minimumExamples && m->records < *options.minimumExamples)
        m->report(Severity::Error, -1, 0, "too-few-examples",
                  "the file has " + std::to_string(m->records) + " examples; the provider needs at least " +
                      std::to_string(*options.minimumExamples) + ": add more");
    else if (m->records < 100)
        m->report(Severity::Info, -1, 0, "few-examples",
                  std::to_string(m->records) + " examples; results usually improve with every doubling: 50–100 is a good start");
    for (const auto &[rule, count] : m->perRule) {
        if (count > options.maxFindingsPerRule)
            m->findings.push_back({Severity::Info, -1, 0, rule,
                                   std::to_string(count - options.maxFindingsPerRule) + " more findings of this rule are not listed", std::nullopt});
    }
}

ExportFormat Validator::format() const
{
    return m->format.value_or(ExportFormat::Chat);
}

std::uint64_t Validator::records() const
{
    return m->records;
}

const std::vector<DatasetFinding> &Validator::findings() const
{
    return m->findings;
}

std::uint64_t Validator::count(Severity severity) const
{
    return m->severities[static_cast<std::size_t>(severity)];
}

const std::vector<std::uint32_t> &Validator::tokens() const
{
    const auto it = m->tokens.find(m->options.encoding);
    return it == m->tokens.end() ? m->noTokens : it->second;
}

const std::map<Encoding, std::vector<std::uint32_t>> &Validator::tokensByEncoding() const
{
    return m->tokens;
}

std::uint64_t Validator::assistantTokens() const
{
    return m->assistantTokens;
}

FixPlan Validator::fixPlan() const
{
    return m->plan;
}

} // namespace tb::core
