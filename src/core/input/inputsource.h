#pragma once

#include "domain/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tb::core {

// Bytes of spare capacity every read() leaves after the content, so parsers that read ahead
// (simdjson) can work in place.
inline constexpr std::size_t kInputPadding = 64;

// A buffer that grows and is never zero-filled, for reading thousands of files one after another:
// allocating and clearing a fresh string for each showed up in import profiles.
class ReadBuffer {
public:
    // Room for BYTES plus kInputPadding; keeps nothing of what was there.
    char *reserve(std::size_t bytes);
    char *data() const { return m_data.get(); }

private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_capacity = 0;
};

struct InputEntry {
    std::string path;     // relative, '/'-separated; for a single file its file name
    std::uint64_t size = 0;
};

// One thing the user pointed at: a zip, a folder or a single file, seen as a list of files.
// Importers never touch the file system themselves, so the same code reads all three (and the
// fuzzers and tests feed it bytes from memory).
class InputSource {
public:
    virtual ~InputSource() = default;

    // Opens PATH as a zip (by its magic bytes, not its name), a folder or a single file.
    static Result<std::unique_ptr<InputSource>> open(const std::string &path);

    const std::string &displayName() const { return m_displayName; }
    const std::vector<InputEntry> &entries() const { return m_entries; }

    // The whole content of ENTRY.
    virtual Result<std::string> read(const InputEntry &entry) const = 0;
    // The whole content of ENTRY in BUFFER, valid until BUFFER is used again, followed by
    // kInputPadding zero bytes. The default reads through read() and copies.
    virtual Result<std::string_view> readInto(const InputEntry &entry, ReadBuffer &buffer) const;
    // The first LIMIT bytes of ENTRY, for content detection (may return fewer).
    virtual Result<std::string> peek(const InputEntry &entry, std::size_t limit) const;

    const InputEntry *find(const std::string &path) const;

protected:
    std::string m_displayName;
    std::vector<InputEntry> m_entries;
};

// Files held in memory: for tests, fuzzers and sample data.
class MemoryInput final : public InputSource {
public:
    explicit MemoryInput(std::string displayName);
    void add(std::string path, std::string content);
    Result<std::string> read(const InputEntry &entry) const override;

private:
    std::vector<std::string> m_contents;
};

} // namespace tb::core
