#pragma once

// One connection's "unicode61" FTS5 tokenizer, for what compares the project's fast one (installed
// on every sql::Database) with SQLite's own (on a bare connection): the tokenizer test and
// fuzz_ftstokenizer. Plain C++, no Qt.
#include "store/ftstokenizer.h"

#include <sqlite3.h>

#include <string>
#include <tuple>
#include <vector>

namespace tb::test {

using Token = std::tuple<std::string, int, int>;

// One connection's "unicode61", created with ARGS.
class Unicode61 {
public:
    Unicode61(sqlite3 *db, const std::vector<const char *> &args)
    {
        fts5_api *api = core::sql::fts5Api(db);
        void *context = nullptr;
        if (!api || api->xFindTokenizer(api, "unicode61", &context, &m_module) != SQLITE_OK)
            return;
        m_rc = m_module.xCreate(context, const_cast<const char **>(args.data()), int(args.size()), &m_tokenizer);
    }
    ~Unicode61()
    {
        if (m_tokenizer)
            m_module.xDelete(m_tokenizer);
    }
    Unicode61(const Unicode61 &) = delete;
    Unicode61 &operator=(const Unicode61 &) = delete;
    int createResult() const { return m_rc; }

    // Tokens of TEXT; stops after STOPAFTER tokens by answering SQLITE_DONE, as snippet() does.
    std::vector<Token> tokens(const std::string &text, int stopAfter = -1, int *rc = nullptr) const
    {
        struct Collect {
            std::vector<Token> out;
            int stopAfter;
        } collect{{}, stopAfter};
        const auto callback = [](void *c, int, const char *token, int size, int start, int end) {
            auto *self = static_cast<Collect *>(c);
            self->out.emplace_back(std::string(token, std::size_t(size)), start, end);
            return int(self->out.size()) == self->stopAfter ? SQLITE_DONE : SQLITE_OK;
        };
        const int result = m_module.xTokenize(m_tokenizer, &collect, FTS5_TOKENIZE_DOCUMENT, text.data(),
                                              int(text.size()), callback);
        if (rc)
            *rc = result;
        return collect.out;
    }

private:
    fts5_tokenizer m_module{};
    Fts5Tokenizer *m_tokenizer = nullptr;
    int m_rc = SQLITE_ERROR;
};

} // namespace tb::test
