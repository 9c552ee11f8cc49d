#include "folderinput.h"

#include <algorithm>
#include <fstream>

namespace tb::core {

namespace {

Result<std::string> readFile(const std::filesystem::path &path, std::size_t limit)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{path.string() + ": cannot be opened for reading; check its permissions"};
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    std::string data;
    // The spare capacity lets JSON readers parse in place (simdjson wants 64 readable bytes past
    // the end) instead of copying every file.
    const auto wanted = std::min<std::uint64_t>(ec ? 0 : size, limit);
    data.reserve(wanted + kInputPadding);
    data.resize(wanted);
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    data.resize(static_cast<std::size_t>(in.gcount()));
    return data;
}

} // namespace

Result<std::unique_ptr<InputSource>> FolderInput::open(const std::filesystem::path &folder)
{
    auto input = std::unique_ptr<FolderInput>(new FolderInput);
    input->m_root = folder;
    input->m_displayName = folder.string();
    std::error_code ec;
    auto it = std::filesystem::recursive_directory_iterator(
        folder, std::filesystem::directory_options::skip_permission_denied, ec);
    if (ec)
        return Error{folder.string() + ": cannot list the folder (" + ec.message() + ")"};
    for (const auto &entry : it) {
        std::error_code fileEc;
        if (!entry.is_regular_file(fileEc))
            continue;
        // The iterator's paths all start with FOLDER as given, so a lexical difference is exact;
        // relative() would resolve both paths through the file system for every file.
        const auto rel = entry.path().lexically_relative(folder).generic_string();
        // Hidden files such as .DS_Store and __MACOSX never hold messages.
        if (rel.empty() || rel.front() == '.' || rel.find("/.") != std::string::npos)
            continue;
        input->m_entries.push_back({rel, entry.file_size(fileEc)});
    }
    std::sort(input->m_entries.begin(), input->m_entries.end(),
              [](const InputEntry &a, const InputEntry &b) { return a.path < b.path; });
    return std::unique_ptr<InputSource>(std::move(input));
}

Result<std::unique_ptr<InputSource>> FolderInput::openSingleFile(const std::filesystem::path &file)
{
    auto input = std::unique_ptr<FolderInput>(new FolderInput);
    input->m_root = file.parent_path();
    input->m_displayName = file.string();
    std::error_code ec;
    input->m_entries.push_back({file.filename().string(), std::filesystem::file_size(file, ec)});
    return std::unique_ptr<InputSource>(std::move(input));
}

Result<std::string> FolderInput::read(const InputEntry &entry) const
{
    return readFile(m_root / entry.path, SIZE_MAX);
}

Result<std::string_view> FolderInput::readInto(const InputEntry &entry, ReadBuffer &buffer) const
{
    const auto path = m_root / entry.path;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{path.string() + ": cannot be opened for reading; check its permissions"};
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error{path.string() + ": cannot tell its size (" + ec.message() + ")"};
    char *data = buffer.reserve(size);
    in.read(data, static_cast<std::streamsize>(size));
    const auto got = static_cast<std::size_t>(in.gcount());
    std::fill_n(data + got, kInputPadding, '\0');
    return std::string_view(data, got);
}

Result<std::string> FolderInput::peek(const InputEntry &entry, std::size_t limit) const
{
    return readFile(m_root / entry.path, limit);
}

} // namespace tb::core
