// Surveys: the coordinator opens, lists, closes and reopens them; respondents fetch the questionnaire
// by code (in their language, with the wording for the school's level) and answer once per token.
// Nothing is half stored and a response carries no identity.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <stdlib.h>

#include "api/api_helpers.h"
#include "app/app.h"
#include "app/demo.h"
#include "support/test_db.h"
#include "store/surveys.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"
#include "support/paths.h"

using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::kCoordinator;
using sk::test::TestServer;

namespace {

struct SurveyFixture {
    TestServer server;
    std::int64_t programme = 0;
    std::int64_t school = 0;
    std::string base;

    SurveyFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Bevragingsprogramma");
        // The fixture's version is not a loaded one; surveys need the statements of a real version.
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        base = "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school) + "/surveys";
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }

    // Opens a survey as the coordinator; returns its code.
    std::string open(const std::string& kind, const std::string& group) {
        auto c = as(kCoordinator);
        auto res = c.post(base, R"({"kind":")" + kind + R"(","group":")" + group + R"("})");
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json_string("/code");
    }

    std::int64_t count(const std::string& sql) { return server.db().exec(sql).one().i64(0); }
};

// Answers for all 21 criteria: `score` for each (null when nullopt).
std::string answers(std::optional<int> score, const std::map<std::string, std::string>& override = {}) {
    std::string out = "{";
    for (int i = 1; i <= 21; ++i) {
        const std::string id = (i < 10 ? "C0" : "C") + std::to_string(i);
        std::string value = score ? std::to_string(*score) : "null";
        if (auto it = override.find(id); it != override.end()) {
            if (it->second.empty()) continue;  // left out
            value = it->second;
        }
        out += std::string(out.size() > 1 ? "," : "") + "\"" + id + "\":" + value;
    }
    for (const auto& [k, v] : override)
        if (k[0] != 'C' && !v.empty()) out += ",\"" + k + "\":" + v;
    return out + "}";
}

std::string response_body(const std::string& token, const std::string& answers_json) {
    return R"({"token":")" + token + R"(","answers":)" + answers_json + "}";
}

}  // namespace

TEST(SurveysApi, CoordinatorOpensListsClosesAndReopens) {
    SurveyFixture f;
    auto c = f.as(kCoordinator);
    auto empty = c.get(f.base);
    ASSERT_EQ(empty.status, 200) << empty.body;
    EXPECT_EQ(empty.body, R"({"surveys":[]})");

    auto created = c.post(f.base, R"({"kind":"baseline","group":"teachers"})");
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string code = created.json_string("/code");
    ASSERT_EQ(code.size(), 8u);
    for (char ch : code) EXPECT_EQ(std::string("0O1IL").find(ch), std::string::npos) << code;
    EXPECT_EQ(created.json_string("/link"), "http://app.test/s/" + code);
    EXPECT_EQ(created.json_string("/kind"), "baseline");
    EXPECT_EQ(created.json_string("/group"), "teachers");
    EXPECT_EQ(created.json_string("/status"), "open");
    EXPECT_EQ(created.json_int("/responses"), 0);
    EXPECT_EQ(created.json_int("/programmeId"), f.programme);
    EXPECT_EQ(created.json_int("/organisationId"), f.school);
    EXPECT_TRUE(created.json_has("/closedAt"));
    const auto id = created.json_int("/id");

    // Again for the same kind and group: 409; another group or kind is a new survey.
    auto again = c.post(f.base, R"({"kind":"baseline","group":"teachers"})");
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json_string("/error/code"), "survey_exists");
    EXPECT_EQ(c.post(f.base, R"({"kind":"final","group":"teachers"})").status, 201);
    EXPECT_EQ(c.post(f.base, R"({"kind":"baseline","group":"leaders"})").status, 201);
    const auto other_code = c.post(f.base, R"({"kind":"baseline","group":"students"})").json_string("/code");
    EXPECT_NE(other_code, code);

    // Baseline first, then leaders, teachers, students.
    auto listed = c.get(f.base);
    ASSERT_EQ(listed.status, 200);
    EXPECT_EQ(listed.json_string("/surveys/0/group"), "leaders");
    EXPECT_EQ(listed.json_string("/surveys/1/group"), "teachers");
    EXPECT_EQ(listed.json_string("/surveys/2/group"), "students");
    EXPECT_EQ(listed.json_string("/surveys/3/kind"), "final");
    EXPECT_FALSE(listed.json_has("/surveys/4"));

    // A team member and the programme's organiser see the list too.
    EXPECT_EQ(f.as("teamlid@demo.stemkompas.be").get(f.base).json_string("/surveys/1/code"), code);
    EXPECT_EQ(f.as("organisator@demo.stemkompas.be").get(f.base).json_string("/surveys/1/code"), code);

    f.server.set_now(f.server.now() + 60);
    auto closed = c.post("/api/surveys/" + std::to_string(id) + "/close", "{}");
    ASSERT_EQ(closed.status, 200) << closed.body;
    EXPECT_EQ(closed.json_string("/status"), "closed");
    EXPECT_EQ(closed.json_int("/closedAt"), f.server.now());
    EXPECT_EQ(c.post("/api/surveys/" + std::to_string(id) + "/close", "{}").status, 200);  // already closed: as it is
    auto reopened = c.post("/api/surveys/" + std::to_string(id) + "/reopen", "{}");
    ASSERT_EQ(reopened.status, 200);
    EXPECT_EQ(reopened.json_string("/status"), "open");
    EXPECT_NE(reopened.body.find("\"closedAt\":null"), std::string::npos) << reopened.body;
    EXPECT_EQ(c.post("/api/surveys/999999/close", "{}").status, 404);
}

TEST(SurveysApi, BadOpeningInputIsRefusedPerField) {
    SurveyFixture f;
    auto c = f.as(kCoordinator);
    auto bad = c.post(f.base, R"({"kind":"midterm","group":"parents"})");
    ASSERT_EQ(bad.status, 400) << bad.body;
    EXPECT_EQ(bad.json_string("/error/code"), "validation_failed");
    EXPECT_EQ(bad.json_string("/error/fields/kind"), "Kies de nulmeting (baseline) of de eindmeting (final).");
    EXPECT_NE(bad.json_string("/error/fields/group"), "");
    c.language = "en";
    auto missing = c.post(f.base, "{}");
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json_string("/error/fields/kind"), "This field is required.");
    EXPECT_EQ(missing.json_string("/error/fields/group"), "This field is required.");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM surveys"), 0);
}

TEST(SurveysApi, WhoMayDoWhat) {
    SurveyFixture f;
    // A team member, the organiser, a mentor: cannot open.
    EXPECT_EQ(f.as("teamlid@demo.stemkompas.be").post(f.base, R"({"kind":"baseline","group":"teachers"})").status, 403);
    EXPECT_EQ(f.as("organisator@demo.stemkompas.be").post(f.base, R"({"kind":"baseline","group":"teachers"})").status, 403);
    EXPECT_EQ(f.as("mentor@demo.stemkompas.be").get(f.base).status, 403);
    EXPECT_EQ(f.server.client().get(f.base).status, 401);

    // Another school's coordinator: 403 on this school, its list and its survey.
    auto& db = f.server.db();
    const auto other_school = sk::test::make_school(db, "Andere School", "654321", "limburg", f.programme);
    sk::test::make_member(db, other_school, "coord@andere.be", "coordinator", false);
    db.exec("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = $1) WHERE email = 'coord@andere.be'",
            {std::string(kCoordinator)});
    const auto code = f.open("baseline", "teachers");
    const auto id = db.exec("SELECT id FROM surveys WHERE code = $1", {code}).one().i64(0);
    auto other = f.as("coord@andere.be");
    EXPECT_EQ(other.get(f.base).status, 403);
    EXPECT_EQ(other.post(f.base, R"({"kind":"final","group":"teachers"})").status, 403);
    EXPECT_EQ(other.post("/api/surveys/" + std::to_string(id) + "/close", "{}").status, 403);
    EXPECT_EQ(f.as("teamlid@demo.stemkompas.be").post("/api/surveys/" + std::to_string(id) + "/close", "{}").status, 403);

    // A school that does not take part: its own coordinator gets 403, the organiser 404.
    const auto programme2 = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Zonder school");
    const std::string base2 = "/api/programmes/" + std::to_string(programme2) + "/schools/" + std::to_string(f.school) + "/surveys";
    EXPECT_EQ(f.as(kCoordinator).get(base2).status, 403);
    EXPECT_EQ(f.as(kCoordinator).post(base2, R"({"kind":"baseline","group":"teachers"})").status, 403);
    EXPECT_EQ(f.as("organisator@demo.stemkompas.be").get(base2).status, 404);
    EXPECT_EQ(f.as(kCoordinator).get("/api/programmes/999999/schools/" + std::to_string(f.school) + "/surveys").status, 404);
}

TEST(SurveysApi, PublicQuestionnaireInTheRequestsLanguage) {
    SurveyFixture f;
    const auto code = f.open("baseline", "students");
    auto anon = f.server.client();
    auto nl = anon.get("/api/public/surveys/" + code);
    ASSERT_EQ(nl.status, 200) << nl.body;
    EXPECT_EQ(nl.json_string("/code"), code);
    EXPECT_EQ(nl.json_string("/schoolName"), "Demoschool Sint-Lucas");
    EXPECT_EQ(nl.json_string("/group"), "students");
    EXPECT_EQ(nl.json_string("/variant"), "secondary");
    EXPECT_EQ(nl.json_string("/language"), "nl");
    EXPECT_EQ(nl.json_string("/statements/0/criterionId"), "C01");
    EXPECT_EQ(nl.json_string("/statements/0/elementId"), "E1");
    EXPECT_EQ(nl.json_string("/statements/0/text"), "In de STEM-lessen kan ik op mijn eigen tempo werken, op een manier die bij mij past.");
    EXPECT_EQ(nl.json_string("/statements/20/criterionId"), "C21");
    EXPECT_EQ(nl.json_string("/statements/20/elementId"), "E7");
    EXPECT_FALSE(nl.json_has("/statements/21"));
    // The part headings: each key element once, in the order of the statements, named in the language.
    EXPECT_EQ(nl.json_string("/elements/0/elementId"), "E1");
    EXPECT_EQ(nl.json_string("/elements/0/name"), "Onderwijsmethode");
    EXPECT_EQ(nl.json_string("/elements/6/elementId"), "E7");
    EXPECT_FALSE(nl.json_has("/elements/7"));
    EXPECT_EQ(nl.json_int("/scale/0/score"), 1);
    EXPECT_EQ(nl.json_string("/scale/0/label"), "Helemaal oneens");
    EXPECT_EQ(nl.json_string("/scale/4/label"), "Helemaal eens");
    EXPECT_EQ(nl.json_string("/scale/5/label"), "Weet ik niet");
    EXPECT_NE(nl.body.find(R"({"score":null,"label":"Weet ik niet"})"), std::string::npos);
    const std::string token = nl.json_string("/token");
    EXPECT_GE(token.size(), 40u);
    // Only the token's hash is stored, valid 2 hours.
    auto row = f.server.db().exec("SELECT token_hash, expires_at, used FROM survey_tokens").one();
    EXPECT_NE(row.str(0), token);
    EXPECT_EQ(row.str(0).size(), 64u);
    EXPECT_EQ(row.i64(1), f.server.now() + 7200);
    EXPECT_EQ(row.i64(2), 0);

    anon.language = "en";
    auto en = anon.get("/api/public/surveys/" + code);
    ASSERT_EQ(en.status, 200);
    EXPECT_EQ(en.json_string("/language"), "en");
    EXPECT_EQ(en.json_string("/statements/0/text"), "In STEM lessons I can work at my own pace, in a way that suits me.");
    EXPECT_EQ(en.json_string("/scale/5/label"), "Don't know");
    EXPECT_EQ(en.json_string("/elements/0/name"), "Instruction");
    EXPECT_NE(en.json_string("/token"), token);  // a fresh token each time
    EXPECT_EQ(anon.get("/api/public/surveys/" + code + "?lang=nl").json_string("/language"), "nl");

    // The code as people type it.
    const std::string typed = code.substr(0, 4) + "-" + code.substr(4);
    std::string lower;
    for (char ch : typed) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_EQ(anon.get("/api/public/surveys/" + lower).status, 200);
    EXPECT_EQ(anon.get("/api/public/surveys/ZZZZZZZZ").status, 404);
    EXPECT_EQ(anon.get("/api/public/surveys/0OIL0OIL").status, 404);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_tokens"), 4);
}

TEST(SurveysApi, PupilsOfAPrimarySchoolGetTheSimplerWording) {
    SurveyFixture f;
    f.server.db().exec("UPDATE school_profiles SET level = 'primary' WHERE organisation_id = $1", {f.school});
    const auto students = f.open("baseline", "students");
    const auto teachers = f.open("baseline", "teachers");
    auto anon = f.server.client();
    auto res = anon.get("/api/public/surveys/" + students);
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.json_string("/variant"), "primary");
    EXPECT_EQ(res.json_string("/statements/0/text"), "Als iets te moeilijk of te makkelijk is, krijg ik een opdracht die beter bij mij past.");
    auto staff = anon.get("/api/public/surveys/" + teachers);
    EXPECT_EQ(staff.json_string("/variant"), "primary");
    EXPECT_EQ(staff.json_string("/statements/0/text"),
              "In mijn STEM-lessen pas ik tempo en opdrachten aan aan de noden en interesses van elke leerling.");
}

TEST(SurveysApi, AResponseUsesItsTokenOnceAndStoresNoIdentity) {
    SurveyFixture f;
    const auto code = f.open("baseline", "teachers");
    auto anon = f.server.client();
    const auto token = anon.get("/api/public/surveys/" + code).json_string("/token");
    auto res = anon.post("/api/public/surveys/" + code + "/responses", response_body(token, answers(4, {{"C02", "null"}, {"C03", "1"}})));
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.body, "{}");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_responses"), 1);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_answers"), 21);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_answers WHERE score IS NULL AND criterion_id = 'C02'"), 1);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_answers WHERE score = 1 AND criterion_id = 'C03'"), 1);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_tokens WHERE used = 1"), 1);
    // Only the Brussels date: a response row has no other columns to fill.
    auto row = f.server.db().exec("SELECT * FROM survey_responses").one();
    EXPECT_EQ(row.size(), 3u);
    EXPECT_EQ(row.str(2).size(), 10u);
    // The count shows in the coordinator's list.
    EXPECT_EQ(f.as(kCoordinator).get(f.base).json_int("/surveys/0/responses"), 1);

    // The same token again: 409, nothing stored.
    auto replay = anon.post("/api/public/surveys/" + code + "/responses", response_body(token, answers(2)));
    EXPECT_EQ(replay.status, 409);
    EXPECT_EQ(replay.json_string("/error/code"), "survey_token_invalid");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_responses"), 1);
    // A made-up token, and a token of another survey: 409 too.
    EXPECT_EQ(anon.post("/api/public/surveys/" + code + "/responses", response_body("made-up", answers(2))).status, 409);
    const auto other = f.open("baseline", "leaders");
    const auto other_token = anon.get("/api/public/surveys/" + other).json_string("/token");
    EXPECT_EQ(anon.post("/api/public/surveys/" + code + "/responses", response_body(other_token, answers(2))).status, 409);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_responses"), 1);
    // The other survey's token still works where it belongs.
    EXPECT_EQ(anon.post("/api/public/surveys/" + other + "/responses", response_body(other_token, answers(2))).status, 201);

    // An expired token (2 hours): 409.
    const auto late = anon.get("/api/public/surveys/" + code).json_string("/token");
    f.server.set_now(f.server.now() + 7200);
    EXPECT_EQ(anon.post("/api/public/surveys/" + code + "/responses", response_body(late, answers(3))).status, 409);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_responses"), 2);
}

TEST(SurveysApi, BadAnswersAreRefusedPerFieldAndTheTokenIsKept) {
    SurveyFixture f;
    const auto code = f.open("final", "students");
    auto anon = f.server.client();
    const auto token = anon.get("/api/public/surveys/" + code).json_string("/token");
    const std::string url = "/api/public/surveys/" + code + "/responses";
    auto bad = anon.post(url, response_body(token, answers(3, {{"C04", ""}, {"C05", "6"}, {"C06", "0"}, {"C07", "\"3\""}, {"C08", "2.5"},
                                                      {"X99", "3"}})));
    ASSERT_EQ(bad.status, 400) << bad.body;
    EXPECT_EQ(bad.json_string("/error/code"), "validation_failed");
    EXPECT_EQ(bad.json_string("/error/fields/answers.C04"), "Beantwoord deze stelling (of kies 'weet ik niet').");
    EXPECT_EQ(bad.json_string("/error/fields/answers.C05"), "Kies een score van 1 tot 5, of 'weet ik niet'.");
    EXPECT_NE(bad.json_string("/error/fields/answers.C06"), "");
    EXPECT_NE(bad.json_string("/error/fields/answers.C07"), "");
    EXPECT_NE(bad.json_string("/error/fields/answers.C08"), "");
    EXPECT_EQ(bad.json_string("/error/fields/answers.X99"), "Dit veld is onbekend.");
    EXPECT_FALSE(bad.json_has("/error/fields/answers.C01"));

    anon.language = "en";
    auto no_token = anon.post(url, R"({"answers":)" + answers(3) + R"(,"name":"Jan"})");
    EXPECT_EQ(no_token.status, 400);
    EXPECT_EQ(no_token.json_string("/error/fields/token"), "This field is required.");
    EXPECT_EQ(no_token.json_string("/error/fields/name"), "This field is not known.");
    auto no_answers = anon.post(url, R"({"token":")" + token + R"(","answers":[1,2]})");
    EXPECT_EQ(no_answers.status, 400);
    EXPECT_EQ(no_answers.json_string("/error/fields/answers"), "Send the answers as an object with a score per statement.");
    EXPECT_EQ(anon.post(url, "[1]").status, 400);
    EXPECT_EQ(anon.post(url, "{not json").status, 400);

    // Nothing stored, the token still unused: the corrected answers go through with it.
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_responses"), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_answers"), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_tokens WHERE used = 1"), 0);
    EXPECT_EQ(anon.post(url, response_body(token, answers(std::nullopt))).status, 201);
}

TEST(SurveysApi, AClosedSurveyIsGone) {
    SurveyFixture f;
    const auto code = f.open("baseline", "mentor");
    auto anon = f.server.client();
    const auto token = anon.get("/api/public/surveys/" + code).json_string("/token");
    const auto id = f.server.db().exec("SELECT id FROM surveys WHERE code = $1", {code}).one().i64(0);
    auto c = f.as(kCoordinator);
    ASSERT_EQ(c.post("/api/surveys/" + std::to_string(id) + "/close", "{}").status, 200);
    auto get = anon.get("/api/public/surveys/" + code);
    EXPECT_EQ(get.status, 410);
    EXPECT_EQ(get.json_string("/error/code"), "survey_closed");
    auto post = anon.post("/api/public/surveys/" + code + "/responses", response_body(token, answers(5)));
    EXPECT_EQ(post.status, 410);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_responses"), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_tokens WHERE used = 1"), 0);
    // Reopened: the token handed out before still counts.
    ASSERT_EQ(c.post("/api/surveys/" + std::to_string(id) + "/reopen", "{}").status, 200);
    EXPECT_EQ(anon.post("/api/public/surveys/" + code + "/responses", response_body(token, answers(5))).status, 201);
}

TEST(SurveysApi, SixtyResponsesPerHourPerAddressPerSurvey) {
    SurveyFixture f;
    const auto code = f.open("baseline", "students");
    const auto other = f.open("baseline", "teachers");
    auto anon = f.server.client();
    const std::string url = "/api/public/surveys/" + code + "/responses";
    // Start at the beginning of an hour so the window does not turn over during the test.
    f.server.set_now(f.server.now() - f.server.now() % 3600 + 10);
    for (int i = 0; i < 60; ++i) {
        const auto token = anon.get("/api/public/surveys/" + code).json_string("/token");
        ASSERT_EQ(anon.post(url, response_body(token, answers(1 + i % 5))).status, 201) << i;
    }
    const auto token = anon.get("/api/public/surveys/" + code).json_string("/token");
    auto limited = anon.post(url, response_body(token, answers(3)));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.json_string("/error/code"), "rate_limited");
    EXPECT_TRUE(limited.header("retry-after").has_value());
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_responses"), 60);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM survey_tokens WHERE used = 0"), 1);  // not spent
    // Another survey is counted apart; the next hour the first one takes answers again.
    const auto other_token = anon.get("/api/public/surveys/" + other).json_string("/token");
    EXPECT_EQ(anon.post("/api/public/surveys/" + other + "/responses", response_body(other_token, answers(3))).status, 201);
    f.server.set_now(f.server.now() + 3600);
    const auto fresh = anon.get("/api/public/surveys/" + code).json_string("/token");
    EXPECT_EQ(anon.post(url, response_body(fresh, answers(3))).status, 201);
}

TEST(SurveysApi, AggregatesAreThresholdedPerGroup) {
    SurveyFixture f;
    const auto teachers = f.open("baseline", "teachers");
    const auto students = f.open("baseline", "students");
    f.open("baseline", "leaders");
    f.open("final", "teachers");
    auto anon = f.server.client();
    auto answer = [&](const std::string& code, const std::string& answers_json) {
        const auto token = anon.get("/api/public/surveys/" + code).json_string("/token");
        ASSERT_EQ(anon.post("/api/public/surveys/" + code + "/responses", response_body(token, answers_json)).status, 201);
    };
    for (int i = 0; i < 5; ++i) answer(teachers, answers(i + 1, {{"C02", "null"}}));
    for (int i = 0; i < 4; ++i) answer(students, answers(5));

    std::vector<std::string> ids;
    for (int i = 1; i <= 21; ++i) ids.push_back((i < 10 ? "C0" : "C") + std::to_string(i));
    const auto groups = sk::store::survey_aggregates(f.server.db(), f.programme, f.school, "baseline", ids);
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups[0].group, "leaders");
    EXPECT_EQ(groups[0].responses, 0);
    EXPECT_FALSE(groups[0].shown);
    EXPECT_EQ(groups[1].group, "teachers");
    EXPECT_EQ(groups[1].responses, 5);
    ASSERT_TRUE(groups[1].shown);
    ASSERT_EQ(groups[1].criteria.size(), 21u);
    EXPECT_DOUBLE_EQ(*groups[1].criteria[0].mean, 3.0);
    EXPECT_EQ(groups[1].criteria[0].dont_know, 0);
    // Five "don't know" on C02: no score to show, so nothing at all, not even the count.
    EXPECT_FALSE(groups[1].criteria[1].shown);
    EXPECT_FALSE(groups[1].criteria[1].mean.has_value());
    EXPECT_EQ(groups[1].criteria[1].dont_know, 0);
    EXPECT_EQ(groups[1].criteria[1].responses, 0);
    // Four students: a count, nothing more.
    EXPECT_EQ(groups[2].group, "students");
    EXPECT_EQ(groups[2].responses, 4);
    EXPECT_FALSE(groups[2].shown);
    EXPECT_TRUE(groups[2].criteria.empty());
    // The final measurement's survey has nothing yet.
    const auto final_groups = sk::store::survey_aggregates(f.server.db(), f.programme, f.school, "final", ids);
    ASSERT_EQ(final_groups.size(), 1u);
    EXPECT_EQ(final_groups[0].responses, 0);
}

TEST(SurveysApi, ABrokenStatementsFileStopsStartWithEveryProblem) {
    namespace fs = std::filesystem;
    sk::test::TestDb db;
    char tmpl[] = "/tmp/sk-surveys-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    const fs::path root = tmpl;
    fs::create_directories(root / "frameworks");
    fs::create_directories(root / "surveys");
    fs::copy_file(fs::path(SK_SOURCE_DIR) / "data/frameworks/eu-stem-school-label.json", root / "frameworks/eu.json");
    auto doc = boost::json::parse([] {
                   std::ifstream in(fs::path(SK_SOURCE_DIR) / "data/surveys/eu-stem-school-label.json");
                   return std::string(std::istreambuf_iterator<char>(in), {});
               }()).as_object();
    doc["statements"].as_object().erase("C04");
    doc["statements"].as_object()["C09"].as_object()["mentor"].as_object()["nl"] = "";
    std::ofstream(root / "surveys/eu.json") << boost::json::serialize(doc);
    sk::app::Config config;
    config.db_url = db.url();
    config.frameworks_dir = (root / "frameworks").string();  // statements: the folder "surveys" next to it
    config.data_dir = (root / "data").string();
    config.web_dir = "";
    try {
        sk::app::App app(config);
        FAIL() << "a broken statements file must stop the start";
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("eu.json: statements.C04: missing"), std::string::npos) << what;
        EXPECT_NE(what.find("eu.json: statements.C09.mentor.nl: must not be empty"), std::string::npos) << what;
    }
    fs::remove_all(root);
}
