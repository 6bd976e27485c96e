// sk_fold(text), the search function of the paged lists, is the same on both databases: on SQLite the
// server's C++ fold (core::fold_search, registered on every connection), on PostgreSQL migration 019's
// translate(). Compared letter by letter over the whole letter table, plus A–Z and text it keeps.
#include <gtest/gtest.h>

#include "core/text_fold.h"
#include "support/test_db.h"

namespace {

// The code points of `text` as UTF-8 strings (the table holds one- and two-byte letters only).
std::vector<std::string> letters(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = static_cast<unsigned char>(text[i]) < 0x80 ? 1 : 2;
        out.emplace_back(text.substr(i, len));
        i += len;
    }
    return out;
}

}  // namespace

TEST(SearchFold, TheDatabaseFoldsEveryLetterOfTheTableAsCppDoes) {
    sk::test::TestDb t;
    auto all = letters(sk::core::kFoldFrom);
    for (char c = 'A'; c <= 'Z'; ++c) all.emplace_back(1, c);
    for (const char* kept : {"a", "z", "0", "-", "ß", "æ", "ŉ", "×", "Ω", "東"}) all.emplace_back(kept);
    for (const auto& letter : all)
        EXPECT_EQ(t.db().exec("SELECT sk_fold($1)", {letter}).one().str(0), sk::core::fold_search(letter)) << letter;
    // The whole table at once, and NULL.
    const std::string table(sk::core::kFoldFrom);
    EXPECT_EQ(t.db().exec("SELECT sk_fold($1)", {table}).one().str(0), sk::core::fold_search(table));
    EXPECT_FALSE(t.db().exec("SELECT sk_fold(NULL)").one().opt_str(0).has_value());
}

TEST(SearchFold, LikeOverFoldedColumnsIgnoresCaseAndAccents) {
    sk::test::TestDb t;
    auto& db = t.db();
    for (const char* name : {"Sint-Jozef", "Eeklo", "Zoë", "ÉCOLE", "Łódź"})
        db.exec("INSERT INTO organisations (name, kind, created_at) VALUES ($1, 'school', 1)", {std::string(name)});
    const auto found = [&](const std::string& q) {
        std::vector<std::string> out;
        for (const auto& r : db.exec("SELECT name FROM organisations WHERE sk_fold(name) LIKE $1 ORDER BY id",
                                     {"%" + sk::core::fold_search(q) + "%"})
                                 .rows)
            out.push_back(r.str(0));
        return out;
    };
    EXPECT_EQ(found("jozef"), (std::vector<std::string>{"Sint-Jozef"}));
    EXPECT_EQ(found("eéklo"), (std::vector<std::string>{"Eeklo"}));
    EXPECT_EQ(found("zoe"), (std::vector<std::string>{"Zoë"}));
    EXPECT_EQ(found("ecole"), (std::vector<std::string>{"ÉCOLE"}));
    EXPECT_EQ(found("LODZ"), (std::vector<std::string>{"Łódź"}));
}
