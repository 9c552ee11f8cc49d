#include "ftsphrase.h"

#include "ftstokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace tb::core::sql {

namespace {

// The project's tokenizer, as the messages_fts definition names it (schema.cpp).
constexpr const char *kTokenizerArgs[] = {"remove_diacritics", "2"};

// One instance of the tokenizer, made once per connection.
class Tokenizer {
public:
    static std::unique_ptr<Tokenizer> make(sqlite3 *db)
    {
        fts5_api *api = fts5Api(db);
        if (!api)
            return nullptr;
        auto tokenizer = std::unique_ptr<Tokenizer>(new Tokenizer);
        void *context = nullptr;
        if (api->xFindTokenizer(api, "unicode61", &context, &tokenizer->m_module) != SQLITE_OK ||
            tokenizer->m_module.xCreate(context, const_cast<const char **>(kTokenizerArgs), 2, &tokenizer->m_instance) !=
                SQLITE_OK)
            return nullptr;
        return tokenizer;
    }
    ~Tokenizer()
    {
        if (m_instance)
            m_module.xDelete(m_instance);
    }
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    bool tokens(std::string_view text, std::vector<std::string> &out)
    {
        out.clear();
        const auto add = [](void *context, int, const char *token, int size, int, int) {
            static_cast<std::vector<std::string> *>(context)->emplace_back(token, static_cast<std::size_t>(size));
            return SQLITE_OK;
        };
        return m_module.xTokenize(m_instance, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), static_cast<int>(text.size()),
                                  add) == SQLITE_OK;
    }

private:
    Tokenizer() = default;
    fts5_tokenizer m_module{};
    Fts5Tokenizer *m_instance = nullptr;
};

struct Phrase {
    std::vector<std::string> tokens;
    bool lastIsPrefix = false;
};

std::vector<Phrase> parseSpec(std::string_view spec)
{
    std::vector<Phrase> phrases;
    std::size_t start = 0;
    while (start <= spec.size()) {
        const std::size_t end = std::min(spec.find('\n', start), spec.size());
        Phrase phrase;
        std::string_view line = spec.substr(start, end - start);
        while (!line.empty()) {
            const std::size_t space = std::min(line.find(' '), line.size());
            phrase.tokens.emplace_back(line.substr(0, space));
            line.remove_prefix(std::min(line.size(), space + 1));
        }
        if (!phrase.tokens.empty() && phrase.tokens.back().ends_with('*')) {
            phrase.tokens.back().pop_back();
            phrase.lastIsPrefix = true;
        }
        if (!phrase.tokens.empty())
            phrases.push_back(std::move(phrase));
        start = end + 1;
    }
    return phrases;
}

bool holds(const std::vector<std::string> &words, const Phrase &phrase)
{
    const std::size_t n = phrase.tokens.size();
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
        std::size_t k = 0;
        for (; k < n; ++k) {
            const bool last = k + 1 == n;
            const bool same = last && phrase.lastIsPrefix ? words[i + k].starts_with(phrase.tokens[k])
                                                          : words[i + k] == phrase.tokens[k];
            if (!same)
                break;
        }
        if (k == n)
            return true;
    }
    return false;
}

struct Connection {
    std::unique_ptr<Tokenizer> tokenizer;
    std::vector<std::string> words; // scratch, reused from row to row
};

void phrasesFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *connection = static_cast<Connection *>(sqlite3_user_data(context));
    std::vector<Phrase> parsed;
    const auto *phrases = static_cast<const std::vector<Phrase> *>(sqlite3_get_auxdata(context, 1));
    if (!phrases) {
        const auto *spec = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
        parsed = parseSpec(spec ? spec : "");
        phrases = &parsed;
        // The spec is the same on every row: SQLite keeps this copy for the statement's next rows.
        sqlite3_set_auxdata(context, 1, new std::vector<Phrase>(parsed),
                            [](void *p) { delete static_cast<std::vector<Phrase> *>(p); });
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    if (!connection->tokenizer->tokens(std::string_view(text ? text : "", static_cast<std::size_t>(size)), connection->words)) {
        sqlite3_result_error(context, "cannot tokenize the message text", -1);
        return;
    }
    const bool all = std::all_of(phrases->begin(), phrases->end(),
                                 [&](const Phrase &phrase) { return holds(connection->words, phrase); });
    sqlite3_result_int(context, all ? 1 : 0);
}

} // namespace

std::vector<std::string> fullTextTokens(sqlite3 *db, std::string_view text)
{
    std::vector<std::string> tokens;
    if (auto tokenizer = Tokenizer::make(db))
        tokenizer->tokens(text, tokens);
    return tokens;
}

std::string phraseSpec(const std::vector<std::vector<std::string>> &phrases, bool lastIsPrefix)
{
    std::string spec;
    for (const auto &phrase : phrases) {
        if (!spec.empty())
            spec += '\n';
        for (std::size_t i = 0; i < phrase.size(); ++i) {
            if (i)
                spec += ' ';
            spec += phrase[i]; // tokens never hold a space, a newline or '*': those separate words
        }
    }
    if (lastIsPrefix && !spec.empty())
        spec += '*';
    return spec;
}

bool installPhraseFunction(sqlite3 *db)
{
    auto connection = std::make_unique<Connection>();
    connection->tokenizer = Tokenizer::make(db);
    if (!connection->tokenizer)
        return false;
    // Owned by the connection from here: freed when it closes, or at once if this fails.
    return sqlite3_create_function_v2(db, "tb_phrases", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, connection.release(),
                                      phrasesFunction, nullptr, nullptr,
                                      [](void *p) { delete static_cast<Connection *>(p); }) == SQLITE_OK;
}

} // namespace tb::core::sql
