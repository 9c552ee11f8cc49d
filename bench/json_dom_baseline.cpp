// The second reference reader: nlohmann/json's DOM parse of every JSON file of an export,
// nothing else, on one thread. It reads at about 74 MB/s on the project machine the targets were
// set on; scripts/bench-import.sh runs it to show how this machine's single-thread speed compares,
// because Python's json.load alone varies too much from run to run on a shared VM to tell.
//
// Usage: json_dom_baseline EXPORT_FOLDER   Prints {"seconds": S, "bytes": B, "files": F} on one line.
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s EXPORT_FOLDER\n", argv[0]);
        return 2;
    }
    namespace fs = std::filesystem;
    const auto started = std::chrono::steady_clock::now();
    std::uintmax_t bytes = 0, files = 0, failed = 0;
    std::string data;
    for (const auto &entry : fs::recursive_directory_iterator(argv[1])) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json")
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        data.resize(entry.file_size());
        in.read(data.data(), std::streamsize(data.size()));
        bytes += data.size();
        ++files;
        // Parsed and dropped, as Python's baseline drops what json.load returns.
        if (nlohmann::json::parse(data, nullptr, false).is_discarded())
            ++failed;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("{\"seconds\": %.3f, \"bytes\": %ju, \"files\": %ju, \"failed\": %ju}\n", seconds, bytes, files, failed);
    return failed ? 1 : 0;
}
