#include "twitterimporter.h"

namespace tb::core {

// TODO(helper): implement
int TwitterImporter::detect(const InputSource &) const
{
    return 0;
}

void TwitterImporter::run(const InputSource &, const ImportOptions &, BatchWriter &) const
{
}

} // namespace tb::core
