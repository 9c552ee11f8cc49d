// tunebench-cli: the Tunebench core, headless, for scripts and CI.
#include "cliargs.h"
#include "commands.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <string>
#include <vector>

namespace {

void printUsage(std::ostream &out)
{
    out << "usage: tunebench-cli COMMAND [OPTIONS]\n\n"
           "commands:\n"
           "  import  --project P PATH... [--format F] [--date-order dmy|mdy|ymd] [--map FIELD=COLUMN]... [--json]\n"
           "  stats   --project P [--json]\n"
           "  search  --project P QUERY [--limit N] [--json]\n"
           "  dump    --project P [--conversation ID] --jsonl\n"
           "  count-tokens --encoding o200k_base|cl100k_base [--jsonl FILE --field NAME]\n"
           "  build   --project P --recipe R [--option KEY=VALUE]... (--out FILE | --freeze NAME) [--format F] [--scrub]\n"
           "          [--model M] [--fix FIX,...] [--valid-fraction F --seed S] [--json]   (--list-options: a recipe's options)\n"
           "  validate FILE [--model M] [--json] [--fix FIX,... --out FIXED]\n"
           "  export  --project P --snapshot NAME|ID --out FILE [--format F] [--valid-out FILE2]\n\n"
           "exit codes: 0 success, 1 finished with input errors, 2 usage error\n";
}

} // namespace

int main(int argc, char **argv)
{
    // Developer logging goes to stderr (stdout carries --json and --jsonl output) and stays quiet
    // unless asked for; users read findings.
    spdlog::set_default_logger(spdlog::stderr_logger_mt("tunebench-cli"));
    spdlog::set_level(std::getenv("TB_DEBUG") ? spdlog::level::debug : spdlog::level::warn);
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty() || all.front() == "--help" || all.front() == "-h" || all.front() == "help") {
        printUsage(all.empty() ? std::cerr : std::cout);
        return all.empty() ? tb::cli::UsageError : tb::cli::Success;
    }
    const std::string command = all.front();
    const std::vector<std::string> rest(all.begin() + 1, all.end());
    if (command == "import")
        return tb::cli::runImport(rest);
    if (command == "stats")
        return tb::cli::runStats(rest);
    if (command == "search")
        return tb::cli::runSearch(rest);
    if (command == "dump")
        return tb::cli::runDump(rest);
    if (command == "build")
        return tb::cli::runBuild(rest);
    if (command == "validate")
        return tb::cli::runValidate(rest);
    if (command == "export")
        return tb::cli::runExport(rest);
    if (command == "count-tokens")
        return tb::cli::runCountTokens(rest);
    std::cerr << "tunebench-cli: unknown command '" << command << "'\n";
    printUsage(std::cerr);
    return tb::cli::UsageError;
}
