#include "zipinput.h"

#include <zip.h>

#include <algorithm>

namespace tb::core {

ZipInput::~ZipInput()
{
    if (m_archive)
        zip_discard(m_archive);
}

Result<std::unique_ptr<InputSource>> ZipInput::open(const std::filesystem::path &file)
{
    int errorCode = 0;
    zip *archive = zip_open(file.c_str(), ZIP_RDONLY, &errorCode);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        std::string message = file.string() + ": not a readable zip archive (" +
                              zip_error_strerror(&error) + "); re-download or unpack it and import the folder";
        zip_error_fini(&error);
        return Error{message};
    }
    auto input = std::unique_ptr<ZipInput>(new ZipInput);
    input->m_archive = archive;
    input->m_displayName = file.string();
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name)
            continue;
        std::string name = st.name;
        if (name.empty() || name.back() == '/')
            continue;
        if (name.rfind("__MACOSX/", 0) == 0 || name.find("/.") != std::string::npos || name.front() == '.')
            continue;
        input->m_entries.push_back({name, (st.valid & ZIP_STAT_SIZE) ? st.size : 0});
    }
    std::sort(input->m_entries.begin(), input->m_entries.end(),
              [](const InputEntry &a, const InputEntry &b) { return a.path < b.path; });
    return std::unique_ptr<InputSource>(std::move(input));
}

Result<std::string> ZipInput::read(const InputEntry &entry) const
{
    return readUpTo(entry, SIZE_MAX);
}

Result<std::string> ZipInput::peek(const InputEntry &entry, std::size_t limit) const
{
    return readUpTo(entry, limit);
}

Result<std::string> ZipInput::readUpTo(const InputEntry &entry, std::size_t limit) const
{
    std::lock_guard lock(m_mutex);
    zip_file_t *file = zip_fopen(m_archive, entry.path.c_str(), 0);
    if (!file)
        return Error{m_displayName + ": " + entry.path + ": cannot be opened inside the zip (" +
                     zip_strerror(m_archive) + ")"};
    std::string data;
    const auto wanted = static_cast<std::size_t>(std::min<std::uint64_t>(entry.size, limit));
    data.reserve(wanted + kInputPadding); // see kInputPadding
    data.resize(wanted);
    std::size_t done = 0;
    while (done < data.size()) {
        const zip_int64_t n = zip_fread(file, data.data() + done, data.size() - done);
        if (n < 0) {
            std::string message = m_displayName + ": " + entry.path + ": damaged inside the zip (" +
                                  zip_file_strerror(file) + ")";
            zip_fclose(file);
            return Error{message};
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    data.resize(done);
    zip_fclose(file);
    return data;
}

} // namespace tb::core
