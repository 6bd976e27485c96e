// Survey codes: random, from the unambiguous alphabet, and accepted as people type them.
#include <gtest/gtest.h>

#include <set>

#include "core/secrets.h"
#include "core/survey_code.h"

namespace survey_code_test {

using namespace sk::core;

TEST(SurveyCode, NewCodesUseOnlyTheUnambiguousAlphabet) {
    init_crypto();
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const auto code = new_survey_code();
        ASSERT_EQ(code.size(), kSurveyCodeLength);
        for (char c : code) EXPECT_NE(kSurveyCodeAlphabet.find(c), std::string_view::npos) << code;
        seen.insert(code);
    }
    EXPECT_EQ(seen.size(), 200u);  // 31^8 codes: a repeat in 200 would mean the generator is broken
    for (char c : std::string("0O1IL")) EXPECT_EQ(kSurveyCodeAlphabet.find(c), std::string_view::npos) << c;
}

TEST(SurveyCode, TypedCodesAreNormalised) {
    struct Case {
        std::string typed;
        std::optional<std::string> code;
    };
    const std::vector<Case> cases = {
        {"ABCD2345", "ABCD2345"}, {"abcd-2345", "ABCD2345"}, {" abcd 2345 ", "ABCD2345"}, {"ABCD234", std::nullopt},
        {"ABCD23456", std::nullopt}, {"ABCD0345", std::nullopt}, {"ABCDO345", std::nullopt}, {"ABCDI345", std::nullopt},
        {"ABCD/345", std::nullopt}, {"", std::nullopt},
    };
    for (const auto& c : cases) EXPECT_EQ(normalize_survey_code(c.typed), c.code) << "'" << c.typed << "'";
}

}  // namespace survey_code_test
