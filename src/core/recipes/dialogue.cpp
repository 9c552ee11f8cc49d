#include "recipes/dialogue.h"

#include "recipes/optionvalues.h"

#include <algorithm>
#include <map>

namespace tb::core::recipes {

namespace {

std::string prefixed(const Line &line, const std::string &prefix)
{
    if (prefix.empty() || line.name.empty())
        return line.text;
    const std::map<std::string, std::string, std::less<>> values{{"speaker", line.name}};
    return renderTemplate(prefix, values) + line.text;
}

bool merges(MergePolicy policy, const Line &previous, const Line &line)
{
    switch (policy) {
    case MergePolicy::Never: return false;
    case MergePolicy::SamePerson: return previous.person == line.person;
    case MergePolicy::Always: return true;
    }
    return false;
}

} // namespace

std::vector<ChatTurn> turnsOf(const std::vector<const Line *> &lines, const TurnStyle &style)
{
    std::vector<ChatTurn> turns;
    std::vector<bool> negative;
    const Line *previous = nullptr;
    for (const Line *line : lines) {
        if (turns.empty() && line->mine)
            continue;
        const bool join = previous && previous->mine == line->mine
            && merges(line->mine ? style.mergeMine : style.mergeOthers, *previous, *line);
        const std::string text = line->mine ? line->text : prefixed(*line, style.othersPrefix);
        if (join) {
            turns.back().content += '\n';
            turns.back().content += text;
            negative.back() = negative.back() || line->negative;
        } else {
            turns.push_back(ChatTurn{line->mine ? TurnRole::Assistant : TurnRole::User, text, {}, std::nullopt});
            negative.push_back(line->negative);
        }
        previous = line;
    }
    for (std::size_t i = 0; i < turns.size(); ++i) {
        if (turns[i].role != TurnRole::Assistant)
            continue;
        if (negative[i] || style.weightZeroEarlier)
            turns[i].weight = 0;
    }
    return turns;
}

std::string collated(const std::vector<const Line *> &lines, const std::string &prefix)
{
    std::string out;
    for (const Line *line : lines) {
        if (line->mine)
            continue;
        if (!out.empty())
            out += '\n';
        out += prefixed(*line, prefix);
    }
    return out;
}

std::string otherNames(const std::vector<const Line *> &lines)
{
    std::vector<std::string> names;
    for (const Line *line : lines) {
        if (!line->mine && std::find(names.begin(), names.end(), line->name) == names.end())
            names.push_back(line->name);
    }
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i ? ", " : "") + names[i];
    return out;
}

std::vector<std::int64_t> lineageOf(const std::vector<const Line *> &lines)
{
    std::vector<std::pair<std::uint64_t, std::int64_t>> all;
    for (const Line *line : lines) {
        for (std::size_t i = 0; i < line->ids.size(); ++i)
            all.emplace_back(line->order[i], line->ids[i]);
    }
    std::sort(all.begin(), all.end());
    std::vector<std::int64_t> out;
    out.reserve(all.size());
    for (const auto &[order, id] : all) {
        if (out.empty() || out.back() != id)
            out.push_back(id);
    }
    return out;
}

} // namespace tb::core::recipes
