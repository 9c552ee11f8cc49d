#pragma once

#include "dataset/modelcatalog.h"
#include "dataset/validator.h"
#include "domain/result.h"

namespace tb::core {

// The validator's options for MODEL from the catalog: its limit (or the assumed one), its
// provider's minimum example count, and token counters for its encoding — and, when
// ALLENCODINGS, for every encoding in the catalog, so that the cost table covers every model.
// Fails when a tokenizer's rank table cannot be loaded.
Result<ValidationOptions> validationOptionsFor(const ModelCatalog &catalog, const CatalogModel &model,
                                               bool allEncodings = true);

} // namespace tb::core
