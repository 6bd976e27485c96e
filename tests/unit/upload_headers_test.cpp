// Upload metadata headers: decoding, checks and defaults, one row per case.
#include <gtest/gtest.h>

#include "core/upload_headers.h"

namespace upload_headers_test {

using namespace sk::core;

TEST(UploadHeaders, PercentDecodingAcceptsOnlyValidUtf8) {
    struct Case {
        std::string in;
        std::optional<std::string> out;
    };
    const std::vector<Case> cases = {
        {"plan.pdf", "plan.pdf"},
        {"Plan%202026.pdf", "Plan 2026.pdf"},
        {"a+b", "a+b"},                              // not form encoding
        {"%C3%A9t%C3%A9", "\xC3\xA9t\xC3\xA9"},      // été
        {"%e2%82%ac", "\xE2\x82\xAC"},               // € in lower-case hex
        {"%F0%9F%8E%93", "\xF0\x9F\x8E\x93"},        // an emoji (4 bytes)
        {"%", std::nullopt},
        {"%4", std::nullopt},
        {"%zz", std::nullopt},
        {"%C3", std::nullopt},                       // cut-off sequence
        {"%C0%AF", std::nullopt},                    // overlong '/'
        {"%E0%80%AF", std::nullopt},                 // overlong '/'
        {"%ED%A0%80", std::nullopt},                 // surrogate
        {"%F4%90%80%80", std::nullopt},              // above U+10FFFF
        {"%FF", std::nullopt},
        {"\xC3\xA9", "\xC3\xA9"},                    // raw UTF-8 passes as is
        {"\xE9", std::nullopt},                      // raw Latin-1 does not
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(percent_decode_utf8(c.in), c.out) << "'" << c.in << "'";
}

TEST(UploadHeaders, PathPartsAreStripped) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"plan.pdf", "plan.pdf"}, {"../../etc/passwd", "passwd"}, {"C:\\Users\\x\\plan.pdf", "plan.pdf"},
        {"/abs/path/ report.pdf ", "report.pdf"}, {"dir/", ""}, {"..", ".."},
    };
    for (const auto& [in, out] : cases) EXPECT_EQ(strip_path(in), out) << in;
}

TEST(UploadHeaders, CriteriaLists) {
    using V = std::vector<std::string>;
    const std::vector<std::pair<std::string, std::optional<V>>> cases = {
        {"", V{}},
        {"  ", V{}},
        {"C01", V{"C01"}},
        {"C01,C07", V{"C01", "C07"}},
        {" C01 , C07 ", V{"C01", "C07"}},
        {"C01,C01", V{"C01"}},
        {"C01,", std::nullopt},
        {",C01", std::nullopt},
        {"C01;C02", std::nullopt},
        {"C0 1", std::nullopt},
        {std::string(21, 'C'), std::nullopt},
        {"C%30", std::nullopt},
    };
    for (const auto& [in, out] : cases) EXPECT_EQ(parse_criteria_list(in), out) << "'" << in << "'";
    std::string many;
    for (int i = 0; i <= 50; ++i) many += (i ? "," : "") + std::string("X") + std::to_string(i);
    EXPECT_EQ(parse_criteria_list(many), std::nullopt);
}

TEST(UploadHeaders, WholeHeaderSets) {
    struct Case {
        std::string name;
        RawUploadHeaders raw;
        std::string file_name, title, description;
        std::vector<std::string> criteria;
        std::map<std::string, std::string> problems;  // field -> message key
    };
    const std::string long_title(201, 'a');
    const std::vector<Case> cases = {
        {"name only", {"Plan%202026.pdf", {}, {}, {}}, "Plan 2026.pdf", "Plan 2026", "", {}, {}},
        {"everything", {"plan.pdf", "Ons%20plan", "Regel%201%0ARegel%202", "C01,C02"}, "plan.pdf", "Ons plan", "Regel 1\nRegel 2",
         {"C01", "C02"}, {}},
        {"name with path", {"..%2F..%2Fsecret.pdf", {}, {}, {}}, "secret.pdf", "secret", "", {}, {}},
        {"no extension", {"notes", {}, {}, {}}, "notes", "notes", "", {}, {}},
        {"all extension", {".profile", {}, {}, {}}, ".profile", ".profile", "", {}, {}},
        {"empty title falls back", {"a.pdf", "%20", {}, {}}, "a.pdf", "a", "", {}, {}},
        {"missing name", {{}, "t", {}, {}}, "", "t", "", {}, {{"fileName", "field.required"}}},
        {"blank name", {"  ", {}, {}, {}}, "", "", "", {}, {{"fileName", "field.required"}}},
        {"name is a folder", {"a%2F", {}, {}, {}}, "", "", "", {}, {{"fileName", "field.file_name"}}},
        {"name dot-dot", {"..", {}, {}, {}}, "..", "", "", {}, {{"fileName", "field.file_name"}}},
        {"bad escape", {"a%2", {}, {}, {}}, "", "", "", {}, {{"fileName", "field.header_encoding"}}},
        {"not utf-8", {"a%E9.pdf", {}, {}, {}}, "", "", "", {}, {{"fileName", "field.header_encoding"}}},
        {"control character in name", {"a%00.pdf", {}, {}, {}}, "", "", "", {}, {{"fileName", "field.control_characters"}}},
        {"newline in name", {"a%0A.pdf", {}, {}, {}}, "", "", "", {}, {{"fileName", "field.control_characters"}}},
        {"bidi override in name", {"invoice%E2%80%AEfdp.exe", {}, {}, {}}, "", "", "", {}, {{"fileName", "field.control_characters"}}},
        {"name too long", {std::string(201, 'n'), {}, {}, {}}, std::string(201, 'n'), "", "", {}, {{"fileName", "field.too_long"}}},
        {"title too long", {"a.pdf", long_title, {}, {}}, "a.pdf", "", "", {}, {{"title", "field.too_long"}}},
        {"title control", {"a.pdf", "x%09y", {}, {}}, "a.pdf", "", "", {}, {{"title", "field.control_characters"}}},
        {"description tab ok, NUL not", {"a.pdf", {}, "x%00", {}}, "a.pdf", "a", "", {}, {{"description", "field.control_characters"}}},
        {"description too long", {"a.pdf", {}, std::string(2001, 'd'), {}}, "a.pdf", "a", "", {}, {{"description", "field.too_long"}}},
        {"bad criteria", {"a.pdf", {}, {}, "C01;C02"}, "a.pdf", "a", "", {}, {{"criterionIds", "field.criteria_list"}}},
        {"several problems at once", {"%", "%", "%", ","}, "", "", "", {},
         {{"fileName", "field.header_encoding"}, {"title", "field.header_encoding"}, {"description", "field.header_encoding"},
          {"criterionIds", "field.criteria_list"}}},
    };
    for (const auto& c : cases) {
        const auto h = parse_upload_headers(c.raw);
        std::map<std::string, std::string> problems;
        for (const auto& [field, p] : h.problems) problems[field] = p.key;
        EXPECT_EQ(problems, c.problems) << c.name;
        if (!c.problems.contains("fileName")) {
            EXPECT_EQ(h.file_name, c.file_name) << c.name;
        }
        if (!c.problems.contains("title") && !c.problems.contains("fileName")) {
            EXPECT_EQ(h.title, c.title) << c.name;
        }
        if (c.problems.empty()) {
            EXPECT_EQ(h.description, c.description) << c.name;
            EXPECT_EQ(h.criterion_ids, c.criteria) << c.name;
        }
    }
}

TEST(UploadHeaders, LengthsCountCodePointsNotBytes) {
    std::string title;
    for (int i = 0; i < 200; ++i) title += "%C3%A9";  // 200 × é = 400 bytes
    const auto h = parse_upload_headers({"a.pdf", title, {}, {}});
    EXPECT_TRUE(h.problems.empty());
    EXPECT_EQ(code_points(h.title), 200u);
}

}  // namespace upload_headers_test
