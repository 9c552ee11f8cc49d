#pragma once

#include "domain/result.h"
#include "recipes/recipe.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core::recipes {

// A recipe's options after makeRecipe checked them: every spec'd key present (the default when the
// user gave none), each readable as its type. Reading a key the kind does not declare is a bug.
class OptionValues {
public:
    static Result<OptionValues> validate(RecipeKind kind, const RecipeOptions &options);

    bool flag(std::string_view key) const;
    std::int64_t integer(std::string_view key) const;  // Int and Duration (seconds)
    const std::string &text(std::string_view key) const; // Text and Choice, escapes decoded where the spec says
    std::vector<std::string> list(std::string_view key) const;
    bool has(std::string_view key) const;

private:
    const std::string &raw(std::string_view key) const;
    std::map<std::string, std::string, std::less<>> m_values;
};

// The {name} placeholders in TEXT, in order of appearance (a brace not followed by a name and a
// closing brace is plain text).
std::vector<std::string> placeholdersIn(std::string_view text);
// TEXT with each {name} replaced by VALUES[name]; placeholders not in VALUES are left as they are.
std::string renderTemplate(std::string_view text, const std::map<std::string, std::string, std::less<>> &values);

} // namespace tb::core::recipes
