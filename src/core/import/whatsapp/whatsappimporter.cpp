#include "whatsappimporter.h"

#include "whatsappchatname.h"
#include "whatsappchatparser.h"
#include "whatsappdetect.h"

#include <algorithm>

namespace tb::core {

namespace {

constexpr std::size_t kPeekBytes = 16 * 1024;
constexpr std::size_t kMaxDetectEntries = 16;

bool endsWithTxt(std::string_view path)
{
    if (path.size() < 4)
        return false;
    std::string tail(path.substr(path.size() - 4));
    std::transform(tail.begin(), tail.end(), tail.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    });
    return tail == ".txt";
}

// Text files that could be chats: not macOS resource forks, not the __MACOSX shadow folder.
std::vector<const InputEntry *> textEntries(const InputSource &input)
{
    std::vector<const InputEntry *> list;
    for (const auto &entry : input.entries()) {
        const std::string_view path = entry.path;
        const auto slash = path.find_last_of('/');
        const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
        if (!endsWithTxt(path) || path.substr(0, 9) == "__MACOSX/" || base.substr(0, 2) == "._")
            continue;
        list.push_back(&entry);
    }
    // Files named like exports first: a folder of many notes still detects quickly.
    std::stable_partition(list.begin(), list.end(),
                          [](const InputEntry *e) { return whatsapp::looksLikeChatFileName(e->path); });
    return list;
}

} // namespace

int WhatsAppImporter::detect(const InputSource &input) const
{
    int best = 0;
    std::size_t examined = 0;
    for (const InputEntry *entry : textEntries(input)) {
        if (examined++ == kMaxDetectEntries)
            break;
        auto head = input.peek(*entry, kPeekBytes);
        if (!head)
            continue;
        whatsapp::convertUtf16(*head);
        int headers = 0;
        if (!whatsapp::looksLikeChat(*head, &headers))
            continue;
        const int score = whatsapp::looksLikeChatFileName(entry->path) ? 95 : headers >= 3 ? 85 : 60;
        best = std::max(best, score);
        if (best == 95)
            break;
    }
    return best;
}

void WhatsAppImporter::run(const InputSource &input, const ImportOptions &options, BatchWriter &out) const
{
    const auto entries = textEntries(input);
    if (entries.empty()) {
        out.add(Finding{Severity::Error, input.displayName(), 0, -1,
                        "no .txt file found: a WhatsApp export is a .txt file, or a .zip holding one "
                        "(\"_chat.txt\" on iPhone); choose that file",
                        {}});
        return;
    }
    const bool single = entries.size() == 1;
    std::size_t imported = 0;
    for (const InputEntry *entry : entries) {
        if (out.isCancelled())
            return;
        auto content = input.read(*entry);
        if (!content) {
            out.add(Finding{Severity::Error, entry->path, 0, -1, content.error().message, {}});
            continue;
        }
        if (whatsapp::convertUtf16(*content))
            out.add(Finding{Severity::Info, entry->path, 0, -1,
                            "the file is UTF-16 (re-saved by an editor?), not WhatsApp's UTF-8; read as UTF-16", {}});
        if (!whatsapp::looksLikeChat(*content)) {
            // A zip from iPhone also holds the .txt files people sent; a folder can hold notes.
            out.add(Finding{single ? Severity::Error : Severity::Info, entry->path, 0, -1,
                            std::string(single ? "not a WhatsApp chat" : "skipped, not a WhatsApp chat") +
                                ": none of its first ten non-empty lines starts with a date and time such as "
                                "\"12/9/20, 23:55 - \" or \"[3/27/22, 21:41:35] \"" +
                                (single ? "; nothing was imported. Choose the .txt that \"Export chat\" wrote." : ""),
                            {}});
            out.fileDone(entry->path, entry->size);
            continue;
        }
        whatsapp::ChatParser parser(entry->path, whatsapp::chatName(entry->path, input.displayName()), options, out);
        parser.run(std::move(*content));
        out.fileDone(entry->path, entry->size);
        ++imported;
    }
    if (imported == 0 && !single) {
        out.add(Finding{Severity::Error, input.displayName(), 0, -1,
                        "none of the " + std::to_string(entries.size()) +
                            " .txt files is a WhatsApp chat; nothing was imported",
                        {}});
    }
}

} // namespace tb::core
