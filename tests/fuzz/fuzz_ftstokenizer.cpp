// libFuzzer target for the search index's tokenizer (store/ftstokenizer.h): arbitrary bytes, broken
// UTF-8 included, must give exactly the tokens and offsets SQLite's own unicode61 gives; any
// difference aborts. The input's first byte picks the remove_diacritics option.
#include "store/sqlite.h"
#include "support/unicode61.h"

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace {

using tb::test::Unicode61;

struct Pair {
    sqlite3 *bare = nullptr;       // SQLite's own unicode61
    tb::core::sql::Database fast; // ours, installed when the connection opens
    std::vector<std::unique_ptr<Unicode61>> builtin, ours;

    Pair()
    {
        if (sqlite3_open(":memory:", &bare) != SQLITE_OK || !fast.open(":memory:"))
            std::abort();
        for (const char *option : {"0", "1", "2"}) {
            builtin.push_back(std::make_unique<Unicode61>(bare, std::vector<const char *>{"remove_diacritics", option}));
            ours.push_back(std::make_unique<Unicode61>(fast.handle(), std::vector<const char *>{"remove_diacritics", option}));
            if (builtin.back()->createResult() != SQLITE_OK || ours.back()->createResult() != SQLITE_OK)
                std::abort();
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
