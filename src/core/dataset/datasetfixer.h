#pragma once

#include "dataset/tokenaccounting.h"
#include "dataset/validator.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace tb::core {

// Applies the chosen fixes to the same lines, in the same order, that produced PLAN: a stream
// transform, one line in, zero or one line out. After it, the validator finds the same records
// clean of the fixed rules.
//   drop-duplicates: records equal to an earlier one are left out (the first stays);
//   drop-long: records over the limit are left out;
//   truncate-long: chat — turns are dropped from the end until the example fits and ends on an
//     assistant turn (left out when even the first exchange does not fit); prompt/completion — the
//     prompt loses tokens from its start; DPO and the others — left out;
//   add-separator: the plan's separator is appended to prompts that do not end with it;
//   add-leading-space: completions that do not start with a space get one.
class DatasetFixer {
public:
    DatasetFixer(FixPlan plan, std::set<DatasetFix> fixes, std::shared_ptr<const TokenAccountant> accountant = {});

    // RECORD is the 0-based record index (blank lines are not records and are dropped). None: the
    // record is left out.
    std::optional<std::string> apply(std::string_view line, std::uint64_t record);
    std::uint64_t dropped() const { return m_dropped; }
    std::uint64_t changed() const { return m_changed; }

private:
    bool listed(const std::vector<std::uint64_t> &list, std::uint64_t record) const;

    FixPlan m_plan;
    std::set<DatasetFix> m_fixes;
    std::shared_ptr<const TokenAccountant> m_accountant;
    std::uint64_t m_dropped = 0;
    std::uint64_t m_changed = 0;
};

} // namespace tb::core
