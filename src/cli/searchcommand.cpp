#include "cliargs.h"
#include "commands.h"
#include "jsonout.h"

#include "store/store.h"
#include "util/timeutil.h"

#include <iostream>

namespace tb::cli {

namespace {

// The store marks matches with \x02 ... \x03; the CLI shows them as [ ... ], on one line when
// ONELINE.
std::string bracketMatches(std::string snippet, bool oneLine)
{
    for (char &c : snippet) {
        if (c == '\x02')
            c = '[';
        else if (c == '\x03')
            c = ']';
        else if (oneLine && c == '\n')
            c = ' ';
    }
    return snippet;
}

} // namespace

int runSearch(const std::vector<std::string> &argv)
{
    CliArgs args(argv, {"project", "limit"}, {"json"});
    const auto project = args.value("project");
    if (!args.ok() || !project || args.positional().empty()) {
        std::cerr << (args.ok() ? "" : "tunebench-cli search: " + args.error() + "\n")
                  << "usage: tunebench-cli search --project P.tunebench QUERY [--limit N] [--json]\n"
                     "  QUERY: words, from:NAME, in:CONVERSATION, after:YYYY-MM-DD, before:YYYY-MM-DD\n";
        return UsageError;
    }
    int limit = 50;
    if (const auto text = args.value("limit")) {
        try {
            limit = std::stoi(*text);
        } catch (...) {
            limit = 0;
        }
        if (limit <= 0) {
            std::cerr << "tunebench-cli search: --limit takes a positive number\n";
            return UsageError;
        }
    }
    std::string queryText;
    for (const auto &word : args.positional())
        queryText += (queryText.empty() ? "" : " ") + word;
    const auto query = core::SearchQuery::parse(queryText);
    if (!query.problems.empty()) {
        std::cerr << "tunebench-cli search: " << query.problems.front() << '\n';
        return UsageError;
    }
    auto store = openExistingProject(*project);
    if (!store)
        return InputErrors;
    const auto hits = store->search(query, limit);
    if (!hits) {
        std::cerr << "error: " << hits.error().message << '\n';
        return InputErrors;
    }
    if (args.flag("json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &hit : *hits) {
            auto j = toJson(hit.message);
            j["snippet"] = bracketMatches(hit.snippet, false);
            out.push_back(j);
        }
        printJson({{"query", queryText}, {"hits", out}});
        return Success;
    }
    for (const auto &hit : *hits) {
        const auto &m = hit.message;
        const std::string snippet = bracketMatches(hit.snippet, true);
        std::cout << (m.timestampMs ? core::timeutil::toIsoUtc(*m.timestampMs) : std::string("-")) << "  "
                  << m.conversationName << "  " << m.authorName << ": " << snippet << '\n';
    }
    std::cout << hits->size() << " hits\n";
    return Success;
}

} // namespace tb::cli
