// tunebench-cli build: the Build page headless — a recipe over the project, scrubbed when asked,
// written in a format, checked as the provider's server would check it.
#include "cliargs.h"
#include "commands.h"
#include "datasetreport.h"
#include "jsonout.h"

#include "build/buildjobs.h"
#include "build/buildpipeline.h"
#include "build/buildsettings.h"
#include "dataset/freezer.h"
#include "dataset/validationsetup.h"
#include "dataset/validator.h"
#include "privacy/scrubreport.h"
#include "recipes/recipe.h"
#include "store/store.h"

#include <QFile>

#include <charconv>
#include <iostream>
#include <sstream>

namespace tb::cli {

namespace {

constexpr const char *kUsage =
    "usage: tunebench-cli build --project P --recipe reply-as-me|posts-in-my-voice|character|next-speaker\n"
    "                           [--option KEY=VALUE]... (--out FILE | --freeze NAME)\n"
    "                           [--format chat|dpo|prompt-completion|sharegpt|alpaca|kto]\n"
    "                           [--scrub [--scrub-keep CATEGORY,...] [--scrub-report FILE]]\n"
    "                           [--model M] [--epochs N] [--fix FIX,...]\n"
    "                           [--valid-fraction F [--seed S] [--valid-out FILE2]] [--json]\n"
    "       tunebench-cli build --recipe R --list-options\n";

int usage(const std::string &why)
{
    if (!why.empty())
        std::cerr << "tunebench-cli build: " << why << '\n';
    std::cerr << kUsage;
    return UsageError;
}

std::string_view typeName(core::OptionType type)
{
    switch (type) {
    case core::OptionType::Bool: return "on|off";
    case core::OptionType::Int: return "number";
    case core::OptionType::Duration: return "seconds (or 15m, 6h, 2d)";
    case core::OptionType::Text: return "text";
    case core::OptionType::Choice: return "choice";
    case core::OptionType::StringList: return "comma-separated list";
    }
    return "text";
}

int listOptions(core::RecipeKind kind)
{
    std::cout << core::toString(kind) << " (" << core::displayName(kind) << ") takes:\n";
    for (const auto &spec : core::optionSpecs(kind)) {
        std::cout << "  " << spec.key << " = ";
        if (spec.type == core::OptionType::Choice) {
            for (std::size_t i = 0; i < spec.choices.size(); ++i)
                std::cout << (i ? "|" : "") << spec.choices[i];
        } else {
            std::cout << typeName(spec.type);
        }
        std::cout << " (default: " << (spec.defaultValue.empty() ? "none" : spec.defaultValue) << ")\n      "
                  << spec.help << '\n';
    }
    return Success;
}

// "out/train.jsonl" → "out/train.labels.json": the next-speaker label map beside the dataset.
std::string labelMapPathFor(const std::string &out)
{
    const auto slash = out.find_last_of('/');
    const auto dot = out.find_last_of('.');
    const std::string stem = (dot != std::string::npos && (slash == std::string::npos || dot > slash)) ? out.substr(0, dot) : out;
    return stem + ".labels.json";
}

nlohmann::json labelMapJson(const core::LabelMap &map)
{
    nlohmann::json labels = nlohmann::json::array();
    for (const auto &entry : map.entries)
        labels.push_back({{"label", entry.label},
                          {"completion", " " + entry.label},
                          {"participant", entry.participantKey},
                          {"name", entry.name}});
    return {{"labels", labels}, {"negative_completion", map.negativeCompletion}};
}

bool writeText(const std::string &path, const std::string &text)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.data(), static_cast<qint64>(text.size())) == static_cast<qint64>(text.size());
}

nlohmann::json scrubCountsJson(const core::ScrubReport &report)
{
    nlohmann::json counts = nlohmann::json::object();
    for (std::size_t i = 0; i < core::ScrubCategoryCount; ++i) {
        const auto category = static_cast<core::ScrubCategory>(i);
        counts[std::string(core::toString(category))] = report.count(category);
    }
    return {{"replacements", report.total()}, {"records_changed", report.recordsChanged()}, {"by_category", counts},
            {"listed", report.entries().size()}, {"not_listed", report.omitted()}};
}

// One JSON line per replacement, for the user's review on their own machine (it holds the
// original text, so it goes only where they asked).
bool writeScrubReport(const std::string &path, const core::ScrubReport &report)
{
    std::string text;
    for (const auto &entry : report.entries()) {
        nlohmann::json line = {{"record", entry.ordinal},
                               {"field", std::string(core::toString(entry.field))},
                               {"category", std::string(core::toString(entry.category))},
                               {"original", entry.original},
                               {"replacement", entry.replacement},
                               {"offset", entry.offset}};
        if (entry.turn >= 0)
            line["turn"] = entry.turn;
        text += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
    }
    return writeText(path, text);
}

nlohmann::json summaryJson(const core::BuildSummary &summary)
{
    nlohmann::json skipped = nlohmann::json::object();
    for (const auto &[reason, count] : summary.skipped)
        skipped[reason] = count;
    return {{"records", summary.records}, {"messages_read", summary.messagesRead}, {"skipped", skipped}};
}

} // namespace

int runBuild(const std::vector<std::string> &argv)
{
    CliArgs args(argv,
                 {"project", "recipe", "option", "out", "format", "model", "epochs", "fix", "valid-fraction", "seed",
                  "valid-out", "freeze", "scrub-keep", "scrub-report"},
                 {"scrub", "json", "list-options"});
    if (!args.ok())
        return usage(args.error());
    if (!args.positional().empty())
        return usage("unexpected argument '" + args.positional().front() + "'");
    const auto recipeName = args.value("recipe");
    if (!recipeName)
        return usage("choose a recipe with --recipe");
    const auto kind = core::recipeKindFromString(*recipeName);
    if (!kind)
        return usage("unknown recipe '" + *recipeName + "'");
    if (args.flag("list-options"))
        return listOptions(*kind);
    const auto project = args.value("project");
    if (!project)
        return usage("name the project with --project");
    const auto out = args.value("out");
    const auto freezeName = args.value("freeze");
    if (!out && !freezeName)
        return usage("say where the records go: --out FILE, or --freeze NAME to keep them in the project");

    core::BuildSettings settings;
    settings.kind = *kind;
    settings.scrub = args.flag("scrub");
    if (const auto list = args.value("scrub-keep")) {
        std::stringstream names(*list);
        std::string name;
        while (std::getline(names, name, ',')) {
            const auto category = core::scrubCategoryFromString(name);
            if (!category)
                return usage("unknown scrub category '" + name
                             + "'; the categories are email, phone, url, ip, card, platform-id, mention, name");
            settings.scrubKept.insert(*category);
        }
    }
    if ((args.value("scrub-keep") || args.value("scrub-report")) && !settings.scrub)
        return usage("--scrub-keep and --scrub-report go with --scrub");
    settings.validFraction = 0;
    for (const auto &pair : args.values("option")) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos || eq == 0)
            return usage("--option takes KEY=VALUE, not '" + pair + "'");
        settings.recipeOptions().set(pair.substr(0, eq), pair.substr(eq + 1));
    }
    // Option mistakes are usage errors, found before anything is read.
    if (auto recipe = core::makeRecipe(*kind, settings.recipeOptions()); !recipe)
        return usage(recipe.error().message);
    if (const auto name = args.value("format")) {
        const auto format = core::exportFormatFromString(*name);
        if (!format)
            return usage("unknown format '" + *name + "'");
        settings.format = *format;
    }
    if (const auto list = args.value("fix")) {
        if (const auto error = parseFixList(*list, settings.fixes))
            return usage(*error);
    }
    if (const auto text = args.value("valid-fraction")) {
        char *end = nullptr;
        const double fraction = std::strtod(text->c_str(), &end);
        if (end == text->c_str() || *end != '\0' || !(fraction >= 0 && fraction < 1))
            return usage("--valid-fraction takes a number from 0 to below 1, e.g. 0.1");
        settings.validFraction = fraction;
    }
    if (const auto text = args.value("seed")) {
        std::uint64_t seed = 0;
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), seed);
        if (ec != std::errc() || end != text->data() + text->size())
            return usage("--seed takes a whole number");
        settings.seed = seed;
    }
    std::optional<int> epochs;
    if (const auto text = args.value("epochs")) {
        int value = 0;
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (ec != std::errc() || end != text->data() + text->size() || value < 1 || value > 50)
            return usage("--epochs takes a whole number from 1 to 50 (the API's range)");
        epochs = value;
    }

    const core::ModelCatalog *catalog = core::bundledCatalog();
    if (!catalog) {
        std::cerr << "error: the bundled model catalog cannot be read\n";
        return InputErrors;
    }
    settings.modelId = args.value("model").value_or(std::string());
    const core::CatalogModel *model = core::chosenModel(settings);
    if (!model || (!settings.modelId.empty() && !catalog->find(settings.modelId))) {
        std::string known;
        for (const auto &m : catalog->models())
            known += "\n  " + m.id;
        return usage("unknown model '" + settings.modelId + "'; the catalog knows:" + known);
    }

    auto store = openExistingProject(*project);
    if (!store)
        return InputErrors;

    // The recipe runs inside the writer (twice when splitting): its summary comes from the last run.
    store.reset(); // the writer and the freeze open the project themselves: one page cache at a time
    core::PassResult pass;
    std::string validOut;
    if (out && settings.validFraction > 0)
        validOut = args.value("valid-out").value_or(core::validationPathFor(*out));
    std::optional<core::SnapshotInfo> snapshot;
    if (freezeName) {
        auto frozen = core::freezeBuild(*project, settings, *freezeName, {}, nullptr, &pass);
        if (!frozen) {
            std::cerr << "error: " << frozen.error().message << '\n';
            return InputErrors;
        }
        snapshot = *frozen;
    }
    if (out) {
        // A frozen build is written from its snapshot (the stored bytes, checked against their hash)
        // rather than by running the recipe again.
        core::Result<core::WriteResult> written = core::Error{};
        if (snapshot) {
            store = openExistingProject(*project);
            if (!store)
                return InputErrors;
            written = core::exportSnapshot(*store, snapshot->id, core::SnapshotExport{}, *out, validOut);
            store.reset();
        } else {
            written = core::exportBuild(*project, settings, *out, validOut, {}, nullptr, &pass);
        }
        if (!written) {
            std::cerr << "error: " << written.error().message << '\n';
            return InputErrors;
        }
    }
    const core::BuildSummary &summary = pass.summary;
    const std::uint64_t unwritable = pass.unwritable;
    const std::string &firstUnwritable = pass.firstUnwritable;
    if (const auto reportPath = args.value("scrub-report")) {
        if (!writeScrubReport(*reportPath, pass.scrub)) {
            std::cerr << "error: " << *reportPath << ": cannot write the scrub report\n";
            return InputErrors;
        }
    }
    std::string labelMapPath;
    if (summary.labelMap && out) {
        labelMapPath = labelMapPathFor(*out);
        if (!writeText(labelMapPath, labelMapJson(*summary.labelMap).dump(2) + "\n")) {
            std::cerr << "error: " << labelMapPath << ": cannot write the label map\n";
            return InputErrors;
        }
    }

    // The check runs over the file as written (after fixes and split): that is what gets uploaded.
    auto options = core::validationOptionsFor(*catalog, *model);
    if (!options) {
        std::cerr << "error: " << options.error().message << '\n';
        return InputErrors;
    }
    options->format = settings.format;
    core::Validator validator(*options);
    std::string checked;
    if (out) {
        checked = *out;
        if (!validateFile(*out, validator))
            return InputErrors;
    } else {
        checked = "snapshot " + *freezeName;
        store = openExistingProject(*project);
        if (!store)
            return InputErrors;
        std::uint64_t line = 0;
        auto visited = core::runBuildPass(*store, settings, settings.recipeOptions(), nullptr,
                                          [&](const core::TrainingRecord &, const std::string &text) {
                                              validator.addLine(text, ++line);
                                              return true;
                                          });
        if (!visited) {
            std::cerr << "error: " << visited.error().message << '\n';
            return InputErrors;
        }
        validator.finish();
    }

    DatasetReport report{checked, *catalog, *model, validator, epochs, {}};
    const bool errors = validator.count(core::Severity::Error) > 0;
    if (args.flag("json")) {
        nlohmann::json json = reportJson(report);
        json["build"] = summaryJson(summary);
        json["build"]["unwritable"] = unwritable;
        json["recipe"] = core::toString(*kind);
        json["format"] = core::toString(settings.format);
        json["scrubbed"] = settings.scrub;
        if (settings.scrub)
            json["scrub"] = scrubCountsJson(pass.scrub);
        if (out) {
            json["out"] = *out;
            if (!validOut.empty())
                json["valid_out"] = validOut;
        }
        if (!labelMapPath.empty())
            json["label_map"] = labelMapPath;
        if (snapshot)
            json["snapshot"] = {{"id", snapshot->id}, {"name", snapshot->name}, {"sha256", snapshot->sha256}};
        printJson(json);
    } else {
        std::cout << core::displayName(*kind) << ": " << summary.records << " records from " << summary.messagesRead
                  << " messages";
        const char *separator = "; passed over: ";
        for (const auto &[reason, count] : summary.skipped) {
            std::cout << separator << reason << ' ' << count;
            separator = ", ";
        }
        std::cout << '\n';
        if (unwritable > 0)
            std::cout << unwritable << " records cannot be written as " << core::toString(settings.format) << ": "
                      << firstUnwritable << '\n';
        if (settings.scrub) {
            std::cout << "scrubbed " << pass.scrub.total() << " replacements in " << pass.scrub.recordsChanged()
                      << " records";
            const char *lead = ": ";
            for (std::size_t i = 0; i < core::ScrubCategoryCount; ++i) {
                const auto category = static_cast<core::ScrubCategory>(i);
                if (pass.scrub.count(category) > 0) {
                    std::cout << lead << core::toString(category) << ' ' << pass.scrub.count(category);
                    lead = ", ";
                }
            }
            std::cout << '\n';
        }
        if (out)
            std::cout << "wrote " << *out << (validOut.empty() ? "" : " and " + validOut) << '\n';
        if (!labelMapPath.empty())
            std::cout << "label map: " << labelMapPath << '\n';
        if (snapshot)
            std::cout << "froze snapshot " << snapshot->id << " '" << snapshot->name << "' sha256 " << snapshot->sha256
                      << '\n';
        printReport(report, std::cout);
    }
    return errors ? InputErrors : Success;
}

} // namespace tb::cli
