#pragma once

#include "import/importsink.h"

#include <map>
#include <string>

namespace tb::core {

// Lists the first few findings of each kind one by one and sums up the rest, so a file with
// 100,000 identical problems gives a readable report instead of 100,000 lines.
class FindingLimiter {
public:
    explicit FindingLimiter(BatchWriter &out, std::size_t perKind = 20)
        : m_out(out)
        , m_perKind(perKind)
    {
    }

    // KIND names the problem in a summary ("tweets without an id").
    void add(const std::string &kind, Finding finding);
    // One finding per kind that went over its share: "N more ... not listed one by one".
    void flush();

private:
    struct Tally {
        std::size_t seen = 0;
        Severity severity = Severity::Warning;
        std::string file;
    };
    BatchWriter &m_out;
    std::size_t m_perKind;
    std::map<std::string, Tally> m_tallies;
};

inline void FindingLimiter::add(const std::string &kind, Finding finding)
{
    Tally &tally = m_tallies[kind];
    if (tally.seen++ < m_perKind) {
        m_out.add(std::move(finding));
        return;
    }
    tally.severity = finding.severity;
    if (tally.file.empty())
        tally.file = finding.file;
}

inline void FindingLimiter::flush()
{
    for (auto &[kind, tally] : m_tallies) {
        if (tally.seen <= m_perKind)
            continue;
        Finding summary;
        summary.severity = tally.severity;
        summary.file = tally.file;
        summary.reason = std::to_string(tally.seen - m_perKind) + " more " + kind + " (only the first "
            + std::to_string(m_perKind) + " are listed one by one)";
        m_out.add(std::move(summary));
    }
    m_tallies.clear();
}

} // namespace tb::core
