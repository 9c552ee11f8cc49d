#include "slackimporter.h"

#include "slackimportrun.h"
#include "slacklayout.h"
#include "util/text.h"

#include <algorithm>
#include <exception>

namespace tb::core {

namespace {

constexpr std::size_t kPeekBytes = 4096;

std::string_view firstNonSpace(std::string_view s)
{
    s = text::stripBom(s);
    const auto i = s.find_first_not_of(" \t\r\n");
    return i == std::string_view::npos ? std::string_view() : s.substr(i);
}

// A "ts": "1459052866.000012" member somewhere in TEXT: the id every Slack message has.
bool hasSlackTs(std::string_view text)
{
    for (std::size_t at = text.find("\"ts\""); at != std::string_view::npos; at = text.find("\"ts\"", at + 4)) {
        std::size_t i = at + 4;
        auto skipSpace = [&] {
            while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
                ++i;
        };
        skipSpace();
        if (i >= text.size() || text[i++] != ':')
            continue;
        skipSpace();
        if (i >= text.size() || text[i++] != '"')
            continue;
        std::size_t digits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i, ++digits;
        if (digits >= 9 && i < text.size() && text[i] == '.')
            return true;
    }
    return false;
}

// How sure a peek of one JSON file makes us: 0 when it is not Slack's.
int scoreFile(const InputSource &input, const InputEntry &entry)
{
    const auto peek = input.peek(entry, kPeekBytes);
    if (!peek)
        return 0;
    const std::string_view text = firstNonSpace(*peek);
    if (text.empty())
        return 0;
    if (text[0] == '{' && text.find("\"channel_id\"") != std::string_view::npos
        && text.find("\"messages\"") != std::string_view::npos)
        return hasSlackTs(text) ? 90 : 75;
    if ((text[0] == '[' || text[0] == '{') && hasSlackTs(text)
        && (text.find("\"type\"") != std::string_view::npos || text.find("\"user\"") != std::string_view::npos
            || text.find("\"text\"") != std::string_view::npos)) {
        const std::string_view name = std::string_view(entry.path).substr(entry.path.rfind('/') + 1);
        return isSlackDayFileName(name) ? 80 : 70;
    }
    return 0;
}

bool isJsonList(const InputSource &input, const InputEntry *entry)
{
    if (!entry)
        return false;
    const auto peek = input.peek(*entry, kPeekBytes);
    if (!peek)
        return false;
    const std::string_view text = firstNonSpace(*peek);
    return !text.empty() && text[0] == '['
        && (text.find("\"id\"") != std::string_view::npos || firstNonSpace(text.substr(1)).substr(0, 1) == "]");
}

} // namespace

int SlackImporter::detect(const InputSource &input) const
{
    const SlackLayout layout = SlackLayout::scan(input);
    const bool users = isJsonList(input, layout.users);
    const bool channels = isJsonList(input, layout.channels);
    if (users || channels) {
        int score = users && channels ? 95 : 80;
        if (!layout.folders.empty())
            score += 5;
        return score;
    }
    int best = 0;
    int looked = 0;
    for (const auto &folder : layout.folders) {
        if (looked++ >= 3)
            break;
        best = std::max(best, scoreFile(input, *folder.files.front()));
    }
    looked = 0;
    for (const InputEntry *entry : layout.looseFiles) {
        if (looked++ >= 3)
            break;
        best = std::max(best, scoreFile(input, *entry));
    }
    return best;
}

void SlackImporter::run(const InputSource &input, const ImportOptions &, BatchWriter &out) const
{
    try {
        SlackImportRun(input, out).run();
    } catch (const std::exception &e) {
        // Only resource exhaustion gets here (parsing never throws); say so instead of dying.
        out.add(Finding { Severity::Error, input.displayName(), 0, -1,
            std::string("the Slack import stopped: ") + e.what() + "; free some memory and try again", {} });
    }
}

} // namespace tb::core
