#include "validator.h"

#include "dataset/exporter.h"
#include "dataset/jsonlreader.h"
#include "dataset/validatorstate.h"

#include <algorithm>
#include <array>

namespace tb::core {

namespace {

constexpr std::array<std::pair<DatasetFix, std::string_view>, 5> kFixNames = {{
    {DatasetFix::DropDuplicates, "drop-duplicates"},
    {DatasetFix::DropLong, "drop-long"},
    {DatasetFix::TruncateLong, "truncate-long"},
    {DatasetFix::AddSeparator, "add-separator"},
    {DatasetFix::AddLeadingSpace, "add-leading-space"},
}};

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

void Validator::addRecord(const TrainingRecord &record, const ExportOptions &exportOptions)
{
    const ExportFormat format = m->options.format.value_or(ExportFormat::Chat);
    if (!m->format)
        m->format = format;
    const auto line = m->records + 1;
    auto text = toJsonLine(record, format, exportOptions);
    if (!text) {
        const auto index = static_cast<std::int64_t>(m->records++);
        m->report(Severity::Error, index, static_cast<std::int64_t>(line), "not-exportable", text.error().message);
        return;
    }
    addLine(*text, line);
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
        const auto method = trainingMethodFor(*m->format);
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
