// Mentor matching and the meeting log over HTTP on both databases: the proposal (scores explained, focus
// criteria from the submitted baseline), manual set/fix/remove with the capacity check, a re-run that
// keeps fixed and confirmed pairs, confirmation (audit, mails to both sides), the mentor's view and access
// to the school's results, removal of a confirmed pair, and meetings with follow-ups (sides, bad input).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <ctime>
#include <tuple>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

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

constexpr const char* kBouwMentor = "bea@bouw.be";

// A programme of the demo organiser with: the demo school Sint-Lucas (west-vlaanderen; submitted baseline
// with C01, C02, C15 not yet and the rest competent, so its focus criteria are C01 C02 C15 C03 C04 C05), a
// school in Limburg without a measurement, the demo company Demotech (west-vlaanderen, E1+E6, capacity 3)
// and Bouw BV (limburg, E2, capacity 1) with its own mentor. The clock stands on 2026-11-26.
struct MentoringFixture {
    TestServer server;
    std::int64_t programme = 0, school = 0, limburg = 0, demotech = 0, bouw = 0;
    std::string base;

    MentoringFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Mentorprogramma", 20);
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        limburg = sk::test::make_school(db, "Basisschool Limburg", "565656", "limburg", programme);
        const auto baseline = sk::test::make_measurement(db, programme, school, "baseline", "submitted");
        db.exec("UPDATE measurements SET submitted_at = 5 WHERE id = $1", {baseline});
        for (int i = 1; i <= 21; ++i)
            sk::test::set_answer(db, baseline, criterion_id(i), (i == 1 || i == 2 || i == 15) ? "not_yet" : "competent");
        demotech = sk::test::org_id(db, "Demotech NV");
        sk::test::add_participant(db, programme, demotech, "company");
        bouw = db.exec("INSERT INTO organisations (name, kind, created_at) VALUES ('Bouw BV', 'company', 1) RETURNING id").one().i64(0);
        db.exec("INSERT INTO company_profiles (organisation_id, enterprise_number, sector, province, size, expertise, capacity) "
                "VALUES ($1, '0999.888.777', 'Bouw', 'limburg', '10-49', 'E2', 1)",
                {bouw});
        sk::test::add_participant(db, programme, bouw, "company");
        const auto uid = sk::store::create_user(db, kBouwMentor, "Bea Bouw", "en", sk::core::hash_password(sk::app::kDemoPassword), 1);
        sk::store::add_membership(db, uid, bouw, "mentor", 1);
        base = "/api/programmes/" + std::to_string(programme) + "/matching";
        server.set_now(1795687200);  // 2026-11-26 10:00 UTC
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }
    std::string pair_path(std::int64_t s) const { return base + "/pairs/" + std::to_string(s); }
    std::string school_path(std::int64_t s, const std::string& rest) const {
        return "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(s) + rest;
    }
    std::int64_t count(const std::string& sql) { return server.db().exec(sql).one().i64(0); }
    std::string mail_to(const std::string& address, const std::string& needle) {
        server.drain_mail();
        for (auto m : server.mail_files()) {
            for (auto p = m.find("=\r\n"); p != std::string::npos; p = m.find("=\r\n", p)) m.erase(p, 3);
            if (m.find("To: " + address + "\r\n") != std::string::npos && m.find(needle) != std::string::npos) return m;
        }
        return "";
    }
};

const boost::json::object* pair_of(const boost::json::value& doc, std::int64_t school) {
    for (const auto& p : doc.at("pairs").as_array())
        if (p.at("schoolId").as_int64() == school) return &p.as_object();
    return nullptr;
}

TEST(MentoringApi, ProposalMaximisesAndExplainsEachPair) {
    MentoringFixture f;
    auto org = f.as(kOrganiser);
    auto empty = org.get(f.base);
    ASSERT_EQ(empty.status, 200) << empty.body;
    EXPECT_EQ(boost::json::serialize(json(empty)),
              R"({"totalScore":0,"counts":{"proposed":0,"confirmed":0,"fixed":0,"unmatched":2,"companies":2,"freePlaces":4}})");
    EXPECT_EQ(json(org.get(f.base + "/pairs")).at("pairs").as_array().size(), 0u);
    EXPECT_EQ(json(org.get(f.base + "/unmatched")).at("schools").as_array().size(), 2u);
    EXPECT_EQ(json(org.get(f.base + "/companies")).at("companies").as_array().size(), 2u);

    auto res = org.post(f.base + "/proposal", "{}");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto summary = json(res);
    EXPECT_EQ(summary.at("totalScore").as_int64(), 120);
    EXPECT_EQ(summary.at("counts").at("proposed").as_int64(), 2);
    EXPECT_EQ(summary.at("counts").at("unmatched").as_int64(), 0);
    EXPECT_EQ(summary.at("counts").at("freePlaces").as_int64(), 2);
    const auto doc = json(org.get(f.base + "/pairs"));
    const auto* lucas = pair_of(doc, f.school);
    ASSERT_NE(lucas, nullptr) << res.body;
    EXPECT_EQ(lucas->at("companyId").as_int64(), f.demotech);
    EXPECT_EQ(lucas->at("companyName").as_string(), "Demotech NV");
    EXPECT_EQ(lucas->at("status").as_string(), "proposed");
    EXPECT_FALSE(lucas->at("fixed").as_bool());
    const auto& e = lucas->at("explanation").as_object();
    EXPECT_EQ(e.at("province").as_string(), "same");
    EXPECT_EQ(e.at("provincePoints").as_int64(), 40);
    EXPECT_EQ(boost::json::serialize(e.at("focusCriteria")), R"(["C01","C02","C15","C03","C04","C05"])");
    EXPECT_EQ(boost::json::serialize(e.at("coveredCriteria")), R"(["C01","C02","C15","C03"])");
    EXPECT_EQ(e.at("expertisePoints").as_int64(), 40);  // 60 * 4 / 6
    EXPECT_EQ(lucas->at("score").as_int64(), 80);
    const auto* limburg = pair_of(doc, f.limburg);
    ASSERT_NE(limburg, nullptr);
    EXPECT_EQ(limburg->at("companyId").as_int64(), f.bouw);
    EXPECT_EQ(limburg->at("score").as_int64(), 40);  // same province, no focus criteria
    EXPECT_EQ(json(org.get(f.base + "/unmatched")).at("schools").as_array().size(), 0u);
    const auto companies = json(org.get(f.base + "/companies"));
    for (const auto& c : companies.at("companies").as_array()) EXPECT_EQ(c.at("used").as_int64(), 1);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'matching.propose'"), 1);
    // Same data, same answer.
    EXPECT_EQ(json(org.post(f.base + "/proposal", "{}")), summary);
    EXPECT_EQ(json(org.get(f.base + "/pairs")).at("pairs"), doc.at("pairs"));
}

// The figures are kept per process while the programme's change counter stays the same (migration 020):
// pairs and capacities changed by plain SQL, as another process would, show on the next read.
TEST(MentoringApi, TheKeptFiguresFollowPairsAndCapacities) {
    MentoringFixture f;
    auto org = f.as(kOrganiser);
    auto counts = [&] { return boost::json::serialize(json(org.get(f.base)).at("counts")); };
    EXPECT_EQ(counts(), R"({"proposed":0,"confirmed":0,"fixed":0,"unmatched":2,"companies":2,"freePlaces":4})");
    auto& db = f.server.db();
    db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, score, fixed, created_at, updated_at) "
            "VALUES ($1, $2, $3, 'proposed', 30, 1, 1, 1)",
            {f.programme, f.limburg, f.bouw});
    EXPECT_EQ(counts(), R"({"proposed":1,"confirmed":0,"fixed":1,"unmatched":1,"companies":2,"freePlaces":3})");
    db.exec("UPDATE mentor_matches SET status = 'confirmed' WHERE school_id = $1", {f.limburg});
    EXPECT_EQ(counts(), R"({"proposed":0,"confirmed":1,"fixed":1,"unmatched":1,"companies":2,"freePlaces":3})");
    db.exec("UPDATE company_profiles SET capacity = 5 WHERE organisation_id = $1", {f.bouw});
    EXPECT_EQ(counts(), R"({"proposed":0,"confirmed":1,"fixed":1,"unmatched":1,"companies":2,"freePlaces":7})");
    db.exec("DELETE FROM mentor_matches WHERE school_id = $1", {f.limburg});
    EXPECT_EQ(counts(), R"({"proposed":0,"confirmed":0,"fixed":0,"unmatched":2,"companies":2,"freePlaces":8})");
}

TEST(MentoringApi, ManualPairsRespectCapacityAndSurviveARerun) {
    MentoringFixture f;
    auto org = f.as(kOrganiser);
    ASSERT_EQ(org.post(f.base + "/proposal", "{}").status, 200);
    // Bouw BV (capacity 1) already has the Limburg school.
    auto full = org.put(f.pair_path(f.school), "{\"companyId\":" + std::to_string(f.bouw) + "}");
    EXPECT_EQ(full.status, 409) << full.body;
    EXPECT_EQ(full.json_string("/error/code"), "capacity_full");
    EXPECT_EQ(f.count("SELECT company_id FROM mentor_matches WHERE school_id = " + std::to_string(f.school)), f.demotech);
    // Bad input: a message per field, nothing stored.
    auto bad = org.put(f.pair_path(f.school), R"({"companyId":"x","fixed":"ja"})");
    EXPECT_EQ(bad.status, 400) << bad.body;
    EXPECT_NE(bad.json_string("/error/fields/companyId"), "");
    EXPECT_NE(bad.json_string("/error/fields/fixed"), "");
    auto not_company = org.put(f.pair_path(f.school), "{\"companyId\":" + std::to_string(f.limburg) + "}");
    EXPECT_EQ(not_company.status, 400);
    EXPECT_NE(not_company.json_string("/error/fields/companyId"), "");
    org.language = "en";
    EXPECT_EQ(org.put(f.pair_path(f.school), "{\"companyId\":" + std::to_string(f.limburg) + "}").json_string("/error/fields/companyId"),
              "Choose a mentor company that takes part in this programme.");
    EXPECT_EQ(org.put(f.pair_path(999999), "{\"companyId\":" + std::to_string(f.demotech) + "}").status, 404);

    // Fix the Limburg school to Demotech by hand (score 0 is allowed by hand); Bouw is free again.
    auto set = org.put(f.pair_path(f.limburg), "{\"companyId\":" + std::to_string(f.demotech) + ",\"fixed\":true}");
    ASSERT_EQ(set.status, 200) << set.body;
    EXPECT_EQ(set.json_int("/score"), 0);
    EXPECT_EQ(set.json_string("/explanation/province"), "other");
    EXPECT_TRUE(json(set).at("fixed").as_bool());
    // A re-run keeps the fixed pair and re-matches the rest around it.
    ASSERT_EQ(org.post(f.base + "/proposal", "{}").status, 200);
    auto rerun = json(org.get(f.base + "/pairs"));
    EXPECT_EQ(pair_of(rerun, f.limburg)->at("companyId").as_int64(), f.demotech);
    EXPECT_TRUE(pair_of(rerun, f.limburg)->at("fixed").as_bool());
    EXPECT_EQ(pair_of(rerun, f.school)->at("companyId").as_int64(), f.demotech);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'matching.set'"), 1);

    // Remove a proposed pair: no mail.
    EXPECT_EQ(org.send("DELETE", f.pair_path(f.limburg), "").status, 204);
    EXPECT_EQ(org.send("DELETE", f.pair_path(f.limburg), "").status, 404);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM outbox"), 0);
}

TEST(MentoringApi, ConfirmMailsBothSidesAndOpensTheSchoolToTheMentor) {
    MentoringFixture f;
    auto org = f.as(kOrganiser);
    auto mentor = f.as(kMentor);
    auto results = f.school_path(f.school, "/results?kind=baseline");
    EXPECT_EQ(mentor.get(results).status, 403);  // not before confirmation
    ASSERT_EQ(org.post(f.base + "/proposal", "{}").status, 200);
    EXPECT_EQ(mentor.get(results).status, 403);  // a proposal is not enough
    auto confirmed = org.post(f.base + "/confirm", "{}");
    ASSERT_EQ(confirmed.status, 200) << confirmed.body;
    EXPECT_EQ(json(confirmed).at("counts").at("confirmed").as_int64(), 2);
    const auto confirmed_doc = json(org.get(f.base + "/pairs"));
    for (const auto& p : confirmed_doc.at("pairs").as_array()) EXPECT_EQ(p.at("status").as_string(), "confirmed");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'matching.confirm'"), 1);
    EXPECT_NE(f.mail_to(kCoordinator, "Demotech NV"), "");
    EXPECT_NE(f.mail_to(kCoordinator, "Mehdi Mentor <mentor@demo.stemkompas.be>"), "");
    EXPECT_NE(f.mail_to(kMentor, "Demoschool Sint-Lucas"), "");
    EXPECT_NE(f.mail_to(kBouwMentor, "You mentor Basisschool Limburg"), "");  // in her language

    // The mentor's view.
    auto mine = mentor.get("/api/mentoring");
    ASSERT_EQ(mine.status, 200) << mine.body;
    const auto schools = json(mine).at("schools").as_array();
    ASSERT_EQ(schools.size(), 1u);
    EXPECT_EQ(schools[0].at("organisationId").as_int64(), f.school);
    EXPECT_EQ(schools[0].at("programmeName").as_string(), "Mentorprogramma");
    EXPECT_TRUE(schools[0].at("lastMeetingOn").is_null());
    EXPECT_EQ(mentor.get(results).status, 200);
    EXPECT_EQ(mentor.get(f.school_path(f.limburg, "/results?kind=baseline")).status, 403);  // not their school
    auto coordinator = f.as(kCoordinator);
    EXPECT_EQ(coordinator.get("/api/mentoring").status, 403);
    auto who = coordinator.get(f.school_path(f.school, "/mentor"));
    ASSERT_EQ(who.status, 200) << who.body;
    EXPECT_EQ(who.json_string("/mentor/companyName"), "Demotech NV");
    EXPECT_EQ(who.json_string("/mentor/mentors/0/email"), kMentor);
    EXPECT_EQ(org.get(f.school_path(f.limburg, "/mentor")).json_string("/mentor/companyName"), "Bouw BV");
    EXPECT_EQ(coordinator.get(f.school_path(f.limburg, "/mentor")).status, 403);

    // A re-run keeps confirmed pairs.
    ASSERT_EQ(org.post(f.base + "/proposal", "{}").status, 200);
    auto rerun = json(org.get(f.base + "/pairs"));
    EXPECT_EQ(pair_of(rerun, f.school)->at("status").as_string(), "confirmed");

    // Removing a confirmed pair mails both sides and closes the mentor's access.
    EXPECT_EQ(org.send("DELETE", f.pair_path(f.school), "").status, 204);
    EXPECT_NE(f.mail_to(kCoordinator, "de begeleiding van Demoschool Sint-Lucas door Demotech NV"), "");
    EXPECT_NE(f.mail_to(kMentor, "de begeleiding van Demoschool Sint-Lucas door Demotech NV"), "");
    EXPECT_EQ(mentor.get(results).status, 403);
    EXPECT_EQ(json(mentor.get("/api/mentoring")).at("schools").as_array().size(), 0u);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'matching.remove'"), 1);
    EXPECT_EQ(json(coordinator.get(f.school_path(f.school, "/mentor"))).at("mentor").is_null(), true);
}

TEST(MentoringApi, MeetingLogBelongsToItsAuthorsSide) {
    MentoringFixture f;
    auto org = f.as(kOrganiser);
    ASSERT_EQ(org.post(f.base + "/proposal", "{}").status, 200);
    ASSERT_EQ(org.post(f.base + "/confirm", "{}").status, 200);
    auto mentor = f.as(kMentor);
    auto coordinator = f.as(kCoordinator);
    auto team = f.as(kTeamMember);
    const auto meetings = f.school_path(f.school, "/meetings");

    auto created = mentor.post(meetings, R"({"heldOn":"2026-11-20","attendees":"Mehdi, An","notes":"Eerste overleg",)"
                                         R"("followUps":[{"text":"Lessenreeks plannen"},{"text":"Bezoek bedrijf"}]})");
    ASSERT_EQ(created.status, 201) << created.body;
    const auto id = created.json_int("/id");
    EXPECT_EQ(created.json_string("/authorSide"), "mentor");
    EXPECT_EQ(created.json_string("/createdByName"), "Mehdi Mentor");
    EXPECT_EQ(json(created).at("followUps").as_array().size(), 2u);
    EXPECT_TRUE(json(created).at("followUps").at(0).at("actionId").is_null());
    const auto keep = json(created).at("followUps").at(0).at("id").as_int64();

    // The school reads it but cannot change the mentor's record; the organiser reads only.
    auto list = coordinator.get(meetings);
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_FALSE(json(list).at("meetings").at(0).at("canEdit").as_bool());
    EXPECT_TRUE(json(list).at("canCreate").as_bool());
    EXPECT_EQ(coordinator.send("PATCH", "/api/meetings/" + std::to_string(id), R"({"notes":"x"})").status, 403);
    EXPECT_EQ(coordinator.send("DELETE", "/api/meetings/" + std::to_string(id), "").status, 403);
    EXPECT_EQ(org.get(meetings).status, 200);
    EXPECT_FALSE(json(org.get(meetings)).at("canCreate").as_bool());
    EXPECT_EQ(org.post(meetings, R"({"heldOn":"2026-11-20","attendees":"x"})").status, 403);
    EXPECT_EQ(mentor.get(f.school_path(f.limburg, "/meetings")).status, 403);

    // The mentor edits: the first follow-up is kept (same id), the second dropped, one added.
    auto edited = mentor.send("PATCH", "/api/meetings/" + std::to_string(id),
                               "{\"notes\":\"Bijgewerkt\",\"followUps\":[{\"id\":" + std::to_string(keep) +
                                   ",\"text\":\"Lessenreeks plannen tegen januari\"},{\"text\":\"Nieuwe afspraak\"}]}");
    ASSERT_EQ(edited.status, 200) << edited.body;
    EXPECT_EQ(edited.json_string("/notes"), "Bijgewerkt");
    EXPECT_EQ(edited.json_string("/attendees"), "Mehdi, An");
    EXPECT_EQ(json(edited).at("followUps").at(0).at("id").as_int64(), keep);
    EXPECT_EQ(edited.json_string("/followUps/0/text"), "Lessenreeks plannen tegen januari");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM meeting_follow_ups"), 2);

    // Bad input: every field named, nothing stored.
    auto bad = team.post(meetings, R"({"heldOn":"2026-02-30","attendees":"","notes":")" + std::string(8001, 'a') +
                                        R"(","followUps":[{"text":""},{"id":424242,"text":"x"}]})");
    EXPECT_EQ(bad.status, 400) << bad.body;
    for (const auto* field : {"heldOn", "attendees", "notes", "followUps[0].text", "followUps[1].id"})
        EXPECT_NE(bad.json_string(std::string("/error/fields/") + field), "") << field << ": " << bad.body;
    EXPECT_EQ(team.post(meetings, R"({"heldOn":"2028-01-01","attendees":"x"})").json_string("/error/fields/heldOn") != "", true);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM mentor_meetings"), 1);

    // A team member writes for the school side; the newest meeting comes first.
    auto school_side = team.post(meetings, R"({"heldOn":"2026-11-25","attendees":"Team"})");
    ASSERT_EQ(school_side.status, 201) << school_side.body;
    EXPECT_EQ(school_side.json_string("/authorSide"), "school");
    EXPECT_EQ(school_side.json_string("/notes"), "");
    EXPECT_EQ(mentor.send("PATCH", "/api/meetings/" + std::to_string(school_side.json_int("/id")), R"({"notes":"x"})").status, 403);
    EXPECT_EQ(coordinator.send("PATCH", "/api/meetings/" + std::to_string(school_side.json_int("/id")), R"({"notes":"Samen"})").status, 200);
    EXPECT_EQ(json(coordinator.get(meetings)).at("meetings").at(0).at("heldOn").as_string(), "2026-11-25");
    EXPECT_EQ(json(mentor.get("/api/mentoring")).at("schools").at(0).at("lastMeetingOn").as_string(), "2026-11-25");

    // Follow-up to action: coordinator only, a goal of this school's plan.
    const auto to_action = "/api/meetings/" + std::to_string(id) + "/follow-ups/" + std::to_string(keep) + "/action";
    EXPECT_EQ(team.post(to_action, R"({"goalId":1})").status, 403);
    auto no_goal = coordinator.post(to_action, R"({"goalId":999999})");
    EXPECT_EQ(no_goal.status, 400) << no_goal.body;
    EXPECT_NE(no_goal.json_string("/error/fields/goalId"), "");
    EXPECT_EQ(coordinator.post("/api/meetings/" + std::to_string(id) + "/follow-ups/999999/action", R"({"goalId":1})").status, 404);

    // With a goal of the school's plan it becomes an action there, in the plan's history, once.
    auto goal = coordinator.post(f.school_path(f.school, "/action-plan/goals"),
                                 R"({"title":"Leerlijn techniek","criterionIds":["C01"],"targetLevel":"competent"})");
    ASSERT_EQ(goal.status, 201) << goal.body;
    const auto goal_id = goal.json_int("/id");
    auto made = coordinator.post(to_action, "{\"goalId\":" + std::to_string(goal_id) + "}");
    ASSERT_EQ(made.status, 201) << made.body;
    EXPECT_EQ(made.json_string("/title"), "Lessenreeks plannen tegen januari");
    EXPECT_EQ(made.json_string("/status"), "todo");
    EXPECT_EQ(made.json_int("/goalId"), goal_id);
    EXPECT_EQ(json(mentor.get(meetings)).at("meetings").at(1).at("followUps").at(0).at("actionId").as_int64(), made.json_int("/id"));
    auto plan = coordinator.get(f.school_path(f.school, "/action-plan"));
    ASSERT_EQ(plan.status, 200) << plan.body;
    EXPECT_EQ(json(plan).at("goals").at(0).at("actions").at(0).at("title").as_string(), "Lessenreeks plannen tegen januari");
    auto history = coordinator.get(f.school_path(f.school, "/action-plan/history"));
    EXPECT_NE(history.body.find("Lessenreeks plannen tegen januari"), std::string::npos) << history.body;
    EXPECT_EQ(coordinator.post(to_action, "{\"goalId\":" + std::to_string(goal_id) + "}").status, 409);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM action_items"), 1);

    EXPECT_EQ(mentor.send("DELETE", "/api/meetings/" + std::to_string(id), "").status, 204);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM meeting_follow_ups"), 0);
}

TEST(MentoringApi, OnlyProgrammeOrganisersMatch) {
    MentoringFixture f;
    for (const auto* who : {kCoordinator, kMentor}) {
        auto c = f.as(who);
        EXPECT_EQ(c.get(f.base).status, 403);
        EXPECT_EQ(c.post(f.base + "/proposal", "{}").status, 403);
        EXPECT_EQ(c.post(f.base + "/confirm", "{}").status, 403);
    }
    EXPECT_EQ(f.as(kOrganiser).get("/api/programmes/999999/matching").status, 404);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM mentor_matches"), 0);
}

}  // namespace

// The matching page's lists, paged (docs/api.md, "Paging, sorting and search"): pairs, schools without a
// pair and companies; first, middle and last page, sorts both ways, search ignoring case and accents,
// filters with counts, and every bad parameter named in one 400.
TEST(MatchingPaging, PairsUnmatchedAndCompaniesPageSortAndSearch) {
    MentoringFixture f;
    auto& db = f.server.db();
    const auto zoe = sk::test::make_school(db, "Atheneum Zoë", "565601", "limburg", f.programme);
    sk::test::make_school(db, "Sint-Józef College", "565602", "antwerpen", f.programme);
    sk::test::make_school(db, "Eeklo Instituut", "565603", "oost-vlaanderen", f.programme);
    auto org = f.as(kOrganiser);
    const auto names = [&](const std::string& list, const std::string& query, const char* array, const char* key) {
        auto res = org.get(f.base + list + query);
        EXPECT_EQ(res.status, 200) << res.body;
        std::vector<std::string> out;
        const auto doc = json(res);
        for (const auto& r : doc.at(array).as_array()) out.emplace_back(r.at(key).as_string());
        return out;
    };
    const auto unmatched = [&](const std::string& q) { return names("/unmatched", q, "schools", "name"); };
    EXPECT_EQ(unmatched("?size=2"), (std::vector<std::string>{"Atheneum Zoë", "Basisschool Limburg"}));
    EXPECT_EQ(unmatched("?size=2&page=2"), (std::vector<std::string>{"Demoschool Sint-Lucas", "Eeklo Instituut"}));
    EXPECT_EQ(unmatched("?size=2&page=3"), (std::vector<std::string>{"Sint-Józef College"}));
    EXPECT_TRUE(unmatched("?size=2&page=4").empty());
    EXPECT_EQ(org.get(f.base + "/unmatched?size=2").json_int("/total"), 5);
    EXPECT_EQ(org.get(f.base + "/unmatched?size=2").json_int("/pages"), 3);
    EXPECT_EQ(unmatched("?size=1&sort=-name"), (std::vector<std::string>{"Sint-Józef College"}));
    EXPECT_EQ(unmatched("?sort=province&province=limburg"), (std::vector<std::string>{"Basisschool Limburg", "Atheneum Zoë"}));
    EXPECT_EQ(unmatched("?q=jozef"), (std::vector<std::string>{"Sint-Józef College"}));
    EXPECT_EQ(unmatched("?q=e%C3%A9klo"), (std::vector<std::string>{"Eeklo Instituut"}));
    EXPECT_EQ(unmatched("?q=ZOE"), (std::vector<std::string>{"Atheneum Zoë"}));
    const auto lucas = json(org.get(f.base + "/unmatched?q=lucas")).at("schools").at(0);
    EXPECT_EQ(boost::json::serialize(lucas.at("focusCriteria")), R"(["C01","C02","C15","C03","C04","C05"])");

    ASSERT_EQ(org.put(f.pair_path(zoe), "{\"companyId\":" + std::to_string(f.bouw) + "}").status, 200);
    auto set = org.put(f.pair_path(f.school), "{\"companyId\":" + std::to_string(f.demotech) + ",\"fixed\":true}");
    ASSERT_EQ(set.status, 200) << set.body;
    EXPECT_EQ(set.json_string("/schoolName"), "Demoschool Sint-Lucas");  // the row as the list shows it
    EXPECT_EQ(set.json_string("/companyName"), "Demotech NV");
    ASSERT_EQ(org.post(f.base + "/confirm", "{}").status, 200);
    ASSERT_EQ(org.put(f.pair_path(f.limburg), "{\"companyId\":" + std::to_string(f.demotech) + "}").status, 200);
    const auto pairs = [&](const std::string& q) { return names("/pairs", q, "pairs", "schoolName"); };
    EXPECT_EQ(pairs(""), (std::vector<std::string>{"Atheneum Zoë", "Basisschool Limburg", "Demoschool Sint-Lucas"}));
    EXPECT_EQ(pairs("?size=1&page=2"), (std::vector<std::string>{"Basisschool Limburg"}));
    EXPECT_EQ(pairs("?sort=-school&size=1"), (std::vector<std::string>{"Demoschool Sint-Lucas"}));
    // Demotech's two schools in school id order (the tie-breaker): the demo school is older.
    EXPECT_EQ(pairs("?sort=company"), (std::vector<std::string>{"Atheneum Zoë", "Demoschool Sint-Lucas", "Basisschool Limburg"}));
    EXPECT_EQ(pairs("?sort=-score&size=1"), (std::vector<std::string>{"Demoschool Sint-Lucas"}));
    EXPECT_EQ(pairs("?status=proposed"), (std::vector<std::string>{"Basisschool Limburg"}));
    EXPECT_EQ(pairs("?q=zoe"), (std::vector<std::string>{"Atheneum Zoë"}));
    EXPECT_EQ(pairs("?q=DEMOTECH"), (std::vector<std::string>{"Basisschool Limburg", "Demoschool Sint-Lucas"}));
    EXPECT_EQ(boost::json::serialize(json(org.get(f.base + "/pairs?status=proposed&q=demotech")).at("counts")),
              R"({"status":{"confirmed":1,"proposed":1}})");

    const auto companies = [&](const std::string& q) { return names("/companies", q, "companies", "name"); };
    EXPECT_EQ(companies(""), (std::vector<std::string>{"Bouw BV", "Demotech NV"}));
    EXPECT_EQ(companies("?free=yes"), (std::vector<std::string>{"Demotech NV"}));  // Bouw's one place is taken
    EXPECT_EQ(companies("?sort=-free"), (std::vector<std::string>{"Demotech NV", "Bouw BV"}));
    EXPECT_EQ(companies("?q=bouw"), (std::vector<std::string>{"Bouw BV"}));
    EXPECT_EQ(json(org.get(f.base + "/companies?q=demotech")).at("companies").at(0).at("used").as_int64(), 2);

    for (const auto& [list, query, fields] : std::vector<std::tuple<std::string, std::string, std::vector<std::string>>>{
             {"/pairs", "?page=0&size=300&sort=name&status=done", {"page", "size", "sort", "status"}},
             {"/unmatched", "?page=x&sort=score&province=gent", {"page", "sort", "province"}},
             {"/companies", "?size=0&sort=capacity&free=no", {"size", "sort", "free"}},
         }) {
        auto bad = org.get(f.base + list + query);
        EXPECT_EQ(bad.status, 400) << list;
        for (const auto& field : fields) EXPECT_NE(bad.json_string("/error/fields/" + field), "") << list << " " << field;
    }
    org.language = "en";
    EXPECT_EQ(org.get(f.base + "/pairs?status=done").json_string("/error/fields/status"), "Choose proposed or confirmed.");
}
