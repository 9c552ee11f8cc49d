#include "slackimportrun.h"

#include "import/importsink.h"
#include "slackjson.h"

#include <map>

namespace tb::core {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

namespace {

// Records checked between two looks at the cancel flag.
constexpr std::int64_t kCancelCheckEvery = 4096;

ConversationKind kindFromId(std::string_view id, std::string_view name)
{
    if (name.substr(0, 5) == "mpdm-")
        return ConversationKind::Group;
    if (!id.empty() && id[0] == 'D')
        return ConversationKind::DirectMessage;
    if (!id.empty() && id[0] == 'G')
        return ConversationKind::PrivateChannel;
    return ConversationKind::Channel;
}

std::string_view stem(std::string_view path)
{
    const auto slash = path.rfind('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.rfind('.');
    return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

// A JSON object that reads as a message rather than some other list Slack or a tool wrote.
bool isMessageObject(element e)
{
    object o;
    if (e.get(o) != simdjson::SUCCESS)
        return false;
    element v;
    return o["ts"].get(v) == simdjson::SUCCESS || o["text"].get(v) == simdjson::SUCCESS
        || o["user"].get(v) == simdjson::SUCCESS || o["subtype"].get(v) == simdjson::SUCCESS;
}

} // namespace

SlackImportRun::SlackImportRun(const InputSource &input, BatchWriter &out)
    : m_input(input)
    , m_out(out)
    , m_layout(SlackLayout::scan(input))
    , m_messages(m_directory, out)
{
}

void SlackImportRun::run()
{
    loadMetadata();
    for (const InputEntry *entry : m_layout.looseFiles) {
        if ((m_cancelled = m_cancelled || m_out.isCancelled()))
            return;
        readFile(*entry, nullptr);
    }
    for (const auto &folder : m_layout.folders) {
        if ((m_cancelled = m_cancelled || m_out.isCancelled()))
            return;
        readFolder(folder);
    }
    for (const InputEntry *entry : m_layout.ignored)
        m_out.fileDone(entry->path, entry->size);
}

void SlackImportRun::flushFindings()
{
    for (auto &finding : m_findings)
        m_out.add(std::move(finding));
    m_findings.clear();
}

void SlackImportRun::finishFile(const InputEntry &entry)
{
    flushFindings();
    m_messages.endFile(entry.path);
    m_out.fileDone(entry.path, entry.size);
}

void SlackImportRun::loadList(const InputEntry *entry, bool users, ConversationKind kind)
{
    if (!entry)
        return;
    element root;
    if (m_reader.parse(m_input, *entry, users ? "users list" : "conversation list", root, m_findings)) {
        if (users)
            m_directory.loadUsers(root, entry->path, m_findings);
        else
            m_directory.loadChannels(root, kind, entry->path, m_findings);
    }
    flushFindings();
    m_out.fileDone(entry->path, entry->size);
}

void SlackImportRun::loadMetadata()
{
    loadList(m_layout.users, true, ConversationKind::Channel);
    loadList(m_layout.orgUsers, true, ConversationKind::Channel);
    loadList(m_layout.channels, false, ConversationKind::Channel);
    loadList(m_layout.groups, false, ConversationKind::PrivateChannel);
    loadList(m_layout.dms, false, ConversationKind::DirectMessage);
    loadList(m_layout.mpims, false, ConversationKind::Group);
    const std::string where = m_layout.root.empty() ? std::string("the export") : m_layout.root;
    if (!m_layout.users && !m_layout.orgUsers && (!m_layout.folders.empty() || !m_layout.looseFiles.empty()))
        m_out.add(Finding { Severity::Info, where, 0, -1,
            "no users.json: people are named from the user_profile inside their messages, or "
            "shown by id",
            {} });
}

void SlackImportRun::use(const Conversation &conversation)
{
    if (m_emitted.insert(conversation.key).second)
        m_out.add(conversation);
    m_messages.beginConversation(conversation.key);
}

Conversation SlackImportRun::channelConversation(const SlackChannel &channel) const
{
    return Conversation { "slack:" + channel.id, channel.kind, m_directory.conversationName(channel), {} };
}

const SlackChannel *SlackImportRun::findRenamed(const SlackFolder &folder, std::string &newName)
{
    // Old exports keep a renamed channel's folder under its old name; its channel_name messages
    // ("renamed the channel from a to b") lead to the name channels.json knows.
    std::map<std::string, std::string, std::less<>> renames;
    std::vector<Finding> ignored; // the main pass reports these files' problems
    for (const InputEntry *file : folder.files) {
        if (!m_reader.load(m_input, *file, ignored))
            continue;
        const std::string_view bytes = m_reader.lastBytes();
        if (bytes.find("\"channel_name\"") == std::string_view::npos
            && bytes.find("\"group_name\"") == std::string_view::npos)
            continue;
        element root;
        array records;
        if (!m_reader.parse(m_input, *file, "day file", root, ignored) || root.get(records) != simdjson::SUCCESS)
            continue;
        for (const element record : records) {
            const std::string_view subtype = slackjson::string(record, "subtype");
            if (subtype != "channel_name" && subtype != "group_name")
                continue;
            const std::string_view from = slackjson::string(record, "old_name");
            const std::string_view to = slackjson::string(record, "name");
            if (!from.empty() && !to.empty())
                renames[std::string(from)] = std::string(to);
        }
    }
    std::string_view current = folder.name;
    for (int step = 0; step < 64; ++step) {
        const auto it = renames.find(current);
        if (it == renames.end())
            break;
        current = it->second;
        if (const SlackChannel *channel = m_directory.channelForFolder(current)) {
            newName = std::string(current);
            return channel;
        }
    }
    return nullptr;
}

Conversation SlackImportRun::folderConversation(const SlackFolder &folder)
{
    const std::string file = m_layout.root + folder.name + "/";
    const SlackChannel *channel = m_directory.channelForFolder(folder.name);
    std::string newName;
    if (!channel && m_directory.hasChannelLists())
        channel = findRenamed(folder, newName);
    if (channel) {
        if (channel->name != folder.name && channel->id != folder.name)
            m_out.add(Finding { Severity::Info, file, 0, -1,
                "folder '" + folder.name + "' holds channel '" + channel->name + "' (" + channel->id
                    + "), renamed since the folder was named; imported as that channel",
                {} });
        return channelConversation(*channel);
    }
    const bool idLike = looksLikeSlackConversationId(folder.name);
    Conversation conversation { idLike ? "slack:" + folder.name : "slack:name:" + folder.name,
        kindFromId(idLike ? std::string_view(folder.name) : std::string_view(), folder.name), folder.name, {} };
    if (!m_directory.hasChannelLists() && !m_warnedNoLists) {
        m_warnedNoLists = true;
        m_out.add(Finding { Severity::Warning, m_layout.root.empty() ? std::string("the export") : m_layout.root, 0, -1,
            "no channels.json, groups.json, dms.json or mpims.json: channel ids are unknown, so "
            "conversations are keyed by folder name and will not merge with a complete export of "
            "the same workspace; import the whole export if you have it",
            {} });
    } else if (m_directory.hasChannelLists()) {
        if (idLike)
            m_out.add(Finding { Severity::Info, file, 0, -1,
                "folder '" + folder.name
                    + "' is not in dms.json, groups.json or mpims.json; its name is a Slack id, so it "
                      "is imported as conversation "
                    + conversation.key,
                {} });
        else
            m_out.add(Finding { Severity::Warning, file, 0, -1,
                "folder '" + folder.name
                    + "' is not listed in channels.json, groups.json, dms.json or mpims.json; its "
                      "messages are keyed by folder name ("
                    + conversation.key + ") and will not merge with an export that lists the channel",
                {} });
    }
    return conversation;
}

Conversation SlackImportRun::namedConversation(std::string_view name, const InputEntry &entry)
{
    if (const SlackChannel *channel = m_directory.channelForFolder(name))
        return channelConversation(*channel);
    const bool idLike = looksLikeSlackConversationId(name);
    Conversation conversation { idLike ? "slack:" + std::string(name) : "slack:name:" + std::string(name),
        kindFromId(idLike ? name : std::string_view(), name), std::string(name), {} };
    if (!idLike && m_namedNotes.insert(conversation.key).second)
        m_out.add(Finding { Severity::Info, entry.path, 0, -1,
            "no channels.json lists channel '" + std::string(name)
                + "', so its id is unknown: messages are keyed by name (" + conversation.key
                + "); import the whole workspace export for keys that survive a rename",
            {} });
    return conversation;
}

Conversation SlackImportRun::dumpConversation(element dump, const InputEntry &entry)
{
    const std::string_view id = slackjson::string(dump, "channel_id");
    const std::string_view name = slackjson::string(dump, "name");
    if (id.empty())
        return namedConversation(name.empty() ? stem(entry.path) : name, entry);
    m_dumpFolders.emplace(id); // slackdump puts that conversation's downloads in <id>/
    if (const SlackChannel *channel = m_directory.channelById(id))
        return channelConversation(*channel);
    return Conversation { "slack:" + std::string(id), kindFromId(id, name), std::string(name.empty() ? id : name), {} };
}

std::string SlackImportRun::looseFileName(element first, const InputEntry &entry) const
{
    // Tools that extract single day files (Zulip's importer) note the channel in each message.
    const std::string_view channel = slackjson::string(first, "channel_name");
    if (!channel.empty())
        return std::string(channel);
    const std::string_view fileName = std::string_view(entry.path).substr(entry.path.rfind('/') + 1);
    if (!isSlackDayFileName(fileName))
        return std::string(stem(entry.path));
    // A channel folder opened or zipped on its own: the folder (or zip) is the channel's name.
    std::string_view name = m_input.displayName();
    while (!name.empty() && name.back() == '/')
        name.remove_suffix(1);
    if (m_input.entries().size() == 1 && name.size() > fileName.size()
        && name.substr(name.size() - fileName.size()) == fileName)
        name.remove_suffix(fileName.size() + 1);
    name = name.substr(name.rfind('/') + 1);
    if (name.size() > 4 && name.substr(name.size() - 4) == ".zip")
        name.remove_suffix(4);
    return name.empty() ? std::string(stem(entry.path)) : std::string(name);
}

void SlackImportRun::readRecords(array records, const InputEntry &entry)
{
    std::int64_t index = 0;
    for (const element record : records) {
        if (index % kCancelCheckEvery == kCancelCheckEvery - 1 && m_out.isCancelled()) {
            m_cancelled = true;
            return;
        }
        m_messages.read(record, entry.path, index++);
    }
}

bool SlackImportRun::readDayFileOnDemand(const InputEntry &entry, const Conversation &conversation)
{
    simdjson::ondemand::document document;
    simdjson::ondemand::array records;
    if (!m_reader.iterate(m_input, entry, document) || document.get_array().get(records) != simdjson::SUCCESS)
        return false; // not an array of records, or not readable as it stands: the DOM path decides
    // Held until the whole file has been read: broken JSON is found only on the way, and such a file
    // must add nothing (the DOM path then rejects it whole and says where it broke).
    m_messages.holdFile();
    std::int64_t index = 0;
    bool rejected = false;
    for (auto result : records) {
        simdjson::ondemand::value record;
        if (std::move(result).get(record) != simdjson::SUCCESS) {
            rejected = true;
            break;
        }
        if (index % kCancelCheckEvery == kCancelCheckEvery - 1 && m_out.isCancelled()) {
            m_cancelled = true;
            break;
        }
        simdjson::error_code error = simdjson::SUCCESS;
        bool isMessage = false;
        m_messages.read(record, entry.path, index, error, &isMessage);
        // A first element that is no message: the DOM path skips the file with a note.
        if (error || (index == 0 && !isMessage)) {
            rejected = true;
            break;
        }
        if (index++ == 0)
            use(conversation);
    }
    // Past the array's end only the end of the document may follow ("[...] [...]" is no day file).
    const bool atEnd = document.current_location().error() == simdjson::OUT_OF_BOUNDS;
    if (rejected || (!m_cancelled && !atEnd)) {
        m_messages.discardHeld();
        return false;
    }
    m_messages.releaseHeld();
    return true;
}

void SlackImportRun::readFile(const InputEntry &entry, const Conversation *folderConversation)
{
    if (folderConversation && readDayFileOnDemand(entry, *folderConversation)) {
        finishFile(entry);
        return;
    }
    element root;
    if (!m_reader.parse(m_input, entry, folderConversation ? "day file" : "JSON file", root, m_findings)) {
        finishFile(entry);
        return;
    }
    array records;
    object dump;
    array messages;
    if (root.get(records) == simdjson::SUCCESS) {
        if (records.begin() != records.end()) {
            const element first = *records.begin();
            if (!isMessageObject(first)) {
                m_findings.push_back({ Severity::Info, entry.path, 0, -1,
                    "a JSON array whose first element is not a Slack message; skipped", {} });
            } else {
                use(folderConversation ? *folderConversation : namedConversation(looseFileName(first, entry), entry));
                readRecords(records, entry);
            }
        }
    } else if (root.get(dump) == simdjson::SUCCESS && dump["messages"].get(messages) == simdjson::SUCCESS) {
        use(dumpConversation(root, entry)); // slackdump's dump: {channel_id, name, messages: [...]}
        readRecords(messages, entry);
    } else if (isMessageObject(root)) {
        use(folderConversation ? *folderConversation : namedConversation(looseFileName(root, entry), entry));
        m_messages.read(root, entry.path, 0);
    } else {
        m_findings.push_back({ folderConversation ? Severity::Warning : Severity::Info, entry.path, 0, -1,
            "neither an array of Slack messages, a message nor a slackdump conversation; skipped", {} });
    }
    finishFile(entry);
}

void SlackImportRun::readFolder(const SlackFolder &folder)
{
    if (m_dumpFolders.count(folder.name) && !m_directory.channelForFolder(folder.name)) {
        m_out.add(Finding { Severity::Info, m_layout.root + folder.name + "/", 0, -1,
            "holds the files slackdump downloaded for conversation " + folder.name + "; not messages, skipped", {} });
        for (const InputEntry *entry : folder.files)
            m_out.fileDone(entry->path, entry->size);
        return;
    }
    const Conversation conversation = folderConversation(folder);
    use(conversation);
    for (const InputEntry *entry : folder.files) {
        if ((m_cancelled = m_cancelled || m_out.isCancelled()))
            return;
        m_messages.beginConversation(conversation.key); // a dump file in the folder may have switched it
        readFile(*entry, &conversation);
    }
}

} // namespace tb::core
