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
