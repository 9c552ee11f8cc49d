// Parse-only benchmark (issue #2): runs an importer over an export into a sink that only counts,
// so the reading side of an import (parse and normalise, no store) can be timed on its own.
// Usage: bench_parse PATH [FORMAT] [ROUNDS]. Prints one line per round: seconds and messages.
#include "import/importer.h"
#include "input/inputsource.h"

#include <chrono>
#include <cstdio>
#include <string>

namespace {

class CountingSink final : public tb::core::ImportSink {
public:
    void deliver(tb::core::ImportBatch &&batch) override
    {
        messages += batch.messages.size();
        for (const auto &m : batch.messages)
            bytes += m.text.size();
    }
    std::uint64_t messages = 0;
    std::uint64_t bytes = 0; // read, so that nothing is optimised away
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_parse PATH [FORMAT] [ROUNDS]\n");
        return 2;
    }
    const std::string path = argv[1];
    tb::core::ImportOptions options;
    if (argc > 2)
        options.format = argv[2];
    const int rounds = argc > 3 ? std::stoi(argv[3]) : 1;
    auto input = tb::core::InputSource::open(path);
    if (!input) {
        std::fprintf(stderr, "%s\n", input.error().message.c_str());
        return 1;
    }
    auto importer = tb::core::chooseImporter(**input, options, path);
    if (!importer) {
        std::fprintf(stderr, "%s\n", importer.error().message.c_str());
        return 1;
    }
    for (int round = 0; round < rounds; ++round) {
        CountingSink sink;
        tb::core::BatchWriter writer(sink);
        const auto start = std::chrono::steady_clock::now();
        (*importer)->run(**input, options, writer);
        writer.flush();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        std::printf("%.3f s, %llu messages\n", took.count(), static_cast<unsigned long long>(sink.messages));
    }
    return 0;
}
