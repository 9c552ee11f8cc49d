#include "scriptlayout.h"

#include "util/text.h"

#include <algorithm>
#include <array>

namespace tb::core::scriptcsv {

namespace {

// Candidate names per role, best first, in normalised form.
constexpr std::array<std::string_view, 10> kSpeakerNames = { "name", "speaker", "character", "raw character text",
    "character name", "speaker name", "characters", "char", "person", "speaker label" };
constexpr std::array<std::string_view, 13> kTextNames = { "line", "text", "dialogue", "dialog", "sentence", "line text",
    "spoken words", "lines", "utterance", "quote", "transcript", "words", "raw text" };
constexpr std::array<std::string_view, 7> kSeasonNames
    = { "season", "season no", "season number", "season num", "season nr", "season id", "series" };
constexpr std::array<std::string_view, 9> kEpisodeNames = { "episode", "episode no", "episode number", "episode num",
    "episode nr", "episode id", "ep", "number in season", "episode in season" };
constexpr std::array<std::string_view, 5> kEpisodeTitleNames
    = { "episode name", "episode title", "title", "episode title name", "name of episode" };
constexpr std::array<std::string_view, 5> kSceneNames
    = { "scene", "scene no", "scene number", "scene id", "scene num" };
constexpr std::array<std::string_view, 9> kOrderNames
    = { "index", "", "unnamed: 0", "id", "line id", "line no", "line number", "order", "number" };
constexpr std::array<std::string_view, 5> kTimeNames = { "date", "time", "timestamp", "datetime", "created at" };

constexpr std::array<std::string_view, 6> kRickAndMorty
    = { "index", "season no", "episode no", "episode name", "name", "line" };
constexpr std::array<std::string_view, 7> kGameOfThrones
    = { "", "release date", "season", "episode", "episode title", "name", "sentence" };

template <std::size_t N>
int findColumn(const std::vector<std::string> &normalised, const std::array<std::string_view, N> &names,
    const std::vector<bool> &taken)
{
    for (const auto name : names) {
        for (std::size_t i = 0; i < normalised.size(); ++i) {
            if (!taken[i] && normalised[i] == name)
                return static_cast<int>(i);
        }
    }
    return -1;
}

template <std::size_t N>
bool sameHeader(const std::vector<std::string> &normalised, const std::array<std::string_view, N> &names)
{
    return normalised.size() == N && std::equal(names.begin(), names.end(), normalised.begin());
}

std::vector<std::string> normaliseAll(const std::vector<std::string> &header)
{
    std::vector<std::string> out;
    out.reserve(header.size());
    for (const auto &h : header)
        out.push_back(normaliseHeader(h));
    return out;
}

std::string availableColumns(const std::vector<std::string> &header)
{
    std::string list;
    for (const auto &h : header)
        list += (list.empty() ? "" : ", ") + ("'" + h + "'");
    return list.empty() ? std::string("none") : list;
}

// The column a mapping names: the exact header first, then ignoring case and punctuation.
int mappedColumn(
    const std::vector<std::string> &header, const std::vector<std::string> &normalised, const std::string &name)
{
    const std::string_view wanted = text::trim(name);
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (text::trim(header[i]) == wanted)
            return static_cast<int>(i);
    }
    const std::string folded = normaliseHeader(wanted);
    for (std::size_t i = 0; i < normalised.size(); ++i) {
        if (normalised[i] == folded)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

std::string normaliseHeader(std::string_view name)
{
    name = text::trim(text::stripBom(name));
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == '_' || c == '-' || c == ' ' || c == '\t')
            c = ' ';
        else if (c == '.')
            continue;
        else if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

int scoreHeader(const std::vector<std::string> &header)
{
    const auto normalised = normaliseAll(header);
    if (sameHeader(normalised, kRickAndMorty))
        return 95;
    if (sameHeader(normalised, kGameOfThrones))
        return 90;
    std::vector<bool> taken(normalised.size(), false);
    const int speaker = findColumn(normalised, kSpeakerNames, taken);
    if (speaker >= 0)
        taken[static_cast<std::size_t>(speaker)] = true;
    const int text = findColumn(normalised, kTextNames, taken);
    if (speaker < 0 || text < 0)
        return 0;
    const bool season = findColumn(normalised, kSeasonNames, taken) >= 0;
    const bool episode = findColumn(normalised, kEpisodeNames, taken) >= 0;
    const bool scene = findColumn(normalised, kSceneNames, taken) >= 0;
    // Who said what, with a time and no episode, is a chat log rather than a script.
    if (!season && !episode && !scene && findColumn(normalised, kTimeNames, taken) >= 0)
        return 35;
    return 60 + (season ? 8 : 0) + (episode ? 8 : 0) + (scene ? 4 : 0);
}

bool resolveColumns(
    const std::vector<std::string> &header, const ColumnMapping &mapping, ScriptColumns &out, std::string &error)
{
    out = ScriptColumns {};
    const auto normalised = normaliseAll(header);
    std::vector<bool> taken(normalised.size(), false);
    const auto mapped = [&](const std::string &name, const char *field, int &column) {
        if (name.empty())
            return true;
        column = mappedColumn(header, normalised, name);
        if (column < 0) {
            error = "the column mapping names '" + name + "' for " + field
                + ", but the header has no such column; the columns are: " + availableColumns(header);
            return false;
        }
        taken[static_cast<std::size_t>(column)] = true;
        return true;
    };
    if (!mapped(mapping.speaker, "speaker", out.speaker) || !mapped(mapping.text, "text", out.text)
        || !mapped(mapping.sceneKey, "scene", out.scene) || !mapped(mapping.order, "order", out.order))
        return false;
    for (const auto &key : mapping.conversationKeys) {
        int column = -1;
        if (!mapped(key, "the conversation", column))
            return false;
        out.conversation.push_back(column);
    }
    const auto recognise = [&](int &column, const auto &names) {
        if (column < 0) {
            column = findColumn(normalised, names, taken);
            if (column >= 0)
                taken[static_cast<std::size_t>(column)] = true;
        }
    };
    recognise(out.speaker, kSpeakerNames);
    recognise(out.text, kTextNames);
    if (out.speaker < 0 || out.text < 0) {
        error = std::string("no ") + (out.speaker < 0 ? "speaker" : "text")
            + " column was recognised; name it with a column mapping (e.g. --map speaker=character --map "
              "text=dialogue). The columns are: "
            + availableColumns(header);
        return false;
    }
    if (mapping.conversationKeys.empty()) {
        int season = -1, episode = -1;
        recognise(season, kSeasonNames);
        recognise(episode, kEpisodeNames);
        for (const int column : { season, episode }) {
            if (column >= 0)
                out.conversation.push_back(column);
        }
        out.seasonEpisode = season >= 0 && episode >= 0;
    } else {
        out.seasonEpisode = mapping.conversationKeys.size() == 2;
    }
    recognise(out.episodeName, kEpisodeTitleNames);
    recognise(out.scene, kSceneNames);
    recognise(out.order, kOrderNames);
    const std::array<std::string_view, 1> deleted = { "deleted" };
    recognise(out.deleted, deleted);
    return true;
}

} // namespace tb::core::scriptcsv
