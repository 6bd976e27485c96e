// Programme editions over real HTTP on both databases: organisers create and edit them (every field
// checked), the public sees only published ones, `Me` lists the programmes of the user.
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "api/messages.h"
#include "api/onboarding_forms.h"
#include "app/demo.h"
#include "store/accounts.h"
#include "store/programmes.h"
#include "support/test_server.h"

using sk::test::answer;
using sk::test::body;
using sk::test::count;
using sk::test::error_fields;
using sk::test::HttpClient;
using sk::test::kOrganiser;
using sk::test::nl;
using sk::test::programme_form;
using sk::test::signed_in;
using sk::test::TestServer;

TEST(ProgrammesApi, OrganiserCreatesAndEditsAProgrammeAndBothAreAudited) {
    TestServer server;
    auto c = signed_in(server, kOrganiser);
    auto res = c.post("/api/programmes", body(programme_form("STEM-traject Limburg", false)));
    ASSERT_EQ(res.status, 201) << res.body;
    const auto id = res.json_int("/id");
    EXPECT_EQ(res.json_string("/name"), "STEM-traject Limburg");
    EXPECT_EQ(res.json_string("/schoolYear"), "2026-2027");
    EXPECT_EQ(res.json_string("/frameworkVersion"), "2024.1");
    EXPECT_EQ(res.json_int("/maxSchools"), 12);
    EXPECT_EQ(res.json_string("/description/en"), "A programme for primary schools.");
    EXPECT_EQ(res.json_string("/phases/1/kind"), "award");
    EXPECT_EQ(res.json_int("/pendingCount"), 0);
    EXPECT_EQ(res.json_int("/schoolCount"), 0);
    const auto organiser_org = count(server, "SELECT id FROM organisations WHERE name = 'STEMkompas demo-organisator'");
    EXPECT_EQ(res.json_int("/organiserId"), organiser_org);

    auto form = programme_form("STEM-traject Limburg 2", true);
    form["maxSchools"] = 30;
    auto put = c.put("/api/programmes/" + std::to_string(id), body(form));
    ASSERT_EQ(put.status, 200) << put.body;
    EXPECT_EQ(put.json_string("/name"), "STEM-traject Limburg 2");
    EXPECT_EQ(put.json_int("/maxSchools"), 30);
    auto get = c.get("/api/programmes/" + std::to_string(id));
    EXPECT_EQ(get.json_string("/name"), "STEM-traject Limburg 2");

    auto audit = server.db().exec("SELECT action, before_json, after_json, actor_id FROM audit_log WHERE programme_id = $1 ORDER BY id", {id});
    ASSERT_EQ(audit.rows.size(), 2u);
    EXPECT_EQ(audit.rows[0].str(0), "programme.create");
    EXPECT_TRUE(audit.rows[0].is_null(1));
    EXPECT_NE(audit.rows[0].str(2).find("STEM-traject Limburg"), std::string::npos);
    EXPECT_EQ(audit.rows[1].str(0), "programme.update");
    EXPECT_NE(audit.rows[1].str(1).find("\"maxSchools\":12"), std::string::npos);
    EXPECT_NE(audit.rows[1].str(2).find("\"maxSchools\":30"), std::string::npos);
}

struct BadProgrammeField {
    std::string field;  // the field the answer must name
    std::function<void(boost::json::object&)> change;
    std::string key;  // the message key of the expected message
    std::map<std::string, std::string> args = {};
};

TEST(ProgrammesApi, EveryBadFieldIsNamedAndNothingIsStored) {
    const std::vector<BadProgrammeField> cases = {
        {"name", [](auto& o) { o.erase("name"); }, "field.required"},
        {"name", [](auto& o) { o["name"] = std::string(201, 'x'); }, "field.too_long", {{"max", "200"}}},
        {"schoolYear", [](auto& o) { o["schoolYear"] = "2026-2028"; }, "field.school_year"},
        {"schoolYear", [](auto& o) { o["schoolYear"] = "26-27"; }, "field.school_year"},
        {"audience", [](auto& o) { o["audience"] = "tertiary"; }, "field.audience"},
        {"region", [](auto& o) { o["region"] = "  "; }, "field.required"},
        {"frameworkId", [](auto& o) { o["frameworkId"] = "no-such-framework"; }, "field.framework"},
        {"maxSchools", [](auto& o) { o["maxSchools"] = 0; }, "field.max_schools", {{"min", "1"}, {"max", "20000"}}},
        {"maxSchools", [](auto& o) { o["maxSchools"] = 20001; }, "field.max_schools", {{"min", "1"}, {"max", "20000"}}},
        {"maxSchools", [](auto& o) { o["maxSchools"] = "12"; }, "field.max_schools", {{"min", "1"}, {"max", "20000"}}},
        {"maxSchools", [](auto& o) { o["maxSchools"] = 2.5; }, "field.max_schools", {{"min", "1"}, {"max", "20000"}}},
        {"maxSchools", [](auto& o) { o.erase("maxSchools"); }, "field.required"},
        {"description", [](auto& o) { o["description"] = "tekst"; }, "field.not_object"},
        {"description.nl", [](auto& o) { o["description"].as_object()["nl"] = std::string(5001, 'x'); }, "field.too_long", {{"max", "5000"}}},
        {"description.en", [](auto& o) { o["description"].as_object()["en"] = 5; }, "field.not_text"},
        {"published", [](auto& o) { o["published"] = "ja"; }, "field.boolean"},
        {"phases", [](auto& o) { o["phases"] = "baseline"; }, "field.phases"},
        {"phases[0]", [](auto& o) { o["phases"].as_array()[0] = "baseline"; }, "field.not_object"},
        {"phases[0].kind", [](auto& o) { o["phases"].as_array()[0].as_object()["kind"] = "lunch"; }, "field.phase_kind"},
        {"phases[1].kind", [](auto& o) { o["phases"].as_array()[1].as_object()["kind"] = "baseline"; }, "field.phase_duplicate"},
        {"phases[0].opensOn", [](auto& o) { o["phases"].as_array()[0].as_object()["opensOn"] = "2027-02-29"; }, "field.date"},
        {"phases[0].opensOn", [](auto& o) { o["phases"].as_array()[0].as_object()["opensOn"] = "1/9/2026"; }, "field.date"},
        {"phases[1].closesOn", [](auto& o) { o["phases"].as_array()[1].as_object().erase("closesOn"); }, "field.date"},
        {"phases[0].closesOn", [](auto& o) { o["phases"].as_array()[0].as_object()["closesOn"] = "2026-08-31"; }, "field.phase_order"},
    };
    TestServer server;
    auto c = signed_in(server, kOrganiser);
    const auto demo_id = count(server, "SELECT id FROM programmes");
    const auto programmes_before = count(server, "SELECT COUNT(*) FROM programmes");
    const auto phases_before = count(server, "SELECT COUNT(*) FROM programme_phases");
    for (const auto& bad : cases) {
        auto form = programme_form();
        bad.change(form);
        for (const std::string method : {"POST", "PUT"}) {
            const std::string path = method == "POST" ? "/api/programmes" : "/api/programmes/" + std::to_string(demo_id);
            auto res = c.send(method, path, body(form));
            EXPECT_EQ(res.status, 400) << method << " " << bad.field << ": " << res.body;
            EXPECT_EQ(error_fields(res), std::vector<std::string>{bad.field}) << method << " " << res.body;
            EXPECT_EQ(res.json_string("/error/fields/" + bad.field), nl(bad.key, bad.args)) << method << " " << bad.field;
        }
    }
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM programmes"), programmes_before);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM programme_phases"), phases_before);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM audit_log"), 0);
    EXPECT_EQ(c.get("/api/programmes/" + std::to_string(demo_id)).json_string("/name"), "STEM-traject 2026-2027 (demo)");

    // The messages come in English too.
    c.language = "en";
    auto form = programme_form();
    form["schoolYear"] = "2026";
    auto res = c.post("/api/programmes", body(form));
    EXPECT_EQ(res.json_string("/error/fields/schoolYear"), "Enter a school year like 2026-2027.");
}

TEST(ProgrammesApi, MaxSchoolsTakesARegionOfTwentyThousandSchools) {
    TestServer server;
    auto c = signed_in(server, kOrganiser);
    auto form = programme_form();
    form["maxSchools"] = 20000;
    auto res = c.post("/api/programmes", body(form));
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json_int("/maxSchools"), 20000);
    const auto id = res.json_int("/id");
    form["maxSchools"] = 20001;
    auto over = c.put("/api/programmes/" + std::to_string(id), body(form));
    EXPECT_EQ(over.status, 400);
    EXPECT_EQ(over.json_string("/error/fields/maxSchools"), "Vul een maximum aantal scholen in van 1 tot 20000.");
    c.language = "en";
    over = c.post("/api/programmes", body(form));
    EXPECT_EQ(over.status, 400);
    EXPECT_EQ(over.json_string("/error/fields/maxSchools"), "Enter a maximum number of schools from 1 to 20000.");
    EXPECT_EQ(c.get("/api/programmes/" + std::to_string(id)).json_int("/maxSchools"), 20000);
}

TEST(ProgrammesApi, MaxSchoolsCannotGoBelowTheAcceptedSchools) {
    TestServer server;
    auto c = signed_in(server, kOrganiser);
    auto form = programme_form();
    form["maxSchools"] = 3;
    const auto id = c.post("/api/programmes", body(form)).json_int("/id");
    for (int i = 0; i < 2; ++i) {
        const auto org = sk::store::create_organisation(server.db(), "School " + std::to_string(i), "school", 1);
        sk::store::add_participant(server.db(), id, org, "school", 1);
    }
    form["maxSchools"] = 1;
    auto res = c.put("/api/programmes/" + std::to_string(id), body(form));
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/fields/maxSchools"), nl("field.max_schools_below", {{"count", "2"}}));
    EXPECT_EQ(c.get("/api/programmes/" + std::to_string(id)).json_int("/maxSchools"), 3);
    form["maxSchools"] = 2;
    EXPECT_EQ(c.put("/api/programmes/" + std::to_string(id), body(form)).status, 200);
}

TEST(ProgrammesApi, ThePublicSeesOnlyPublishedProgrammes) {
    TestServer server;
    auto organiser = signed_in(server, kOrganiser);
    const auto hidden = organiser.post("/api/programmes", body(programme_form("Nog geheim", false))).json_int("/id");
    const auto shown = organiser.post("/api/programmes", body(programme_form("Al open", true))).json_int("/id");
    ASSERT_GT(hidden, 0);
    ASSERT_GT(shown, 0);

    auto names = [](const sk::test::HttpResponse& res) {
        std::set<std::string> out;
        const auto doc = answer(res);
        for (const auto& p : doc.at("programmes").as_array()) out.insert(std::string(p.at("name").as_string()));
        return out;
    };
    auto anonymous = server.client();
    auto list = anonymous.get("/api/programmes");
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(names(list), (std::set<std::string>{"STEM-traject 2026-2027 (demo)", "Al open"}));
    EXPECT_FALSE(list.json_has("/programmes/0/pendingCount")) << "only organisers see the queue size";
    EXPECT_EQ(anonymous.get("/api/programmes/" + std::to_string(hidden)).status, 404);
    EXPECT_EQ(anonymous.get("/api/programmes/" + std::to_string(shown)).status, 200);

    auto coordinator = signed_in(server, "coordinator@demo.stemkompas.be");
    EXPECT_EQ(names(coordinator.get("/api/programmes")), (std::set<std::string>{"STEM-traject 2026-2027 (demo)", "Al open"}));
    EXPECT_EQ(coordinator.get("/api/programmes/" + std::to_string(hidden)).status, 404);

    auto own = organiser.get("/api/programmes");
    EXPECT_EQ(names(own), (std::set<std::string>{"STEM-traject 2026-2027 (demo)", "Al open", "Nog geheim"}));
    EXPECT_TRUE(own.json_has("/programmes/0/pendingCount"));
    EXPECT_EQ(organiser.get("/api/programmes/" + std::to_string(hidden)).status, 200);

    // A participant still sees an unpublished programme they take part in.
    const auto school = count(server, "SELECT id FROM organisations WHERE name = 'Demoschool Sint-Lucas'");
    sk::store::add_participant(server.db(), hidden, school, "school", 1);
    EXPECT_EQ(coordinator.get("/api/programmes/" + std::to_string(hidden)).status, 200);
    EXPECT_TRUE(names(coordinator.get("/api/programmes")).count("Nog geheim"));
    EXPECT_FALSE(names(anonymous.get("/api/programmes")).count("Nog geheim"));
}

TEST(ProgrammesApi, DemoProgrammeHasSixPhasesAndItsParticipants) {
    TestServer server(sk::test::TestServerOptions{.demo_results_school = true});
    auto res = server.client().get("/api/programmes");
    ASSERT_EQ(res.status, 200);
    const auto doc = answer(res);
    const auto p = doc.at("programmes").as_array().at(0).as_object();
    EXPECT_EQ(p.at("name").as_string(), "STEM-traject 2026-2027 (demo)");
    EXPECT_EQ(p.at("region").as_string(), "West-Vlaanderen");
    EXPECT_EQ(p.at("audience").as_string(), "secondary");
    EXPECT_EQ(p.at("maxSchools").as_int64(), 20);
    EXPECT_EQ(p.at("phases").as_array().size(), 6u);
    EXPECT_EQ(p.at("schoolCount").as_int64(), 2);  // Sint-Lucas, and Ter Duinen with its results
    EXPECT_EQ(p.at("mentorCount").as_int64(), 1);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM school_profiles WHERE institution_number = '123456'"), 1);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM company_profiles"), 1);
    // Loading the demo again changes nothing.
    sk::app::load_demo(server.db());
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM programmes"), 1);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM programme_phases"), 6);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM programme_participants"), 3);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM measurements"), 1);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM measurement_answers"), 21);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM surveys"), 3);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM survey_responses"), 9 + 14 + 3);
}

TEST(ProgrammesApi, MeListsTheProgrammesOfTheUsersOrganisations) {
    TestServer server;
    const auto programme = count(server, "SELECT id FROM programmes");
    for (const auto& [email, role] : std::vector<std::pair<std::string, std::string>>{
             {"coordinator@demo.stemkompas.be", "coordinator"}, {"mentor@demo.stemkompas.be", "mentor"}, {kOrganiser, "organiser"}}) {
        auto c = signed_in(server, email);
        auto me = c.get("/api/me");
        EXPECT_EQ(me.json_int("/programmes/0/id"), programme) << email;
        EXPECT_EQ(me.json_string("/programmes/0/name"), "STEM-traject 2026-2027 (demo)");
        EXPECT_EQ(me.json_string("/programmes/0/schoolYear"), "2026-2027");
        EXPECT_EQ(me.json_string("/programmes/0/role"), role) << email;
        EXPECT_EQ(me.json_int("/programmes/0/organisationId"), me.json_int("/memberships/0/organisationId"));
    }
}
