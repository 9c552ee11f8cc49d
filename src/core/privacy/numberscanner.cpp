#include "privacy/numberscanner.h"

#include "privacy/textclass.h"

#include <array>
#include <bit>
#include <optional>
#include <string>

namespace tb::core::privacy {

namespace {

constexpr std::size_t MaxGroups = 12;
constexpr std::size_t MaxGroupDigits = 20;

struct Group {
    std::size_t begin = 0;
    std::size_t end = 0;
    char sep = 0;             // the separator kind before it: 0 (first), ' ', '-', '.', '/', '(' (parens only)
    bool parenBefore = false; // a parenthesis is part of the separator before it
    int depthAfter = 0;       // open parentheses after the group
    std::size_t digits() const { return end - begin; }
};

// The separator kinds candidate uses, as bits: no set (an allocation) per candidate.
struct Seps {
    unsigned bits = 0;
    static unsigned bit(char c) { return c == ' ' ? 1u : c == '-' ? 2u : c == '.' ? 4u : c == '/' ? 8u : 16u; }
    void insert(char c) { bits |= bit(c); }
    bool has(char c) const { return bits & bit(c); }
    bool only(char c) const { return bits == bit(c); }
    int size() const { return std::popcount(bits); }
};

struct Groups {
    std::array<Group, MaxGroups> items;
    std::size_t count = 0;
    std::size_t size() const { return count; }
    bool empty() const { return count == 0; }
    const Group &operator[](std::size_t k) const { return items[k]; }
    Group &back() { return items[count - 1]; }
    void push_back(const Group &g) { items[count++] = g; }
};

struct Run {
    Groups groups;
    bool plus = false;
    bool leadingParen = false;
    std::size_t end = 0;
};

int value(std::string_view text, const Group &g)
{
    int v = 0;
    for (std::size_t k = g.begin; k < g.end && k < g.begin + 5; ++k)
        v = v * 10 + (text[k] - '0');
    return v;
}

bool isSepChar(char c) { return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'; }

// Reads the separator at P: at most 4 characters, then a digit. Returns its length, 0 if none.
std::size_t readSeparator(std::string_view text, std::size_t p, int depth, Group &next)
{
    std::size_t q = p;
    int spaces = 0, punct = 0, opens = 0, closes = 0;
    char kind = 0;
    char prev = 0;
    while (q < text.size() && q - p < 4 && isSepChar(text[q])) {
        const char c = text[q];
        if (c == ' ') {
            if (prev == ' ')
                return 0;
            ++spaces;
        } else if (c == '(') {
            ++opens;
        } else if (c == ')') {
            ++closes;
        } else {
            ++punct;
            kind = c;
        }
        prev = c;
        ++q;
    }
    if (q == p || q >= text.size() || !isAsciiDigit(text[q]))
        return 0;
    if (punct > 1 || opens > 1 || closes > 1 || (kind == '.' && spaces > 0))
        return 0;
    if ((opens && depth + (closes ? -1 : 0) != 0) || (closes && depth != 1))
        return 0;
    next.sep = kind ? kind : (spaces ? ' ' : '(');
    next.parenBefore = opens || closes;
    next.depthAfter = depth - closes + opens;
    return q - p;
}

bool isYear(std::string_view text, const Group &g)
{
    if (g.digits() != 4)
        return false;
    const int v = value(text, g);
    return v >= 1900 && v <= 2099;
}

bool isDate(std::string_view text, const Group &a, const Group &b, const Group &c)
{
    if (b.sep != c.sep || (b.sep != '-' && b.sep != '.' && b.sep != '/'))
        return false;
    const int va = value(text, a), vb = value(text, b), vc = value(text, c);
    if (isYear(text, a))
        return b.digits() <= 2 && c.digits() <= 2 && vb >= 1 && vb <= 12 && vc >= 1 && vc <= 31;
    return a.digits() <= 2 && b.digits() <= 2 && va >= 1 && va <= 31 && vb >= 1 && vb <= 31
        && (isYear(text, c) || c.digits() == 2);
}

class Classifier {
public:
    Classifier(std::string_view text, const Run &run, const ScrubOptions &options)
        : m_text(text), m_run(run), m_options(options)
    {
    }

    // The category of groups S..E, if they are one thing this scanner looks for.
    std::optional<ScrubCategory> classify(std::size_t s, std::size_t e) const
    {
        const auto &g = m_run.groups;
        std::size_t digits = 0;
        Seps seps;
        bool parens = s == 0 && m_run.leadingParen;
        for (std::size_t k = s; k <= e; ++k) {
            digits += g[k].digits();
            if (k > s) {
                seps.insert(g[k].sep);
                parens = parens || g[k].parenBefore;
            }
        }
        const bool plus = s == 0 && m_run.plus;
        // Never open or close inside parentheses.
        if ((s > 0 && g[s - 1].depthAfter != 0) || g[e].depthAfter != 0)
            return std::nullopt;

        if (!plus && !parens && e - s == 3 && seps.only('.')) {
            for (std::size_t k = s; k <= e; ++k) {
                if (g[k].digits() > 3 || value(m_text, g[k]) > 255)
                    return std::nullopt;
            }
            // Never anything else: a disabled IP category must not turn an address into a phone.
            return m_options.ips ? std::optional(ScrubCategory::Ip) : std::nullopt;
        }
        if (m_options.cards && !plus && !parens && digits >= 13 && digits <= 19 && isCardGrouping(s, e, seps)
            && luhnValid(digitsOf(s, e)))
            return ScrubCategory::Card;
        if (m_options.platformIds && s == e && digits >= 17 && digits <= 20)
            return ScrubCategory::PlatformId;
        if (m_options.phones && isPhone(s, e, digits, seps, plus, parens))
            return ScrubCategory::Phone;
        return std::nullopt;
    }

private:
    std::string digitsOf(std::size_t s, std::size_t e) const
    {
        std::string d;
        for (std::size_t k = s; k <= e; ++k)
            d.append(m_text.substr(m_run.groups[k].begin, m_run.groups[k].digits()));
        return d;
    }

    bool isCardGrouping(std::size_t s, std::size_t e, const Seps &seps) const
    {
        if (s == e)
            return true;
        if (!seps.only(' ') && !seps.only('-'))
            return false;
        for (std::size_t k = s; k <= e; ++k) {
            if (m_run.groups[k].digits() < 3)
                return false;
        }
        return true;
    }

    bool isPhone(std::size_t s, std::size_t e, std::size_t digits, const Seps &seps, bool plus,
                 bool parens) const
    {
        const auto &g = m_run.groups;
        if (digits < 7 || digits > 15)
            return false;
        bool allYears = e > s;
        for (std::size_t k = s; k <= e; ++k) {
            allYears = allYears && isYear(m_text, g[k]);
            if (k + 2 <= e && isDate(m_text, g[k], g[k + 1], g[k + 2]))
                return false;
        }
        if (allYears)
            return false;
        if (plus)
            return true;
        const bool trunk = m_text[g[s].begin] == '0';
        if (s == e)
            return !parens && trunk && digits >= 9;
        if (parens)
            return true;
        if (g[s].digits() > 5)
            return false;
        for (std::size_t k = s + 1; k <= e; ++k) {
            if (g[k].digits() < 2)
                return false;
        }
        if (seps.has('.') && (seps.size() != 1 || e - s < 2))
            return false;
        if (!trunk && (seps.only(' ') || seps.only('.'))) {
            bool thousands = g[s].digits() <= 3;
            for (std::size_t k = s + 1; k <= e; ++k)
                thousands = thousands && g[k].digits() == 3;
            if (thousands)
                return false;
        }
        if (!trunk && seps.only(' ')) {
            // Spaces alone group too many other things (lists, scores): only the common US shape.
            const std::size_t n = e - s + 1;
            const std::size_t first = n == 4 && g[s].digits() == 1 ? s + 1 : s;
            return e - first == 2 && g[first].digits() == 3 && g[first + 1].digits() == 3 && g[e].digits() == 4;
        }
        return true;
    }

    std::string_view m_text;
    const Run &m_run;
    const ScrubOptions &m_options;
};

bool splitsAt(const Group &g) { return g.sep == ' ' || g.sep == '('; }

bool badNeighbour(char32_t c)
{
    return isWordChar(c) || c == '$' || c == '#' || c == '/' || c == '\\' || c == '=' || c == '.' || c == ','
        || c == '@' || isCurrencySymbol(c);
}

} // namespace

bool luhnValid(std::string_view digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.empty() && sum % 10 == 0;
}

std::size_t scanNumberRun(std::string_view text, std::size_t i, const ScrubOptions &options,
                          std::vector<NumberMatch> &out)
{
    Run run;
    std::size_t p = i;
    int depth = 0;
    if (text[p] == '+') {
        run.plus = true;
        ++p;
    } else if (text[p] == '(') {
        run.leadingParen = true;
        depth = 1;
        ++p;
    }
    Group next;
    next.depthAfter = depth;
    while (true) {
        const std::size_t begin = p;
        while (p < text.size() && isAsciiDigit(text[p]))
            ++p;
        next.begin = begin;
        next.end = p;
        if (next.digits() > MaxGroupDigits) {
            // A long digit string is data (a hash, a key), never one of ours; skip it whole.
            return p;
        }
        const int groupDepth = next.depthAfter;
        if (next.digits() == 0)
            break;
        run.groups.push_back(next);
        if (run.groups.size() >= MaxGroups)
            break;
        Group following;
        const std::size_t sep = readSeparator(text, p, groupDepth, following);
        if (sep == 0)
            break;
        next = following;
        p += sep;
    }
    run.end = run.groups.empty() ? p : run.groups.back().end;
    // A trailing ")" closes the last group: "(555)" on its own is not a run worth keeping open.
    if (!run.groups.empty() && run.groups.back().depthAfter == 1 && run.end < text.size() && text[run.end] == ')') {
        run.groups.back().depthAfter = 0;
        ++run.end;
    }
    std::size_t totalDigits = 0;
    for (std::size_t k = 0; k < run.groups.size(); ++k)
        totalDigits += run.groups[k].digits();
    if (totalDigits < 4)
        return run.end;

    const bool startOk = !badNeighbour(codePointBefore(text, i));
    const bool endOk = run.end >= text.size() || !(isWordChar(codePointAt(text, run.end)) || text[run.end] == '@'
                                                   || ((text[run.end] == '.' || text[run.end] == ',')
                                                       && run.end + 1 < text.size() && isAsciiDigit(text[run.end + 1])));
    const Classifier classifier(text, run, options);
    const auto &g = run.groups;
    std::size_t s = 0;
    while (s < g.size()) {
        bool found = false;
        for (std::size_t e = g.size(); e-- > s;) {
            // A run splits only at spaces: "978-3-16-148410-0" is one thing, not a phone inside one.
            if (s == 0 ? !startOk : !splitsAt(g[s]))
                break;
            if (e + 1 == g.size() ? !endOk : !splitsAt(g[e + 1]))
                continue;
            const auto category = classifier.classify(s, e);
            if (!category)
                continue;
            const std::size_t begin = s == 0 ? i : g[s].begin - (g[s].parenBefore && text[g[s].begin - 1] == '(');
            const std::size_t end = e + 1 == g.size() ? run.end : g[e].end;
            out.push_back({begin, end, *category});
            s = e + 1;
            found = true;
            break;
        }
        if (!found)
            ++s;
    }
    return run.end;
}

} // namespace tb::core::privacy
