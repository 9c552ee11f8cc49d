// Writes a seeded chat-like multilingual corpus for the tokenizer benchmark: one JSON line
// {"text": "..."} per message (English-heavy, with Spanish, Portuguese, German, Russian, Chinese,
// Japanese, Arabic and Hindi, emoji, Slack mrkdwn, links, numbers and code blocks).
// Usage: gen_chat_corpus OUT.jsonl [MEGABYTES=30] [SEED=42]
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

const std::vector<std::vector<std::string_view>> kLanguages = {
    {"the", "deploy", "is", "done", "can", "you", "check", "logs", "I", "think", "we", "should", "ship", "it",
        "today", "meeting", "moved", "to", "tomorrow", "thanks", "for", "the", "review", "looks", "good", "me",
        "don't", "it's", "we'll", "they're", "Kubernetes", "cluster", "upgrade", "finished", "without", "errors",
        "lunch", "anyone", "nachos", "again", "weekend", "plans", "coffee", "budget", "Q3", "roadmap"},
    {"hola", "qué", "tal", "mañana", "tenemos", "reunión", "con", "el", "equipo", "gracias", "por", "todo"},
    {"olá", "tudo", "bem", "vamos", "almoçar", "amanhã", "obrigado", "pela", "ajuda", "não", "sei", "ainda"},
    {"guten", "Morgen", "das", "Meeting", "ist", "verschoben", "können", "wir", "später", "telefonieren", "Grüße"},
    {"привет", "как", "дела", "завтра", "созвон", "в", "десять", "спасибо", "большое", "отлично", "работает"},
    {"我们", "明天", "开会", "好的", "谢谢", "没问题", "这个", "版本", "已经", "发布", "了"},
    {"おはよう", "ございます", "明日", "の", "会議", "は", "十時", "です", "よろしく", "お願いします"},
    {"مرحبا", "كيف", "حالك", "الاجتماع", "غدا", "شكرا", "جزيلا", "تمام"},
    {"नमस्ते", "कल", "मीटिंग", "है", "धन्यवाद", "ठीक", "है", "भाई"},
};
const std::vector<std::string_view> kExtras = {"😂", "👍", "🙏🏽", "🎉", "❤️", "👨‍👩‍👧", "🇧🇷", ":thumbsup:",
    "<@U024BE7LH>", "<#C123|general>", "<https://example.com/docs?id=42|the docs>", "*important*", "_maybe_",
    "`kubectl get pods`", "https://github.com/org/repo/pull/1234", "!!!", "???", "...", "lol", "+1"};
const std::vector<std::string_view> kCode = {
    "```\nfor (int i = 0; i < n; ++i) {\n    total += values[i];\n}\n```",
    "```python\ndef handler(event, context):\n    return {\"statusCode\": 200, \"body\": json.dumps(event)}\n```",
    "```\n$ docker compose up -d && docker logs -f api\n```",
    "```sql\nSELECT user_id, COUNT(*) FROM messages WHERE ts > '2024-01-01' GROUP BY user_id;\n```"};

void appendJsonString(std::string &out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    out += '"';
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: gen_chat_corpus OUT.jsonl [MEGABYTES=30] [SEED=42]\n");
        return 2;
    }
    const double megabytes = argc > 2 ? std::stod(argv[2]) : 30.0;
    std::mt19937_64 random(argc > 3 ? std::stoull(argv[3]) : 42);
    const auto below = [&](std::uint64_t n) { return random() % n; };
    std::ofstream out(argv[1], std::ios::binary);
    std::size_t textBytes = 0;
    std::size_t messages = 0;
    std::string line;
    while (textBytes < megabytes * 1e6) {
        // Most messages are English; one in three is in another language.
        const auto &words = below(3) == 0 ? kLanguages[1 + below(kLanguages.size() - 1)] : kLanguages[0];
        std::string text;
        const std::uint64_t length = below(20) == 0 ? 60 + below(300) : 2 + below(30);
        const bool spaced = words[0] != "我们" && words[0] != "おはよう";
        for (std::uint64_t i = 0; i < length; ++i) {
            if (!text.empty() && (spaced || below(4) == 0))
                text += below(25) == 0 ? (below(2) ? ",  " : ". ") : " ";
            if (below(12) == 0)
                text += kExtras[below(kExtras.size())];
            else if (below(30) == 0)
                text += std::to_string(below(100000));
            else
                text += words[below(words.size())];
            if (below(40) == 0)
                text += below(3) ? "\n" : "\n\n";
        }
        if (below(40) == 0)
            text += "\n" + std::string(kCode[below(kCode.size())]);
        if (below(2) == 0)
            text += below(3) ? "." : (below(2) ? "!" : "?");
        line.clear();
        line += "{\"text\":";
        appendJsonString(line, text);
        line += "}\n";
        out << line;
        textBytes += text.size();
        ++messages;
    }
    std::printf("%zu messages, %.1f MB of text\n", messages, static_cast<double>(textBytes) / 1e6);
    return out ? 0 : 1;
}
