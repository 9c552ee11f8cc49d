#include "cliargs.h"
#include "commands.h"
#include "jsonout.h"

#include "store/store.h"

#include <iostream>

namespace tb::cli {

int runDump(const std::vector<std::string> &argv)
{
    CliArgs args(argv, {"project", "conversation"}, {"jsonl"});
    const auto project = args.value("project");
    if (!args.ok() || !project || !args.flag("jsonl") || !args.positional().empty()) {
        std::cerr << (args.ok() ? "" : "tunebench-cli dump: " + args.error() + "\n")
                  << "usage: tunebench-cli dump --project P.tunebench [--conversation ID] --jsonl\n";
        return UsageError;
    }
    auto store = openExistingProject(*project);
    if (!store)
        return InputErrors;
    const std::string conversation = args.value("conversation").value_or("");
    std::ios::sync_with_stdio(false);
    const bool found = store->forEachMessage(conversation, [](const core::StoredMessage &m) { printJson(toJson(m)); });
    if (!found) {
        std::cerr << "error: no conversation with id '" << conversation
                  << "'; tunebench-cli dump --jsonl lists the ids in its \"conversation\" field\n";
        return InputErrors;
    }
    return Success;
}

} // namespace tb::cli
