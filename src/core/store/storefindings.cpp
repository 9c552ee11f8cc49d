// Store's findings for the workbench's findings dock.
#include "store.h"

namespace tb::core {

std::vector<SourceFinding> Store::latestFindings() const
{
    auto query = m_db.prepare(
        "SELECT s.id, s.path, s.format, f.import_id, "
        "CASE f.severity WHEN 'error' THEN 2 WHEN 'info' THEN 0 ELSE 1 END, f.file, f.line, f.record, f.reason, "
        "COALESCE(f.message_key, '') FROM findings f JOIN imports i ON i.id = f.import_id "
        "JOIN sources s ON s.id = i.source_id "
        "WHERE f.import_id IN (SELECT MAX(id) FROM imports GROUP BY source_id) ORDER BY s.id, f.id");
    std::vector<SourceFinding> out;
    while (query.step()) {
        SourceFinding row;
        row.sourceId = query.columnInt(0);
        row.sourcePath = query.columnText(1);
        row.format = query.columnText(2);
        row.importId = query.columnInt(3);
        const auto severity = query.columnInt(4);
        row.finding.severity = severity == 2 ? Severity::Error : severity == 0 ? Severity::Info : Severity::Warning;
        row.finding.file = query.columnText(5);
        row.finding.line = query.columnInt(6);
        row.finding.record = query.columnInt(7);
        row.finding.reason = query.columnText(8);
        row.finding.messageKey = query.columnText(9);
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace tb::core
