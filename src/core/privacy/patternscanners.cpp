#include "privacy/patternscanners.h"

#include "privacy/textclass.h"

#include <QChar>

#include <array>
#include <string>

namespace tb::core::privacy {

namespace {

bool startsWithNoCase(std::string_view text, std::size_t i, std::string_view prefix)
{
    if (text.size() - i < prefix.size())
        return false;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
        char c = text[i + k];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
        if (c != prefix[k])
            return false;
    }
    return true;
}

bool endsUrl(char32_t c)
{
    return c < 0x21 || c == '<' || c == '>' || c == '"' || c == '`' || c == '|' || c == '{' || c == '}'
        || (c >= 0x80 && (QChar::isSpace(c) || c == 0x3001 || c == 0x3002 || c == 0xFF0C));
}

bool isLocalChar(char c) { return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool isLabelChar(char c) { return isAsciiAlnum(c) || c == '-'; }

std::string lower(std::string_view s)
{
    std::string out(s);
    for (auto &c : out)
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return out;
}

bool isHexGroup(std::string_view part) { return !part.empty() && part.size() <= 4 && [&] {
    for (char c : part) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}(); }

bool isIpv4(std::string_view part)
{
    int groups = 0;
    std::size_t k = 0;
    while (k <= part.size()) {
        std::size_t e = k;
        int v = 0;
        while (e < part.size() && isAsciiDigit(part[e]) && e - k < 3)
            v = v * 10 + (part[e++] - '0');
        if (e == k || v > 255)
            return false;
        ++groups;
        if (e == part.size())
            break;
        if (part[e] != '.')
            return false;
        k = e + 1;
    }
    return groups == 4;
}

// Counts IPv6 groups in PART ("1:2:3" → 3, "" → 0); -1 when a group is malformed. An IPv4 tail
// counts as two groups when TAIL allows it.
int countGroups(std::string_view part, bool tail)
{
    if (part.empty())
        return 0;
    int groups = 0;
    std::size_t k = 0;
    while (true) {
        const std::size_t colon = part.find(':', k);
        const std::string_view g = part.substr(k, colon == std::string_view::npos ? std::string_view::npos : colon - k);
        if (colon == std::string_view::npos && tail && g.find('.') != std::string_view::npos) {
            if (!isIpv4(g))
                return -1;
            return groups + 2;
        }
        if (!isHexGroup(g))
            return -1;
        ++groups;
        if (colon == std::string_view::npos)
            return groups;
        k = colon + 1;
    }
}

} // namespace

std::optional<std::size_t> matchUrl(std::string_view text, std::size_t i)
{
    std::size_t bodyStart = 0;
    if (startsWithNoCase(text, i, "https://"))
        bodyStart = i + 8;
    else if (startsWithNoCase(text, i, "http://"))
        bodyStart = i + 7;
    else if (startsWithNoCase(text, i, "www."))
        bodyStart = i + 4;
    else
        return std::nullopt;
    std::size_t j = bodyStart;
    int parens = 0, brackets = 0;
    while (j < text.size()) {
        const CodePoint cp = decodeAt(text, j);
        if (endsUrl(cp.value))
            break;
        parens += cp.value == '(' ? 1 : cp.value == ')' ? -1 : 0;
        brackets += cp.value == '[' ? 1 : cp.value == ']' ? -1 : 0;
        j += cp.length;
    }
    // Trailing punctuation belongs to the sentence; a closing bracket only when the URL opened it.
    while (j > bodyStart) {
        const char c = text[j - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*'
            || c == '_' || c == '~') {
            --j;
        } else if (c == ')' && parens < 0) {
            ++parens;
            --j;
        } else if (c == ']' && brackets < 0) {
            ++brackets;
            --j;
        } else {
            break;
        }
    }
    if (j < bodyStart + 3 || !isAsciiAlnum(text[bodyStart]))
        return std::nullopt;
    return j;
}

std::optional<std::pair<std::size_t, std::size_t>> twitterStatusId(std::string_view text, std::size_t begin,
                                                                   std::size_t end)
{
    const std::string url = lower(text.substr(begin, end - begin));
    const auto scheme = url.find("://");
    std::size_t hostStart = scheme == std::string::npos ? 0 : scheme + 3;
    const std::size_t hostEnd = std::min(url.find('/', hostStart), url.size());
    std::string_view host = std::string_view(url).substr(hostStart, hostEnd - hostStart);
    for (std::string_view prefix : {"www.", "mobile."}) {
        if (host.substr(0, prefix.size()) == prefix)
            host.remove_prefix(prefix.size());
    }
    if (host != "twitter.com" && host != "x.com")
        return std::nullopt;
    for (std::string_view marker : {"/status/", "/statuses/"}) {
        const auto at = url.find(marker, hostEnd);
        if (at == std::string::npos)
            continue;
        const std::size_t idBegin = at + marker.size();
        std::size_t idEnd = idBegin;
        while (idEnd < url.size() && isAsciiDigit(url[idEnd]))
            ++idEnd;
        if (idEnd > idBegin)
            return std::make_pair(begin + idBegin, begin + idEnd);
    }
    return std::nullopt;
}

std::optional<EmailMatch> matchEmail(std::string_view text, std::size_t i, std::size_t &noEmailBefore)
{
    std::size_t j = i;
    while (j < text.size() && isLocalChar(text[j]))
        ++j;
    noEmailBefore = j;
    if (j == i || j >= text.size() || text[j] != '@' || text[j - 1] == '.')
        return std::nullopt;
    // Domain labels: letters, digits and inner dashes, joined by single dots.
    std::size_t k = j + 1;
    std::size_t labels = 0;
    std::size_t lastLabel = k;
    while (k < text.size() && isLabelChar(text[k])) {
        lastLabel = k;
        while (k < text.size() && isLabelChar(text[k]))
            ++k;
        ++labels;
        if (k + 1 < text.size() && text[k] == '.' && isLabelChar(text[k + 1]))
            ++k;
        else
            break;
    }
    if (labels == 0 || (k < text.size() && (isWordChar(codePointAt(text, k)) || text[k] == '@')))
        return std::nullopt;
    const std::string domain = lower(text.substr(j + 1, k - j - 1));
    const std::string_view local = text.substr(i, j - i);
    const bool digitsOnly = local.find_first_not_of("0123456789-") == std::string_view::npos;
    static constexpr std::array<std::string_view, 5> WhatsApp
        = {"s.whatsapp.net", "c.us", "g.us", "lid", "broadcast"};
    if (digitsOnly) {
        for (auto d : WhatsApp) {
            if (domain == d)
                return EmailMatch {k, true};
        }
    }
    if (labels < 2)
        return std::nullopt;
    const std::string_view tld = text.substr(lastLabel, k - lastLabel);
    if (tld.size() < 2 || tld.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos)
        return std::nullopt;
    // "icon@2x.png": an image at a scale, not an address.
    const std::string_view firstLabel = std::string_view(domain).substr(0, domain.find('.'));
    if (firstLabel.size() >= 2 && firstLabel.back() == 'x'
        && firstLabel.substr(0, firstLabel.size() - 1).find_first_not_of("0123456789.") == std::string_view::npos)
        return std::nullopt;
    return EmailMatch {k, false};
}

std::optional<std::size_t> matchIpv6(std::string_view text, std::size_t i)
{
    std::size_t j = i;
    bool digit = false;
    while (j < text.size() && (isHexDigit(text[j]) || text[j] == ':' || text[j] == '.')) {
        digit = digit || isAsciiDigit(text[j]);
        ++j;
    }
    // Trailing sentence punctuation, but keep a closing "::" ("fe80::").
    while (j > i && (text[j - 1] == '.' || (text[j - 1] == ':' && !(j - i >= 2 && text[j - 2] == ':'))))
        --j;
    if (!digit || j - i < 3 || (j < text.size() && isWordChar(codePointAt(text, j))))
        return std::nullopt;
    const std::string_view s = text.substr(i, j - i);
    const auto dbl = s.find("::");
    int groups = 0;
    if (dbl == std::string_view::npos) {
        groups = countGroups(s, true);
        return groups == 8 ? std::optional(j) : std::nullopt;
    }
    if (s.find("::", dbl + 1) != std::string_view::npos || s.find(":::") != std::string_view::npos)
        return std::nullopt;
    const int head = countGroups(s.substr(0, dbl), false);
    const int tail = countGroups(s.substr(dbl + 2), true);
    if (head < 0 || tail < 0)
        return std::nullopt;
    groups = head + tail;
    if (groups > 7 || (groups < 2 && !(dbl == 0 && groups == 1)))
        return std::nullopt;
    return j;
}

std::optional<std::size_t> matchSlackId(std::string_view text, std::size_t i)
{
    const char first = text[i];
    if (first != 'U' && first != 'W' && first != 'C' && first != 'G' && first != 'D' && first != 'T')
        return std::nullopt;
    std::size_t j = i + 1;
    int digits = 0;
    while (j < text.size() && ((text[j] >= 'A' && text[j] <= 'Z') || isAsciiDigit(text[j]))) {
        digits += isAsciiDigit(text[j]);
        ++j;
    }
    const std::size_t length = j - i;
    if (length < 9 || length > 11 || digits < 2 || (j < text.size() && isWordChar(codePointAt(text, j))))
        return std::nullopt;
    return j;
}

} // namespace tb::core::privacy
