#include "whatsappbody.h"

#include "domain/message.h"

#include <initializer_list>

namespace tb::core::whatsapp {

namespace {

// Length of the mark at S[I] (LRM, RLM, ALM, U+202A..E, U+2066..9, BOM), or 0.
std::size_t markLength(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (i + 1 < s.size() && b(0) == 0xD8 && b(1) == 0x9C) // U+061C
        return 2;
    if (i + 2 >= s.size())
        return 0;
    if (b(0) == 0xE2 && b(1) == 0x80 && (b(2) == 0x8E || b(2) == 0x8F || (b(2) >= 0xAA && b(2) <= 0xAE)))
        return 3;
    if (b(0) == 0xE2 && b(1) == 0x81 && b(2) >= 0xA6 && b(2) <= 0xA9)
        return 3;
    if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)
        return 3;
    return 0;
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    }
    return true;
}

bool istartsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool iendsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

bool containsAny(std::string_view s, std::initializer_list<std::string_view> needles)
{
    for (const auto n : needles) {
        if (s.find(n) != std::string_view::npos)
            return true;
    }
    return false;
}

bool isSpaceAt(std::string_view s, std::size_t i, std::size_t &len)
{
    if (s[i] == ' ' || s[i] == '\t') {
        len = 1;
        return true;
    }
    if (s.substr(i, 2) == "\xC2\xA0") {
        len = 2;
        return true;
    }
    if (s.substr(i, 3) == "\xE2\x80\xAF") {
        len = 3;
        return true;
    }
    return false;
}

std::string_view trimTrailing(std::string_view s)
{
    while (!s.empty()) {
        if (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')
            s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0")
            s.remove_suffix(2);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF")
            s.remove_suffix(3);
        else
            break;
    }
    return s;
}

std::string_view trimSpaces(std::string_view s)
{
    std::size_t len = 0;
    while (!s.empty() && isSpaceAt(s, 0, len))
        s.remove_prefix(len);
    return trimTrailing(s);
}

// Phrases of system lines; a would-be author containing one is really an authorless line.
bool looksLikeSystemPhrase(std::string_view s)
{
    // Names are mostly capitalised words or numbers; every phrase has a lowercase word.
    bool lowercaseWord = s.substr(0, 3) == "You" || s.substr(0, 8) == "Messages";
    for (std::size_t i = 0; !lowercaseWord && i + 1 < s.size(); ++i)
        lowercaseWord = s[i] == ' ' && s[i + 1] >= 'a' && s[i + 1] <= 'z';
    if (!lowercaseWord)
        return false;
    return containsAny(s, {" changed the ", " changed this ", " changed their ", " created group", " created this group",
                           " added ", " removed ", " joined using", "Messages and calls", "Messages to this group",
                           "Messages you send", "security code", " pinned a message", " turned on ", " turned off ",
                           " updated the message timer", " deleted this group", " is a contact", "You were added",
                           " left", " changed to "});
}

bool isMedia(std::string_view firstLine, std::string_view text)
{
    if (text == "null") // Android: view-once media and polls
        return true;
    static constexpr std::string_view kOmitted[] = {"<Media omitted>",    "<Medien ausgeschlossen>", "<Multimedia omitido>",
                                                    "<M\xC3\xAD" "dia oculta>", "<M\xC3\xA9" "dias omis>",
                                                    "<Media omessi>", "<Media weggelaten>"};
    if (!firstLine.empty() && firstLine.front() == '<') {
        for (const auto o : kOmitted) {
            if (iequals(firstLine, o))
                return true;
        }
    }
    static constexpr std::string_view kAttached[] = {"(file attached)", "(Datei angeh\xC3\xA4ngt)", "(archivo adjunto)",
                                                     "(arquivo anexado)", "(fichier joint)", "(file allegato)",
                                                     "(bestand bijgevoegd)", "<attached>"};
    if (!firstLine.empty() && (firstLine.back() == ')' || firstLine.back() == '>')) {
        for (const auto a : kAttached) {
            if (iendsWith(firstLine, a))
                return true;
        }
    }
    const auto attached = firstLine.find("<attached: ");
    if (attached != std::string_view::npos && firstLine.find('>', attached) != std::string_view::npos)
        return true;
    if (istartsWith(firstLine, "location: http") || istartsWith(firstLine, "Standort: http") ||
        istartsWith(firstLine, "live location shared"))
        return true;
    // iOS "image omitted", "file.pdf • 3 pages document omitted", old iOS "<audio omitted>".
    std::string_view s = firstLine;
    if (s.size() > 2 && s.front() == '<' && s.back() == '>')
        s = s.substr(1, s.size() - 2);
    static constexpr std::string_view kKinds[] = {"image omitted", "video omitted",   "audio omitted",
                                                  "sticker omitted", "GIF omitted", "document omitted",
                                                  "Contact card omitted", "media omitted"};
    if (!iendsWith(s, "omitted"))
        return false;
    for (const auto k : kKinds) {
        if (iendsWith(s, k) && (s.size() == k.size() || s[s.size() - k.size() - 1] == ' '))
            return true;
    }
    return false;
}

bool isDeleted(std::string_view text)
{
    while (!text.empty() && (text.back() == '.' || text.back() == ' '))
        text.remove_suffix(1);
    static constexpr std::string_view kDeleted[] = {
        "This message was deleted",        "You deleted this message",
        "Diese Nachricht wurde gel\xC3\xB6scht", "Du hast diese Nachricht gel\xC3\xB6scht",
        "Se elimin\xC3\xB3 este mensaje",  "Eliminaste este mensaje",
        "Mensagem apagada",                "Voc\xC3\xAA apagou esta mensagem",
        "Ce message a \xC3\xA9t\xC3\xA9 supprim\xC3\xA9", "Vous avez supprim\xC3\xA9 ce message",
        "Questo messaggio \xC3\xA8 stato eliminato", "Hai eliminato questo messaggio",
        "Dit bericht is verwijderd",       "Je hebt dit bericht verwijderd",
    };
    for (const auto d : kDeleted) {
        if (iequals(text, d))
            return true;
    }
    return false;
}

bool isSystemNotice(std::string_view text, std::string_view author)
{
    static constexpr std::string_view kNotices[] = {
        "Messages and calls are end-to-end encrypted", "Messages to this group are now secured",
        "Messages you send to this", "Messages and calls are now", "Your security code with ",
        "This chat is with a business account", "Missed voice call", "Missed video call"};
    for (const auto n : kNotices) {
        if (text.substr(0, n.size()) == n)
            return true;
    }
    // "+123 45 6789: +123 45 6789 updated the message timer. ..." (Android, attributed).
    std::string_view rest;
    if (!author.empty() && text.size() > author.size() && text.substr(0, author.size()) == author &&
        text[author.size()] == ' ')
        rest = text.substr(author.size() + 1);
    else if (text.substr(0, 4) == "You ")
        rest = text.substr(4);
    else
        return false;
    static constexpr std::string_view kSelf[] = {
        "updated the message timer", "turned on disappearing messages", "turned off disappearing messages",
        "changed the subject", "changed this group's icon", "changed the group description",
        "deleted this group's icon", "changed their phone number", "created group", "joined using this group's"};
    for (const auto s : kSelf) {
        if (rest.substr(0, s.size()) == s)
            return true;
    }
    return false;
}

} // namespace

std::string stripMarks(std::string_view text)
{
    std::string out;
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b != 0xE2 && b != 0xEF && b != 0xD8)
            continue;
        const std::size_t len = markLength(text, i);
        if (len == 0)
            continue;
        if (copied == 0)
            out.reserve(text.size());
        out.append(text.substr(copied, i - copied));
        i += len - 1;
        copied = i + 1;
    }
    out.append(text.substr(copied));
    return out;
}

std::string cleanAuthor(std::string_view raw)
{
    const std::string stripped = stripMarks(raw);
    std::string_view s = trimSpaces(stripped);
    if (!s.empty() && s.front() == '~') { // "~ Name", "~\u202FName": not in the exporter's contacts
        s.remove_prefix(1);
        s = trimSpaces(s);
    }
    return std::string(s);
}

std::size_t authorSeparator(std::string_view firstLine)
{
    const std::size_t pos = firstLine.find(": ");
    if (pos == std::string_view::npos || pos == 0)
        return std::string_view::npos;
    if (looksLikeSystemPhrase(firstLine.substr(0, pos)))
        return std::string_view::npos;
    return pos;
}

std::uint32_t classifyBody(std::string_view text, std::string_view author, bool hasAuthor, bool leadingLrm)
{
    std::uint32_t flags = 0;
    const std::string_view firstLine = text.substr(0, text.find('\n'));
    if (isMedia(trimSpaces(firstLine), text))
        flags |= MessageFlag::Media;
    else if (isDeleted(text))
        flags |= MessageFlag::Deleted;
    if (!hasAuthor) {
        flags |= MessageFlag::System;
    } else if (!(flags & (MessageFlag::Media | MessageFlag::Deleted))) {
        // iOS starts the text WhatsApp itself wrote with U+200E (and attributes system lines to
        // the chat's name); Android attributes a few notices to a person without any mark.
        if (leadingLrm || isSystemNotice(text, author))
            flags |= MessageFlag::System;
    }
    return flags;
}

bool stripEditedMarker(std::string &text)
{
    static constexpr std::string_view kMarkers[] = {
        "<This message was edited>",          "<Diese Nachricht wurde bearbeitet>",
        "<Se edit\xC3\xB3 este mensaje.>",    "<Mensagem editada>",
        "<Ce message a \xC3\xA9t\xC3\xA9 modifi\xC3\xA9>", "<Questo messaggio \xC3\xA8 stato modificato>",
        "<Dit bericht is bewerkt>"};
    const std::string_view trimmed = trimTrailing(text);
    for (const auto m : kMarkers) {
        if (trimmed.size() >= m.size() && trimmed.substr(trimmed.size() - m.size()) == m) {
            text.resize(trimTrailing(trimmed.substr(0, trimmed.size() - m.size())).size());
            return true;
        }
    }
    return false;
}

bool isGroupSystemText(std::string_view text)
{
    return containsAny(text, {"group", " added", " removed ", " left", "joined using", "were added"});
}

} // namespace tb::core::whatsapp
