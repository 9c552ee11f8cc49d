// libFuzzer target for the Slack importer. The first byte picks how the bytes are presented, so
// one corpus reaches every path: a loose day file, a day file in a channel folder beside the
// users/channels lists, a slackdump dump, or a whole export split on "\n--FILE--\n" lines.
#include "fuzzsupport.h"
#include "import/slack/slackimporter.h"

#include <string_view>

namespace {

const char kUsers[]
    = "[{\"id\":\"U1\",\"name\":\"ann\",\"profile\":{\"display_name\":\"Ann\"}},{\"id\":\"U2\",\"is_bot\":true}]";
const char kChannels[] = "[{\"id\":\"C1\",\"name\":\"general\",\"created\":\"1\",\"members\":[\"U1\"]},"
                         "{\"id\":\"C2\",\"name\":\"new-name\",\"created\":2,\"previous_names\":[\"old\"]}]";

void runExport(const tb::core::Importer &importer, std::string_view bytes)
{
    tb::core::MemoryInput input("fuzz");
    int n = 0;
    while (!bytes.empty() && n < 16) {
        const auto cut = bytes.find("\n--FILE--\n");
        const std::string_view part = bytes.substr(0, cut);
        const auto newline = part.find('\n');
        // Each part: its path on the first line, its content after.
        const std::string path(part.substr(0, std::min<std::size_t>(newline, 80)));
        input.add(path.empty() ? "general/2020-01-01.json" : path,
            std::string(newline == std::string_view::npos ? std::string_view() : part.substr(newline + 1)));
        ++n;
        bytes = cut == std::string_view::npos ? std::string_view() : bytes.substr(cut + 10);
    }
    (void)importer.detect(input);
    tb::fuzz::NullSink sink;
    tb::core::BatchWriter writer(sink, 64);
    importer.run(input, {}, writer);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const tb::core::SlackImporter importer;
    if (size == 0)
        return 0;
    const std::string_view bytes(reinterpret_cast<const char *>(data) + 1, size - 1);
    switch (data[0] % 4) {
    case 0:
        tb::fuzz::runOnBytes(importer, "2020-01-01.json", data + 1, size - 1);
        break;
    case 1: {
        tb::core::MemoryInput input("fuzz");
        input.add("users.json", kUsers);
        input.add("channels.json", kChannels);
        input.add("general/2020-01-01.json", std::string(bytes));
        input.add("old/2020-01-02.json", std::string(bytes));
        (void)importer.detect(input);
        tb::fuzz::NullSink sink;
        tb::core::BatchWriter writer(sink, 64);
        importer.run(input, {}, writer);
        break;
    }
    case 2:
        tb::fuzz::runOnBytes(importer, "C0123ABCD.json", data + 1, size - 1);
        break;
    default:
        runExport(importer, bytes);
        break;
    }
    return 0;
}
