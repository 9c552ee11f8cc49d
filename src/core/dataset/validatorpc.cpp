// The prompt/completion checks of OpenAI's former prepare_data tool (openai-python
// lib/_validators.py), reimplemented for a stream: per-record state is a few bytes.
#include "dataset/validatorstate.h"

#include "dataset/exporter.h"

#include <algorithm>
#include <cctype>

namespace tb::core {

namespace {

bool continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t codePoints(const std::string &text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !continuation(c); }));
}

// Newlines shown as \n, as validators.py prints separators.
std::string shown(std::string text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\n')
            out += "\\n";
        else
            out.push_back(c);
    }
    return "`" + out + "`";
}

// Whether the L-byte suffix of FIRST occurs in VALUE before VALUE's last L bytes.
bool suffixInside(const std::string &first, const std::string &value, std::size_t l)
{
    if (l == 0 || l > first.size() || value.size() < 2 * l)
        return false;
    const std::string_view needle(first.data() + first.size() - l, l);
    return std::string_view(value.data(), value.size() - l).find(needle) != std::string_view::npos;
}

} // namespace

void TextColumn::add(const std::string &value)
{
    for (const char c : value) {
        if (std::isupper(static_cast<unsigned char>(c)))
            ++upper;
        else if (std::islower(static_cast<unsigned char>(c)))
            ++lower;
    }
    totalLength += value.size();
    if (!any) {
        any = true;
        first = value;
        prefixLength = suffixLength = value.size();
    } else {
        allEqual = allEqual && value == first;
        std::size_t p = 0;
        while (p < prefixLength && p < value.size() && value[p] == first[p])
            ++p;
        prefixLength = p;
        std::size_t s = 0;
        while (s < suffixLength && s < value.size() && value[value.size() - 1 - s] == first[first.size() - 1 - s])
            ++s;
        suffixLength = s;
    }
    // The longest suffix (up to the current common one) that also occurs earlier in VALUE: binary
    // search, since a suffix that occurs inside implies every shorter one does.
    std::size_t lo = 0;
    std::size_t hi = suffixLength;
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (suffixInside(first, value, mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    innerSuffix.push_back(static_cast<std::uint32_t>(std::min<std::size_t>(lo, UINT32_MAX)));
}

std::string TextColumn::prefix() const
{
    std::size_t n = prefixLength;
    while (n > 0 && n < first.size() && continuation(first[n]))
        --n; // never split a character
    return first.substr(0, n);
}

std::string TextColumn::suffix() const
{
    std::size_t start = first.size() - suffixLength;
    while (start < first.size() && continuation(first[start]))
        ++start;
    return first.substr(start);
}

void Validator::State::checkPromptCompletion(const nlohmann::json &object, std::int64_t record, std::int64_t line)
{
    pcRecords.emplace_back(static_cast<std::uint64_t>(record), static_cast<std::uint64_t>(line));
    std::string values[2];
    const char *names[2] = {"prompt", "completion"};
    bool usable = true;
    for (int i = 0; i < 2; ++i) {
        const auto it = object.find(names[i]);
        if (it == object.end()) {
            bool otherCase = false;
            for (const auto &[key, value] : object.items()) {
                std::string lower = key;
                std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
                otherCase = otherCase || lower == names[i];
            }
            report(Severity::Error, record, line, otherCase ? "pc-key-case" : "pc-missing-key",
                   otherCase ? std::string("the key `") + names[i] + "` must be lowercase; rename it"
                             : std::string("the line has no `") + names[i] + "`; each line is {\"prompt\", \"completion\"}");
            usable = false;
        } else if (!it->is_string() && !it->is_null()) {
            report(Severity::Error, record, line, "pc-not-string", std::string("`") + names[i] + "` must be a string");
            usable = false;
        } else if (it->is_string()) {
            values[i] = it->get<std::string>();
        }
    }
    std::vector<std::string> extra;
    for (const auto &[key, value] : object.items()) {
        if (key != "prompt" && key != "completion")
            extra.push_back(key);
    }
    if (!extra.empty()) {
        std::string list;
        for (const auto &key : extra)
            list += (list.empty() ? "" : ", ") + key;
        report(Severity::Warning, record, line, "pc-extra-keys",
               "the line should hold exactly prompt and completion; remove the other keys: " + list);
    }
    const std::string &prompt = values[0];
    const std::string &completion = values[1];
    std::uint8_t endings = 0;
    for (std::size_t i = 0; i < kSeparatorOptions.size(); ++i) {
        const auto &option = kSeparatorOptions[i];
        const bool ends = prompt.size() >= option.size() && prompt.compare(prompt.size() - option.size(), option.size(), option) == 0;
        if (ends)
            endings = static_cast<std::uint8_t>(endings | (1U << i));
        // Inside: anywhere but as the ending (an ending is what add-separator would append).
        const auto at = prompt.find(option);
        if (at != std::string::npos && (!ends || at + option.size() != prompt.size()))
            separatorInside[i] = true;
    }
    promptEndings.push_back(endings);
    promptHasNewline = promptHasNewline || prompt.find('\n') != std::string::npos;
    for (std::size_t i = 0; i < kEndingOptions.size(); ++i)
        endingInside[i] = endingInside[i] || completion.find(kEndingOptions[i]) != std::string::npos;
    prompts.add(prompt);
    completions.add(completion);
    distinctCompletions.insert(fingerprint(completion));

    if (!usable)
        return;
    if (prompt.empty() && completion.empty()) {
        report(Severity::Error, record, line, "empty-example", "both prompt and completion are empty; remove the line");
        return;
    }
    if (completion.empty()) {
        report(Severity::Error, record, line, "pc-empty-completion", "the completion is empty: there is nothing to learn; fill it or remove the line");
        return;
    }
    if (completion.front() != ' ') {
        plan.missingLeadingSpace.push_back(static_cast<std::uint64_t>(record));
        report(Severity::Warning, record, line, "pc-leading-space",
               "the completion does not start with a space; it tokenizes better with one: add it (--fix add-leading-space)",
               DatasetFix::AddLeadingSpace);
    }
    if (codePoints(prompt) + codePoints(completion) > 10000)
        longByCharacters.emplace_back(static_cast<std::uint64_t>(record), static_cast<std::uint64_t>(line));
}

void Validator::State::finishPromptCompletion()
{
    const std::uint64_t n = records;
    if (!prompts.any)
        return;
    const bool openEnded = prompts.totalLength == 0;
    const bool classification = !openEnded && static_cast<double>(distinctCompletions.size()) < static_cast<double>(n) / 3.0;
    const auto firstRecord = [&](const auto &pred) -> std::int64_t {
        for (std::size_t i = 0; i < promptEndings.size(); ++i) {
            if (pred(i))
                return static_cast<std::int64_t>(i);
        }
        return -1;
    };
    // Entry position → the record and line a finding names.
    const auto recordAt = [&](std::int64_t entry) -> std::int64_t {
        return entry >= 0 ? static_cast<std::int64_t>(pcRecords[static_cast<std::size_t>(entry)].first) : -1;
    };
    const auto lineAt = [&](std::int64_t entry) -> std::int64_t {
        return entry >= 0 ? static_cast<std::int64_t>(pcRecords[static_cast<std::size_t>(entry)].second) : 0;
    };

    if (classification)
        report(Severity::Info, -1, 0, "pc-classification",
               "the completions take few distinct values: this looks like classification. Keep a held-out validation set to measure accuracy");

    if (!openEnded) {
        for (const auto &[record, line] : longByCharacters) {
            plan.tooLong.push_back(record);
            report(Severity::Warning, static_cast<std::int64_t>(record), static_cast<std::int64_t>(line), "pc-long-example",
                   "prompt and completion together exceed 10,000 characters; for classification and conditional generation keep "
                   "examples under 2,048 tokens: drop it (--fix drop-long)",
                   DatasetFix::DropLong);
        }

        // The separator at the end of the prompts.
        const std::string suffix = prompts.suffix();
        if (prompts.allEqual && n > 1) {
            report(Severity::Error, -1, 0, "pc-identical-prompts",
                   "all prompts are the same, " + shown(prompts.first) + "; leave them empty for open-ended generation, or make them differ");
        } else if (!suffix.empty()) {
            std::string text = "all prompts end with " + shown(suffix) + ": the model starts its completion after it, so end every request's prompt with it";
            report(suffix.size() > 10 ? Severity::Warning : Severity::Info, -1, 0, "pc-common-suffix",
                   text + (suffix.size() > 10 ? "; it is long: a short separator such as `\\n\\n###\\n\\n` works as well" : ""));
            const auto inside = firstRecord([&](std::size_t i) { return prompts.innerSuffix[i] >= suffix.size(); });
            if (inside >= 0) {
                const auto count = std::count_if(prompts.innerSuffix.begin(), prompts.innerSuffix.end(),
                                                 [&](std::uint32_t l) { return l >= suffix.size(); });
                report(Severity::Warning, recordAt(inside), lineAt(inside), "pc-suffix-repeated",
                       std::to_string(count) + " prompts contain the separator " + shown(suffix) +
                           " before their end as well; the model cannot tell where the prompt ends: use a separator that appears nowhere else");
            }
        } else {
            // The separator to add: the option most prompts already end with, else validators.py's
            // first option that no prompt contains.
            std::size_t best = kSeparatorOptions.size();
            std::uint64_t bestCount = 0;
            for (std::size_t i = 0; i < kSeparatorOptions.size(); ++i) {
                const auto count = std::count_if(promptEndings.begin(), promptEndings.end(), [&](std::uint8_t e) { return e & (1U << i); });
                if (static_cast<std::uint64_t>(count) > bestCount && !separatorInside[i]) {
                    best = i;
                    bestCount = static_cast<std::uint64_t>(count);
                }
            }
            if (best == kSeparatorOptions.size()) {
                best = 0;
                for (std::size_t i = 1; i < kSeparatorOptions.size(); ++i) {
                    if ((kSeparatorOptions[i] == " ->" && promptHasNewline) || separatorInside[i] ||
                        std::any_of(promptEndings.begin(), promptEndings.end(), [&](std::uint8_t e) { return e & (1U << i); }))
                        continue;
                    best = i;
                    break;
                }
            }
            plan.separator = kSeparatorOptions[best];
            std::int64_t first = -1;
            for (std::size_t i = 0; i < promptEndings.size(); ++i) {
                if (!(promptEndings[i] & (1U << best))) {
                    plan.missingSeparator.push_back(pcRecords[i].first);
                    first = first < 0 ? static_cast<std::int64_t>(i) : first;
                }
            }
            report(Severity::Warning, recordAt(first), lineAt(first), "pc-no-separator",
                   std::to_string(plan.missingSeparator.size()) + " prompts do not end with a common separator, so the model cannot "
                   "tell where the completion begins; add " + shown(plan.separator) + " to them (--fix add-separator)",
                   DatasetFix::AddSeparator);
        }

        const std::string prefix = prompts.prefix();
        if (!prefix.empty() && !prompts.allEqual) {
            if (prefix.size() > 12)
                report(Severity::Warning, -1, 0, "pc-common-prompt-prefix",
                       "all prompts start with " + shown(prefix) + "; fine-tuning needs no instruction or few-shot preamble: remove it and keep only the input");
            else
                report(Severity::Info, -1, 0, "pc-common-prompt-prefix", "all prompts start with " + shown(prefix));
        }
    }

    const std::string completionPrefix = completions.prefix();
    if (codePoints(completionPrefix) >= 5 && !completions.allEqual)
        report(Severity::Warning, -1, 0, "pc-common-completion-prefix",
               "all completions start with " + shown(completionPrefix) + "; put only the output in the completion: remove the prefix");

    if (!openEnded && !classification) {
        const std::string suffix = completions.suffix();
        if (completions.allEqual && n > 1) {
            report(Severity::Error, -1, 0, "pc-identical-completions",
                   "all completions are the same, " + shown(completions.first) + "; the model would only learn to repeat it");
        } else if (!suffix.empty()) {
            report(Severity::Info, -1, 0, "pc-common-completion-suffix",
                   "all completions end with " + shown(suffix) + ": pass it as stop when calling the model");
            const auto inside = std::find_if(completions.innerSuffix.begin(), completions.innerSuffix.end(),
                                             [&](std::uint32_t l) { return l >= suffix.size(); });
            if (inside != completions.innerSuffix.end()) {
                const auto entry = static_cast<std::int64_t>(inside - completions.innerSuffix.begin());
                report(Severity::Warning, recordAt(entry), lineAt(entry), "pc-completion-suffix-repeated",
                       "completions contain their ending " + shown(suffix) + " before the end as well; use an ending that appears nowhere else");
            }
        } else {
            std::string ending = " [END]";
            for (std::size_t i = 0; i < kEndingOptions.size(); ++i) {
                if (!endingInside[i]) {
                    ending = kEndingOptions[i];
                    break;
                }
            }
            report(Severity::Warning, -1, 0, "pc-no-completion-ending",
                   "the completions have no common ending, so the model will not know where to stop; end every completion with " +
                       shown(ending) + " and pass it as stop");
        }
    }

    for (const auto *column : {&prompts, &completions}) {
        if (column->upper * 2 > column->lower && column->upper > 0)
            report(Severity::Info, -1, 0, "pc-uppercase",
                   std::string("more than a third of the letters in the ") + (column == &prompts ? "prompts" : "completions") +
                       " are uppercase, which tends to train worse; lowercase them if that makes sense for your data");
    }
}

} // namespace tb::core
