// libFuzzer target for the Twitter/X archive importer. The input is one or more files: text before
// the first "@@@ NAME" line is data/tweets.js; each "@@@ NAME" line starts a file called NAME, so the
// fuzzer reaches manifest.js, account.js, note-tweet.js and the DM files as well.
#include "fuzzsupport.h"
#include "import/twitter/twitterimporter.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view all(reinterpret_cast<const char *>(data), size);
    tb::core::MemoryInput input("fuzz");
    std::string name = "data/tweets.js";
    std::size_t start = 0;
    while (true) {
        std::size_t marker = all.find("@@@ ", start);
        while (marker != std::string_view::npos && marker != 0 && all[marker - 1] != '\n')
            marker = all.find("@@@ ", marker + 1);
        const std::string_view content
            = all.substr(start, marker == std::string_view::npos ? all.npos : marker - start);
        if (marker != 0)
            input.add(name, std::string(content));
        if (marker == std::string_view::npos)
            break;
        const std::size_t eol = all.find('\n', marker);
        name = std::string(all.substr(marker + 4, eol == std::string_view::npos ? all.npos : eol - marker - 4));
        if (name.empty())
            name = "data/unnamed.js";
        if (eol == std::string_view::npos)
            break;
        start = eol + 1;
    }
    tb::core::TwitterImporter importer;
    (void)importer.detect(input);
    tb::fuzz::NullSink sink;
    tb::core::BatchWriter writer(sink, 64);
    importer.run(input, {}, writer);
    return 0;
}
