#include "cliargs.h"
#include "commands.h"
#include "jsonout.h"

#include "import/importer.h"
#include "import/importrunner.h"
#include "store/store.h"

#include <iostream>
#include <sstream>

namespace tb::cli {

namespace {

constexpr std::size_t kFindingsShown = 20;

std::optional<core::DateOrder> parseDateOrder(const std::string &text)
{
    if (text == "dmy")
        return core::DateOrder::DayMonthYear;
    if (text == "mdy")
        return core::DateOrder::MonthDayYear;
    if (text == "ymd")
        return core::DateOrder::YearMonthDay;
    if (text == "auto")
        return core::DateOrder::Auto;
    return std::nullopt;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, '+'))
        parts.push_back(part);
    return parts;
}

// --map speaker=name --map text=line --map conversation=season+episode --map scene=scene --map order=index
bool applyMapping(const std::vector<std::string> &maps, core::ColumnMapping &mapping, std::string &error)
{
    for (const auto &map : maps) {
        const auto eq = map.find('=');
        const std::string field = map.substr(0, eq);
        const std::string column = eq == std::string::npos ? std::string() : map.substr(eq + 1);
        if (column.empty()) {
            error = "--map " + map + ": write FIELD=COLUMN, e.g. --map speaker=character";
            return false;
        }
        if (field == "speaker")
            mapping.speaker = column;
        else if (field == "text")
            mapping.text = column;
        else if (field == "conversation")
            mapping.conversationKeys = splitList(column);
        else if (field == "scene")
            mapping.sceneKey = column;
        else if (field == "order")
            mapping.order = column;
        else {
            error = "--map " + map + ": unknown field '" + field + "'; use speaker, text, conversation, scene or order";
            return false;
        }
    }
    return true;
}

void printText(const core::ImportReport &r)
{
    if (!r.error.empty() && r.format.empty()) {
        std::cerr << "error: " << r.error << '\n';
        return;
    }
    std::size_t errors = 0, warnings = 0;
    for (const auto &f : r.findings) {
        errors += f.severity == core::Severity::Error;
        warnings += f.severity == core::Severity::Warning;
    }
    std::cout << r.path << ": " << r.format << ": " << r.counts.messagesSeen << " messages read, "
              << r.counts.messagesAdded << " new, " << (r.counts.messagesSeen - r.counts.messagesAdded)
              << " already in the project; " << r.counts.conversationsAdded << " new conversations, "
              << r.counts.participantsAdded << " new participants; " << errors << " errors, " << warnings
              << " warnings\n";
    for (std::size_t i = 0; i < r.findings.size() && i < kFindingsShown; ++i)
        std::cout << "  " << r.findings[i].describe() << '\n';
    if (r.findings.size() > kFindingsShown)
        std::cout << "  ... and " << r.findings.size() - kFindingsShown << " more (--json lists them all)\n";
    if (!r.error.empty())
        std::cerr << "error: " << r.error << '\n';
}

nlohmann::json reportJson(const core::ImportReport &r)
{
    nlohmann::json findings = nlohmann::json::array();
    for (const auto &f : r.findings)
        findings.push_back(toJson(f));
    return {{"path", r.path},
            {"format", r.format.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.format)},
            {"messages_read", r.counts.messagesSeen},
            {"messages_added", r.counts.messagesAdded},
            {"conversations_added", r.counts.conversationsAdded},
            {"participants_added", r.counts.participantsAdded},
            {"findings", findings},
            {"error", r.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.error)}};
}

} // namespace

int runImport(const std::vector<std::string> &argv)
{
    CliArgs args(argv, {"project", "format", "date-order", "map"}, {"json"});
    if (!args.ok()) {
        std::cerr << "tunebench-cli import: " << args.error() << '\n';
        return UsageError;
    }
    const auto project = args.value("project");
    if (!project || args.positional().empty()) {
        std::cerr << "usage: tunebench-cli import --project P.tunebench PATH... [--format slack|whatsapp|twitter|script-csv]"
                     " [--date-order dmy|mdy|ymd] [--map FIELD=COLUMN]... [--json]\n";
        return UsageError;
    }
    core::ImportOptions options;
    options.format = args.value("format").value_or("");
    if (const auto order = args.value("date-order")) {
        const auto parsed = parseDateOrder(*order);
        if (!parsed) {
            std::cerr << "tunebench-cli import: --date-order takes dmy, mdy or ymd, not '" << *order << "'\n";
            return UsageError;
        }
        options.dateOrder = *parsed;
    }
    std::string mapError;
    if (!applyMapping(args.values("map"), options.columns, mapError)) {
        std::cerr << "tunebench-cli import: " << mapError << '\n';
        return UsageError;
    }
    if (!options.format.empty() && !core::importerById(options.format)) {
        std::cerr << "tunebench-cli import: unknown format '" << options.format
                  << "'; use slack, whatsapp, twitter or script-csv\n";
        return UsageError;
    }

    auto store = core::Store::open(*project);
    if (!store) {
        std::cerr << "error: " << store.error().message << '\n';
        return InputErrors;
    }
    core::ImportRunner runner(**store);
    bool anyErrors = false;
    nlohmann::json imports = nlohmann::json::array();
    for (const auto &path : args.positional()) {
        const auto report = runner.run(path, options);
        anyErrors = anyErrors || report.hasErrors();
        if (args.flag("json"))
            imports.push_back(reportJson(report));
        else
            printText(report);
    }
    if (args.flag("json"))
        printJson({{"project", *project}, {"imports", imports}});
    return anyErrors ? InputErrors : Success;
}

} // namespace tb::cli
