// The action plan over HTTP on both databases: the plan is created on first read with proposals from the
// newest submitted measurement (and their suggestions in the caller's language); goals from a proposal
// and free; every field checked with nothing half stored; actions with progress, overdue and completion;
// the team member's limits; comments mailed to the coordinators; dismissals; the history; exports; the
// overdue list of /api/me/overdue-actions and the overdue mail job (exactly once per action); the
// confirmed mentor's read + comment access (mentor_matches of migration 012).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <ctime>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "core/secrets.h"
#include "jobs/overdue_actions.h"
#include "store/accounts.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::at_ten_utc;
using sk::test::criterion_id;
using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::json;
using sk::test::kCoordinator;
using sk::test::kMentor;
using sk::test::kOrganiser;
using sk::test::kTeamMember;
using sk::test::TestServer;

namespace {

// A programme of the demo organiser with the demo school (Sint-Lucas) taking part. Its submitted
// baseline: C01..C18 competent, C19 and C20 not yet, C21 proficient — label competent, next proficient.
// A second school takes part too. The clock stands on 2026-11-26.
struct PlanFixture {
    TestServer server;
    std::int64_t programme = 0, school = 0, other_school = 0, baseline = 0;
    std::string plan;

    PlanFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Actieplanprogramma", 20,
                                             {{"baseline", "2026-09-01", "2026-10-15"}, {"action_plan", "2026-10-16", "2027-03-31"}});
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        other_school = sk::test::make_school(db, "Andere School", "555555", "limburg", programme);
        baseline = sk::test::make_measurement(db, programme, school, "baseline", "submitted");
        db.exec("UPDATE measurements SET submitted_at = 100 WHERE id = $1", {baseline});
        for (int i = 1; i <= 21; ++i)
            sk::test::set_answer(db, baseline, criterion_id(i), i <= 18 ? "competent" : i <= 20 ? "not_yet" : "proficient");
        plan = "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school) + "/action-plan";
        server.set_now(at_ten_utc("2026-11-26"));
    }

    HttpClient as(const std::string& email, const std::string& lang = "nl") {
        auto c = server.client();
        c.language = lang;
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }
    std::int64_t uid(const std::string& email) { return sk::test::user_id(server.db(), email); }
    long long count(const std::string& table) { return server.db().exec("SELECT COUNT(*) FROM " + table).one().i64(0); }
    std::vector<std::string> outbox_to() {
        std::vector<std::string> out;
        for (const auto& r : server.db().exec("SELECT to_address FROM outbox ORDER BY id").rows) out.push_back(r.str(0));
        return out;
    }
    long long add_goal(HttpClient& c, const std::string& body) {
        auto res = c.post(plan + "/goals", body);
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json_int("/id");
    }
    long long add_action(HttpClient& c, long long goal, const std::string& body) {
        auto res = c.post("/api/action-goals/" + std::to_string(goal) + "/actions", body);
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json_int("/id");
    }
};

TEST(ActionPlanApi, FirstReadCreatesAnEmptyPlanWithProposals) {
    PlanFixture f;
    auto coordinator = f.as(kCoordinator, "en");
    auto res = coordinator.get(f.plan);
    ASSERT_EQ(res.status, 200) << res.body;
    const auto p = json(res).as_object();
    EXPECT_EQ(p.at("programmeId").as_int64(), f.programme);
    EXPECT_EQ(p.at("organisationName").as_string(), "Demoschool Sint-Lucas");
    EXPECT_EQ(p.at("progress").as_int64(), 0);
    EXPECT_TRUE(p.at("goals").as_array().empty());
    EXPECT_EQ(p.at("measurement").at("id").as_int64(), f.baseline);
    EXPECT_EQ(p.at("measurement").at("kind").as_string(), "baseline");
    EXPECT_TRUE(p.at("canEdit").as_bool());
    EXPECT_TRUE(p.at("canComment").as_bool());
    // Next label proficient: the two not-yet criteria (gap 2) first, then the competent ones in order; six at most.
    const auto& proposals = p.at("proposals").as_array();
    ASSERT_EQ(proposals.size(), 6u);
    const std::vector<std::string> ids = {"C19", "C20", "C01", "C02", "C03", "C04"};
    for (std::size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(proposals[i].at("criterionId").as_string(), ids[i]);
        EXPECT_EQ(proposals[i].at("reason").as_string(), "blocks_next_label");
    }
    EXPECT_EQ(proposals[0].at("currentLevel").as_string(), "not_yet");
    EXPECT_EQ(proposals[0].at("targetLevel").as_string(), "competent");
    EXPECT_EQ(proposals[2].at("targetLevel").as_string(), "proficient");
    const auto& s = proposals[0].at("suggestions").as_array();
    ASSERT_GE(s.size(), 2u);
    EXPECT_EQ(s[0].at("id").as_string(), "C19-1");
    EXPECT_NE(std::string(s[0].at("text").as_string()).find("local partner"), std::string::npos) << s[0];
    // Read twice: still one plan.
    EXPECT_EQ(coordinator.get(f.plan).json_int("/id"), p.at("id").as_int64());
    EXPECT_EQ(f.count("action_plans"), 1);
    // In Dutch the suggestion texts are Dutch.
    auto nl = f.as(kTeamMember, "nl");
    auto dutch = json(nl.get(f.plan));
    EXPECT_NE(std::string(dutch.at("proposals").at(0).at("suggestions").at(0).at("text").as_string()).find("lokale partner"), std::string::npos);
    EXPECT_FALSE(dutch.at("canEdit").as_bool());
}

TEST(ActionPlanApi, NoSubmittedMeasurementMeansNoProposals) {
    PlanFixture f;
    f.server.db().exec("UPDATE measurements SET status = 'open', submitted_at = NULL WHERE id = $1", {f.baseline});
    auto c = f.as(kCoordinator);
    auto p = json(c.get(f.plan));
    EXPECT_TRUE(p.at("measurement").is_null());
    EXPECT_TRUE(p.at("proposals").as_array().empty());
}

TEST(ActionPlanApi, NewestSubmittedMeasurementIsTheSource) {
    PlanFixture f;
    auto& db = f.server.db();
    const auto final_m = sk::test::make_measurement(db, f.programme, f.school, "final", "submitted");
    db.exec("UPDATE measurements SET submitted_at = 200 WHERE id = $1", {final_m});
    for (int i = 1; i <= 21; ++i) sk::test::set_answer(db, final_m, criterion_id(i), i == 5 ? "not_yet" : "expert");
    auto c = f.as(kCoordinator);
    auto p = json(c.get(f.plan));
    EXPECT_EQ(p.at("measurement").at("kind").as_string(), "final");
    // Label competent (one criterion two below expert) → next proficient: C05 blocks it; the rest are expert.
    ASSERT_EQ(p.at("proposals").as_array().size(), 1u);
    EXPECT_EQ(p.at("proposals").at(0).at("criterionId").as_string(), "C05");
}

TEST(ActionPlanApi, GoalFromProposalAndFreeGoalWithHistory) {
    PlanFixture f;
    auto c = f.as(kCoordinator);
    c.get(f.plan);
    auto res = c.post(f.plan + "/goals", R"({"fromProposal":"C19","title":"Lokale partners zoeken"})");
    ASSERT_EQ(res.status, 201) << res.body;
    auto g = json(res).as_object();
    EXPECT_EQ(g.at("criterionIds").as_array().size(), 1u);
    EXPECT_EQ(g.at("criterionIds").at(0).as_string(), "C19");
    EXPECT_EQ(g.at("targetLevel").as_string(), "competent");
    EXPECT_EQ(g.at("status").as_string(), "not_started");
    EXPECT_EQ(g.at("progress").as_int64(), 0);
    EXPECT_TRUE(g.at("ownerUserId").is_null());
    // C19 is covered now: no longer proposed, C05 moves up into the six.
    auto p = json(c.get(f.plan));
    const auto& proposals = p.at("proposals").as_array();
    ASSERT_EQ(proposals.size(), 6u);
    EXPECT_EQ(proposals[0].at("criterionId").as_string(), "C20");
    EXPECT_EQ(proposals[5].at("criterionId").as_string(), "C05");
    // A proposal that is not current is refused.
    res = c.post(f.plan + "/goals", R"({"fromProposal":"C19","title":"Nog eens"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_FALSE(res.json_string("/error/fields/fromProposal").empty());

    const auto coordinator_id = f.uid(kCoordinator);
    res = c.post(f.plan + "/goals", R"({"title":"  STEM-beleid  ","criterionIds":["C12","C13"],"targetLevel":"proficient",)"
                                    R"("successIndicator":"Beleidsplan goedgekeurd","ownerUserId":)" + std::to_string(coordinator_id) +
                                        R"(,"startOn":"2026-12-01","endOn":"2027-06-30","resources":"4 uur","monitoring":"per trimester","status":"in_progress"})");
    ASSERT_EQ(res.status, 201) << res.body;
    g = json(res).as_object();
    const auto goal = g.at("id").as_int64();
    EXPECT_EQ(g.at("title").as_string(), "STEM-beleid");
    EXPECT_EQ(g.at("ownerName").as_string(), "Cas Coördinator") << g;
    EXPECT_EQ(g.at("endOn").as_string(), "2027-06-30");

    res = c.send("PATCH", "/api/action-goals/" + std::to_string(goal), R"({"status":"achieved","ownerUserId":null})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_int("/progress"), 100);
    EXPECT_TRUE(json(res).at("ownerUserId").is_null());
    EXPECT_EQ(res.json_string("/resources"), "4 uur");  // untouched fields stay
    // A PATCH that changes nothing writes no history.
    ASSERT_EQ(c.send("PATCH", "/api/action-goals/" + std::to_string(goal), R"({"status":"achieved"})").status, 200);

    auto h = json(c.get(f.plan + "/history")).at("entries").as_array();
    ASSERT_EQ(h.size(), 3u);
    EXPECT_EQ(h[0].at("kind").as_string(), "goal_updated");
    EXPECT_EQ(h[0].at("targetId").as_int64(), goal);
    EXPECT_EQ(h[0].at("actorName").as_string(), "Cas Coördinator");
    const auto& changes = h[0].at("changes").as_object();
    EXPECT_EQ(changes.size(), 2u) << changes;
    EXPECT_EQ(changes.at("status").at("from").as_string(), "in_progress");
    EXPECT_EQ(changes.at("status").at("to").as_string(), "achieved");
    EXPECT_TRUE(changes.at("ownerName").at("to").is_null());
    EXPECT_EQ(h[1].at("kind").as_string(), "goal_created");
    EXPECT_TRUE(h[1].at("changes").at("title").at("from").is_null());
    EXPECT_EQ(h[2].at("targetTitle").as_string(), "Lokale partners zoeken");

    ASSERT_EQ(c.send("DELETE", "/api/action-goals/" + std::to_string(goal), "").status, 204);
    h = json(c.get(f.plan + "/history")).at("entries").as_array();
    EXPECT_EQ(h[0].at("kind").as_string(), "goal_deleted");
    EXPECT_TRUE(h[0].at("changes").at("title").at("to").is_null());
    EXPECT_EQ(c.send("PATCH", "/api/action-goals/" + std::to_string(goal), R"({"title":"x"})").status, 404);
}

TEST(ActionPlanApi, BadGoalInputNamesEveryFieldAndStoresNothing) {
    PlanFixture f;
    auto c = f.as(kCoordinator, "en");
    const auto other_coordinator = sk::test::make_member(f.server.db(), f.other_school, "coord@andere.be", "coordinator", false);
    auto res = c.post(f.plan + "/goals", R"({"title":"","criterionIds":["C01","C01"],"targetLevel":"not_yet","successIndicator":")" +
                                             std::string(1001, 'x') + R"(","ownerUserId":)" + std::to_string(other_coordinator) +
                                             R"(,"startOn":"2026-02-30","endOn":"tomorrow","resources":")" + std::string(2001, 'r') +
                                             R"(","monitoring":5,"status":"busy"})");
    ASSERT_EQ(res.status, 400) << res.body;
    for (const char* field : {"title", "criterionIds", "targetLevel", "successIndicator", "ownerUserId", "startOn", "endOn", "resources",
                              "monitoring", "status"})
        EXPECT_FALSE(res.json_string(std::string("/error/fields/") + field).empty()) << field << ": " << res.body;
    EXPECT_EQ(res.json_string("/error/fields/ownerUserId"), "Choose a coordinator or team member of this school, or nobody.");
    // Missing required fields; unknown criterion; end before start.
    res = c.post(f.plan + "/goals", R"({})");
    EXPECT_EQ(res.status, 400);
    for (const char* field : {"title", "criterionIds", "targetLevel"}) EXPECT_FALSE(res.json_string(std::string("/error/fields/") + field).empty());
    res = c.post(f.plan + "/goals", R"({"title":"x","criterionIds":["C99"],"targetLevel":"expert","startOn":"2027-01-02","endOn":"2027-01-01"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_FALSE(res.json_string("/error/fields/criterionIds").empty());
    EXPECT_EQ(res.json_string("/error/fields/endOn"), "The end date cannot be before the start date.");
    res = c.post(f.plan + "/goals", R"({"title":"x","criterionIds":[],"targetLevel":"expert"})");
    EXPECT_FALSE(res.json_string("/error/fields/criterionIds").empty());
    res = c.post(f.plan + "/goals", "not json");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(f.count("action_goals"), 0);
    EXPECT_EQ(f.count("action_plan_history"), 0);
    // Dutch message for the same field.
    auto nl = f.as(kCoordinator, "nl");
    res = nl.post(f.plan + "/goals", R"({"title":"x","criterionIds":["C01"],"targetLevel":"expert","endOn":"2027-13-01"})");
    EXPECT_EQ(res.json_string("/error/fields/endOn"), "Geef een geldige datum (JJJJ-MM-DD) of laat het leeg.");

    // A PATCH with one bad field changes nothing.
    const auto goal = f.add_goal(c, R"({"title":"Doel","criterionIds":["C01"],"targetLevel":"proficient"})");
    res = c.send("PATCH", "/api/action-goals/" + std::to_string(goal), R"({"title":"Nieuw","endOn":"x"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(json(c.get(f.plan)).at("goals").at(0).at("title").as_string(), "Doel");
}

TEST(ActionPlanApi, ActionsProgressOverdueAndTheTeamMembersLimits) {
    PlanFixture f;
    auto c = f.as(kCoordinator);
    const auto team_member = f.uid(kTeamMember);
    const auto goal = f.add_goal(c, R"({"title":"Doel","criterionIds":["C01"],"targetLevel":"proficient"})");
    const auto mine = f.add_action(c, goal, R"({"title":"Bevraging","ownerUserId":)" + std::to_string(team_member) + R"(,"dueOn":"2026-11-20"})");
    const auto other = f.add_action(c, goal, R"({"title":"Plan","dueOn":"2026-12-20","status":"done"})");
    f.add_action(c, goal, R"({"title":"Evaluatie"})");
    auto g = json(c.get(f.plan)).at("goals").at(0);
    EXPECT_EQ(g.at("progress").as_int64(), 33);
    const auto& actions = g.at("actions").as_array();
    EXPECT_TRUE(actions[0].at("overdue").as_bool());
    EXPECT_EQ(actions[0].at("ownerName").as_string(), "Tine Teamlid");
    EXPECT_FALSE(actions[1].at("overdue").as_bool());
    EXPECT_TRUE(actions[1].at("completedAt").is_int64());
    EXPECT_TRUE(actions[0].at("completedAt").is_null());

    // The team member may move their own action along, not someone else's, and not reassign it.
    auto t = f.as(kTeamMember);
    auto res = t.send("PATCH", "/api/actions/" + std::to_string(mine), R"({"status":"done","title":"Bevraging afgenomen"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_FALSE(json(res).at("overdue").as_bool());
    EXPECT_EQ(res.json_int("/completedAt"), at_ten_utc("2026-11-26"));
    EXPECT_EQ(t.send("PATCH", "/api/actions/" + std::to_string(mine), R"({"ownerUserId":null})").status, 403);
    EXPECT_EQ(t.send("PATCH", "/api/actions/" + std::to_string(other), R"({"status":"doing"})").status, 403);
    EXPECT_EQ(t.send("DELETE", "/api/actions/" + std::to_string(mine), "").status, 403);
    EXPECT_EQ(t.post("/api/action-goals/" + std::to_string(goal) + "/actions", R"({"title":"x"})").status, 403);
    EXPECT_EQ(t.send("PATCH", "/api/action-goals/" + std::to_string(goal), R"({"title":"x"})").status, 403);
    EXPECT_EQ(json(c.get(f.plan)).at("goals").at(0).at("progress").as_int64(), 67);
    EXPECT_EQ(json(c.get(f.plan)).at("progress").as_int64(), 67);

    // Leaving done clears completedAt.
    res = c.send("PATCH", "/api/actions/" + std::to_string(other), R"({"status":"doing"})");
    EXPECT_TRUE(json(res).at("completedAt").is_null());
    // Bad action input.
    res = c.post("/api/action-goals/" + std::to_string(goal) + "/actions", R"({"title":"","status":"later","dueOn":"31/12/2026","ownerUserId":"x"})");
    ASSERT_EQ(res.status, 400);
    for (const char* field : {"title", "status", "dueOn", "ownerUserId"})
        EXPECT_FALSE(res.json_string(std::string("/error/fields/") + field).empty()) << field;
    EXPECT_EQ(f.count("action_items"), 3);
    // History names the team member's change.
    auto h = json(c.get(f.plan + "/history")).at("entries").as_array();
    bool found = false;
    for (const auto& e : h)
        if (e.at("actorName").as_string() == "Tine Teamlid") {
            found = true;
            EXPECT_EQ(e.at("kind").as_string(), "action_updated");
            EXPECT_EQ(e.at("changes").at("status").at("to").as_string(), "done");
        }
    EXPECT_TRUE(found);
    // Deleting the goal takes its actions along.
    ASSERT_EQ(c.send("DELETE", "/api/action-goals/" + std::to_string(goal), "").status, 204);
    EXPECT_EQ(f.count("action_items"), 0);
}

TEST(ActionPlanApi, CommentsMailTheCoordinatorsButNotTheAuthor) {
    PlanFixture f;
    auto c = f.as(kCoordinator);
    const auto goal = f.add_goal(c, R"({"title":"Doel","criterionIds":["C01"],"targetLevel":"proficient"})");
    auto o = f.as(kOrganiser);
    auto res = o.post("/api/action-goals/" + std::to_string(goal) + "/comments", R"({"body":"  Mooi doel!  "})");
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json_string("/authorRole"), "organiser");
    EXPECT_EQ(res.json_string("/body"), "Mooi doel!");
    EXPECT_EQ(f.outbox_to(), std::vector<std::string>{kCoordinator});
    const auto subject = f.server.db().exec("SELECT subject, body_text FROM outbox").one();
    EXPECT_NE(subject.str(0).find("Demoschool Sint-Lucas"), std::string::npos);
    EXPECT_NE(subject.str(1).find("Mooi doel!"), std::string::npos);
    EXPECT_NE(subject.str(1).find("/schools/" + std::to_string(f.school) + "/plan"), std::string::npos);
    // The coordinator's own comment mails nobody; the team member's mails the coordinator.
    res = c.post("/api/action-goals/" + std::to_string(goal) + "/comments", R"({"body":"Dank je"})");
    EXPECT_EQ(res.json_string("/authorRole"), "coordinator");
    EXPECT_EQ(f.outbox_to().size(), 1u);
    auto t = f.as(kTeamMember);
    EXPECT_EQ(t.post("/api/action-goals/" + std::to_string(goal) + "/comments", R"({"body":"Ik help"})").json_string("/authorRole"), "team_member");
    EXPECT_EQ(f.outbox_to().size(), 2u);
    // Bad body: nothing stored.
    res = t.post("/api/action-goals/" + std::to_string(goal) + "/comments", R"({"body":")" + std::string(4001, 'x') + R"("})");
    EXPECT_EQ(res.status, 400);
    EXPECT_FALSE(res.json_string("/error/fields/body").empty());
    EXPECT_EQ(t.post("/api/action-goals/" + std::to_string(goal) + "/comments", R"({"body":"   "})").status, 400);
    EXPECT_EQ(f.count("action_comments"), 3);
    const auto comments = json(c.get(f.plan)).at("goals").at(0).at("comments").as_array();
    ASSERT_EQ(comments.size(), 3u);
    EXPECT_EQ(comments[0].at("authorName").as_string(), "Olivia Organisator");
    // A mentor without a confirmed match may not comment or read.
    auto m = f.as(kMentor);
    EXPECT_EQ(m.post("/api/action-goals/" + std::to_string(goal) + "/comments", R"({"body":"x"})").status, 403);
    EXPECT_EQ(m.get(f.plan).status, 403);
}

TEST(ActionPlanApi, DismissedProposalsStayAway) {
    PlanFixture f;
    auto c = f.as(kCoordinator);
    ASSERT_EQ(c.post(f.plan + "/dismissals", R"({"criterionId":"C19"})").status, 204);
    ASSERT_EQ(c.post(f.plan + "/dismissals", R"({"criterionId":"C19"})").status, 204);  // idempotent
    auto p = json(c.get(f.plan));
    EXPECT_EQ(p.at("proposals").at(0).at("criterionId").as_string(), "C20");
    auto res = c.post(f.plan + "/dismissals", R"({"criterionId":"C77"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_FALSE(res.json_string("/error/fields/criterionId").empty());
    EXPECT_EQ(c.post(f.plan + "/dismissals", R"({})").status, 400);
    EXPECT_EQ(f.count("action_plan_dismissals"), 1);
    auto t = f.as(kTeamMember);
    EXPECT_EQ(t.post(f.plan + "/dismissals", R"({"criterionId":"C20"})").status, 403);
}

TEST(ActionPlanApi, WhoMayReadThePlan) {
    PlanFixture f;
    auto& db = f.server.db();
    const std::string other_plan = "/api/programmes/" + std::to_string(f.programme) + "/schools/" + std::to_string(f.other_school) + "/action-plan";
    auto c = f.as(kCoordinator);
    EXPECT_EQ(c.get(other_plan).status, 403);
    auto o = f.as(kOrganiser);
    auto res = o.get(other_plan);
    EXPECT_EQ(res.status, 200);
    EXPECT_FALSE(json(res).at("canEdit").as_bool());
    EXPECT_TRUE(json(res).at("canComment").as_bool());
    EXPECT_EQ(o.post(f.plan + "/goals", R"({"title":"x","criterionIds":["C01"],"targetLevel":"expert"})").status, 403);
    // A school that does not take part: 404 (for the organiser too); an unknown programme: 404.
    const auto outsider = sk::test::make_school(db, "Buitenstaander", "999999", "antwerpen");
    EXPECT_EQ(o.get("/api/programmes/" + std::to_string(f.programme) + "/schools/" + std::to_string(outsider) + "/action-plan").status, 404);
    EXPECT_EQ(o.get("/api/programmes/99999/schools/" + std::to_string(f.school) + "/action-plan").status, 404);
    auto anon = f.server.client();
    EXPECT_EQ(anon.get(f.plan).status, 401);
    EXPECT_EQ(anon.get("/api/me/overdue-actions").status, 401);
    EXPECT_EQ(c.send("PATCH", "/api/actions/99999", R"({"status":"done"})").status, 404);
}

TEST(ActionPlanApi, ExportsInBothLanguages) {
    PlanFixture f;
    auto c = f.as(kCoordinator);
    const auto goal = f.add_goal(c, R"({"title":"Doel met <tekens> & meer","criterionIds":["C01","C02"],"targetLevel":"proficient"})");
    f.add_action(c, goal, R"({"title":"Eerste stap","dueOn":"2026-11-01"})");
    auto res = c.get(f.plan + ".pdf?lang=en");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("content-type").value_or(""), "application/pdf");
    EXPECT_EQ(res.body.substr(0, 5), "%PDF-");
    EXPECT_NE(res.header("content-disposition").value_or("").find("action-plan-" + std::to_string(f.school) + ".pdf"), std::string::npos);
    res = c.get(f.plan + ".xlsx?lang=nl");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.body.substr(0, 2), "PK");
    EXPECT_NE(res.header("content-disposition").value_or("").find("actieplan-"), std::string::npos);
    res = c.get(f.plan + ".pdf?lang=fr");
    EXPECT_EQ(res.status, 400);
    EXPECT_FALSE(res.json_string("/error/fields/lang").empty());
    auto m = f.as(kMentor);
    EXPECT_EQ(m.get(f.plan + ".xlsx").status, 403);
}

TEST(ActionPlanApi, OverdueListAndTheOverdueMailGoOnce) {
    PlanFixture f;
    auto c = f.as(kCoordinator);
    const auto team_member = f.uid(kTeamMember);
    const auto coordinator = f.uid(kCoordinator);
    const auto goal = f.add_goal(c, R"({"title":"Doel","criterionIds":["C01"],"targetLevel":"proficient"})");
    const auto a1 = f.add_action(c, goal, R"({"title":"Van het teamlid","ownerUserId":)" + std::to_string(team_member) + R"(,"dueOn":"2026-11-10"})");
    const auto a2 = f.add_action(c, goal, R"({"title":"Van de coördinator","ownerUserId":)" + std::to_string(coordinator) + R"(,"dueOn":"2026-11-20"})");
    f.add_action(c, goal, R"({"title":"Nog niet","ownerUserId":)" + std::to_string(team_member) + R"(,"dueOn":"2026-11-26"})");
    f.add_action(c, goal, R"({"title":"Klaar","dueOn":"2026-11-01","status":"done"})");
    f.add_action(c, goal, R"({"title":"Zonder trekker","dueOn":"2026-11-02"})");

    auto list = json(c.get("/api/me/overdue-actions")).at("actions").as_array();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].at("actionId").as_int64(), a2);  // the caller's own first
    EXPECT_TRUE(list[0].at("own").as_bool());
    EXPECT_EQ(list[1].at("title").as_string(), "Zonder trekker");  // then by due date
    EXPECT_EQ(list[2].at("actionId").as_int64(), a1);
    EXPECT_EQ(list[2].at("goalTitle").as_string(), "Doel");
    EXPECT_EQ(list[2].at("programmeId").as_int64(), f.programme);
    EXPECT_EQ(list[2].at("organisationId").as_int64(), f.school);
    auto t = f.as(kTeamMember);
    EXPECT_EQ(json(t.get("/api/me/overdue-actions")).at("actions").at(0).at("actionId").as_int64(), a1);
    auto o = f.as(kOrganiser);
    EXPECT_TRUE(json(o.get("/api/me/overdue-actions")).at("actions").as_array().empty());

    // The job: one mail per overdue action with an owner, once.
    auto& db = f.server.db();
    db.exec("DELETE FROM outbox");
    db.exec("UPDATE users SET language = 'en' WHERE id = $1", {team_member});
    const auto now = at_ten_utc("2026-11-26");
    EXPECT_EQ(sk::jobs::queue_overdue_actions(db, now, "http://app.test"), 2);
    EXPECT_EQ(sk::jobs::queue_overdue_actions(db, now + 3600, "http://app.test"), 0);
    auto mails = db.exec("SELECT to_address, subject FROM outbox ORDER BY id").rows;
    ASSERT_EQ(mails.size(), 2u);
    EXPECT_EQ(mails[0].str(0), kTeamMember);
    EXPECT_EQ(mails[0].str(1), "Action overdue: Van het teamlid");
    EXPECT_EQ(mails[1].str(0), kCoordinator);
    EXPECT_EQ(mails[1].str(1), "Actie over tijd: Van de coördinator");
    // The next day the action due today is overdue too: its mail goes then.
    EXPECT_EQ(sk::jobs::queue_overdue_actions(db, at_ten_utc("2026-11-27"), "http://app.test"), 1);
    // A new due date can be mailed about again once it passes.
    ASSERT_EQ(c.send("PATCH", "/api/actions/" + std::to_string(a1), R"({"dueOn":"2026-11-30"})").status, 200);
    EXPECT_EQ(sk::jobs::queue_overdue_actions(db, at_ten_utc("2026-11-28"), "http://app.test"), 0);
    EXPECT_EQ(sk::jobs::queue_overdue_actions(db, at_ten_utc("2026-12-01"), "http://app.test"), 1);
    EXPECT_EQ(sk::jobs::queue_overdue_actions(db, at_ten_utc("2026-12-02"), "http://app.test"), 0);
}

// A mentor of a company with a CONFIRMED match to the school reads the plan and comments (signed as
// mentor, mailed to the coordinators); a proposed match gives nothing; neither may edit.
TEST(ActionPlanApi, ConfirmedMentorReadsAndComments) {
    PlanFixture f;
    auto& db = f.server.db();
    auto c = f.as(kCoordinator);
    const auto goal = f.add_goal(c, R"({"title":"Doel","criterionIds":["C01"],"targetLevel":"proficient"})");
    const auto company = sk::test::org_id(db, "Demotech NV");
    db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, created_at, updated_at) "
            "VALUES ($1, $2, $3, 'proposed', 1, 1)",
            {f.programme, f.school, company});
    auto m = f.as(kMentor);
    EXPECT_EQ(m.get(f.plan).status, 403);
    db.exec("UPDATE mentor_matches SET status = 'confirmed' WHERE programme_id = $1", {f.programme});
    auto res = m.get(f.plan);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_FALSE(json(res).at("canEdit").as_bool());
    EXPECT_TRUE(json(res).at("canComment").as_bool());
    EXPECT_EQ(m.get(f.plan + "/history").status, 200);
    EXPECT_EQ(m.get(f.plan + ".pdf").status, 200);
    res = m.post("/api/action-goals/" + std::to_string(goal) + "/comments", R"({"body":"Zullen we een bedrijfsbezoek plannen?"})");
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json_string("/authorRole"), "mentor");
    EXPECT_EQ(f.outbox_to(), std::vector<std::string>{kCoordinator});
    EXPECT_EQ(m.post(f.plan + "/goals", R"({"title":"x","criterionIds":["C01"],"targetLevel":"expert"})").status, 403);
    EXPECT_EQ(m.send("PATCH", "/api/action-goals/" + std::to_string(goal), R"({"title":"x"})").status, 403);
    // Another school of the programme stays closed to them.
    EXPECT_EQ(m.get("/api/programmes/" + std::to_string(f.programme) + "/schools/" + std::to_string(f.other_school) + "/action-plan").status, 403);
}

// `make run` shows a plan at once: Ter Duinen has two goals with actions; loading the demo again changes nothing.
TEST(ActionPlanApi, TheDemoPlanOfTerDuinen) {
    TestServer server(sk::test::TestServerOptions{.demo_results_school = true});
    auto& db = server.db();
    server.set_now(at_ten_utc("2026-12-20"));
    const auto programme = db.exec("SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'").one().i64(0);
    const auto school = sk::test::org_id(db, "Demoschool Ter Duinen");
    auto c = server.client();
    ASSERT_EQ(c.login("duinen@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
    auto res = c.get("/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school) + "/action-plan");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto p = json(res);
    const auto& goals = p.at("goals").as_array();
    ASSERT_EQ(goals.size(), 2u);
    EXPECT_EQ(goals[0].at("progress").as_int64(), 33);  // one of three actions done
    EXPECT_EQ(goals[0].at("ownerName").as_string(), "Dana Duinen");
    EXPECT_TRUE(goals[0].at("actions").at(1).at("overdue").as_bool());  // due four days before the demo's today, still doing
    EXPECT_EQ(p.at("progress").as_int64(), 17);
    EXPECT_FALSE(p.at("proposals").as_array().empty());
    EXPECT_EQ(p.at("measurement").at("kind").as_string(), "baseline");
    // Sint-Lucas has no plan: the browser tests start it fresh.
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM action_plans").one().i64(0), 1);
    sk::app::load_demo(db);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM action_plans").one().i64(0), 1);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM action_goals").one().i64(0), 2);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM action_items").one().i64(0), 4);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM action_goal_criteria").one().i64(0), 3);
}

}  // namespace
