#include "recipes/textclean.h"

#include "util/text.h"

namespace tb::core::recipes {

namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool isUrlStart(std::string_view s)
{
    return startsWith(s, "http://") || startsWith(s, "https://") || startsWith(s, "www.") || startsWith(s, "mailto:")
        || startsWith(s, "ftp://");
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

std::string removeCode(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        if (startsWith(s.substr(i), "```")) {
            const auto close = s.find("```", i + 3);
            i = close == std::string_view::npos ? s.size() : close + 3;
            out += ' ';
            continue;
        }
        if (s[i] == '`') {
            const auto close = s.find('`', i + 1);
            if (close != std::string_view::npos && s.substr(i + 1, close - i - 1).find('\n') == std::string_view::npos) {
                i = close + 1;
                out += ' ';
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

// Slack's <...> forms: links, mentions, channels and specials.
std::string resolveAngles(std::string_view s, const CleanOptions &options)
{
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] == '<') {
            const auto close = s.find('>', i + 1);
            const auto newline = s.find('\n', i + 1);
            if (close != std::string_view::npos && close < newline) {
                const std::string_view inner = s.substr(i + 1, close - i - 1);
                const auto bar = inner.find('|');
                const std::string_view label = bar == std::string_view::npos ? std::string_view() : inner.substr(bar + 1);
                const bool id = !inner.empty() && (inner[0] == '@' || inner[0] == '#' || inner[0] == '!');
                const bool link = isUrlStart(inner);
                if ((id && options.ids) || (link && options.links)) {
                    out += ' ';
                    i = close + 1;
                    continue;
                }
                if (link) { // kept: as a person reads it
                    out.append(bar == std::string_view::npos ? inner.substr(0, bar) : label);
                    i = close + 1;
                    continue;
                }
            }
        }
        out += s[i++];
    }
    return out;
}

std::string removeBareUrls(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const bool boundary = i == 0 || isSpace(s[i - 1]) || s[i - 1] == '(' || s[i - 1] == '"' || s[i - 1] == '\'';
        if (boundary && isUrlStart(s.substr(i))) {
            std::size_t end = i;
            while (end < s.size() && !isSpace(s[end]) && s[end] != '<' && s[end] != '>')
                ++end;
            // Sentence punctuation after a link belongs to the sentence.
            while (end > i && (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == ';' || s[end - 1] == ':'
                               || s[end - 1] == '!' || s[end - 1] == '?' || s[end - 1] == ')'))
                --end;
            i = end;
            continue;
        }
        out += s[i++];
    }
    return out;
}

// Raw Slack user/bot ids ("U0123ABCD", "@W0AB12CD3"): capitals and digits, at least one digit.
std::string removeRawIds(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const bool boundary = i == 0 || !isAlnum(s[i - 1]);
        const std::size_t start = (s[i] == '@' && boundary) ? i + 1 : i;
        if (boundary && start < s.size() && (s[start] == 'U' || s[start] == 'W' || s[start] == 'B')) {
            std::size_t end = start + 1;
            bool digit = false;
            while (end < s.size() && ((s[end] >= 'A' && s[end] <= 'Z') || (s[end] >= '0' && s[end] <= '9'))) {
                digit = digit || (s[end] >= '0' && s[end] <= '9');
                ++end;
            }
            if (digit && end - start >= 9 && (end == s.size() || !isAlnum(s[end]))) {
                i = end;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

} // namespace

std::string collapseSpaces(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    std::size_t newlines = 0;
    bool pendingSpace = false;
    for (const char c : s) {
        if (c == ' ' || c == '\t' || c == '\r') {
            pendingSpace = true;
            continue;
        }
        if (c == '\n') {
            pendingSpace = false; // no space at the end of a line
            if (!out.empty() && newlines < 2)
                out += '\n';
            ++newlines;
            continue;
        }
        if (pendingSpace && !out.empty() && out.back() != '\n')
            out += ' ';
        pendingSpace = false;
        newlines = 0;
        out += c;
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

std::string cleanText(std::string_view text, const CleanOptions &options)
{
    std::string s = options.code ? removeCode(text) : std::string(text);
    s = resolveAngles(s, options);
    if (options.links)
        s = removeBareUrls(s);
    if (options.ids)
        s = removeRawIds(s);
    return collapseSpaces(text::unescapeHtml(s));
}

std::string stripUrls(std::string_view text)
{
    return collapseSpaces(removeBareUrls(text));
}

std::string unescapeEntities(std::string_view text)
{
    return text::unescapeHtml(text);
}

} // namespace tb::core::recipes
