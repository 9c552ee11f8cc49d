#pragma once

#include "inputsource.h"

#include <filesystem>

namespace tb::core {

// A folder on disk (recursively), or a single file seen as a folder of one.
class FolderInput final : public InputSource {
public:
    static Result<std::unique_ptr<InputSource>> open(const std::filesystem::path &folder);
    static Result<std::unique_ptr<InputSource>> openSingleFile(const std::filesystem::path &file);

    Result<std::string> read(const InputEntry &entry) const override;
    Result<std::string> peek(const InputEntry &entry, std::size_t limit) const override;
    Result<std::string_view> readInto(const InputEntry &entry, ReadBuffer &buffer) const override;

private:
    std::filesystem::path m_root;
};

} // namespace tb::core
