#pragma once

#include "import/importoptions.h"

#include <string>
#include <string_view>
#include <vector>

namespace tb::core::scriptcsv {

// Which column of a script table plays which part; -1 when the table has none.
struct ScriptColumns {
    int speaker = -1;
    int text = -1;
    int episodeName = -1;
    int scene = -1;
    int order = -1; // line order; also the message key when its values are unique
    int deleted = -1; // a "deleted" flag (scenes cut from the broadcast)
    // The columns whose values together name an episode: season and episode when recognised, or
    // whatever the mapping lists. SEASONEPISODE says they are exactly (season, episode).
    std::vector<int> conversation;
    bool seasonEpisode = false;
};

// Lowercase, '_' '-' '.' folded away, spaces collapsed: "Season no." -> "season no".
std::string normaliseHeader(std::string_view name);

// How sure we are that HEADER is a script table: 95 for the Rick and Morty layout
// (index,season no.,episode no.,episode name,name,line), 90 for the Game of Thrones one, 60-80 when a
// speaker and a text column are recognised (more with season, episode, scene), 0 otherwise.
int scoreHeader(const std::vector<std::string> &header);

// The columns to read: recognised from the header names, with every name MAPPING gives taking
// precedence. False with ERROR (which lists the available columns) when the mapping names a column
// the header lacks, or when no speaker or text column can be found.
bool resolveColumns(
    const std::vector<std::string> &header, const ColumnMapping &mapping, ScriptColumns &out, std::string &error);

} // namespace tb::core::scriptcsv
