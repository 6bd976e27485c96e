// The survey statements loader: the real file loads, and each kind of mistake in a statements file is
// reported with its JSON path (table-driven: a mutation of the real document -> the expected error).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>

#include "core/framework.h"
#include "core/survey_statements.h"
#include "support/file_readers.h"
#include "support/paths.h"

namespace survey_statements_test {

using namespace sk::core;
namespace json = boost::json;
namespace fs = std::filesystem;
using sk::test::read_file;
using testing::HasSubstr;

namespace {

const fs::path kSource = fs::path(SK_SOURCE_DIR) / "data";

const FrameworkSet& frameworks() {
    static const FrameworkSet set = [] {
        FrameworkSet s;
        const std::string text = read_file(kSource / "frameworks" / "eu-stem-school-label.json");
        auto loaded = load_framework(text);
        if (!loaded.ok()) throw std::runtime_error("framework does not load");
        const auto& f = *loaded.framework;
        s.entries.push_back({f.id, f.version, f.name.nl, f.name.en, text, {}, std::make_shared<const Framework>(f)});
        return s;
    }();
    return set;
}

const std::string& real_text() {
    static const std::string text = read_file(kSource / "surveys" / "eu-stem-school-label.json");
    return text;
}

std::string errors_of(const StatementsLoadResult& r) {
    std::string s;
    for (const auto& e : r.errors) s += "\n  " + e;
    return s;
}

}  // namespace

TEST(SurveyStatements, TheRealFileCoversEveryCriterionInFrameworkOrder) {
    const auto r = load_survey_statements(real_text(), frameworks());
    ASSERT_TRUE(r.ok()) << errors_of(r);
    const auto& s = *r.statements;
    EXPECT_EQ(s.framework_id, "eu-stem-school-label");
    EXPECT_EQ(s.framework_version, "2024.1");
    const auto& fw = *frameworks().entries.front().framework;
    ASSERT_EQ(s.criteria.size(), fw.criteria.size());
    for (std::size_t i = 0; i < fw.criteria.size(); ++i) {
        EXPECT_EQ(s.criteria[i].criterion_id, fw.criteria[i].id);
        for (auto w : kStatementWordings) {
            EXPECT_FALSE(s.criteria[i].in(w).nl.empty());
            EXPECT_FALSE(s.criteria[i].in(w).en.empty());
        }
    }
    EXPECT_EQ(s.scale[0].nl, "Helemaal oneens");
    EXPECT_EQ(s.scale[4].en, "Strongly agree");
    EXPECT_EQ(s.dont_know.nl, "Weet ik niet");
    EXPECT_NE(s.find("C05"), nullptr);
    EXPECT_EQ(s.find("C99"), nullptr);
}

TEST(SurveyStatements, TheWordingFollowsGroupAndSchoolLevel) {
    struct Case {
        std::string group, variant, wording;
    };
    for (const auto& c : std::vector<Case>{{"students", "primary", "students_primary"},
                                           {"students", "secondary", "students"},
                                           {"teachers", "primary", "teachers"},
                                           {"leaders", "primary", "leaders"},
                                           {"mentor", "secondary", "mentor"}})
        EXPECT_EQ(statement_wording(c.group, c.variant), c.wording) << c.group << "/" << c.variant;
    EXPECT_TRUE(is_survey_group("mentor"));
    EXPECT_FALSE(is_survey_group("students_primary"));
    EXPECT_FALSE(is_survey_group("parents"));
}

TEST(SurveyStatements, EachMistakeIsReportedWithItsPath) {
    struct Case {
        std::string name;
        std::function<void(json::object&)> mutate;
        std::string expected;  // a substring of one of the errors
    };
    const std::vector<Case> cases = {
        {"missing criterion", [](json::object& d) { d["statements"].as_object().erase("C04"); }, "statements.C04: missing"},
        {"unknown criterion",
         [](json::object& d) { d["statements"].as_object()["C99"] = d["statements"].as_object()["C01"]; },
         "statements.C99: unknown criterion"},
        {"missing wording", [](json::object& d) { d["statements"].as_object()["C07"].as_object().erase("students_primary"); },
         "statements.C07.students_primary: missing"},
        {"unknown group", [](json::object& d) { d["statements"].as_object()["C02"].as_object()["parents"] = {{"nl", "x"}, {"en", "x"}}; },
         "statements.C02.parents: unknown group"},
        {"empty text", [](json::object& d) { d["statements"].as_object()["C21"].as_object()["mentor"].as_object()["en"] = "  "; },
         "statements.C21.mentor.en: must not be empty"},
        {"missing language", [](json::object& d) { d["statements"].as_object()["C10"].as_object()["teachers"].as_object().erase("nl"); },
         "statements.C10.teachers.nl: missing"},
        {"unknown language", [](json::object& d) { d["statements"].as_object()["C10"].as_object()["teachers"].as_object()["fr"] = "x"; },
         "statements.C10.teachers.fr: unknown language"},
        {"text not a string", [](json::object& d) { d["statements"].as_object()["C03"].as_object()["leaders"].as_object()["nl"] = 3; },
         "statements.C03.leaders.nl: expected a string, got a number"},
        {"statement not an object", [](json::object& d) { d["statements"].as_object()["C03"] = "x"; },
         "statements.C03: expected an object, got a string"},
        {"scale label missing", [](json::object& d) { d["scale"].as_object().erase("3"); }, "scale.3: missing"},
        {"scale answer unknown", [](json::object& d) { d["scale"].as_object()["6"] = {{"nl", "x"}, {"en", "x"}}; },
         "scale.6: unknown answer"},
        {"don't know missing", [](json::object& d) { d["scale"].as_object()["dontKnow"].as_object().erase("en"); },
         "scale.dontKnow.en: missing"},
        {"framework not loaded", [](json::object& d) { d["framework"].as_object()["version"] = "1999.1"; },
         "framework: framework \"eu-stem-school-label\" version \"1999.1\" is not loaded"},
        {"framework missing", [](json::object& d) { d.erase("framework"); }, "framework: missing"},
        {"unknown top-level key", [](json::object& d) { d["intro"] = "x"; }, "intro: unknown key"},
    };
    for (const auto& c : cases) {
        auto doc = json::parse(real_text()).as_object();
        c.mutate(doc);
        const auto r = load_survey_statements(json::serialize(doc), frameworks());
        EXPECT_FALSE(r.ok()) << c.name;
        EXPECT_FALSE(r.statements.has_value()) << c.name;
        EXPECT_THAT(errors_of(r), HasSubstr(c.expected)) << c.name;
    }
}

TEST(SurveyStatements, EveryProblemIsListedNotOnlyTheFirst) {
    auto doc = json::parse(real_text()).as_object();
    doc["statements"].as_object().erase("C01");
    doc["statements"].as_object()["C02"].as_object().erase("mentor");
    doc["scale"].as_object().erase("5");
    const auto r = load_survey_statements(json::serialize(doc), frameworks());
    ASSERT_EQ(r.errors.size(), 3u) << errors_of(r);
}

TEST(SurveyStatements, BrokenJsonAndRepeatedKeysAreErrors) {
    auto broken = load_survey_statements("{\"framework\": ", frameworks());
    EXPECT_FALSE(broken.ok());
    EXPECT_THAT(errors_of(broken), HasSubstr("invalid JSON at line 1"));

    std::string twice = real_text();
    twice.insert(twice.find("\"scale\""), "\"scale\": {},\n  ");
    auto repeated = load_survey_statements(twice, frameworks());
    EXPECT_FALSE(repeated.ok());
    EXPECT_THAT(errors_of(repeated), HasSubstr("scale: duplicate key"));

    EXPECT_FALSE(load_survey_statements("[]", frameworks()).ok());
}

}  // namespace survey_statements_test
