#pragma once

#include "import/importer.h"

namespace tb::core {

class ScriptCsvImporter final : public Importer {
public:
    std::string_view id() const override { return "script-csv"; }
    std::string_view displayName() const override { return "TV-script CSV"; }
    int detect(const InputSource &input) const override;
    void run(const InputSource &input, const ImportOptions &options, BatchWriter &out) const override;
};

} // namespace tb::core
