#pragma once

#include "inputsource.h"

#include <filesystem>
#include <mutex>

struct zip;

namespace tb::core {

// A zip archive read in place with libzip; entries are decompressed one at a time on request.
class ZipInput final : public InputSource {
public:
    ~ZipInput() override;
    static Result<std::unique_ptr<InputSource>> open(const std::filesystem::path &file);

    Result<std::string> read(const InputEntry &entry) const override;
    Result<std::string> peek(const InputEntry &entry, std::size_t limit) const override;

private:
    Result<std::string> readUpTo(const InputEntry &entry, std::size_t limit) const;

    zip *m_archive = nullptr;
    mutable std::mutex m_mutex; // libzip archives are not safe for concurrent reads
};

} // namespace tb::core
