#pragma once

#include "import/importer.h"
#include "input/inputsource.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace tb::fuzz {

// Discards everything: the fuzzers look for crashes, hangs and sanitizer reports only.
class NullSink final : public core::ImportSink {
public:
    void deliver(core::ImportBatch &&) override {}
};

// Feeds DATA to IMPORTER as one file called FILENAME, through detection and a full run.
inline void runOnBytes(const core::Importer &importer, const std::string &fileName, const std::uint8_t *data,
                       std::size_t size, const core::ImportOptions &options = {})
{
    core::MemoryInput input("fuzz");
    input.add(fileName, std::string(reinterpret_cast<const char *>(data), size));
    (void)importer.detect(input);
    NullSink sink;
    core::BatchWriter writer(sink, 64);
    importer.run(input, options, writer);
}

} // namespace tb::fuzz
