#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

// What a person types into the search field: words plus from:NAME, in:CONVERSATION,
// after:YYYY-MM-DD and before:YYYY-MM-DD. Values with spaces are quoted: from:"Ross L."
struct SearchQuery {
    std::vector<std::string> words;
    std::string from;
    std::string in;
    std::optional<std::int64_t> afterMs;  // inclusive, start of that UTC day
    std::optional<std::int64_t> beforeMs; // exclusive, start of that UTC day
    bool lastWordIsPrefix = false;        // search-as-you-type: "kube" finds "kubernetes"
    std::vector<std::string> problems;    // operators that could not be read, for the user

    static SearchQuery parse(std::string_view input);
    bool isEmpty() const { return words.empty() && from.empty() && in.empty() && !afterMs && !beforeMs; }

    // The FTS5 MATCH expression for the words (each quoted), or empty when there are none.
    std::string ftsExpression() const;
};

} // namespace tb::core
