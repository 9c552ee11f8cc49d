#include "modelcatalog.h"

#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace tb::core {

namespace {

constexpr std::array<std::pair<TrainingMethod, std::string_view>, 4> kMethods = {{
    {TrainingMethod::Sft, "sft"},
    {TrainingMethod::Dpo, "dpo"},
    {TrainingMethod::PromptCompletion, "prompt-completion"},
    {TrainingMethod::Rft, "rft"},
}};

// The 1-based line of byte OFFSET in TEXT.
std::size_t lineAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

// Reads the catalog, locating errors: nlohmann keeps no positions for values, so an entry's line is
// where its id first appears in the text (good enough to open the file at the right place).
class Reader {
public:
    Reader(std::string_view text, std::string origin) : m_text(text), m_origin(std::move(origin)) {}

    Error fail(std::size_t line, const std::string &what) const
    {
        return Error{m_origin + ":" + std::to_string(line) + ": " + what};
    }
    // The line of NEEDLE (as a JSON string) after the key SECTION ("models", "providers").
    std::size_t lineOf(const std::string &needle, const std::string &section = {}) const
    {
        const auto from = section.empty() ? 0 : m_text.find("\"" + section + "\"");
        const auto at = m_text.find("\"" + needle + "\"", from == std::string_view::npos ? 0 : from);
        return at == std::string_view::npos ? 1 : lineAt(m_text, at);
    }

    std::optional<Error> figure(nlohmann::json &parent, const char *key, const std::string &where,
                                std::size_t line, CatalogFigure &out) const
    {
        const auto it = parent.find(key);
        if (it == parent.end() || !it->is_object())
            return fail(line, where + ": \"" + key + "\" is missing or not an object {value, source, date}");
        const auto &value = (*it)["value"];
        if (value.is_number())
            out.value = value.get<double>();
        else if (!value.is_null())
            return fail(line, where + "." + key + ".value: expected a number or null (null: not documented)");
        if (out.value && *out.value < 0)
            return fail(line, where + "." + key + ".value: must not be negative");
        if (!(*it)["source"].is_string() || (*it)["source"].get<std::string>().empty())
            return fail(line, where + "." + key + ".source: every figure needs its source");
        out.source = (*it)["source"].get<std::string>();
        out.date = (*it).value("date", std::string());
        out.verified = (*it).value("verified", false);
        return std::nullopt;
    }

private:
    std::string_view m_text;
    std::string m_origin;
};

struct ErrorLocator : nlohmann::detail::json_sax_acceptor<nlohmann::json> {
    std::size_t byte = 0;
    std::string what;
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &error)
    {
        byte = position;
        what = error.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." → the part after the colon.
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what.erase(0, colon + 2);
        return false;
    }
};

int intField(const nlohmann::json &object, const char *key, int fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

} // namespace

std::string_view toString(TrainingMethod method)
{
    for (const auto &[value, name] : kMethods) {
        if (value == method)
            return name;
    }
    return "sft";
}

std::optional<TrainingMethod> trainingMethodFromString(std::string_view name)
{
    for (const auto &[value, text] : kMethods) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

std::string_view encodingName(Encoding encoding)
{
    return encoding == Encoding::Cl100kBase ? "cl100k_base" : "o200k_base";
}

std::optional<Encoding> encodingFromName(std::string_view name)
{
    if (name == "o200k_base")
        return Encoding::O200kBase;
    if (name == "cl100k_base")
        return Encoding::Cl100kBase;
    return std::nullopt;
}

bool CatalogModel::supports(TrainingMethod method) const
{
    return std::find(methods.begin(), methods.end(), method) != methods.end();
}

int EpochHeuristic::epochsFor(std::uint64_t examples) const
{
    if (examples == 0)
        return targetEpochs;
    const auto n = static_cast<std::int64_t>(examples);
    std::int64_t epochs = targetEpochs;
    if (n * targetEpochs < minTargetExamples)
        epochs = std::min<std::int64_t>(maxDefaultEpochs, minTargetExamples / n);
    else if (n * targetEpochs > maxTargetExamples)
        epochs = std::max<std::int64_t>(minDefaultEpochs, maxTargetExamples / n);
    return static_cast<int>(epochs);
}

Result<ModelCatalog> ModelCatalog::bundled()
{
    return fromFile(kBundledPath);
}

Result<ModelCatalog> ModelCatalog::fromFile(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error{path + ": cannot read the model catalog (" + file.errorString().toStdString() + ")"};
    const QByteArray bytes = file.readAll();
    return fromJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), path);
}

Result<ModelCatalog> ModelCatalog::fromJson(std::string_view text, const std::string &origin)
{
    const Reader reader(text, origin);
    auto root = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded()) {
        // Parse again through SAX to learn where it broke (the byte position becomes a line).
        ErrorLocator locator;
        const bool parsed = nlohmann::json::sax_parse(text.begin(), text.end(), &locator);
        (void)parsed;
        return reader.fail(lineAt(text, locator.byte), "not valid JSON (" + locator.what + ")");
    }
    if (!root.is_object() || !root["models"].is_array() || !root["providers"].is_array())
        return reader.fail(1, "expected an object with \"providers\" and \"models\" lists");

    ModelCatalog catalog;
    catalog.m_defaultModel = root.value("defaultModel", std::string());
    if (auto &limit = root["undocumentedLimit"]; limit.is_object()) {
        catalog.m_assumedLimit = limit.value("assumeTokens", std::int64_t(65536));
        catalog.m_assumedLimitWarning = limit.value("warning", std::string());
    }
    if (catalog.m_assumedLimit <= 0)
        return reader.fail(reader.lineOf("undocumentedLimit"), "undocumentedLimit.assumeTokens must be positive");
    if (auto &epochs = root["epochHeuristic"]; epochs.is_object()) {
        auto &h = catalog.m_epochs;
        h.targetEpochs = intField(epochs, "targetEpochs", h.targetEpochs);
        h.minTargetExamples = intField(epochs, "minTargetExamples", h.minTargetExamples);
        h.maxTargetExamples = intField(epochs, "maxTargetExamples", h.maxTargetExamples);
        h.minDefaultEpochs = intField(epochs, "minDefaultEpochs", h.minDefaultEpochs);
        h.maxDefaultEpochs = intField(epochs, "maxDefaultEpochs", h.maxDefaultEpochs);
        h.source = epochs.value("source", std::string());
        h.date = epochs.value("date", std::string());
        if (h.targetEpochs < 1 || h.minDefaultEpochs < 1 || h.maxDefaultEpochs < h.minDefaultEpochs)
            return reader.fail(reader.lineOf("epochHeuristic"), "epochHeuristic: epochs must be at least 1, min ≤ max");
    }

    for (std::size_t i = 0; i < root["providers"].size(); ++i) {
        auto &entry = root["providers"][i];
        const std::string where = "providers[" + std::to_string(i) + "]";
        if (!entry.is_object() || !entry["id"].is_string())
            return reader.fail(reader.lineOf("providers"), where + ": needs a string \"id\"");
        CatalogProvider provider;
        provider.id = entry["id"].get<std::string>();
        provider.displayName = entry.value("name", provider.id);
        provider.note = entry.value("note", std::string());
        const auto line = reader.lineOf(provider.id, "providers");
        if (auto error = reader.figure(entry, "minimumExamples", where + " (" + provider.id + ")", line,
                                       provider.minimumExamples))
            return *error;
        catalog.m_providers.push_back(std::move(provider));
    }

    for (std::size_t i = 0; i < root["models"].size(); ++i) {
        auto &entry = root["models"][i];
        std::string where = "models[" + std::to_string(i) + "]";
        if (!entry.is_object() || !entry["id"].is_string() || entry["id"].get<std::string>().empty())
            return reader.fail(reader.lineOf("models"), where + ": needs a string \"id\"");
        CatalogModel model;
        model.id = entry["id"].get<std::string>();
        where += " (" + model.id + ")";
        const auto line = reader.lineOf(model.id, "models");
        model.provider = entry.value("provider", std::string());
        if (!catalog.provider(model.provider))
            return reader.fail(line, where + ".provider: \"" + model.provider + "\" is not in the providers list");
        model.displayName = entry.value("name", model.id);
        model.note = entry.value("note", std::string());
        if (entry.contains("aliases")) {
            if (!entry["aliases"].is_array())
                return reader.fail(line, where + ".aliases: expected a list of names");
            for (const auto &alias : entry["aliases"]) {
                if (!alias.is_string())
                    return reader.fail(line, where + ".aliases: expected a list of names");
                model.aliases.push_back(alias.get<std::string>());
            }
        }
        if (!entry["methods"].is_array() || entry["methods"].empty())
            return reader.fail(line, where + ".methods: expected a list of sft, dpo, prompt-completion, rft");
        for (const auto &method : entry["methods"]) {
            const auto parsed = method.is_string() ? trainingMethodFromString(method.get<std::string>()) : std::nullopt;
            if (!parsed)
                return reader.fail(line, where + ".methods: " + method.dump() +
                                             " is not one of sft, dpo, prompt-completion, rft");
            model.methods.push_back(*parsed);
        }
        auto &encoding = entry["encoding"];
        const auto parsedEncoding = encoding.is_object() && encoding["value"].is_string()
                                        ? encodingFromName(encoding["value"].get<std::string>())
                                        : std::nullopt;
        if (!parsedEncoding)
            return reader.fail(line, where + ".encoding.value: expected o200k_base or cl100k_base");
        model.encoding = *parsedEncoding;
        model.encodingSource = encoding.value("source", std::string());
        if (auto &overheads = entry["chatOverheads"]; overheads.is_object()) {
            model.overheads.perMessage = intField(overheads, "perMessage", 3);
            model.overheads.perName = intField(overheads, "perName", 1);
            model.overheads.replyPrimer = intField(overheads, "replyPrimer", 3);
            model.overheads.source = overheads.value("source", std::string());
            model.overheads.date = overheads.value("date", std::string());
        } else {
            return reader.fail(line, where + ".chatOverheads: expected {perMessage, perName, replyPrimer, source}");
        }
        if (auto error = reader.figure(entry, "trainingLimit", where, line, model.trainingLimit))
            return *error;
        if (auto error = reader.figure(entry, "trainingPrice", where, line, model.pricePerMillion))
            return *error;
        for (const auto &existing : catalog.m_models) {
            if (existing.id == model.id || std::count(existing.aliases.begin(), existing.aliases.end(), model.id))
                return reader.fail(line, where + ": \"" + model.id + "\" is listed twice");
        }
        catalog.m_models.push_back(std::move(model));
    }
    if (!catalog.m_defaultModel.empty() && !catalog.find(catalog.m_defaultModel))
        return reader.fail(reader.lineOf("defaultModel"), "defaultModel \"" + catalog.m_defaultModel + "\" is not in the models list");
    return catalog;
}

const CatalogModel *ModelCatalog::find(std::string_view idOrAlias) const
{
    std::string_view name = idOrAlias;
    // "ft:gpt-4o-mini-2024-07-18:org:suffix:id" (and checkpoints) train like their base model.
    if (name.substr(0, 3) == "ft:") {
        name.remove_prefix(3);
        name = name.substr(0, name.find(':'));
    }
    for (const auto &model : m_models) {
        if (model.id == name)
            return &model;
    }
    for (const auto &model : m_models) {
        if (std::find(model.aliases.begin(), model.aliases.end(), name) != model.aliases.end())
            return &model;
    }
    return nullptr;
}

const CatalogProvider *ModelCatalog::provider(std::string_view id) const
{
    for (const auto &provider : m_providers) {
        if (provider.id == id)
            return &provider;
    }
    return nullptr;
}

EffectiveLimit ModelCatalog::limitOf(const CatalogModel &model) const
{
    if (model.trainingLimit.value)
        return {static_cast<std::int64_t>(*model.trainingLimit.value), false, {}};
    return {m_assumedLimit, true, m_assumedLimitWarning};
}

std::optional<std::uint64_t> ModelCatalog::minimumExamples(const CatalogModel &model) const
{
    const auto *owner = provider(model.provider);
    if (!owner || !owner->minimumExamples.value)
        return std::nullopt;
    return static_cast<std::uint64_t>(*owner->minimumExamples.value);
}

std::optional<TrainingMethod> trainingMethodFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Chat:
        return TrainingMethod::Sft;
    case ExportFormat::Dpo:
        return TrainingMethod::Dpo;
    case ExportFormat::PromptCompletion:
        return TrainingMethod::PromptCompletion;
    default:
        return std::nullopt;
    }
}

} // namespace tb::core
