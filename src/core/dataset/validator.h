#pragma once

#include "dataset/exporter.h"
#include "dataset/exportformat.h"
#include "dataset/modelcatalog.h"
#include "dataset/tokenaccounting.h"
#include "domain/finding.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace tb::core {

// The one-flag fixes (CLI --fix names in toString).
enum class DatasetFix { DropDuplicates, DropLong, TruncateLong, AddSeparator, AddLeadingSpace };

std::string_view toString(DatasetFix fix); // drop-duplicates, drop-long, truncate-long, add-separator, add-leading-space
std::optional<DatasetFix> datasetFixFromString(std::string_view name);

// One problem in a training dataset. Rule ids are stable strings (documented in the README); the
// sentence says what is wrong and what to do.
struct DatasetFinding {
    Severity severity = Severity::Warning;
    std::int64_t record = -1;  // 0-based record (non-blank line) index; -1: the whole dataset
    std::int64_t line = 0;     // 1-based line in the file; 0: the whole dataset
    std::string rule;
    std::string message;
    std::optional<DatasetFix> fix;

    // "FILE:LINE: record N: rule: sentence" (dataset-wide: "FILE: rule: sentence").
    std::string describe(const std::string &file) const;
};

// What the fixes need to know, gathered by one validation pass (per-record state only: indexes).
struct FixPlan {
    ExportFormat format = ExportFormat::Chat;
    std::vector<std::uint64_t> duplicates; // records equal to an earlier one, ascending
    std::vector<std::uint64_t> tooLong;    // records over the limit (tokens, or characters for p/c)
    std::int64_t limit = 0;                // tokens per example (for truncate-long)
    std::string separator;                 // what add-separator appends to prompts not ending with it
    std::vector<std::uint64_t> missingSeparator;
    std::vector<std::uint64_t> missingLeadingSpace;
};

struct ValidationOptions {
    std::optional<ExportFormat> format;    // none: detected from the first object line
    std::optional<CatalogModel> model;     // none: no model-specific rules (limit, method)
    std::int64_t tokenLimit = 65536;       // set from the catalog's limitOf(model)
    bool limitAssumed = false;
    std::string limitWarning;
    std::optional<std::uint64_t> minimumExamples = 10; // none: no minimum rule
    // The counter for the model's encoding (limit rule, fixes); more counters fill extra token lists
    // (cost estimates for models with another encoding). Empty: no token rules.
    std::map<Encoding, std::shared_ptr<const TokenAccountant>> accountants;
    Encoding encoding = Encoding::O200kBase; // which accountant is the model's
    std::size_t maxFindingsPerRule = 200;  // more are counted and summed up in one finding
};

// Checks JSON lines as OpenAI's server and its former prepare_data tool would. Streaming: a file on
// disk and freshly built records take the same path (addLine), in order; finish() adds the
// dataset-wide findings (minimum count, common prefixes and suffixes, ...).
class Validator {
public:
    explicit Validator(ValidationOptions options);
    ~Validator();
    Validator(const Validator &) = delete;
    Validator &operator=(const Validator &) = delete;

    // LINENUMBER is the 1-based line in the file (freshly built records: index + 1). A blank line
    // is reported but is not a record.
    void addLine(std::string_view text, std::uint64_t lineNumber);
    // A freshly built record, written as options.format (which must be set) and checked as its line
    // would be; its "line" is the line it will have in the exported file. A record the format cannot
    // hold (DPO without a rejected turn) is the error "not-exportable".
    void addRecord(const TrainingRecord &record, const ExportOptions &exportOptions = {});
    void finish();

    ExportFormat format() const;
    std::uint64_t records() const;
    const std::vector<DatasetFinding> &findings() const;
    std::uint64_t count(Severity severity) const; // including findings past the per-rule cap
    // Per record, in the model's encoding (and the other accountants' ones); empty when not counted.
    const std::vector<std::uint32_t> &tokens() const;
    const std::map<Encoding, std::vector<std::uint32_t>> &tokensByEncoding() const;
    std::uint64_t assistantTokens() const;
    FixPlan fixPlan() const;

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace tb::core
