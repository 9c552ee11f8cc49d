#include "inputsource.h"

#include "folderinput.h"
#include "zipinput.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

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

char *ReadBuffer::reserve(std::size_t bytes)
{
    const std::size_t needed = bytes + kInputPadding;
    if (needed > m_capacity) {
        m_capacity = std::max(needed, m_capacity + m_capacity / 2);
        m_data = std::make_unique_for_overwrite<char[]>(m_capacity);
    }
    return m_data.get();
}

Result<std::string_view> InputSource::readInto(const InputEntry &entry, ReadBuffer &buffer) const
{
    auto all = read(entry);
    if (!all)
        return all.error();
    char *data = buffer.reserve(all->size());
    std::copy(all->begin(), all->end(), data);
    std::fill_n(data + all->size(), kInputPadding, '\0');
    return std::string_view(data, all->size());
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
