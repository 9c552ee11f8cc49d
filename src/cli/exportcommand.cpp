// tunebench-cli export: writes a frozen snapshot out, in its own format or another.
#include "cliargs.h"
#include "commands.h"
#include "jsonout.h"

#include "dataset/freezer.h"
#include "store/store.h"

#include <iostream>

namespace tb::cli {

namespace {

constexpr const char *kUsage =
    "usage: tunebench-cli export --project P --snapshot NAME|ID --out FILE\n"
    "                            [--format chat|dpo|prompt-completion|sharegpt|alpaca|kto]\n"
    "                            [--valid-out FILE2 [--valid-fraction F --seed S]] [--json]\n";

int usage(const std::string &why)
{
    if (!why.empty())
        std::cerr << "tunebench-cli export: " << why << '\n';
    std::cerr << kUsage;
    return UsageError;
}

std::optional<core::SnapshotInfo> findSnapshot(const core::Store &store, const std::string &nameOrId)
{
    if (auto byName = store.snapshotByName(nameOrId))
        return byName;
    if (!nameOrId.empty() && nameOrId.find_first_not_of("0123456789") == std::string::npos && nameOrId.size() < 18)
        return store.snapshot(std::stoll(nameOrId));
    return std::nullopt;
}

} // namespace

int runExport(const std::vector<std::string> &argv)
{
    CliArgs args(argv, {"project", "snapshot", "out", "format", "valid-fraction", "seed", "valid-out"}, {"json"});
    if (!args.ok())
        return usage(args.error());
    const auto project = args.value("project");
    const auto name = args.value("snapshot");
    const auto out = args.value("out");
    if (!project || !name || !out || !args.positional().empty())
        return usage("--project, --snapshot and --out are required");
    core::SnapshotExport how;
    if (const auto format = args.value("format")) {
        how.format = core::exportFormatFromString(*format);
        if (!how.format)
            return usage("unknown format '" + *format + "'");
    }
    if (const auto fraction = args.value("valid-fraction")) {
        char *end = nullptr;
        how.validFraction = std::strtod(fraction->c_str(), &end);
        if (end == fraction->c_str() || *end != '\0' || how.validFraction < 0 || how.validFraction >= 1)
            return usage("--valid-fraction takes a number from 0 to below 1, e.g. 0.1");
        if (!args.value("valid-out"))
            return usage("--valid-fraction needs --valid-out FILE2 for the validation records");
    }
    if (const auto seed = args.value("seed")) {
        if (seed->empty() || seed->find_first_not_of("0123456789") != std::string::npos || seed->size() > 19)
            return usage("--seed takes a whole number");
        how.seed = std::stoull(*seed);
        if (how.validFraction < 0)
            return usage("--seed goes with --valid-fraction (a new split); without it the frozen split is kept");
    }
    auto store = openExistingProject(*project);
    if (!store)
        return InputErrors;
    const auto snapshot = findSnapshot(*store, *name);
    if (!snapshot) {
        std::cerr << "error: " << *project << ": no snapshot named or numbered '" << *name << "'";
        const auto all = store->snapshots();
        if (all.empty())
            std::cerr << "; the project has none yet: freeze one on the Build page";
        for (const auto &s : all)
            std::cerr << "\n  " << s.id << "  " << s.name;
        std::cerr << '\n';
        return InputErrors;
    }
    const std::string validOut = args.value("valid-out").value_or(std::string());
    auto written = core::exportSnapshot(*store, snapshot->id, how, *out, validOut);
    if (!written) {
        std::cerr << "error: " << written.error().message << '\n';
        return InputErrors;
    }
    const std::string format(how.format ? core::toString(*how.format) : std::string_view(snapshot->format));
    if (args.flag("json")) {
        printJson({{"snapshot", {{"id", snapshot->id}, {"name", snapshot->name}, {"sha256", snapshot->sha256},
                                 {"format", snapshot->format}, {"records", snapshot->recordCount}}},
                   {"format", format},
                   {"out", *out},
                   {"trainRecords", written->trainRecords},
                   {"validOut", validOut.empty() ? nlohmann::json() : nlohmann::json(validOut)},
                   {"validRecords", written->validRecords},
                   {"skipped", written->skipped},
                   {"skipReason", written->firstSkipReason}});
    } else {
        std::cout << "wrote " << *out << ": " << written->trainRecords << " records (" << format << ")";
        if (!validOut.empty())
            std::cout << "; " << validOut << ": " << written->validRecords << " records";
        std::cout << "\nsnapshot " << snapshot->id << " \"" << snapshot->name << "\", sha256 " << snapshot->sha256 << '\n';
        if (written->skipped)
            std::cout << written->skipped << " records cannot be written as " << format << " and were left out: "
                      << written->firstSkipReason << '\n';
    }
    return Success;
}

} // namespace tb::cli
