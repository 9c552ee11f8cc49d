#pragma once

#include "privacy/scruboptions.h"

#include <string_view>
#include <vector>

namespace tb::core::privacy {

struct NumberMatch {
    std::size_t begin = 0;
    std::size_t end = 0;
    ScrubCategory category = ScrubCategory::Phone;
};

// Scans the run of digit groups that starts at I (a digit, or '+' / '(' just before one) and
// appends the phone numbers, IPv4 addresses, card numbers and Discord snowflakes in it to OUT,
// in text order, for the categories OPTIONS enables. Returns the end of the run.
//
// A run is digit groups joined by short separators (one space, '-', '.', '/', parentheses), each
// followed by a digit. Candidates are whole groups, split from the rest of the run only at a space
// or parenthesis; the longest candidate from each group wins:
// - IPv4: exactly four dotted groups of 0–255, not part of a longer dotted run ("1.2.3.4.5").
// - card: 13–19 digits, contiguous or grouped by single spaces or dashes (groups of 3+), passing
//   the Luhn check.
// - Discord snowflake: 17–20 contiguous digits.
// - phone: 7–15 digits and phone-like grouping: "+" and a country code in any grouping; or
//   parentheses "(030) 1234567"; or contiguous with a trunk 0 and 9+ digits "01511234567"; or
//   grouped with '-', '/', uniform '.' (3+ groups) or spaces (starting with 0, or US 3-3-4), with
//   a first group of at most 5 digits and no single-digit group but the first. Never a date
//   (2024-03-01, 01.03.2024, 1/3/2024) or years (2019-2024), nor thousands grouping
//   (1 000 000, 1.234.567), nor a run glued to a word, '$', '#', '/', '=', '.', or a currency.
// Contiguous digits without '+' or a leading 0 (counts, order numbers, epoch times) are not phones.
std::size_t scanNumberRun(std::string_view text, std::size_t i, const ScrubOptions &options,
                          std::vector<NumberMatch> &out);

bool luhnValid(std::string_view digits);

} // namespace tb::core::privacy
