#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <unistd.h>

#include "core/framework.h"
#include "support/file_readers.h"
#include "support/paths.h"

namespace framework_test {

using namespace sk::core;
namespace json = boost::json;
namespace fs = std::filesystem;
using sk::test::read_file;
using testing::ElementsAreArray;
using testing::HasSubstr;
using testing::StartsWith;

namespace {

const fs::path kFrameworks = fs::path(SK_SOURCE_DIR) / "data" / "frameworks";

std::string errors_of(const LoadResult& r) {
    std::string s;
    for (const auto& e : r.errors) s += "\n  " + e;
    return s;
}

// ---- the real data file ---------------------------------------------------------------------------

TEST(FrameworkData, EuStemSchoolLabelLoads) {
    const auto r = load_framework(read_file(kFrameworks / "eu-stem-school-label.json"));
    ASSERT_TRUE(r.ok()) << errors_of(r);
    const Framework& fw = *r.framework;
    EXPECT_EQ(fw.id, "eu-stem-school-label");
    EXPECT_FALSE(fw.version.empty());
    EXPECT_EQ(fw.label_rule.min_criteria_at_level, 17);
    EXPECT_EQ(fw.label_rule.max_levels_below, 1);
    ASSERT_EQ(fw.elements.size(), 7u);
    ASSERT_EQ(fw.criteria.size(), 21u);
    EXPECT_EQ(fw.level_names[rank(Level::not_yet)].nl, "Nog niet");
    EXPECT_EQ(fw.level_names[rank(Level::expert)].en, "Expert");

    for (std::size_t i = 0; i < fw.elements.size(); ++i) {
        EXPECT_EQ(fw.elements[i].id, "E" + std::to_string(i + 1));
        EXPECT_EQ(fw.elements[i].number, static_cast<int>(i + 1));
    }
    // The seed groups the 21 criteria 3-3-2-3-3-5-2 over the 7 key elements.
    const std::vector<std::size_t> per_element = {3, 3, 2, 3, 3, 5, 2};
    for (std::size_t i = 0; i < fw.elements.size(); ++i)
        EXPECT_EQ(fw.criteria_of(fw.elements[i].id).size(), per_element[i]) << fw.elements[i].id;
    EXPECT_EQ(fw.find_criterion("C15")->element_id, "E6");
    EXPECT_EQ(fw.find_criterion("C15")->name.nl, "Samenwerking met de industrie");
    EXPECT_EQ(fw.find_element("E4")->name.en, "Professionalisation of staff");
    EXPECT_EQ(fw.find_criterion("C22"), nullptr);
}

TEST(FrameworkData, EveryCriterionHasOwnDescriptorsInBothLanguages) {
    const auto r = load_framework(read_file(kFrameworks / "eu-stem-school-label.json"));
    ASSERT_TRUE(r.ok()) << errors_of(r);
    std::set<std::string> seen_nl, seen_en;
    for (std::size_t i = 0; i < r.framework->criteria.size(); ++i) {
        const Criterion& c = r.framework->criteria[i];
        char id[24];
        std::snprintf(id, sizeof id, "C%02zu", i + 1);
        EXPECT_EQ(c.id, id);
        EXPECT_EQ(c.number, static_cast<int>(i + 1));
        for (Level l : {Level::not_yet, Level::competent, Level::proficient, Level::expert}) {
            const Text& d = c.descriptor(l);
            EXPECT_GE(d.nl.size(), 20u) << c.id << " " << level_id(l);
            EXPECT_GE(d.en.size(), 20u) << c.id << " " << level_id(l);
            EXPECT_NE(d.nl, d.en) << c.id << " " << level_id(l) << ": untranslated";
            // Each descriptor is written for its criterion and level, never copied from another.
            EXPECT_TRUE(seen_nl.insert(d.nl).second) << c.id << " " << level_id(l) << " repeats: " << d.nl;
            EXPECT_TRUE(seen_en.insert(d.en).second) << c.id << " " << level_id(l) << " repeats: " << d.en;
        }
    }
    EXPECT_EQ(seen_nl.size(), 21u * 4u);
}

TEST(FrameworkData, FolderLoadsWithoutErrors) {
    const auto r = load_frameworks_dir(kFrameworks);
    EXPECT_THAT(r.errors, testing::IsEmpty());
    ASSERT_GE(r.frameworks.size(), 1u);
}

// ---- broken documents -----------------------------------------------------------------------------

// Small but complete: two elements, three criteria. Each row below breaks one thing in it.
constexpr const char* kMinimal = R"({
  "id": "mini", "version": "1",
  "name": {"nl": "Mini", "en": "Mini"},
  "description": {"nl": "Klein kader", "en": "Small framework"},
  "levels": [
    {"id": "not_yet", "name": {"nl": "Nog niet", "en": "Not yet"}},
    {"id": "competent", "name": {"nl": "Competent", "en": "Competent"}},
    {"id": "proficient", "name": {"nl": "Proficient", "en": "Proficient"}},
    {"id": "expert", "name": {"nl": "Expert", "en": "Expert"}}
  ],
  "labelRule": {"minCriteriaAtLevel": 2, "maxLevelsBelow": 1},
  "elements": [
    {"id": "E1", "number": 1, "name": {"nl": "Een", "en": "One"}, "description": {"nl": "e1", "en": "e1"}},
    {"id": "E2", "number": 2, "name": {"nl": "Twee", "en": "Two"}, "description": {"nl": "e2", "en": "e2"}}
  ],
  "criteria": [
    {"id": "C01", "number": 1, "element": "E1", "name": {"nl": "a", "en": "a"}, "description": {"nl": "a", "en": "a"},
     "descriptors": {"not_yet": {"nl": "a0", "en": "a0e"}, "competent": {"nl": "a1", "en": "a1e"},
                     "proficient": {"nl": "a2", "en": "a2e"}, "expert": {"nl": "a3", "en": "a3e"}}},
    {"id": "C02", "number": 2, "element": "E1", "name": {"nl": "b", "en": "b"}, "description": {"nl": "b", "en": "b"},
     "descriptors": {"not_yet": {"nl": "b0", "en": "b0e"}, "competent": {"nl": "b1", "en": "b1e"},
                     "proficient": {"nl": "b2", "en": "b2e"}, "expert": {"nl": "b3", "en": "b3e"}}},
    {"id": "C03", "number": 3, "element": "E2", "name": {"nl": "c", "en": "c"}, "description": {"nl": "c", "en": "c"},
     "descriptors": {"not_yet": {"nl": "c0", "en": "c0e"}, "competent": {"nl": "c1", "en": "c1e"},
                     "proficient": {"nl": "c2", "en": "c2e"}, "expert": {"nl": "c3", "en": "c3e"}}}
  ]
})";

using Mutation = std::function<void(json::value&)>;

// `ptr` is a JSON Pointer (RFC 6901) to the object to change.
Mutation erase(std::string ptr, std::string key) {
    return [=](json::value& doc) { doc.at_pointer(ptr).as_object().erase(key); };
}
Mutation set(std::string ptr, std::string key, json::value v) {
    return [=](json::value& doc) { doc.at_pointer(ptr).as_object()[key] = v; };
}
Mutation then(Mutation a, Mutation b) {
    return [=](json::value& doc) { a(doc); b(doc); };
}

struct Broken {
    const char* name;
    Mutation mutate;
    std::vector<std::string> errors;  // exactly these, in this order
};

// Failure output names the row instead of dumping its bytes.
void PrintTo(const Broken& b, std::ostream* os) { *os << b.name; }

const std::vector<Broken> kBroken = {
    {"descriptor_language_missing", erase("/criteria/1/descriptors/expert", "en"),
     {"criteria[1].descriptors.expert.en: missing"}},
    {"descriptor_level_missing", erase("/criteria/0/descriptors", "proficient"),
     {"criteria[0].descriptors.proficient: missing"}},
    {"descriptor_extra_level", set("/criteria/0/descriptors", "excellent", json::parse(R"({"nl":"x","en":"x"})")),
     {"criteria[0].descriptors.excellent: unknown level (expected one of: not_yet, competent, proficient, expert)"}},
    {"descriptor_extra_language", set("/criteria/2/descriptors/competent", "de", "x"),
     {"criteria[2].descriptors.competent.de: unknown language (expected one of: nl, en)"}},
    {"descriptor_blank", set("/criteria/2/descriptors/not_yet", "nl", "   "),
     {"criteria[2].descriptors.not_yet.nl: must not be empty"}},
    {"descriptor_not_text", set("/criteria/0/descriptors/expert", "nl", 3),
     {"criteria[0].descriptors.expert.nl: expected a string, got a number"}},
    {"descriptors_wrong_type", set("/criteria/0", "descriptors", "all good"),
     {"criteria[0].descriptors: expected an object, got a string"}},
    {"name_wrong_type", set("/criteria/1", "name", json::array{"a"}),
     {"criteria[1].name: expected an object, got an array"}},
    {"root_id_missing", erase("", "id"), {"id: missing"}},
    {"root_id_bad_characters", set("", "id", "eu stem"),
     {R"(id: must contain only letters, digits, '.', '_' or '-', got "eu stem")"}},
    {"version_wrong_type", set("", "version", 2024), {"version: expected a string, got a number"}},
    {"unknown_root_key", set("", "critera", json::array{}),
     {"critera: unknown key (expected one of: id, version, name, description, levels, labelRule, elements, criteria)"}},
    {"unknown_key_needing_quotes", set("/elements/0", "a.b", 1),
     {R"(elements[0]["a.b"]: unknown key (expected one of: id, number, name, description))"}},
    {"duplicate_criterion_id", set("/criteria/1", "id", "C01"),
     {R"(criteria[1].id: duplicate id "C01" (also criteria[0]))"}},
    {"duplicate_criterion_number", set("/criteria/2", "number", 1),
     {"criteria[2].number: duplicate number 1 (also criteria[0])"}},
    {"duplicate_element_id", set("/elements/1", "id", "E1"),
     {R"(elements[1].id: duplicate id "E1" (also elements[0]))", R"(criteria[2].element: unknown element "E2")"}},
    {"criterion_unknown_element", set("/criteria/2", "element", "E9"),
     {R"(criteria[2].element: unknown element "E9")", R"(elements[1]: element "E2" has no criteria)"}},
    {"criterion_element_missing", erase("/criteria/0", "element"),
     {"criteria[0].element: missing"}},
    {"number_not_integer", set("/elements/0", "number", 1.5),
     {"elements[0].number: expected a whole number, got a decimal number"}},
    {"number_zero", set("/elements/0", "number", 0), {"elements[0].number: must be between 1 and 999, got 0"}},
    {"rule_min_above_criteria", set("/labelRule", "minCriteriaAtLevel", 4),
     {"labelRule.minCriteriaAtLevel: must be between 1 and 3 (the number of criteria), got 4"}},
    {"rule_min_zero", set("/labelRule", "minCriteriaAtLevel", 0),
     {"labelRule.minCriteriaAtLevel: must be between 1 and 3 (the number of criteria), got 0"}},
    {"rule_min_huge", set("/labelRule", "minCriteriaAtLevel", json::value(18446744073709551615ull)),
     {"labelRule.minCriteriaAtLevel: must be between 1 and 3 (the number of criteria), got 18446744073709551615"}},
    {"rule_max_below_out_of_range", set("/labelRule", "maxLevelsBelow", 4),
     {"labelRule.maxLevelsBelow: must be between 0 and 3, got 4"}},
    {"rule_max_below_negative", set("/labelRule", "maxLevelsBelow", -1),
     {"labelRule.maxLevelsBelow: must be between 0 and 3, got -1"}},
    {"rule_as_string", set("/labelRule", "minCriteriaAtLevel", "17"),
     {"labelRule.minCriteriaAtLevel: expected a whole number, got a string"}},
    {"rule_missing", erase("", "labelRule"), {"labelRule: missing"}},
    {"levels_out_of_order",
     then(set("/levels/1", "id", "proficient"), set("/levels/2", "id", "competent")),
     {R"(levels[1].id: expected "competent" (levels go not_yet, competent, proficient, expert), got "proficient")",
      R"(levels[2].id: expected "proficient" (levels go not_yet, competent, proficient, expert), got "competent")"}},
    {"levels_too_few", [](json::value& d) { d.at_pointer("/levels").as_array().pop_back(); },
     {"levels: expected 4 levels (not_yet, competent, proficient, expert), got 3"}},
    {"criteria_not_array", set("", "criteria", json::object{}), {"criteria: expected an array, got an object"}},
    {"criteria_empty", set("", "criteria", json::array{}), {"criteria: must not be empty"}},
    {"criterion_not_object", [](json::value& d) { d.at_pointer("/criteria").as_array()[1] = nullptr; },
     {"criteria[1]: expected an object, got null"}},
    {"several_problems_at_once",
     then(erase("/criteria/0/descriptors/expert", "en"), set("/elements/1", "name", true)),
     {"elements[1].name: expected an object, got true/false", "criteria[0].descriptors.expert.en: missing"}},
};

class BrokenDocument : public testing::TestWithParam<Broken> {};

TEST_P(BrokenDocument, ReportsThePath) {
    json::value doc = json::parse(kMinimal);
    GetParam().mutate(doc);
    const auto r = load_framework(json::serialize(doc));
    EXPECT_FALSE(r.framework.has_value());
    EXPECT_THAT(r.errors, ElementsAreArray(GetParam().errors));
}

INSTANTIATE_TEST_SUITE_P(Rows, BrokenDocument, testing::ValuesIn(kBroken),
                         [](const testing::TestParamInfo<Broken>& info) { return std::string(info.param.name); });

TEST(Framework, RepeatedKeysAreErrorsNotSilentlyDropped) {
    // json::value would keep only the last "en"; the loader must notice that there were two.
    std::string text = kMinimal;
    const std::string one = R"("expert": {"nl": "b3", "en": "b3e"})";
    const auto pos = text.find(one);
    ASSERT_NE(pos, std::string::npos);
    text.replace(pos, one.size(), R"("expert": {"nl": "b3", "en": "b3e", "en": "other"}, "expert": {"nl": "x", "en": "y"})");
    text.replace(text.find(R"("version": "1")"), 14, R"("version": "1", "version": "2")");
    const auto r = load_framework(text);
    EXPECT_FALSE(r.ok());
    EXPECT_THAT(r.errors, ElementsAreArray(std::vector<std::string>{
                              "version: duplicate key", "criteria[1].descriptors.expert.en: duplicate key",
                              "criteria[1].descriptors.expert: duplicate key"}));
}

TEST(Framework, MinimalDocumentLoads) {
    // Guards the table above: every row must break a document that is otherwise valid.
    const auto r = load_framework(kMinimal);
    ASSERT_TRUE(r.ok()) << errors_of(r);
    EXPECT_EQ(r.framework->criteria.size(), 3u);
    EXPECT_EQ(r.framework->criteria[2].descriptor(Level::proficient).en, "c2e");
    EXPECT_EQ(r.framework->criteria[0].descriptor(Level::not_yet).in(Language::nl), "a0");
    EXPECT_EQ(r.framework->label_rule.min_criteria_at_level, 2);
}

TEST(Framework, NonJsonInputGivesOneReadableError) {
    const std::vector<std::string> inputs = {"", "{", "{\"id\": }", "[1, 2]", "null", "\"text\"",
                                             std::string("{\"id\": \"\xff\xfe\"}"),
                                             std::string(100, '[') + std::string(100, ']')};
    for (const auto& in : inputs) {
        const auto r = load_framework(in);
        EXPECT_FALSE(r.ok()) << in;
        ASSERT_EQ(r.errors.size(), 1u) << in << errors_of(r);
        EXPECT_THAT(r.errors[0], StartsWith("(document): ")) << in;
    }
    EXPECT_THAT(load_framework("{\n  \"id\": }").errors[0], HasSubstr("invalid JSON at line 2, column 9"));
    EXPECT_EQ(load_framework("[1, 2]").errors[0], "(document): expected an object, got an array");
}

// ---- a folder of files ----------------------------------------------------------------------------

class TempDir {
public:
    TempDir() : path_(fs::temp_directory_path() / ("sk_framework_test_" + std::to_string(::getpid()))) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    const fs::path& path() const { return path_; }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(path_ / name, std::ios::binary) << text;
    }

private:
    fs::path path_;
};

TEST(FrameworkDir, ReportsEachBadFileByNameAndKeepsTheGoodOnes) {
    TempDir dir;
    json::value second = json::parse(kMinimal);
    second.as_object()["version"] = "2";
    json::value broken = json::parse(kMinimal);
    broken.at_pointer("/criteria/0/descriptors/expert").as_object().erase("en");

    dir.write("a_mini.json", kMinimal);
    dir.write("b_broken.json", json::serialize(broken));
    dir.write("c_same_again.json", kMinimal);
    dir.write("d_mini_v2.json", json::serialize(second));
    dir.write("notes.txt", "not a framework");

    const auto r = load_frameworks_dir(dir.path());
    EXPECT_THAT(r.errors, ElementsAreArray(std::vector<std::string>{
                              "b_broken.json: criteria[0].descriptors.expert.en: missing",
                              R"(c_same_again.json: framework "mini" version "1" is already defined in a_mini.json)"}));
    ASSERT_EQ(r.frameworks.size(), 2u);
    EXPECT_EQ(r.frameworks[0].version, "1");
    EXPECT_EQ(r.frameworks[1].version, "2");
}

TEST(FrameworkDir, MissingFolderIsAnError) {
    const auto r = load_frameworks_dir(kFrameworks / "does-not-exist");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_THAT(r.errors[0], HasSubstr("not a folder"));
    EXPECT_TRUE(r.frameworks.empty());
}

}  // namespace

}  // namespace framework_test
