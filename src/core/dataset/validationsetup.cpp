#include "validationsetup.h"

#include <set>

namespace tb::core {

Result<ValidationOptions> validationOptionsFor(const ModelCatalog &catalog, const CatalogModel &model, bool allEncodings)
{
    ValidationOptions options;
    options.model = model;
    const auto limit = catalog.limitOf(model);
    options.tokenLimit = limit.tokens;
    options.limitAssumed = limit.assumed;
    options.limitWarning = limit.warning;
    options.minimumExamples = catalog.minimumExamples(model);
    options.encoding = model.encoding;
    std::set<Encoding> encodings = {model.encoding};
    if (allEncodings) {
        for (const auto &other : catalog.models())
            encodings.insert(other.encoding);
    }
    for (const auto encoding : encodings) {
        auto tokenizer = Tokenizer::get(encoding);
        if (!tokenizer)
            return tokenizer.error();
        // Every catalog model of one encoding has the same overheads today; the model's own win.
        options.accountants[encoding] = std::make_shared<const TokenAccountant>(
            std::move(tokenizer).value(), encoding == model.encoding ? model.overheads : ChatOverheads{});
    }
    return options;
}

} // namespace tb::core
