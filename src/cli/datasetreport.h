#pragma once

#include "dataset/modelcatalog.h"
#include "dataset/validator.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <ostream>
#include <string>
#include <vector>

namespace tb::cli {

struct FixReport {
    std::string out;
    std::uint64_t written = 0;
    std::uint64_t dropped = 0;
    std::uint64_t changed = 0;
    std::uint64_t errorsAfter = 0;
    std::uint64_t warningsAfter = 0;
    std::vector<core::DatasetFinding> findingsAfter;
};

// What validate prints: the findings, the token statistics and the cost table.
struct DatasetReport {
    std::string file;
    const core::ModelCatalog &catalog;
    const core::CatalogModel &model;
    const core::Validator &validator;
    std::optional<int> epochs;
    std::optional<FixReport> fix;
};

// One pass over PATH through VALIDATOR, then finish(); false (with the reason on stderr) when the
// file cannot be read.
bool validateFile(const std::string &path, core::Validator &validator);

// Reads --fix's "drop-duplicates,add-separator,..." into FIXES; the error, when there is one, names
// the unknown fix or the clash (drop-long with truncate-long).
std::optional<std::string> parseFixList(const std::string &list, std::set<core::DatasetFix> &fixes);

// The --json shape (documented in the README; change it only additively).
nlohmann::json reportJson(const DatasetReport &report);
void printReport(const DatasetReport &report, std::ostream &out);

} // namespace tb::cli
