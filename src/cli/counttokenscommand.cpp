#include "cliargs.h"
#include "commands.h"

#include "tokenizer/tokenizer.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace tb::cli {

namespace {

constexpr const char *kUsage =
    "usage: tunebench-cli count-tokens --encoding o200k_base|cl100k_base [--jsonl FILE --field NAME]\n";

// Lines are parsed in order and counted in batches on every core; the output stays in input order.
constexpr std::size_t kBatchLines = 8192;

struct Batch {
    std::vector<std::string> texts;
    std::vector<bool> valid;
};

void flush(const core::Tokenizer &tokenizer, Batch &batch)
{
    const std::vector<std::string_view> views(batch.texts.begin(), batch.texts.end());
    const std::vector<std::size_t> counts = tokenizer.countMany(views);
    std::string out;
    for (std::size_t i = 0; i < counts.size(); ++i)
        out += batch.valid[i] ? std::to_string(counts[i]) + '\n' : std::string("-\n");
    std::cout << out;
    batch.texts.clear();
    batch.valid.clear();
}

int countJsonl(const core::Tokenizer &tokenizer, const std::string &path, const std::string &field)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "error: " << path << ": cannot open the file; check the path\n";
        return InputErrors;
    }
    Batch batch;
    std::string line;
    std::size_t lineNumber = 0;
    bool errors = false;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const auto json = nlohmann::json::parse(line, nullptr, false);
        std::string reason;
        if (json.is_discarded())
            reason = "not a JSON value";
        else if (!json.is_object())
            reason = "not a JSON object";
        else if (!json.contains(field))
            reason = "no field \"" + field + "\"";
        else if (!json[field].is_string())
            reason = "field \"" + field + "\" is not a string";
        if (reason.empty()) {
            batch.texts.push_back(json[field].get<std::string>());
            batch.valid.push_back(true);
        } else {
            std::cerr << path << ':' << lineNumber << ": " << reason << "; printed \"-\" for this line\n";
            batch.texts.emplace_back();
            batch.valid.push_back(false);
            errors = true;
        }
        if (batch.texts.size() == kBatchLines)
            flush(tokenizer, batch);
    }
    flush(tokenizer, batch);
    std::cout.flush();
    return errors ? InputErrors : Success;
}

} // namespace

int runCountTokens(const std::vector<std::string> &argv)
{
    CliArgs args(argv, {"encoding", "jsonl", "field"}, {});
    const auto encodingName = args.value("encoding");
    const auto jsonl = args.value("jsonl");
    const auto field = args.value("field");
    if (!args.ok() || !encodingName || !args.positional().empty() || jsonl.has_value() != field.has_value()) {
        std::cerr << "tunebench-cli count-tokens: "
                  << (!args.ok()                ? args.error()
                         : !encodingName        ? std::string("--encoding is required")
                         : !args.positional().empty() ? "unexpected argument '" + args.positional().front() + "'"
                                                      : std::string("--jsonl and --field go together"))
                  << '\n'
                  << kUsage;
        return UsageError;
    }
    const auto encoding = core::encodingFromString(*encodingName);
    if (!encoding) {
        std::cerr << "tunebench-cli count-tokens: unknown encoding '" << *encodingName
                  << "'; use o200k_base (GPT-4o, GPT-4.1) or cl100k_base (GPT-3.5, GPT-4)\n"
                  << kUsage;
        return UsageError;
    }
    const auto tokenizer = core::Tokenizer::get(*encoding);
    if (!tokenizer) {
        std::cerr << "error: " << tokenizer.error().message << '\n';
        return InputErrors;
    }
    if (jsonl)
        return countJsonl(**tokenizer, *jsonl, *field);
    std::ostringstream all;
    all << std::cin.rdbuf();
    std::cout << (*tokenizer)->count(all.view()) << '\n';
    return Success;
}

} // namespace tb::cli
