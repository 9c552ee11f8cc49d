#pragma once

#include "importoptions.h"
#include "importsink.h"
#include "input/inputsource.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

// Reads one kind of export. Implementations are stateless: everything an import needs travels in
// its arguments, so the CLI, the GUI worker, the tests and the fuzzers share them.
class Importer {
public:
    virtual ~Importer() = default;

    // "slack", "whatsapp", "twitter", "script-csv": the names --format takes.
    virtual std::string_view id() const = 0;
    virtual std::string_view displayName() const = 0;

    // How sure the importer is that INPUT is its format, from its content: 0 = not mine,
    // 100 = certain. Reads at most the first few KiB of a few entries.
    virtual int detect(const InputSource &input) const = 0;

    // Reads everything it understands in INPUT. Never throws: every problem becomes a Finding.
    virtual void run(const InputSource &input, const ImportOptions &options, BatchWriter &out) const = 0;
};

// Every importer Tunebench has, in the order detection asks them.
const std::vector<std::unique_ptr<Importer>> &allImporters();
const Importer *importerById(std::string_view id);
// The importer most sure of INPUT, or nullptr when none recognises it.
const Importer *detectImporter(const InputSource &input);
// The importer OPTIONS.format names, else the one detection picks for INPUT; otherwise an Error
// saying what to do, naming PATH.
Result<const Importer *> chooseImporter(const InputSource &input, const ImportOptions &options,
                                        const std::string &path);

} // namespace tb::core
