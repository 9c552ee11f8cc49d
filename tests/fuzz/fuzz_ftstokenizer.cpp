// libFuzzer target for the search index's tokenizer (store/ftstokenizer.h): arbitrary bytes, broken
// UTF-8 included, must give exactly the tokens and offsets SQLite's own unicode61 gives; any
// difference aborts. The input's first byte picks the remove_diacritics option.
#include "store/ftstokenizer.h"
#include "store/sqlite.h"

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace {

using Tokens = std::vector<std::tuple<std::string, int, int>>;

struct Tokenizer {
    fts5_tokenizer module{};
    Fts5Tokenizer *instance = nullptr;

    Tokenizer(sqlite3 *db, const char *removeDiacritics)
    {
        fts5_api *api = tb::core::sql::fts5Api(db);
        void *context = nullptr;
        const char *args[] = {"remove_diacritics", removeDiacritics};
        if (!api || api->xFindTokenizer(api, "unicode61", &context, &module) != SQLITE_OK ||
            module.xCreate(context, args, 2, &instance) != SQLITE_OK)
            std::abort();
    }
    ~Tokenizer() { module.xDelete(instance); }
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    Tokens tokens(const std::string &text) const
    {
        Tokens out;
        module.xTokenize(instance, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), int(text.size()),
                         [](void *c, int, const char *token, int size, int start, int end) {
                             static_cast<Tokens *>(c)->emplace_back(std::string(token, std::size_t(size)), start, end);
                             return SQLITE_OK;
                         });
        return out;
    }
};

struct Pair {
    sqlite3 *bare = nullptr;   // SQLite's own unicode61
    tb::core::sql::Database fast; // ours, installed when the connection opens
    std::vector<std::unique_ptr<Tokenizer>> builtin, ours;

    Pair()
    {
        if (sqlite3_open(":memory:", &bare) != SQLITE_OK || !fast.open(":memory:"))
            std::abort();
        for (const char *option : {"0", "1", "2"}) {
            builtin.push_back(std::make_unique<Tokenizer>(bare, option));
            ours.push_back(std::make_unique<Tokenizer>(fast.handle(), option));
        }
    }
    ~Pair()
    {
        builtin.clear(); // each tokenizer before the connection it belongs to
        ours.clear();
        sqlite3_close(bare);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Pair pair; // one pair for the whole run: the fast tokenizer's learned rules carry over
    if (size == 0)
        return 0;
    const std::size_t option = data[0] % 3;
    const std::string text(reinterpret_cast<const char *>(data) + 1, size - 1);
    if (pair.ours[option]->tokens(text) != pair.builtin[option]->tokens(text)) {
        std::fprintf(stderr, "the fast tokenizer differs from SQLite's unicode61\n");
        std::abort();
    }
    return 0;
}
