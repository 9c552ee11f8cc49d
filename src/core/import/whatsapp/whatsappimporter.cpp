#include "whatsappimporter.h"

namespace tb::core {

// TODO(helper): implement
int WhatsAppImporter::detect(const InputSource &) const
{
    return 0;
}

void WhatsAppImporter::run(const InputSource &, const ImportOptions &, BatchWriter &) const
{
}

} // namespace tb::core
