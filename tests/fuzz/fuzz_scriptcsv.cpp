// libFuzzer target for the TV-script CSV importer. The first byte chooses the file name (.csv or
// .tsv) and whether a column mapping is given; the rest is the file.
#include "fuzzsupport.h"
#include "import/scriptcsv/scriptcsvimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    tb::core::ImportOptions options;
    if (mode & 1) {
        options.columns.speaker = "name";
        options.columns.text = "line";
        options.columns.conversationKeys = { "season no.", "episode no." };
        options.columns.sceneKey = "scene";
        options.columns.order = "index";
    }
    tb::fuzz::runOnBytes(
        tb::core::ScriptCsvImporter(), (mode & 2) ? "lines.tsv" : "script.csv", data + 1, size - 1, options);
    return 0;
}
