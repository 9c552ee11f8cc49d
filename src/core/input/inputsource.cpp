#include "inputsource.h"

#include "folderinput.h"
#include "zipinput.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace tb::core {

namespace {

bool startsWithZipMagic(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

} // namespace

Result<std::unique_ptr<InputSource>> InputSource::open(const std::string &path)
{
    std::error_code ec;
    const std::filesystem::path fsPath(path);
    const auto status = std::filesystem::status(fsPath, ec);
    if (ec || !std::filesystem::exists(status))
        return Error{path + ": no such file or folder; check the path"};
    if (std::filesystem::is_directory(status))
        return FolderInput::open(fsPath);
    if (startsWithZipMagic(fsPath))
        return ZipInput::open(fsPath);
    return FolderInput::openSingleFile(fsPath);
}

Result<std::string> InputSource::peek(const InputEntry &entry, std::size_t limit) const
{
    auto all = read(entry);
    if (all && all->size() > limit)
        all->resize(limit);
    return all;
}

const InputEntry *InputSource::find(const std::string &path) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const InputEntry &e) { return e.path == path; });
    return it == m_entries.end() ? nullptr : &*it;
}

MemoryInput::MemoryInput(std::string displayName)
{
    m_displayName = std::move(displayName);
}

void MemoryInput::add(std::string path, std::string content)
{
    m_entries.push_back({std::move(path), content.size()});
    m_contents.push_back(std::move(content));
}

Result<std::string> MemoryInput::read(const InputEntry &entry) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].path == entry.path)
            return m_contents[i];
    }
    return Error{entry.path + ": not in this input"};
}

} // namespace tb::core
