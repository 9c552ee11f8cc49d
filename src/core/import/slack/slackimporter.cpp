#include "slackimporter.h"

namespace tb::core {

// TODO(helper): implement
int SlackImporter::detect(const InputSource &) const
{
    return 0;
}

void SlackImporter::run(const InputSource &, const ImportOptions &, BatchWriter &) const
{
}

} // namespace tb::core
