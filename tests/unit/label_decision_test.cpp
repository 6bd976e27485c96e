// The label decision rules: validity (three years, 29 February) and when an override needs a reason.
#include <gtest/gtest.h>

#include "core/label_decision.h"
#include "core/secrets.h"

namespace label_decision_test {

using namespace sk::core;

TEST(LabelValidUntil, ThreeYearsLaterTheSameDay) {
    struct Case {
        const char* from;
        std::optional<std::string> until;
    };
    const Case cases[] = {
        {"2026-11-26", "2029-11-26"},
        {"2026-01-01", "2029-01-01"},
        {"2026-12-31", "2029-12-31"},
        {"2028-02-29", "2031-02-28"},  // leap day: never a day longer than three years
        {"2029-02-28", "2032-02-28"},  // the day before a leap day stays itself
        {"2025-02-29", std::nullopt},  // no such day
        {"2026-13-01", std::nullopt},
        {"", std::nullopt},
        {"26-11-2026", std::nullopt},
    };
    for (const auto& c : cases) EXPECT_EQ(label_valid_until(c.from), c.until) << c.from;
}

TEST(LabelParse, RoundTripsAndRejectsOthers) {
    for (auto l : {Label::none, Label::competent, Label::proficient, Label::expert}) EXPECT_EQ(parse_label(label_id(l)), l);
    for (const char* bad : {"", "None", "not_yet", "excellent", " expert"}) EXPECT_FALSE(parse_label(bad).has_value()) << bad;
}

TEST(LabelOverride, ReasonOnlyWhenTheLabelDiffers) {
    struct Case {
        Label decided, proposed;
        std::string reason;
        OverrideCheck expected;
    };
    const Case cases[] = {
        {Label::competent, Label::competent, "", OverrideCheck::ok},
        {Label::none, Label::none, "", OverrideCheck::ok},
        {Label::proficient, Label::competent, "", OverrideCheck::reason_missing},
        {Label::proficient, Label::competent, "    ", OverrideCheck::reason_missing},
        {Label::none, Label::competent, "te kort", OverrideCheck::reason_too_short},
        {Label::none, Label::competent, "  123456789  ", OverrideCheck::reason_too_short},  // 9 after trimming
        {Label::none, Label::competent, "1234567890", OverrideCheck::ok},
        {Label::expert, Label::proficient, "éééééééééé", OverrideCheck::ok},  // code points, not bytes
        {Label::expert, Label::proficient, std::string(2000, 'x'), OverrideCheck::ok},
        {Label::expert, Label::proficient, std::string(2001, 'x'), OverrideCheck::reason_too_long},
    };
    for (const auto& c : cases)
        EXPECT_EQ(check_override(c.decided, c.proposed, c.reason), c.expected)
            << label_id(c.decided) << " vs " << label_id(c.proposed) << " '" << c.reason.substr(0, 20) << "'";
}

TEST(CertificateCode, FreshCodesUseTheUnambiguousAlphabet) {
    init_crypto();
    for (int i = 0; i < 50; ++i) {
        const auto code = new_certificate_code();
        ASSERT_EQ(code.size(), kCertificateCodeLength);
        EXPECT_EQ(normalize_certificate_code(code), code);
        for (char c : std::string("01OIL")) EXPECT_EQ(code.find(c), std::string::npos) << code;
    }
}

TEST(CertificateCode, NormalizesWhatPeopleType) {
    struct Case {
        const char* typed;
        std::optional<std::string> code;
    };
    const Case cases[] = {
        {"ABCDE23456", "ABCDE23456"}, {"abcde-23456", "ABCDE23456"}, {" abc de 234 56 ", "ABCDE23456"},
        {"ABCDE2345", std::nullopt},  // too short
        {"ABCDE234567", std::nullopt},  // too long
        {"ABCDE2345O", std::nullopt},  // O is not in the alphabet
        {"", std::nullopt},          {"ABCDE/23456", std::nullopt},
    };
    for (const auto& c : cases) EXPECT_EQ(normalize_certificate_code(c.typed), c.code) << c.typed;
}

}  // namespace label_decision_test
