#include "core/text_fold.h"

#include <gtest/gtest.h>

using sk::core::contains_folded;
using sk::core::fold_case;

TEST(TextFold, LowersAsciiLatin1AndLatinExtendedA) {
    const struct {
        const char* in;
        const char* out;
    } rows[] = {
        {"STEM-Beleid 2026", "stem-beleid 2026"},
        {"ÉCOLE EUROPÉENNE", "école européenne"},
        {"ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ", "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ"},
        {"ß × ÷ ÿ", "ß × ÷ ÿ"},                  // no capital to fold; × and ÷ are not letters
        {"ŁÓDŹ ŚWIĘTOKRZYSKIE", "łódź świętokrzyskie"},  // Ł/Ź: odd capitals; Ś/Ę: even capitals
        {"ÇAĞLAYAN İLKOKULU", "çağlayan ilkokulu"},      // İ folds to a plain i
        {"ı", "ı"},                                       // the dotless small i stays
        {"ČEŠKÝ ŽÁK", "češký žák"},
        {"ŸSER", "ÿser"},
        {"Œuvre", "œuvre"},
        {"Ωmega 東京", "Ωmega 東京"},                    // outside Latin: kept
        {"", ""},
    };
    for (const auto& row : rows) EXPECT_EQ(fold_case(row.in), row.out) << row.in;
}

TEST(TextFold, KeepsInvalidBytesAsTheyAre) {
    const std::string broken = std::string("A\xC3") + "B\xFF\x80";
    EXPECT_EQ(fold_case(broken), std::string("a\xC3") + "b\xFF\x80");
}

TEST(TextFold, ContainsIgnoresCaseBothWays) {
    EXPECT_TRUE(contains_folded("Verslag ÉCOLE Européenne", fold_case("école")));
    EXPECT_TRUE(contains_folded("verslag école", fold_case("ÉCOLE")));
    EXPECT_TRUE(contains_folded("anything", ""));
    EXPECT_FALSE(contains_folded("Ecole", fold_case("école"))) << "accents are not removed, only case";
}

TEST(TextFold, SearchFoldStripsAccentsOfLatinLetters) {
    const struct {
        const char* in;
        const char* out;
    } rows[] = {
        {"Sint-Jozef", "sint-jozef"},
        {"eéklo", "eeklo"},
        {"Zoë", "zoe"},
        {"ÉCOLE EUROPÉENNE", "ecole europeenne"},
        {"ŁÓDŹ ŚWIĘTOKRZYSKIE", "lodz swietokrzyskie"},
        {"ÇAĞLAYAN İLKOKULU ı", "caglayan ilkokulu i"},
        {"ÆRØ Œuvre ß Þór", "æro œuvre ß þor"},  // no plain base: their small forms
        {"× ÷ ŉ", "× ÷ ŉ"},                      // not letters, or no single-letter base
        {"Ωmega 東京 123", "Ωmega 東京 123"},
        {"", ""},
    };
    for (const auto& row : rows) EXPECT_EQ(sk::core::fold_search(row.in), row.out) << row.in;
    const std::string broken = std::string("A\xC3") + "B\xFF\x80";
    EXPECT_EQ(sk::core::fold_search(broken), std::string("a\xC3") + "b\xFF\x80");
}

TEST(TextFold, SearchFoldTableIsOneCodePointToOne) {
    // Every entry is a Latin-1 or Latin Extended-A letter of two bytes; every target folds to itself (so
    // folding twice changes nothing) and is a small letter as fold_case gives it.
    ASSERT_EQ(sk::core::kFoldFrom.size(), 2 * 181u);
    std::size_t j = 0;
    for (std::size_t i = 0; i < sk::core::kFoldFrom.size(); i += 2) {
        const auto from = sk::core::kFoldFrom.substr(i, 2);
        const std::size_t len = static_cast<unsigned char>(sk::core::kFoldTo[j]) < 0x80 ? 1 : 2;
        const auto to = std::string(sk::core::kFoldTo.substr(j, len));
        j += len;
        EXPECT_EQ(sk::core::fold_search(from), to) << from;
        EXPECT_EQ(sk::core::fold_search(to), to) << to;
        EXPECT_EQ(fold_case(to), to) << to;
    }
    EXPECT_EQ(j, sk::core::kFoldTo.size());
}
