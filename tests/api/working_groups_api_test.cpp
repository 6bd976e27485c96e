// Working groups: the proposal from the focus points (themes, placement, company suggestions), creating
// and editing groups and members (audited, bad input stores nothing), and who sees which group.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "store/accounts.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::criterion_id;
using sk::test::HttpClient;
using sk::test::TestServer;

namespace {

struct WorkingGroupFixture {
    TestServer server;
    std::int64_t programme = 0;
    std::int64_t demo = 0, alfa = 0, beta = 0, gamma = 0;
    std::int64_t demotech = 0, acme = 0, bolt = 0, vol = 0;

    WorkingGroupFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Netwerkprogramma");
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        demo = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, demo, "school");
        alfa = sk::test::make_school(db, "Alfa Atheneum", "620001", "antwerpen", programme);
        beta = sk::test::make_school(db, "Beta Basisschool", "620002", "limburg", programme);
        gamma = sk::test::make_school(db, "Gamma Instituut", "620003", "limburg", programme);  // no measurement
        demotech = sk::test::org_id(db, "Demotech NV");  // E1,E6, capacity 3
        sk::test::add_participant(db, programme, demotech, "company");
        acme = company("Acme", "E1", 3);
        bolt = company("Bolt", "E1,E2", 5);
        vol = company("Vol", "E1", 1);
    }

    std::int64_t company(const std::string& name, const std::string& expertise, int capacity) {
        auto& db = server.db();
        const auto id = sk::store::create_organisation(db, name, "company", 1);
        db.exec("INSERT INTO company_profiles (organisation_id, enterprise_number, sector, province, size, expertise, capacity) "
                "VALUES ($1, $2, 'Techniek', 'limburg', '10-49', $3, $4)",
                {id, "0" + std::to_string(500000000 + id), expertise, static_cast<std::int64_t>(capacity)});
        sk::test::add_participant(db, programme, id, "company");
        return id;
    }

    void submitted(std::int64_t school, const std::map<std::string, std::string>& except) {
        auto& db = server.db();
        const auto m = sk::test::make_measurement(db, programme, school, "baseline", "submitted");
        for (int i = 1; i <= 21; ++i) {
            const auto it = except.find(criterion_id(i));
            sk::test::set_answer(db, m, criterion_id(i), it == except.end() ? "proficient" : it->second);
        }
    }

    std::string list() const { return "/api/programmes/" + std::to_string(programme) + "/working-groups"; }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200);
        return c;
    }
    HttpClient organiser() { return as("organisator@demo.stemkompas.be"); }

    std::int64_t create(HttpClient& c, const std::string& title, const std::vector<std::int64_t>& schools,
                        const std::vector<std::int64_t>& companies = {}) {
        std::string s, k;
        for (auto id : schools) s += (s.empty() ? "" : ",") + std::to_string(id);
        for (auto id : companies) k += (k.empty() ? "" : ",") + std::to_string(id);
        auto res = c.post(list(), R"({"title":")" + title + R"(","criterionIds":["C01"],"schoolIds":[)" + s + R"(],"companyIds":[)" + k + "]}");
        EXPECT_EQ(res.status, 201) << res.body;
        return boost::json::parse(res.body).at("id").as_int64();
    }

    std::int64_t count(const std::string& table) { return server.db().exec("SELECT COUNT(*) FROM " + table).one().i64(0); }
};

std::vector<std::string> names_of(const boost::json::value& list, const char* key = "name") {
    std::vector<std::string> out;
    for (const auto& v : list.as_array()) out.emplace_back(v.at(key).as_string());
    return out;
}

}  // namespace

TEST(WorkingGroupsApi, ProposalGroupsTheFocusPointsPlacesSchoolsAndSuggestsCompanies) {
    WorkingGroupFixture f;
    // Medians are all proficient; the widest spreads: C01 (Alfa not_yet), C04 (Beta not_yet), then C02
    // (the demo school competent), then C03, C05 in framework order. C01-C03 are key element E1, C04-C05 E2.
    f.submitted(f.alfa, {{"C01", "not_yet"}});
    f.submitted(f.beta, {{"C04", "not_yet"}});
    f.submitted(f.demo, {{"C02", "competent"}});
    auto o = f.organiser();
    // Vol is already in an open group of this programme: no free capacity left.
    f.create(o, "Bestaand", {}, {f.vol});

    auto res = o.post(f.list() + "/proposal", "{}", {{"Accept-Language", "en"}});
    ASSERT_EQ(res.status, 200) << res.body;
    const auto themes = boost::json::parse(res.body).at("proposal").as_array();
    ASSERT_EQ(themes.size(), 2u) << res.body;
    EXPECT_EQ(themes[0].at("elementId").as_string(), "E1");
    EXPECT_EQ(boost::json::serialize(themes[0].at("criterionIds")), R"(["C01","C02","C03"])");
    EXPECT_EQ(names_of(themes[0].at("schools")), (std::vector<std::string>{"Alfa Atheneum", "Demoschool Sint-Lucas"}));
    EXPECT_EQ(names_of(themes[0].at("companies")), (std::vector<std::string>{"Bolt", "Acme", "Demotech NV"}));
    EXPECT_EQ(themes[0].at("companies").at(0).at("freeCapacity").as_int64(), 5);
    EXPECT_EQ(themes[1].at("elementId").as_string(), "E2");
    EXPECT_EQ(boost::json::serialize(themes[1].at("criterionIds")), R"(["C04","C05"])");
    EXPECT_EQ(names_of(themes[1].at("schools")), (std::vector<std::string>{"Beta Basisschool"}));
    EXPECT_EQ(names_of(themes[1].at("companies")), (std::vector<std::string>{"Bolt"}));
    // A merged theme is titled by its key element, in the request language (not empty, not an id).
    EXPECT_FALSE(std::string(themes[0].at("title").as_string()).empty());
    EXPECT_EQ(f.count("working_groups"), 1);  // the proposal stores nothing

    // No final measurement yet: no proposal; a bad measurement is a 400.
    res = o.post(f.list() + "/proposal", R"({"measurement":"final"})");
    EXPECT_EQ(res.body, R"({"proposal":[]})");
    res = o.post(f.list() + "/proposal", R"({"measurement":"later"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_FALSE(res.json_string("/error/fields/measurement").empty());
}

TEST(WorkingGroupsApi, CreateStoresTheGroupWithMembersInFrameworkOrderAndAudits) {
    WorkingGroupFixture f;
    auto o = f.organiser();
    auto res = o.post(f.list(), R"({"title":"  Samen rond onderzoek  ","description":"Drie sessies","criterionIds":["C04","C01"],"schoolIds":[)" +
                                    std::to_string(f.demo) + "," + std::to_string(f.alfa) + "," + std::to_string(f.alfa) + R"(],"companyIds":[)" +
                                    std::to_string(f.acme) + "]}");
    ASSERT_EQ(res.status, 201) << res.body;
    const auto g = boost::json::parse(res.body);
    EXPECT_EQ(g.at("title").as_string(), "Samen rond onderzoek");
    EXPECT_EQ(g.at("description").as_string(), "Drie sessies");
    EXPECT_EQ(boost::json::serialize(g.at("criterionIds")), R"(["C01","C04"])");
    EXPECT_EQ(g.at("status").as_string(), "open");
    EXPECT_EQ(g.at("programmeId").as_int64(), f.programme);
    EXPECT_EQ(names_of(g.at("members")), (std::vector<std::string>{"Alfa Atheneum", "Demoschool Sint-Lucas", "Acme"}));
    EXPECT_EQ(g.at("members").at(2).at("kind").as_string(), "company");
    EXPECT_TRUE(g.at("sessions").as_array().empty());
    const auto id = g.at("id").as_int64();
    EXPECT_EQ(o.get("/api/working-groups/" + std::to_string(id)).body, res.body);
    // A session for this group shows on its page (Brussels local times); one for the programme does not.
    auto session = o.post("/api/programmes/" + std::to_string(f.programme) + "/sessions",
                          R"({"type":"working_group_meeting","title":"Werkgroep 1","startsAt":"2027-03-30T14:00","endsAt":"2027-03-30T16:00",)"
                          R"("capacity":12,"audience":{"kind":"working_group","workingGroupId":)" + std::to_string(id) + "}}");
    ASSERT_EQ(session.status, 201) << session.body;
    ASSERT_EQ(o.post("/api/programmes/" + std::to_string(f.programme) + "/sessions",
                     R"({"type":"exchange","title":"Voor iedereen","startsAt":"2027-03-01T14:00","endsAt":"2027-03-01T16:00","capacity":40})")
                  .status,
              201);
    const auto page = boost::json::parse(o.get("/api/working-groups/" + std::to_string(id)).body);
    ASSERT_EQ(page.at("sessions").as_array().size(), 1u) << page;
    EXPECT_EQ(page.at("sessions").at(0).at("title").as_string(), "Werkgroep 1");
    EXPECT_EQ(page.at("sessions").at(0).at("startsAt").as_string(), "2027-03-30T14:00");
    EXPECT_EQ(page.at("sessions").at(0).at("endsAt").as_string(), "2027-03-30T16:00");
    const auto audit = f.server.db().exec("SELECT action, object_id, after_json FROM audit_log WHERE action LIKE 'working_group.%'");
    ASSERT_EQ(audit.rows.size(), 1u);
    EXPECT_EQ(audit.rows[0].str(0), "working_group.create");
    EXPECT_EQ(audit.rows[0].i64(1), id);
    EXPECT_NE(audit.rows[0].str(2).find("Acme"), std::string::npos);
}

TEST(WorkingGroupsApi, BadInputNamesEveryFieldInBothLanguagesAndStoresNothing) {
    WorkingGroupFixture f;
    auto o = f.organiser();
    const std::string bad = R"({"title":"","description":")" + std::string(4001, 'x') + R"(","criterionIds":["C01","C99"],"schoolIds":[)" +
                            std::to_string(f.acme) + R"(],"companyIds":"Acme"})";
    auto res = o.post(f.list(), bad, {{"Accept-Language", "en"}});
    ASSERT_EQ(res.status, 400) << res.body;
    EXPECT_EQ(res.json_string("/error/code"), "validation_failed");
    EXPECT_EQ(res.json_string("/error/fields/title"), "This field is required.");
    EXPECT_EQ(res.json_string("/error/fields/description"), "Use at most 4000 characters.");
    EXPECT_EQ(res.json_string("/error/fields/criterionIds"), "Choose 1 to 21 different criteria of this programme's framework.");
    EXPECT_EQ(res.json_string("/error/fields/schoolIds"),
              "Organisation " + std::to_string(f.acme) + " does not take part in this programme as a school.");
    EXPECT_EQ(res.json_string("/error/fields/companyIds"), "Give a list of organisation numbers.");
    res = o.post(f.list(), bad, {{"Accept-Language", "nl"}});
    EXPECT_EQ(res.json_string("/error/fields/title"), "Vul dit veld in.");
    EXPECT_EQ(res.json_string("/error/fields/schoolIds"), "Organisatie " + std::to_string(f.acme) + " neemt niet als school deel aan dit traject.");

    // One bad field at a time.
    for (const auto& [body, field] : std::vector<std::pair<std::string, std::string>>{
             {R"({"title":"T"})", "criterionIds"},
             {R"({"title":"T","criterionIds":[]})", "criterionIds"},
             {R"({"title":"T","criterionIds":["C01","C01"]})", "criterionIds"},
             {R"({"title":"T","criterionIds":[1]})", "criterionIds"},
             {R"({"title":")" + std::string(201, 't') + R"(","criterionIds":["C01"]})", "title"},
             {R"({"title":"T","criterionIds":["C01"],"schoolIds":[0]})", "schoolIds"},
             {R"({"title":"T","criterionIds":["C01"],"schoolIds":["1"]})", "schoolIds"},
             {R"({"title":"T","criterionIds":["C01"],"companyIds":[)" + std::to_string(f.alfa) + "]}", "companyIds"},
             {R"({"title":"T","criterionIds":["C01"],"companyIds":[999999]})", "companyIds"}}) {
        res = o.post(f.list(), body);
        EXPECT_EQ(res.status, 400) << body;
        EXPECT_FALSE(res.json_string("/error/fields/" + field).empty()) << body << " " << res.body;
    }
    EXPECT_EQ(o.post(f.list(), "[1,2]").status, 400);
    EXPECT_EQ(f.count("working_groups"), 0);
    EXPECT_EQ(f.count("working_group_members"), 0);
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'working_group.%'").one().i64(0), 0);
}

TEST(WorkingGroupsApi, ParticipantsSeeTheirGroupsInFullAndOnlyTheTitlesOfOtherOpenOnes) {
    WorkingGroupFixture f;
    auto o = f.organiser();
    const auto mine = f.create(o, "Met de demoschool", {f.demo, f.alfa}, {f.acme});
    const auto open_other = f.create(o, "Open zonder ons", {f.beta});
    const auto closed_other = f.create(o, "Gesloten zonder ons", {f.beta});
    ASSERT_EQ(o.send("PATCH", "/api/working-groups/" + std::to_string(closed_other), R"({"status":"closed"})").status, 200);

    auto coordinator = f.as("coordinator@demo.stemkompas.be");
    auto res = coordinator.get(f.list());
    ASSERT_EQ(res.status, 200) << res.body;
    auto groups = boost::json::parse(res.body).at("groups").as_array();
    ASSERT_EQ(groups.size(), 2u) << res.body;
    EXPECT_EQ(groups[0].at("id").as_int64(), mine);
    EXPECT_TRUE(groups[0].at("member").as_bool());
    EXPECT_EQ(names_of(groups[0].at("members")), (std::vector<std::string>{"Alfa Atheneum", "Demoschool Sint-Lucas", "Acme"}));
    EXPECT_EQ(groups[1].at("id").as_int64(), open_other);
    EXPECT_FALSE(groups[1].at("member").as_bool());
    EXPECT_TRUE(groups[1].at("members").as_array().empty());
    EXPECT_EQ(res.body.find("Beta Basisschool"), std::string::npos);
    EXPECT_EQ(res.body.find("Gesloten zonder ons"), std::string::npos);
    EXPECT_EQ(coordinator.get("/api/working-groups/" + std::to_string(mine)).status, 200);
    EXPECT_EQ(coordinator.get("/api/working-groups/" + std::to_string(open_other)).status, 403);
    EXPECT_EQ(coordinator.get("/api/working-groups/" + std::to_string(closed_other)).status, 403);

    // The demo mentor's company takes part but is in no group: open titles only.
    auto mentor = f.as("mentor@demo.stemkompas.be");
    groups = boost::json::parse(mentor.get(f.list()).body).at("groups").as_array();
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_FALSE(groups[0].at("member").as_bool());
    EXPECT_TRUE(groups[0].at("members").as_array().empty());
    EXPECT_EQ(mentor.get("/api/working-groups/" + std::to_string(mine)).status, 403);

    // The organiser sees all three in full: open first, then by title.
    groups = boost::json::parse(o.get(f.list()).body).at("groups").as_array();
    EXPECT_EQ(names_of(groups, "title"), (std::vector<std::string>{"Met de demoschool", "Open zonder ons", "Gesloten zonder ons"}));
    EXPECT_EQ(names_of(groups[1].at("members")), (std::vector<std::string>{"Beta Basisschool"}));

    // A company that leaves the programme no longer sees anything there.
    f.server.db().exec("DELETE FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2", {f.programme, f.demotech});
    EXPECT_EQ(mentor.get(f.list()).status, 403);
    EXPECT_EQ(f.server.client().get(f.list()).status, 401);
    EXPECT_EQ(o.get("/api/programmes/999999/working-groups").status, 404);
}

TEST(WorkingGroupsApi, OrganisersEditCloseAndRemoveGroupsAndMembers) {
    WorkingGroupFixture f;
    auto o = f.organiser();
    const auto id = f.create(o, "Eerste titel", {f.alfa});
    const std::string path = "/api/working-groups/" + std::to_string(id);

    auto res = o.send("PATCH", path, R"({"title":"Nieuwe titel","criterionIds":["C21","C02"],"status":"closed"})");
    ASSERT_EQ(res.status, 200) << res.body;
    auto g = boost::json::parse(res.body);
    EXPECT_EQ(g.at("title").as_string(), "Nieuwe titel");
    EXPECT_EQ(boost::json::serialize(g.at("criterionIds")), R"(["C02","C21"])");
    EXPECT_EQ(g.at("status").as_string(), "closed");
    for (const auto& [body, field] : std::vector<std::pair<std::string, std::string>>{
             {R"({"status":"archived"})", "status"}, {R"({"title":""})", "title"}, {R"({"criterionIds":"C01"})", "criterionIds"}, {"{}", "title"}}) {
        res = o.send("PATCH", path, body, {{"Accept-Language", "en"}});
        EXPECT_EQ(res.status, 400) << body;
        EXPECT_FALSE(res.json_string("/error/fields/" + field).empty()) << body << " " << res.body;
    }
    EXPECT_EQ(boost::json::parse(o.get(path).body).at("title").as_string(), "Nieuwe titel");

    // Members: add (idempotent), an organisation outside the programme is not found, remove.
    res = o.put(path + "/members/" + std::to_string(f.bolt), "{}");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(names_of(boost::json::parse(res.body).at("members")), (std::vector<std::string>{"Alfa Atheneum", "Bolt"}));
    EXPECT_EQ(o.put(path + "/members/" + std::to_string(f.bolt), "{}").status, 200);
    EXPECT_EQ(f.count("working_group_members"), 2);
    const auto outsider = sk::test::make_school(f.server.db(), "Buiten School", "620009", "limburg");
    EXPECT_EQ(o.put(path + "/members/" + std::to_string(outsider), "{}").status, 404);
    EXPECT_EQ(o.send("DELETE", path + "/members/" + std::to_string(f.alfa), "").status, 204);
    EXPECT_EQ(names_of(boost::json::parse(o.get(path).body).at("members")), (std::vector<std::string>{"Bolt"}));

    // A coordinator may not edit, even a group of their own school.
    auto coordinator = f.as("coordinator@demo.stemkompas.be");
    EXPECT_EQ(o.put(path + "/members/" + std::to_string(f.demo), "{}").status, 200);
    EXPECT_EQ(coordinator.send("PATCH", path, R"({"title":"Van ons"})").status, 403);
    EXPECT_EQ(coordinator.send("DELETE", path, "").status, 403);

    EXPECT_EQ(o.send("DELETE", path, "").status, 204);
    EXPECT_EQ(o.get(path).status, 404);
    EXPECT_EQ(f.count("working_group_members"), 0);
    std::vector<std::string> actions;
    for (const auto& r : f.server.db().exec("SELECT action FROM audit_log WHERE action LIKE 'working_group.%' ORDER BY id").rows)
        actions.push_back(r.str(0));
    EXPECT_EQ(actions, (std::vector<std::string>{"working_group.create", "working_group.update", "working_group.member_add",
                                                 "working_group.member_add", "working_group.member_remove", "working_group.member_add",
                                                 "working_group.delete"}));
}

TEST(WorkingGroupsApi, OrganisersListTheProgrammesCompaniesWithExpertiseAndFreeCapacity) {
    WorkingGroupFixture f;
    auto o = f.organiser();
    const std::string path = "/api/programmes/" + std::to_string(f.programme) + "/companies";
    // Bolt sits in one open and one closed group: only the open one takes capacity.
    f.create(o, "Open groep", {}, {f.bolt});
    const auto closed = f.create(o, "Gesloten groep", {}, {f.bolt});
    ASSERT_EQ(o.send("PATCH", "/api/working-groups/" + std::to_string(closed), R"({"status":"closed"})").status, 200);
    // A school of the programme and a company outside it are not listed.
    const auto outsider = sk::store::create_organisation(f.server.db(), "Buitenbedrijf", "company", 1);
    ASSERT_GT(outsider, 0);

    auto res = o.get(path);
    ASSERT_EQ(res.status, 200) << res.body;
    const auto list = boost::json::parse(res.body).at("companies");
    EXPECT_EQ(names_of(list), (std::vector<std::string>{"Acme", "Bolt", "Demotech NV", "Vol"}));
    const auto& bolt = list.as_array().at(1);
    EXPECT_EQ(bolt.at("id").as_int64(), f.bolt);
    EXPECT_EQ(boost::json::serialize(bolt.at("expertise")), R"(["E1","E2"])");
    EXPECT_EQ(bolt.at("freeCapacity").as_int64(), 4);
    EXPECT_EQ(boost::json::serialize(list.as_array().at(2).at("expertise")), R"(["E1","E6"])");

    // A listed company can be added to a group with the member route.
    const auto group = f.create(o, "Met bedrijf", {f.alfa});
    res = o.put("/api/working-groups/" + std::to_string(group) + "/members/" + std::to_string(f.acme), "{}");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(names_of(boost::json::parse(res.body).at("members")), (std::vector<std::string>{"Alfa Atheneum", "Acme"}));

    // Only organisers of this programme; an unknown programme is not found.
    EXPECT_EQ(f.as("coordinator@demo.stemkompas.be").get(path).status, 403);
    EXPECT_EQ(f.as("mentor@demo.stemkompas.be").get(path).status, 403);
    EXPECT_EQ(f.server.client().get(path).status, 401);
    EXPECT_EQ(o.get("/api/programmes/999999/companies").status, 404);
}
