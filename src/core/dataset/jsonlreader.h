#pragma once

#include "dataset/exportformat.h"
#include "domain/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

namespace tb::core {

struct JsonlLine {
    std::uint64_t number = 0; // 1-based line number in the file
    std::string text;         // without the line break (a trailing \r is removed; a leading BOM too)
};

// Reads a training file one line at a time: a million-line file is never held whole.
class JsonlReader {
public:
    static Result<std::unique_ptr<JsonlReader>> open(const std::string &path);

    // The next line, blank lines included (the validator reports them); false at the end or on a
    // read error (see error()).
    bool next(JsonlLine &line);
    const std::string &error() const { return m_error; }
    const std::string &path() const { return m_path; }

private:
    JsonlReader() = default;
    std::ifstream m_in;
    std::string m_path;
    std::uint64_t m_number = 0;
    std::string m_error;
};

// Which format one parsed line is in, by its keys: "messages" + "kto_tag" → Kto, "messages" → Chat,
// "input"/"preferred_output" → Dpo, "prompt"/"completion" (any case) → PromptCompletion,
// "conversations" → ShareGpt, "instruction"/"output" → Alpaca. None when nothing matches.
std::optional<ExportFormat> detectFormat(const nlohmann::json &object);

// The format of the file at PATH, from its first line that is a JSON object.
Result<ExportFormat> detectFileFormat(const std::string &path);

} // namespace tb::core
