// libFuzzer target for the WhatsApp importer: arbitrary bytes as one chat file, through detection
// and a full run. The input's length picks the --date-order, so overrides get fuzzed too.
#include "fuzzsupport.h"

#include "import/whatsapp/whatsappimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const tb::core::WhatsAppImporter importer;
    tb::core::ImportOptions options;
    options.dateOrder = static_cast<tb::core::DateOrder>(size % 4);
    tb::fuzz::runOnBytes(importer, "WhatsApp Chat with Fuzz.txt", data, size, options);
    return 0;
}
