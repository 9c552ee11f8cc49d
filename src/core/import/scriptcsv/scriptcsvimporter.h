#pragma once

#include "import/importer.h"

namespace tb::core {

// A TV script as a CSV table, one line of dialogue per row: the Rick and Morty layout
// (index,season no.,episode no.,episode name,name,line) and the Game of Thrones one are recognised
// by their header, others by column names or a ColumnMapping. See export-formats.md §9.
class ScriptCsvImporter final : public Importer {
public:
    std::string_view id() const override { return "script-csv"; }
    std::string_view displayName() const override { return "TV-script CSV"; }
    int detect(const InputSource &input) const override;
    void run(const InputSource &input, const ImportOptions &options, BatchWriter &out) const override;
};

} // namespace tb::core
