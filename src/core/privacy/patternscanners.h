#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

// Hand-written scanners for the scrubber's text patterns: one pass, no regex, nothing compiled per
// call. Each takes the text and a start offset the caller has checked is a word start, and returns
// the end of the match.
namespace tb::core::privacy {

// http://, https:// (any case) or www., up to white space or <>"`|{}, without trailing
// punctuation and without a closing bracket it does not open.
std::optional<std::size_t> matchUrl(std::string_view text, std::size_t i);
// The status id in a twitter.com / x.com status URL (TEXT[begin, end)), as [idBegin, idEnd).
std::optional<std::pair<std::size_t, std::size_t>> twitterStatusId(std::string_view text, std::size_t begin,
                                                                   std::size_t end);

struct EmailMatch {
    std::size_t end = 0;
    bool whatsAppId = false; // 4915112345678@s.whatsapp.net, …@c.us, …@g.us, …@lid
};
// local@domain.tld with an alphabetic TLD of 2+ letters ("a@b", "user@localhost" and
// "icon@2x.png" are not emails). NO_EMAIL_BEFORE receives an offset before which no other email
// can start, so a caller can skip re-checking the rest of a failed local part.
std::optional<EmailMatch> matchEmail(std::string_view text, std::size_t i, std::size_t &noEmailBefore);

// Full or compressed IPv6 (with an optional IPv4 tail) holding at least one decimal digit and two
// groups, or starting with "::" ("::1"); times (12:30:45) and MAC addresses have too few or too
// many groups.
std::optional<std::size_t> matchIpv6(std::string_view text, std::size_t i);

// A bare Slack id: U, W, C, G, D or T and 8–10 more upper-case letters or digits, two of them
// digits at least ("U024BE7LH", "C0123ABCD9").
std::optional<std::size_t> matchSlackId(std::string_view text, std::size_t i);

} // namespace tb::core::privacy
