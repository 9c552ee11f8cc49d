#include "whatsappchatname.h"

#include "whatsappbody.h"

namespace tb::core::whatsapp {

namespace {

std::string_view baseName(std::string_view path)
{
    while (!path.empty() && (path.back() == '/' || path.back() == '\\'))
        path.remove_suffix(1);
    const auto slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view withoutExtension(std::string_view name, std::string_view extension)
{
    if (name.size() > extension.size()) {
        const auto tail = name.substr(name.size() - extension.size());
        bool same = true;
        for (std::size_t i = 0; i < tail.size(); ++i) {
            const char c = tail[i] >= 'A' && tail[i] <= 'Z' ? static_cast<char>(tail[i] + 32) : tail[i];
            same = same && c == extension[i];
        }
        if (same)
            name.remove_suffix(extension.size());
    }
    return name;
}

} // namespace

std::string nameFromExportStem(std::string_view stem)
{
    static constexpr std::string_view kPrefixes[] = {
        "WhatsApp Chat with ",
        "WhatsApp Chat - ",
        "WhatsApp Chat mit ",
        "WhatsApp-Chat mit ",
        "WhatsApp-chat met ",
        "WhatsApp Chat met ",
        "Chat de WhatsApp con ",
        "Conversa do WhatsApp com ",
        "Discussion WhatsApp avec ",
        "Chat WhatsApp con ",
        "Chat WhatsApp dengan ",
        "Chat WhatsApp s u\xC5\xBEivatelem ",                                  // cs
        "\xD0\xA7\xD0\xB0\xD1\x82 WhatsApp \xD1\x81 \xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB0\xD0\xBA\xD1\x82\xD0\xBE\xD0\xBC ", // ru: с контактом
        "\xD0\xA7\xD0\xB0\xD1\x82 WhatsApp \xD1\x81 \xD0\xB3\xD1\x80\xD1\x83\xD0\xBF\xD0\xBF\xD0\xBE\xD0\xB9 ",                 // ru: с группой
        "\xD0\xA7\xD0\xB0\xD1\x82 WhatsApp \xD1\x81 ",                         // ru
    };
    for (const auto prefix : kPrefixes) {
        if (stem.size() > prefix.size() && stem.substr(0, prefix.size()) == prefix)
            return std::string(stem.substr(prefix.size()));
    }
    constexpr std::string_view kTurkish = " ile WhatsApp Sohbeti";
    if (stem.size() > kTurkish.size() && stem.substr(stem.size() - kTurkish.size()) == kTurkish)
        return std::string(stem.substr(0, stem.size() - kTurkish.size()));
    return {};
}

std::string chatName(std::string_view entryPath, std::string_view inputName)
{
    std::string_view stem = withoutExtension(baseName(entryPath), ".txt");
    if (stem == "_chat") {
        // iOS: the name is on the zip ("WhatsApp Chat - X.zip") or the folder it was unpacked to.
        const auto slash = entryPath.find_last_of('/');
        stem = slash == std::string_view::npos ? withoutExtension(baseName(inputName), ".zip")
                                               : baseName(entryPath.substr(0, slash));
    }
    std::string name = nameFromExportStem(stem);
    if (name.empty())
        name = std::string(stem);
    name = cleanAuthor(name); // the same marks and "~" clean-up as for people
    return name.empty() ? std::string("chat") : name;
}

bool looksLikeChatFileName(std::string_view entryPath)
{
    const std::string_view stem = withoutExtension(baseName(entryPath), ".txt");
    return stem == "_chat" || !nameFromExportStem(stem).empty();
}

} // namespace tb::core::whatsapp
