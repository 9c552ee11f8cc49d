#include "jsonlreader.h"

#include <algorithm>
#include <cctype>

namespace tb::core {

Result<std::unique_ptr<JsonlReader>> JsonlReader::open(const std::string &path)
{
    std::unique_ptr<JsonlReader> reader(new JsonlReader);
    reader->m_path = path;
    reader->m_in.open(path, std::ios::binary);
    if (!reader->m_in)
        return Error{path + ": cannot open the file; check the path and that it is readable"};
    return reader;
}

bool JsonlReader::next(JsonlLine &line)
{
    if (!std::getline(m_in, line.text)) {
        if (m_in.bad())
            m_error = m_path + ": read error after line " + std::to_string(m_number);
        return false;
    }
    line.number = ++m_number;
    if (!line.text.empty() && line.text.back() == '\r')
        line.text.pop_back();
    if (m_number == 1 && line.text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        line.text.erase(0, 3);
    return true;
}

std::optional<ExportFormat> detectFormat(const nlohmann::json &object)
{
    if (!object.is_object())
        return std::nullopt;
    if (object.contains("messages"))
        return object.contains("kto_tag") ? ExportFormat::Kto : ExportFormat::Chat;
    if (object.contains("preferred_output") || object.contains("non_preferred_output") ||
        object.contains("preferred_completion") || (object.contains("input") && object["input"].is_object()))
        return ExportFormat::Dpo;
    if (object.contains("conversations"))
        return ExportFormat::ShareGpt;
    if (object.contains("instruction") || object.contains("output"))
        return ExportFormat::Alpaca;
    for (const auto &[key, value] : object.items()) {
        std::string lower = key;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower == "prompt" || lower == "completion")
            return ExportFormat::PromptCompletion;
    }
    return std::nullopt;
}

Result<ExportFormat> detectFileFormat(const std::string &path)
{
    auto reader = JsonlReader::open(path);
    if (!reader)
        return reader.error();
    JsonlLine line;
    while ((*reader)->next(line)) {
        const auto object = nlohmann::json::parse(line.text, nullptr, false);
        if (object.is_discarded() || !object.is_object())
            continue;
        if (auto format = detectFormat(object))
            return *format;
        return Error{path + ":" + std::to_string(line.number) +
                     ": cannot tell the format: expected \"messages\" (chat), \"input\"/\"preferred_output\" (DPO), "
                     "\"prompt\"/\"completion\", \"conversations\" (ShareGPT) or \"instruction\"/\"output\" (Alpaca)"};
    }
    return Error{path + ": no line is a JSON object; a training file has one JSON object per line"};
}

} // namespace tb::core
