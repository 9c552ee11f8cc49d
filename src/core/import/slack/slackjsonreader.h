#pragma once

#include "domain/finding.h"
#include "input/inputsource.h"

#include <simdjson.h>

#include <memory>
#include <string>
#include <vector>

namespace tb::core {

// Reads the JSON files of one import through one reused simdjson parser and one reused padded
// buffer, so a million-message export costs no allocation per file.
// Problems become findings: a BOM is skipped, invalid UTF-8 is repaired (Warning), broken JSON is
// an Error that names the line; the caller goes on with the next file.
class SlackJsonReader {
public:
    SlackJsonReader();

    // Parses ENTRY. The element stays valid until the next call. On failure, appends a finding to
    // FINDINGS and returns false. WHAT says what the file is for the finding ("day file", "users list").
    bool parse(const InputSource &input, const InputEntry &entry, const char *what, simdjson::dom::element &root,
        std::vector<Finding> &findings);

    // The raw bytes of the last file read (without the BOM), e.g. for a quick substring test.
    std::string_view lastBytes() const { return { m_data, m_size }; }
    std::uint64_t lastFileSize() const { return m_fileSize; }

    // Starts On-Demand iteration over ENTRY (BOM skipped), for the bulk of an export, the day files,
    // where building the whole DOM was most of the reading cost. DOC stays valid until the next
    // call. False when the file cannot be read, is empty or is not valid UTF-8: parse() then reads
    // it again and reports or repairs. Errors in the JSON itself show only while iterating.
    bool iterate(const InputSource &input, const InputEntry &entry, simdjson::ondemand::document &doc);

    // Reads ENTRY into the buffer without parsing; false (and a finding) when it cannot be read.
    bool load(const InputSource &input, const InputEntry &entry, std::vector<Finding> &findings);

private:
    void copyIn(std::string_view bytes);
    static std::int64_t lineOfJsonError(std::string_view bytes);

    simdjson::dom::parser m_parser;
    simdjson::ondemand::parser m_onDemand;
    ReadBuffer m_buffer; // the file read, padded, parsed in place; reused from file to file
    ReadBuffer m_repaired; // a repaired copy when the file was not valid UTF-8
    const char *m_data = nullptr;
    std::size_t m_size = 0;
    std::uint64_t m_fileSize = 0;
};

} // namespace tb::core
