#include "searchquery.h"

#include "util/timeutil.h"

namespace tb::core {

namespace {

// Splits on spaces, keeping "quoted phrases" (also after an operator: from:"Ross L.") together.
std::vector<std::string> tokenize(std::string_view input)
{
    std::vector<std::string> tokens;
    std::string current;
    bool quoted = false;
    for (const char c : input) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (!quoted && (c == ' ' || c == '\t')) {
            if (!current.empty())
                tokens.push_back(std::move(current));
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.empty())
        tokens.push_back(std::move(current));
    return tokens;
}

std::optional<std::int64_t> parseDay(std::string_view value)
{
    return timeutil::parseIso8601(value);
}

} // namespace

SearchQuery SearchQuery::parse(std::string_view input)
{
    SearchQuery query;
    for (auto &token : tokenize(input)) {
        const auto colon = token.find(':');
        const std::string op = colon == std::string::npos ? std::string() : token.substr(0, colon);
        const std::string value = colon == std::string::npos ? std::string() : token.substr(colon + 1);
        if (op == "from" && !value.empty()) {
            query.from = value;
        } else if (op == "in" && !value.empty()) {
            query.in = value;
        } else if (op == "after" || op == "before") {
            const auto day = parseDay(value);
            if (!day)
                query.problems.push_back(op + ":" + value + " is not a date; write it as YYYY-MM-DD");
            else if (op == "after")
                query.afterMs = day;
            else
                query.beforeMs = day;
        } else {
            query.words.push_back(token);
        }
    }
    return query;
}

std::string SearchQuery::ftsExpression() const
{
    std::string expression;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!expression.empty())
            expression += ' ';
        // Quoting makes every word a literal: FTS5 operators typed by a person never cause a
        // syntax error. Inner quotes are doubled as FTS5 wants.
        expression += '"';
        for (const char c : words[i]) {
            if (c == '"')
                expression += '"';
            expression += c;
        }
        expression += '"';
        if (lastWordIsPrefix && i + 1 == words.size())
            expression += '*';
    }
    return expression;
}

} // namespace tb::core
