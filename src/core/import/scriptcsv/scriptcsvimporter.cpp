#include "scriptcsvimporter.h"

namespace tb::core {

// TODO(helper): implement
int ScriptCsvImporter::detect(const InputSource &) const
{
    return 0;
}

void ScriptCsvImporter::run(const InputSource &, const ImportOptions &, BatchWriter &) const
{
}

} // namespace tb::core
