#include "cliargs.h"
#include "commands.h"
#include "jsonout.h"

#include "store/store.h"
#include "util/timeutil.h"

#include <filesystem>
#include <iostream>

namespace tb::cli {

namespace {

std::string dayOrNone(const std::optional<std::int64_t> &ms)
{
    return ms ? core::timeutil::toIsoUtc(*ms) : std::string("none");
}

} // namespace

std::unique_ptr<core::Store> openExistingProject(const std::string &path)
{
    if (!std::filesystem::exists(path)) {
        std::cerr << "error: " << path << ": no such project; create it with tunebench-cli import\n";
        return nullptr;
    }
    auto store = core::Store::open(path);
    if (!store) {
        std::cerr << "error: " << store.error().message << '\n';
        return nullptr;
    }
    return std::move(store).value();
}

int runStats(const std::vector<std::string> &argv)
{
    CliArgs args(argv, {"project"}, {"json"});
    const auto project = args.value("project");
    if (!args.ok() || !project || !args.positional().empty()) {
        std::cerr << (args.ok() ? "" : "tunebench-cli stats: " + args.error() + "\n")
                  << "usage: tunebench-cli stats --project P.tunebench [--json]\n";
        return UsageError;
    }
    auto store = openExistingProject(*project);
    if (!store)
        return InputErrors;
    const auto s = store->stats();
    if (args.flag("json")) {
        nlohmann::json sources = nlohmann::json::array();
        for (const auto &src : s.sources)
            sources.push_back({{"path", src.path}, {"format", src.format}, {"messages", src.messages},
                               {"state", src.lastImportState}});
        nlohmann::json people = nlohmann::json::array();
        for (const auto &p : s.participants)
            people.push_back({{"id", p.key}, {"name", p.displayName}, {"messages", p.messages},
                              {"bot", p.isBot}, {"me", p.isMe}});
        printJson({{"sources", sources},
                   {"conversations", s.conversations},
                   {"messages", s.messages},
                   {"participants", people},
                   {"date_range", {{"first", timestampJson(s.firstMs)}, {"last", timestampJson(s.lastMs)}}},
                   {"findings", {{"error", s.errors}, {"warning", s.warnings}, {"info", s.infos}}}});
        return Success;
    }
    std::cout << "sources: " << s.sources.size() << '\n';
    for (const auto &src : s.sources)
        std::cout << "  " << src.format << "  " << src.path << "  (" << src.messages << " messages, "
                  << src.lastImportState << ")\n";
    std::cout << "conversations: " << s.conversations << '\n'
              << "messages: " << s.messages << '\n'
              << "date range: " << dayOrNone(s.firstMs) << " .. " << dayOrNone(s.lastMs) << '\n'
              << "participants: " << s.participants.size() << '\n';
    for (const auto &p : s.participants)
        std::cout << "  " << p.messages << "  " << p.displayName << "  [" << p.key << "]" << (p.isBot ? " bot" : "")
                  << (p.isMe ? " me" : "") << '\n';
    std::cout << "findings: " << s.errors << " errors, " << s.warnings << " warnings, " << s.infos << " info\n";
    return Success;
}

} // namespace tb::cli
