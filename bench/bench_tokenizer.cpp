// Tokenizer throughput on a corpus written by gen_chat_corpus (scripts/bench-tokenizer.sh):
// single-threaded count() and encode() in MB/s and tokens/s, and countMany() on every core.
// Usage: bench_tokenizer CORPUS.jsonl [o200k_base|cl100k_base] [REPEATS=3]
// Prints one line per measurement: "name MB/s tokens/s total_tokens" (the best of REPEATS runs).
#include "tokenizer/tokenizer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace {

double seconds(const std::function<std::size_t()> &run, int repeats, std::size_t &tokens)
{
    double best = 1e30;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        tokens = run();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_tokenizer CORPUS.jsonl [o200k_base|cl100k_base] [REPEATS=3]\n");
        return 2;
    }
    const auto encoding = tb::core::encodingFromString(argc > 2 ? argv[2] : "o200k_base");
    if (!encoding) {
        std::fprintf(stderr, "unknown encoding %s\n", argv[2]);
        return 2;
    }
    const int repeats = argc > 3 ? std::stoi(argv[3]) : 3;
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    {
        std::ifstream in(argv[1], std::ios::binary);
        std::string line;
        while (std::getline(in, line)) {
            auto json = nlohmann::json::parse(line, nullptr, false);
            if (!json.is_object() || !json["text"].is_string())
                continue;
            texts.push_back(json["text"].get<std::string>());
            bytes += texts.back().size();
        }
    }
    if (texts.empty()) {
        std::fprintf(stderr, "%s: no {\"text\": ...} lines\n", argv[1]);
        return 1;
    }
    const auto loadStart = std::chrono::steady_clock::now();
    auto tokenizer = tb::core::Tokenizer::get(*encoding);
    if (!tokenizer) {
        std::fprintf(stderr, "%s\n", tokenizer.error().message.c_str());
        return 1;
    }
    const double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - loadStart).count();
    const auto &t = **tokenizer;
    std::printf("# %zu messages, %.1f MB, %s, table load %.0f ms, %u cores\n", texts.size(),
        static_cast<double>(bytes) / 1e6, argv[2] ? argv[2] : "o200k_base", load * 1e3,
        std::thread::hardware_concurrency());

    const auto report = [&](const char *name, double secs, std::size_t tokens) {
        std::printf("%s %.2f %.0f %zu\n", name, static_cast<double>(bytes) / 1e6 / secs,
            static_cast<double>(tokens) / secs, tokens);
    };
    std::size_t tokens = 0;
    double secs = seconds([&] {
        std::size_t total = 0;
        for (const auto &text : texts)
            total += t.count(text);
        return total;
    }, repeats, tokens);
    report("count", secs, tokens);
    secs = seconds([&] {
        std::size_t total = 0;
        for (const auto &text : texts)
            total += t.encode(text).size();
        return total;
    }, repeats, tokens);
    report("encode", secs, tokens);
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    secs = seconds([&] {
        std::size_t total = 0;
        for (const std::size_t n : t.countMany(views))
            total += n;
        return total;
    }, repeats, tokens);
    report("countMany", secs, tokens);
    return 0;
}
