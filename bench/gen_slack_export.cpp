// Writes a synthetic Slack workspace export for benchmarks: the same seed gives the same bytes.
// The field mix follows real exports (blocks duplicating text, user_profile copies, reactions,
// files, threads, broadcasts, joins, bot messages with attachments), about 1.8 KB per message.
//
// usage: gen_slack_export OUT_DIR [MESSAGES=1000000] [SEED=42] [CONVERSATIONS]
// CONVERSATIONS defaults to one per 5,000 messages (at least 8); 1 puts every message in one channel,
// the worst case for the message view.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

// splitmix64: tiny, fast and identical on every platform (std distributions are not).
struct Rng {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    bool chance(unsigned percent) { return below(100) < percent; }
};

const char *const kWords[] = {
    "deploy", "build", "review", "merge", "release", "kubernetes", "cluster", "latency", "customer", "ticket",
    "meeting", "lunch", "coffee", "design", "roadmap", "bug", "fix", "test", "pipeline", "dashboard", "metrics",
    "alert", "oncall", "incident", "postmortem", "feature", "flag", "rollout", "canary", "database", "index",
    "query", "cache", "memory", "cpu", "disk", "network", "api", "client", "server", "token", "budget", "invoice",
    "sprint", "standup", "retro", "demo", "docs", "spec", "migration", "schema", "backup", "restore", "the",
    "a", "is", "it", "we", "you", "should", "could", "maybe", "today", "tomorrow", "yesterday", "thanks", "ok",
    "sure", "great", "looks", "good", "to", "me", "on", "in", "for", "with", "and", "but", "not", "yet", "soon",
    "café", "naïve", "über", "日本語", "😀", "🚀", "ñandú"};
constexpr std::size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);

std::string hex(Rng &rng, int n)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < n; ++i)
        s += digits[rng.below(16)];
    return s;
}

std::string userId(std::uint64_t i)
{
    char b[16];
    std::snprintf(b, sizeof b, "U%08llX", static_cast<unsigned long long>(i + 0x1000));
    return b;
}

std::string channelId(char prefix, std::uint64_t i)
{
    char b[16];
    std::snprintf(b, sizeof b, "%c%08llX", prefix, static_cast<unsigned long long>(i + 0x2000));
    return b;
}

struct Conversation {
    std::string id;
    std::string folder;
    char kind; // C channel, G private, D dm, M mpim
    std::vector<std::uint64_t> members;
};

std::string jsonEscape(const std::string &s)
{
    std::string out;
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

class Generator {
public:
    Generator(std::filesystem::path out, std::uint64_t messages, std::uint64_t seed, std::uint64_t conversations)
        : m_out(std::move(out)), m_total(messages), m_rng{seed}, m_conversationCount(conversations)
    {
        m_users = std::max<std::uint64_t>(20, messages / 2000);
        if (m_users > 2000)
            m_users = 2000;
    }

    void run()
    {
        std::filesystem::create_directories(m_out);
        writeUsers();
        makeConversations();
        writeConversationLists();
        const std::uint64_t perConversation = m_total / m_conversations.size();
        std::uint64_t written = 0;
        for (std::size_t i = 0; i < m_conversations.size(); ++i) {
            const std::uint64_t n = i + 1 == m_conversations.size() ? m_total - written : perConversation;
            writeConversation(m_conversations[i], n);
            written += n;
        }
        std::printf("wrote %llu messages in %zu conversations to %s\n", static_cast<unsigned long long>(written),
                    m_conversations.size(), m_out.c_str());
    }

private:
    std::string name(std::uint64_t user) const { return "user" + std::to_string(user); }

    std::string sentence(int minWords, int maxWords)
    {
        const int n = minWords + static_cast<int>(m_rng.below(std::uint64_t(maxWords - minWords + 1)));
        std::string s;
        for (int i = 0; i < n; ++i) {
            if (i)
                s += ' ';
            s += kWords[m_rng.below(kWordCount)];
        }
        return s;
    }

    void writeUsers()
    {
        std::ofstream f(m_out / "users.json");
        f << "[\n";
        for (std::uint64_t u = 0; u < m_users; ++u) {
            const bool bot = u % 50 == 49;
            f << (u ? ",\n" : "") << "{\"id\":\"" << userId(u) << "\",\"team_id\":\"T0001\",\"name\":\"" << name(u)
              << "\",\"deleted\":false,\"real_name\":\"User Number " << u << "\",\"tz\":\"Europe/Berlin\",\"is_bot\":"
              << (bot ? "true" : "false") << ",\"profile\":{\"real_name\":\"User Number " << u
              << "\",\"display_name\":\"" << (u % 3 ? "u" + std::to_string(u) : std::string())
              << "\",\"image_72\":\"https://avatars.example/" << hex(m_rng, 12) << "_72.png\"}}";
        }
        f << "\n]\n";
    }

    void makeConversations()
    {
        const std::uint64_t count =
            m_conversationCount ? m_conversationCount : std::max<std::uint64_t>(8, m_total / 5000);
        for (std::uint64_t i = 0; i < count; ++i) {
            Conversation c;
            const auto r = i % 10;
            c.kind = r < 6 ? 'C' : r < 7 ? 'G' : r < 9 ? 'D' : 'M';
            const std::uint64_t members = c.kind == 'D' ? 2 : c.kind == 'M' ? 4 : 12;
            for (std::uint64_t k = 0; k < members; ++k)
                c.members.push_back(m_rng.below(m_users));
            c.id = channelId(c.kind == 'C' ? 'C' : c.kind == 'D' ? 'D' : 'G', i);
            c.folder = c.kind == 'C'   ? "channel-" + std::to_string(i)
                       : c.kind == 'G' ? "private-" + std::to_string(i)
                       : c.kind == 'D' ? c.id
                                       : "mpdm-" + name(c.members[0]) + "--" + name(c.members[1]) + "-1";
            m_conversations.push_back(std::move(c));
        }
    }

    void writeConversationLists()
    {
        std::ofstream channels(m_out / "channels.json"), groups(m_out / "groups.json"), dms(m_out / "dms.json"),
            mpims(m_out / "mpims.json");
        bool firstC = true, firstG = true, firstD = true, firstM = true;
        channels << "[";
        groups << "[";
        dms << "[";
        mpims << "[";
        for (const auto &c : m_conversations) {
            std::string members;
            for (const auto m : c.members)
                members += (members.empty() ? "\"" : ",\"") + userId(m) + "\"";
            std::ofstream &f = c.kind == 'C' ? channels : c.kind == 'G' ? groups : c.kind == 'D' ? dms : mpims;
            bool &first = c.kind == 'C' ? firstC : c.kind == 'G' ? firstG : c.kind == 'D' ? firstD : firstM;
            f << (first ? "\n" : ",\n") << "{\"id\":\"" << c.id << "\",\"name\":\"" << c.folder
              << "\",\"created\":1500000000,\"creator\":\"" << userId(c.members[0]) << "\",\"is_archived\":false,"
              << "\"members\":[" << members << "],\"topic\":{\"value\":\"" << sentence(2, 5)
              << "\",\"creator\":\"\",\"last_set\":0},\"purpose\":{\"value\":\"\",\"creator\":\"\",\"last_set\":0}"
              << (c.kind == 'M' ? ",\"is_mpim\":true" : "") << "}";
            first = false;
        }
        channels << "\n]\n";
        groups << "\n]\n";
        dms << "\n]\n";
        mpims << "\n]\n";
    }

    // One message object; TS is seconds, MICRO the microsecond part that makes it unique.
    void writeMessage(std::ofstream &f, const Conversation &c, std::uint64_t ts, std::uint64_t micro,
                      const std::string &threadTs, bool isParent)
    {
        const std::uint64_t author = c.members[m_rng.below(c.members.size())];
        char tsText[32];
        std::snprintf(tsText, sizeof tsText, "%llu.%06llu", static_cast<unsigned long long>(ts),
                      static_cast<unsigned long long>(micro));
        const auto roll = m_rng.below(100);
        if (roll < 2) {
            f << "{\"type\":\"message\",\"subtype\":\"channel_join\",\"ts\":\"" << tsText << "\",\"user\":\""
              << userId(author) << "\",\"text\":\"<@" << userId(author) << "> has joined the channel\"}";
            return;
        }
        if (roll < 5) {
            const std::string body = sentence(8, 20);
            f << "{\"type\":\"message\",\"subtype\":\"bot_message\",\"ts\":\"" << tsText
              << "\",\"bot_id\":\"B0001\",\"username\":\"deploybot\",\"text\":\"\",\"attachments\":[{\"fallback\":\""
              << body << "\",\"text\":\"" << body << "\",\"pretext\":\"Deployment finished\",\"color\":\"36a64f\","
              << "\"id\":1,\"footer\":\"deploybot\",\"ts\":" << ts << "}]}";
            return;
        }
        // Real messages are short (about 100 characters); the bulk of an export is metadata.
        std::string text = sentence(2, 44);
        const std::string words = text;
        const bool mention = m_rng.chance(25);
        const bool link = m_rng.chance(20);
        const std::uint64_t other = c.members[m_rng.below(c.members.size())];
        if (mention)
            text = "<@" + userId(other) + "> " + text;
        if (link)
            text += " <https://example.com/" + hex(m_rng, 8) + "|the doc> &amp; more";
        f << "{\"client_msg_id\":\"" << hex(m_rng, 8) << '-' << hex(m_rng, 4) << '-' << hex(m_rng, 4) << '-'
          << hex(m_rng, 4) << '-' << hex(m_rng, 12) << "\",\"type\":\"message\",";
        const bool broadcast = !threadTs.empty() && m_rng.chance(3);
        if (broadcast)
            f << "\"subtype\":\"thread_broadcast\",";
        f << "\"text\":\"" << jsonEscape(text) << "\",\"user\":\"" << userId(author) << "\",\"ts\":\"" << tsText
          << "\",\"team\":\"T0001\",\"user_team\":\"T0001\",\"source_team\":\"T0001\","
          << "\"user_profile\":{\"avatar_hash\":\"" << hex(m_rng, 12) << "\",\"image_72\":\"https://avatars.example/"
          << hex(m_rng, 24) << "_72.png\",\"first_name\":\"User\",\"real_name\":\"User Number " << author
          << "\",\"display_name\":\"u" << author << "\",\"team\":\"T0001\",\"name\":\"" << name(author)
          << "\",\"is_restricted\":false,\"is_ultra_restricted\":false},";
        if (m_rng.chance(5))
            f << "\"edited\":{\"user\":\"" << userId(author) << "\",\"ts\":\"" << ts + 60 << ".000000\"},";
        if (!threadTs.empty())
            f << "\"thread_ts\":\"" << threadTs << "\",\"parent_user_id\":\"" << userId(other) << "\",";
        if (isParent)
            f << "\"thread_ts\":\"" << tsText << "\",\"reply_count\":3,\"reply_users_count\":2,\"latest_reply\":\""
              << ts + 300 << ".000100\",\"reply_users\":[\"" << userId(other) << "\"],\"is_locked\":false,"
              << "\"subscribed\":false,";
        if (m_rng.chance(50)) {
            const std::string fileId = "F" + hex(m_rng, 10);
            const std::string base = "https://files.example/files-pri/T0001-" + fileId + "/screenshot.png";
            f << "\"files\":[{\"id\":\"" << fileId << "\",\"created\":" << ts << ",\"timestamp\":" << ts
              << ",\"name\":\"screenshot.png\",\"title\":\"screenshot.png\",\"mimetype\":\"image/png\","
              << "\"filetype\":\"png\",\"pretty_type\":\"PNG\",\"user\":\"" << userId(author)
              << "\",\"user_team\":\"T0001\",\"editable\":false,\"size\":" << m_rng.below(900000)
              << ",\"mode\":\"hosted\",\"is_external\":false,\"external_type\":\"\",\"is_public\":true,"
              << "\"public_url_shared\":false,\"display_as_bot\":false,\"username\":\"\",\"url_private\":\"" << base
              << "\",\"url_private_download\":\"" << base << "?download=1\",\"media_display_type\":\"unknown\","
              << "\"thumb_64\":\"" << base << "_64.png\",\"thumb_80\":\"" << base << "_80.png\",\"thumb_360\":\""
              << base << "_360.png\",\"thumb_360_w\":360,\"thumb_360_h\":203,\"thumb_480\":\"" << base
              << "_480.png\",\"thumb_480_w\":480,\"thumb_480_h\":270,\"thumb_160\":\"" << base
              << "_160.png\",\"original_w\":1920,\"original_h\":1080,\"thumb_tiny\":\"" << hex(m_rng, 40)
              << "\",\"permalink\":\"https://acme.example/files/" << userId(author) << "/" << fileId
              << "/screenshot.png\",\"permalink_public\":\"https://slack-files.example/T0001-" << fileId << "-"
              << hex(m_rng, 10) << "\",\"is_starred\":false,\"has_rich_preview\":false,\"file_access\":\"visible\"}],"
              << "\"upload\":false,\"display_as_bot\":false,";
        }
        if (link && m_rng.chance(60))
            f << "\"attachments\":[{\"from_url\":\"https://example.com/doc\",\"service_icon\":\"https://example.com/favicon.ico\","
              << "\"id\":1,\"original_url\":\"https://example.com/doc\",\"fallback\":\"Example: " << jsonEscape(sentence(3, 8))
              << "\",\"text\":\"" << jsonEscape(sentence(15, 40)) << "\",\"title\":\"" << jsonEscape(sentence(3, 8))
              << "\",\"title_link\":\"https://example.com/doc\",\"service_name\":\"example.com\"}],";
        if (m_rng.chance(35))
            f << "\"reactions\":[{\"name\":\"+1\",\"users\":[\"" << userId(other) << "\",\"" << userId(author)
              << "\"],\"count\":2},{\"name\":\"tada\",\"users\":[\"" << userId(other) << "\"],\"count\":1},"
              << "{\"name\":\"eyes\",\"users\":[\"" << userId(author) << "\"],\"count\":1}],";
        // Blocks repeat the text as rich_text elements, as every modern export does.
        f << "\"blocks\":[{\"type\":\"rich_text\",\"block_id\":\"" << hex(m_rng, 5)
          << "\",\"elements\":[{\"type\":\"rich_text_section\",\"elements\":[";
        if (mention)
            f << "{\"type\":\"user\",\"user_id\":\"" << userId(other) << "\"},";
        const auto cut = words.find(' ', words.size() / 2);
        f << "{\"type\":\"text\",\"text\":\" " << jsonEscape(words.substr(0, cut)) << "\"}";
        if (cut != std::string::npos)
            f << ",{\"type\":\"text\",\"text\":\"" << jsonEscape(words.substr(cut)) << "\",\"style\":{\"bold\":true}}";
        if (link)
            f << ",{\"type\":\"link\",\"url\":\"https://example.com/" << hex(m_rng, 8) << "\",\"text\":\"the doc\"}";
        f << "]}]}]}";
    }

    void writeConversation(const Conversation &c, std::uint64_t count)
    {
        const auto folder = m_out / c.folder;
        std::filesystem::create_directories(folder);
        std::uint64_t ts = 1600000000 + m_rng.below(86400 * 30);
        std::uint64_t done = 0;
        while (done < count) {
            const std::uint64_t day = ts / 86400;
            const std::uint64_t perDay = std::min<std::uint64_t>(count - done, 50 + m_rng.below(400));
            char date[64];
            const std::int64_t z = static_cast<std::int64_t>(day) + 719468;
            const std::int64_t era = z / 146097;
            const auto doe = static_cast<unsigned>(z - era * 146097);
            const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            const unsigned mp = (5 * doy + 2) / 153;
            const unsigned d = doy - (153 * mp + 2) / 5 + 1;
            const unsigned m = mp < 10 ? mp + 3 : mp - 9;
            const long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
            std::snprintf(date, sizeof date, "%04lld-%02u-%02u", y, m, d);
            std::ofstream f(folder / (std::string(date) + ".json"));
            f << "[\n";
            std::string openThread;
            int repliesLeft = 0;
            for (std::uint64_t i = 0; i < perDay; ++i) {
                f << (i ? ",\n" : "");
                const bool startThread = repliesLeft == 0 && m_rng.chance(7);
                const std::uint64_t micro = ++m_micro % 1000000;
                if (repliesLeft > 0) {
                    writeMessage(f, c, ts, micro, openThread, false);
                    --repliesLeft;
                } else {
                    writeMessage(f, c, ts, micro, std::string(), startThread);
                    if (startThread) {
                        char t[32];
                        std::snprintf(t, sizeof t, "%llu.%06llu", static_cast<unsigned long long>(ts),
                                      static_cast<unsigned long long>(micro));
                        openThread = t;
                        repliesLeft = 3;
                    }
                }
                ts += 1 + m_rng.below(200);
            }
            f << "\n]\n";
            done += perDay;
            ts = (day + 1) * 86400 + m_rng.below(40000);
        }
    }

    std::filesystem::path m_out;
    std::uint64_t m_total;
    Rng m_rng;
    std::uint64_t m_users = 0;
    std::uint64_t m_micro = 0;
    std::uint64_t m_conversationCount = 0;
    std::vector<Conversation> m_conversations;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: gen_slack_export OUT_DIR [MESSAGES=1000000] [SEED=42] [CONVERSATIONS]\n");
        return 2;
    }
    const std::uint64_t messages = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1000000;
    const std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 42;
    if (messages == 0) {
        std::fprintf(stderr, "gen_slack_export: MESSAGES must be a positive number\n");
        return 2;
    }
    const std::uint64_t conversations = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 0;
    Generator(argv[1], messages, seed, conversations).run();
    return 0;
}
