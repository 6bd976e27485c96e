// GET /api/me/home over HTTP on both databases, on a frozen clock: the demo roles on the story's day (the
// coordinator's open baseline with 30 days left, Ter Duinen's overdue action and plan at 17 %, the mentor's
// confirmed school, the organiser's programme in its baseline phase), then one row per school state (the
// to-do rules of core/home_steps.h as the API applies them to stored data: open measurement, closed phase
// with the way to ask for more time, an extension, overdue actions, surveys short of answers, the label
// phase, team member and coordinator), and the organiser's, mentor's, reviewer's and juror's lists. Another
// tenant's objects never appear (tenant_isolation_test.cpp tries every role of two tenants).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <functional>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "store/action_plan.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

namespace home_api_test {

using sk::test::criterion_id;
using sk::test::HttpClient;
using sk::test::json;
using sk::test::kCoordinator;
using sk::test::kJury;
using sk::test::kMentor;
using sk::test::kOrganiser;
using sk::test::kReviewer;
using sk::test::kTeamMember;
using sk::test::TestServer;
using sk::test::TestServerOptions;

constexpr const char* kDuinen = "duinen@demo.stemkompas.be";

// Noon in Brussels on `day`.
std::int64_t noon(const std::string& day) { return sk::test::at_utc_hour(day, 10); }

boost::json::value home_of(TestServer& server, const std::string& email) {
    auto c = sk::test::signed_in(server, email);
    const auto res = c.get("/api/me/home");
    EXPECT_EQ(res.status, 200) << res.body;
    return json(res);
}

// The entry of `programme` in the home's school list.
boost::json::object school_entry(const boost::json::value& home, std::int64_t programme) {
    for (const auto& s : home.at("schools").as_array())
        if (s.at("programmeId").as_int64() == programme) return s.as_object();
    ADD_FAILURE() << "no school entry for programme " << programme << " in " << boost::json::serialize(home);
    return {};
}

const boost::json::object& phase(const boost::json::object& entry, const std::string& kind) {
    for (const auto& p : entry.at("phases").as_array())
        if (p.at("kind").as_string() == kind) return p.as_object();
    throw std::runtime_error("no phase " + kind);
}

TEST(HomeApi, SignedOutIs401) {
    TestServer server;
    EXPECT_EQ(server.client().get("/api/me/home").status, 401);
}

// The demo on the day its story is written for (app/demo.h): 2026-09-15, the baseline open until 15 October.
TEST(HomeApi, DemoRolesOnTheStoryDay) {
    TestServerOptions options;
    options.demo_results_school = true;
    TestServer server(options);
    server.set_now(sk::app::demo_story_now());

    const auto coordinator = home_of(server, kCoordinator);
    ASSERT_EQ(coordinator.at("schools").as_array().size(), 1u) << coordinator;
    const auto& lucas = coordinator.at("schools").at(0).as_object();
    EXPECT_EQ(coordinator.at("today").as_string(), "2026-09-15");
    EXPECT_EQ(lucas.at("organisationName").as_string(), "Demoschool Sint-Lucas");
    EXPECT_EQ(lucas.at("role").as_string(), "coordinator");
    EXPECT_EQ(lucas.at("nextStep").at("kind").as_string(), "answer_measurement");
    EXPECT_EQ(lucas.at("nextStep").at("count").as_int64(), 21);
    const auto base = "/programmes/" + std::to_string(lucas.at("programmeId").as_int64()) + "/schools/" +
                      std::to_string(lucas.at("organisationId").as_int64());
    EXPECT_EQ(lucas.at("nextStep").at("path").as_string(), base + "/measurements/baseline");
    EXPECT_EQ(lucas.at("deadline").at("kind").as_string(), "baseline");
    EXPECT_EQ(lucas.at("deadline").at("closesOn").as_string(), "2026-10-15");
    EXPECT_EQ(lucas.at("deadline").at("daysLeft").as_int64(), 30);
    EXPECT_EQ(lucas.at("openMeasurement").at("status").as_string(), "not_started");
    EXPECT_EQ(lucas.at("openMeasurement").at("unanswered").as_int64(), 21);
    EXPECT_EQ(lucas.at("openMeasurement").at("total").as_int64(), 21);
    ASSERT_EQ(lucas.at("phases").as_array().size(), 6u);
    EXPECT_EQ(phase(lucas, "baseline").at("time").as_string(), "current");
    EXPECT_EQ(phase(lucas, "action_plan").at("time").as_string(), "future");
    EXPECT_EQ(phase(lucas, "action_plan").at("daysUntil").as_int64(), 31);
    EXPECT_EQ(lucas.at("phases").at(5).at("kind").as_string(), "award");  // trajectory order
    EXPECT_TRUE(lucas.at("closedPhase").is_null());
    EXPECT_TRUE(lucas.at("mentor").is_null());
    EXPECT_EQ(lucas.at("label").at("status").as_string(), "none");
    // The coordinator holds no other role.
    EXPECT_TRUE(coordinator.at("mentor").is_null());
    EXPECT_TRUE(coordinator.at("organiser").is_null());
    EXPECT_TRUE(coordinator.at("reviewer").is_null());
    EXPECT_TRUE(coordinator.at("jury").is_null());

    const auto team = home_of(server, kTeamMember);
    EXPECT_EQ(team.at("schools").at(0).at("role").as_string(), "team_member");
    EXPECT_EQ(team.at("schools").at(0).at("nextStep").at("kind").as_string(), "answer_measurement");

    // Ter Duinen submitted its baseline early and has a plan at 17 % with an action four days overdue: the
    // overdue action comes first, not the baseline.
    const auto duinen = home_of(server, kDuinen).at("schools").at(0).as_object();
    EXPECT_EQ(duinen.at("openMeasurement").at("status").as_string(), "submitted");
    EXPECT_EQ(duinen.at("openMeasurement").at("unanswered").as_int64(), 0);
    // Both measurements for the card's links, the final not started yet.
    EXPECT_EQ(boost::json::serialize(duinen.at("measurements")),
              R"([{"kind":"baseline","status":"submitted","answered":21,"total":21},{"kind":"final","status":"not_started","answered":0,"total":21}])");
    EXPECT_EQ(duinen.at("plan").at("progress").as_int64(), 17);
    EXPECT_EQ(duinen.at("plan").at("goals").as_int64(), 2);
    ASSERT_EQ(duinen.at("overdueActions").as_array().size(), 1u);
    EXPECT_EQ(duinen.at("overdueActions").at(0).at("daysLate").as_int64(), 4);
    EXPECT_TRUE(duinen.at("overdueActions").at(0).at("own").as_bool());
    EXPECT_EQ(duinen.at("nextStep").at("kind").as_string(), "fix_overdue_actions");
    EXPECT_EQ(duinen.at("nextStep").at("count").as_int64(), 1);
    EXPECT_TRUE(duinen.at("nextStep").at("path").as_string().ends_with("/plan"));
    EXPECT_EQ(duinen.at("mentor").at("companyName").as_string(), "Demotech NV");

    // The mentor's school is Ter Duinen (confirmed), not "will appear here".
    const auto mentor = home_of(server, kMentor);
    ASSERT_FALSE(mentor.at("mentor").is_null());
    ASSERT_EQ(mentor.at("mentor").at("schools").as_array().size(), 1u);
    const auto& mentored = mentor.at("mentor").at("schools").at(0);
    EXPECT_EQ(mentored.at("name").as_string(), "Demoschool Ter Duinen");
    EXPECT_EQ(mentored.at("planProgress").as_int64(), 17);
    EXPECT_EQ(mentored.at("overdueActions").as_int64(), 1);
    EXPECT_TRUE(mentor.at("schools").as_array().empty());

    const auto organiser = home_of(server, kOrganiser);
    const auto& own = organiser.at("organiser");
    EXPECT_EQ(own.at("questions").at("open").as_int64(), 0);
    ASSERT_EQ(own.at("programmes").as_array().size(), 1u);
    const auto& programme = own.at("programmes").at(0);
    EXPECT_EQ(programme.at("currentPhase").as_string(), "baseline");
    EXPECT_EQ(programme.at("schools").as_int64(), 2);
    EXPECT_EQ(programme.at("baselineSubmitted").as_int64(), 1);
    EXPECT_EQ(programme.at("pendingRegistrations").as_int64(), 0);

    EXPECT_TRUE(home_of(server, kReviewer).at("reviewer").at("reviews").as_array().empty());

    const auto jury = home_of(server, kJury).at("jury");
    ASSERT_EQ(jury.at("rounds").as_array().size(), 1u);
    EXPECT_EQ(jury.at("rounds").at(0).at("candidates").as_int64(), 0);
    EXPECT_EQ(jury.at("rounds").at(0).at("waiting").as_int64(), 0);
}

// One programme per row, with the demo school taking part (so the demo coordinator and team member sign in):
// baseline 1 Sep–15 Oct 2026, action plan to 18 Dec, label April–May, final May–June 2027, award June 2027.
struct SchoolState {
    std::string name;
    std::string today;
    std::string email;  // who looks
    std::function<void(sk::store::Db&, std::int64_t programme, std::int64_t school)> arrange;
    std::string step;
    std::int64_t count;
    std::function<void(const boost::json::object&, std::int64_t programme)> more = nullptr;
};

TEST(HomeApi, SchoolStatesTable) {
    TestServer server;
    auto& db = server.db();
    const auto organiser_org = sk::test::org_of(db, kOrganiser);
    const auto school = sk::test::org_id(db, "Demoschool Sint-Lucas");
    const auto coordinator_id = sk::test::user_id(db, kCoordinator);
    const auto answer = [&](std::int64_t programme, const std::string& kind, const std::string& status, int answered) {
        const auto m = sk::test::make_measurement(db, programme, school, kind, status);
        for (int i = 1; i <= answered; ++i) sk::test::set_answer(db, m, criterion_id(i), "competent");
        return m;
    };
    int code = 0;
    const std::vector<SchoolState> rows = {
        {"baseline open with 4 answered: 17 to go, 25 days left", "2026-09-20", kCoordinator,
         [&](auto&, auto p, auto) { answer(p, "baseline", "open", 4); }, "answer_measurement", 17,
         [](const auto& e, auto) {
             EXPECT_EQ(e.at("openMeasurement").at("answered").as_int64(), 4);
             EXPECT_EQ(e.at("openMeasurement").at("daysLeft").as_int64(), 25);
             EXPECT_EQ(e.at("deadline").at("daysLeft").as_int64(), 25);
         }},
        {"all answered: the coordinator submits", "2026-10-15", kCoordinator, [&](auto&, auto p, auto) { answer(p, "baseline", "open", 21); },
         "submit_measurement", 0,
         [](const auto& e, auto) { EXPECT_EQ(e.at("deadline").at("daysLeft").as_int64(), 0); }},
        {"all answered: a team member asks the coordinator", "2026-10-15", kTeamMember,
         [&](auto&, auto p, auto) { answer(p, "baseline", "open", 21); }, "ask_coordinator_to_submit", 0},
        {"baseline closed without submission: ask the programme's organisers for more time", "2026-10-20", kCoordinator,
         [&](auto&, auto p, auto) { answer(p, "baseline", "open", 12); }, "ask_extension", 0,
         [](const auto& e, std::int64_t p) {
             EXPECT_EQ(e.at("nextStep").at("path").as_string(), "/ask?programme=" + std::to_string(p) +
                                                                  "&topic=measurement&extension=baseline&school=" +
                                                                  std::to_string(e.at("organisationId").as_int64()));
             EXPECT_EQ(e.at("nextStep").at("date").as_string(), "2026-10-15");
             EXPECT_EQ(e.at("closedPhase").at("kind").as_string(), "baseline");
             EXPECT_EQ(e.at("closedPhase").at("closedOn").as_string(), "2026-10-15");
             EXPECT_EQ(e.at("closedPhase").at("daysAgo").as_int64(), 5);
             EXPECT_TRUE(e.at("openMeasurement").is_null());
             EXPECT_EQ(phase(e, "baseline").at("time").as_string(), "past");
             EXPECT_EQ(phase(e, "action_plan").at("time").as_string(), "current");
             EXPECT_EQ(e.at("deadline").at("kind").as_string(), "action_plan");
         }},
        {"an extension for this school keeps its baseline open", "2026-10-20", kCoordinator,
         [&](auto& d, auto p, auto s) {
             answer(p, "baseline", "open", 20);
             d.exec("INSERT INTO phase_extensions (programme_id, organisation_id, kind, closes_on) VALUES ($1, $2, 'baseline', '2026-10-31')",
                    {p, s});
         },
         "answer_measurement", 1,
         [](const auto& e, auto) {
             EXPECT_EQ(phase(e, "baseline").at("closesOn").as_string(), "2026-10-31");
             EXPECT_EQ(phase(e, "baseline").at("programmeClosesOn").as_string(), "2026-10-15");
             EXPECT_TRUE(phase(e, "baseline").at("extended").as_bool());
             EXPECT_EQ(phase(e, "baseline").at("time").as_string(), "current");
             EXPECT_EQ(e.at("deadline").at("kind").as_string(), "baseline");
             EXPECT_TRUE(e.at("deadline").at("extended").as_bool());
             EXPECT_EQ(e.at("deadline").at("daysLeft").as_int64(), 11);
         }},
        {"baseline submitted, an action overdue: the action first", "2026-11-02", kCoordinator,
         [&](auto& d, auto p, auto s) {
             answer(p, "baseline", "submitted", 21);
             const auto plan = sk::store::plan_ensure(d, p, s, 1);
             sk::store::GoalFields g;
             g.title = "Bedrijfsbezoeken";
             g.criterion_ids = {"C15"};
             g.target_level = "proficient";
             const auto goal = sk::store::plan_create_goal(d, plan.id, g, 1);
             sk::store::plan_create_action(d, goal, {"Bedrijven bellen", coordinator_id, std::string("2026-10-30"), "todo"}, std::nullopt, 1);
             sk::store::plan_create_action(d, goal, {"Lijst maken", std::nullopt, std::string("2026-10-01"), "done"}, 1, 1);
         },
         "fix_overdue_actions", 1,
         [](const auto& e, auto) {
             ASSERT_EQ(e.at("overdueActions").as_array().size(), 1u);
             EXPECT_EQ(e.at("overdueActions").at(0).at("title").as_string(), "Bedrijven bellen");
             EXPECT_EQ(e.at("overdueActions").at(0).at("daysLate").as_int64(), 3);
             EXPECT_EQ(e.at("plan").at("progress").as_int64(), 50);
         }},
        {"baseline submitted, teachers' survey 3 answers short of 5", "2026-10-01", kCoordinator,
         [&](auto& d, auto p, auto s) {
             answer(p, "baseline", "submitted", 21);
             const auto teachers = sk::test::make_survey(d, p, s, "baseline", "teachers", "HOMEA" + std::to_string(++code) + "XY");
             sk::test::add_responses(d, teachers, 2, {{"C01", 4}});
             const auto leaders = sk::test::make_survey(d, p, s, "baseline", "leaders", "HOMEB" + std::to_string(code) + "XY");
             sk::test::add_responses(d, leaders, 6, {{"C01", 3}});
             const auto closed = sk::test::make_survey(d, p, s, "baseline", "students", "HOMEC" + std::to_string(code) + "XY");
             d.exec("UPDATE surveys SET status = 'closed' WHERE id = $1", {closed});
         },
         "collect_survey_answers", 1,
         [](const auto& e, auto) {
             const auto& surveys = e.at("surveys").as_array();
             ASSERT_EQ(surveys.size(), 2u);  // open ones only; leaders before teachers
             EXPECT_EQ(surveys.at(0).at("group").as_string(), "leaders");
             EXPECT_EQ(surveys.at(0).at("needed").as_int64(), 0);
             EXPECT_EQ(surveys.at(1).at("group").as_string(), "teachers");
             EXPECT_EQ(surveys.at(1).at("responses").as_int64(), 2);
             EXPECT_EQ(surveys.at(1).at("needed").as_int64(), 3);
             EXPECT_TRUE(e.at("nextStep").at("path").as_string().ends_with("/surveys"));
         }},
        {"action-plan phase without goals: the coordinator makes the plan", "2026-11-02", kCoordinator,
         [&](auto&, auto p, auto) { answer(p, "baseline", "submitted", 21); }, "make_plan", 0},
        {"label phase: the coordinator applies", "2027-04-20", kCoordinator, [&](auto&, auto p, auto) { answer(p, "baseline", "submitted", 21); },
         "apply_label", 0, [](const auto& e, auto) { EXPECT_TRUE(e.at("nextStep").at("path").as_string().ends_with("/label")); }},
        {"label phase: a team member gathers evidence", "2027-04-20", kTeamMember,
         [&](auto&, auto p, auto) { answer(p, "baseline", "submitted", 21); }, "gather_evidence", 0,
         [](const auto& e, auto) {
             EXPECT_EQ(e.at("nextStep").at("path").as_string(), "/schools/" + std::to_string(e.at("organisationId").as_int64()) + "/evidence");
         }},
        {"label applied and in review: shown, the step moves on to the plan never made", "2027-04-20", kCoordinator,
         [&](auto& d, auto p, auto s) {
             const auto m = answer(p, "baseline", "submitted", 21);
             d.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, framework_version, status, "
                    "snapshot, submitted_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', 'in_review', '{}', 1)",
                    {p, s, m});
         },
         "make_plan", 0,
         [](const auto& e, auto) {
             EXPECT_EQ(e.at("label").at("status").as_string(), "in_review");
             EXPECT_EQ(e.at("nextStep").at("phase").as_string(), "action_plan");
         }},
        {"final closed without submission: ask for more time", "2027-06-14", kCoordinator,
         [&](auto&, auto p, auto) {
             answer(p, "baseline", "submitted", 21);
             answer(p, "final", "open", 21);
         },
         "ask_extension", 0, [](const auto& e, auto) { EXPECT_EQ(e.at("closedPhase").at("kind").as_string(), "final"); }},
    };
    int n = 0;
    for (const auto& row : rows) {
        SCOPED_TRACE(row.name);
        const auto programme = sk::test::make_programme(db, organiser_org, "Thuis " + std::to_string(++n), 20,
                                                        {{"baseline", "2026-09-01", "2026-10-15"},
                                                         {"action_plan", "2026-10-16", "2026-12-18"},
                                                         {"label", "2027-04-19", "2027-05-14"},
                                                         {"final", "2027-05-17", "2027-06-11"},
                                                         {"award", "2027-06-14", "2027-06-25"}});
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        sk::test::add_participant(db, programme, school, "school");
        row.arrange(db, programme, school);
        server.set_now(noon(row.today));
        const auto entry = school_entry(home_of(server, row.email), programme);
        if (entry.empty()) continue;
        EXPECT_EQ(entry.at("nextStep").at("kind").as_string(), row.step);
        EXPECT_EQ(entry.at("nextStep").at("count").as_int64(), row.count);
        if (row.more) row.more(entry, programme);
        // The programme is done with: the next row's school entries stay apart from it.
        db.exec("DELETE FROM programme_participants WHERE programme_id = $1", {programme});
    }
}

TEST(HomeApi, OrganiserSeesWhatWaitsInTheirProgrammesAndInbox) {
    TestServer server;
    auto& db = server.db();
    server.set_now(noon("2026-10-05"));
    const auto organiser_org = sk::test::org_of(db, kOrganiser);
    const auto programme = sk::test::make_programme(db, organiser_org, "Organisatorprogramma", 20,
                                                    {{"baseline", "2026-09-01", "2026-10-15"}, {"final", "2027-05-17", "2027-06-11"}});
    const auto a = sk::test::make_school(db, "School A", "710001", "limburg", programme);
    const auto b = sk::test::make_school(db, "School B", "710002", "limburg", programme);
    sk::test::make_measurement(db, programme, a, "baseline", "submitted");
    const auto mb = sk::test::make_measurement(db, programme, b, "baseline", "submitted");
    for (int i = 0; i < 2; ++i)
        db.exec("INSERT INTO registrations (programme_id, kind, organisation_name, identifier, contact_name, contact_email, data, created_at) "
                "VALUES ($1, 'school', $2, $3, 'C', 'c@x.be', '{}', 1)",
                {programme, "Nieuw " + std::to_string(i), std::to_string(720000 + i)});
    const auto reviewer = sk::test::user_id(db, kReviewer);
    const auto app = [&](std::int64_t school, std::int64_t m, const std::string& status, const std::string& due) {
        db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, framework_version, status, "
                "snapshot, submitted_at, reviewer_id, due_on) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', $4, '{}', 1, $5, $6)",
                {programme, school, m, status, status == "submitted" ? sk::store::Value(sk::store::Null{}) : sk::store::Value(reviewer),
                 due.empty() ? sk::store::Value(sk::store::Null{}) : sk::store::Value(due)});
    };
    app(a, mb, "submitted", "");
    app(b, mb, "in_review", "2026-10-01");  // overdue
    app(b, mb, "in_review", "2026-10-20");
    app(b, mb, "decided", "2026-09-20");
    // Questions: two open (one overdue), one answered; one of another organiser organisation.
    const auto other_org = sk::test::make_other_organiser(db, "ander@organisator.be");
    const auto question = [&](const std::string& name, std::int64_t due, const std::string& status, std::int64_t org) {
        db.exec("INSERT INTO questions (name, email, organisation, topic, question, language, consent_at, received_at, due_at, status, "
                "organiser_id) VALUES ($1, 'v@x.be', '', 'measurement', 'Mag het later?', 'nl', 1, 1, $2, $3, $4)",
                {name, due, status, org});
    };
    question("Later", server.now() + 86400, "new", organiser_org);
    question("Te laat", server.now() - 3600, "taken", organiser_org);
    question("Beantwoord", server.now() - 7200, "answered", organiser_org);
    question("Van een ander", server.now() - 100, "new", other_org);

    const auto home = home_of(server, kOrganiser).at("organiser");
    EXPECT_EQ(home.at("questions").at("open").as_int64(), 2);
    EXPECT_EQ(home.at("questions").at("overdue").as_int64(), 1);
    const auto& first = home.at("questions").at("first").as_array();
    ASSERT_EQ(first.size(), 2u);
    EXPECT_EQ(first.at(0).at("name").as_string(), "Te laat");  // nearest due first
    EXPECT_EQ(first.at(0).at("secondsLeft").as_int64(), -3600);
    EXPECT_EQ(first.at(1).at("name").as_string(), "Later");
    const boost::json::object* mine = nullptr;
    for (const auto& p : home.at("programmes").as_array())
        if (p.at("id").as_int64() == programme) mine = &p.as_object();
    ASSERT_NE(mine, nullptr);
    EXPECT_EQ(mine->at("currentPhase").as_string(), "baseline");
    EXPECT_EQ(mine->at("phases").at(0).at("daysLeft").as_int64(), 10);
    EXPECT_EQ(mine->at("schools").as_int64(), 2);
    EXPECT_EQ(mine->at("baselineSubmitted").as_int64(), 2);
    EXPECT_EQ(mine->at("pendingRegistrations").as_int64(), 2);
    EXPECT_EQ(mine->at("labelToAssign").as_int64(), 1);
    EXPECT_EQ(mine->at("labelInReview").as_int64(), 2);
    EXPECT_EQ(mine->at("labelOverdue").as_int64(), 1);
    // The other organiser organisation sees only its own question, and none of these programmes.
    const auto other = home_of(server, "ander@organisator.be").at("organiser");
    EXPECT_EQ(other.at("questions").at("open").as_int64(), 1);
    EXPECT_TRUE(other.at("programmes").as_array().empty());

    // The reviewer: the two in review assigned to them, earliest due first; not the decided one.
    const auto board = home_of(server, kReviewer).at("reviewer");
    EXPECT_EQ(board.at("total").as_int64(), 2);
    EXPECT_EQ(board.at("overdue").as_int64(), 1);
    const auto reviews = board.at("reviews").as_array();
    ASSERT_EQ(reviews.size(), 2u);
    EXPECT_EQ(reviews.at(0).at("dueOn").as_string(), "2026-10-01");
    EXPECT_EQ(reviews.at(0).at("daysLeft").as_int64(), -4);
    EXPECT_EQ(reviews.at(0).at("organisationName").as_string(), "School B");
    EXPECT_EQ(reviews.at(1).at("daysLeft").as_int64(), 15);
}

TEST(HomeApi, MentorSeesConfirmedSchoolsMeetingsAndCommentsWaiting) {
    TestServer server;
    auto& db = server.db();
    server.set_now(noon("2026-11-10"));
    const auto programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Mentorthuis", 20);
    const auto company = sk::test::org_id(db, "Demotech NV");
    sk::test::add_participant(db, programme, company, "company");
    const auto confirmed = sk::test::make_school(db, "Bevestigde school", "730001", "limburg", programme);
    const auto proposed = sk::test::make_school(db, "Voorgestelde school", "730002", "limburg", programme);
    const auto match = [&](std::int64_t school, const std::string& status) {
        db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, created_at, updated_at) VALUES ($1, $2, $3, $4, 1, 1)",
                {programme, school, company, status});
    };
    match(confirmed, "confirmed");
    match(proposed, "proposed");
    const auto meeting = [&](const std::string& on) {
        db.exec("INSERT INTO mentor_meetings (programme_id, school_id, held_on, attendees, author_side, created_at, updated_at) "
                "VALUES ($1, $2, $3, 'Iedereen', 'mentor', 1, 1)",
                {programme, confirmed, on});
    };
    meeting("2026-10-01");
    meeting("2026-11-10");  // today counts as upcoming
    meeting("2026-12-01");
    const auto plan = sk::store::plan_ensure(db, programme, confirmed, 1);
    sk::store::GoalFields g;
    g.title = "Doel";
    g.criterion_ids = {"C01"};
    g.target_level = "competent";
    const auto answered = sk::store::plan_create_goal(db, plan.id, g, 1);
    g.title = "Vraag van de school";
    const auto waiting = sk::store::plan_create_goal(db, plan.id, g, 1);
    const auto comment = [&](std::int64_t goal, const std::string& role, const std::string& name) {
        db.exec("INSERT INTO action_comments (goal_id, author_name, author_role, body, created_at) VALUES ($1, $2, $3, 'Tekst', 5)",
                {goal, name, role});
    };
    comment(answered, "coordinator", "Cas");
    comment(answered, "mentor", "Mehdi");  // answered
    comment(waiting, "mentor", "Mehdi");
    comment(waiting, "team_member", "Tine");  // waits for the mentor

    const auto home = home_of(server, kMentor).at("mentor");
    const boost::json::object* mine = nullptr;
    for (const auto& s : home.at("schools").as_array()) {
        EXPECT_NE(s.at("organisationId").as_int64(), proposed) << "a proposed pair is not the mentor's school yet";
        if (s.at("organisationId").as_int64() == confirmed) mine = &s.as_object();
    }
    ASSERT_NE(mine, nullptr) << home;
    EXPECT_EQ(mine->at("lastMeetingOn").as_string(), "2026-10-01");
    const auto& upcoming = mine->at("upcomingMeetings").as_array();
    ASSERT_EQ(upcoming.size(), 2u);
    EXPECT_EQ(upcoming.at(0).at("heldOn").as_string(), "2026-11-10");
    EXPECT_EQ(upcoming.at(0).at("daysUntil").as_int64(), 0);
    EXPECT_EQ(upcoming.at(1).at("daysUntil").as_int64(), 21);
    const auto& comments = mine->at("waitingComments").as_array();
    ASSERT_EQ(comments.size(), 1u);
    EXPECT_EQ(comments.at(0).at("goalId").as_int64(), waiting);
    EXPECT_EQ(comments.at(0).at("authorName").as_string(), "Tine");
    EXPECT_EQ(mine->at("planGoals").as_int64(), 2);

    // The school sees its mentor and the coming meetings; a school without a confirmed pair has no mentor.
    const auto coordinator = sk::test::make_member(db, confirmed, "coord@bevestigd.be", "coordinator", false);
    db.exec("UPDATE users SET password_hash = $2 WHERE id = $1", {coordinator, sk::core::hash_password(sk::app::kDemoPassword)});
    const auto school = home_of(server, "coord@bevestigd.be").at("schools").at(0);
    EXPECT_EQ(school.at("mentor").at("companyName").as_string(), "Demotech NV");
    EXPECT_EQ(school.at("mentor").at("upcomingMeetings").as_array().size(), 2u);
}

TEST(HomeApi, JurorSeesScoresWaiting) {
    TestServer server;
    auto& db = server.db();
    server.set_now(noon("2026-10-05"));
    const auto programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Awardthuis", 20);
    const auto round = db.exec("INSERT INTO award_rounds (programme_id, opens_on, closes_on, scale, created_at, updated_at) "
                               "VALUES ($1, '2026-10-01', '2026-10-12', 5, 1, 1) RETURNING id",
                               {programme})
                           .one()
                           .i64(0);
    const auto criterion = db.exec("INSERT INTO award_rubric_criteria (round_id, position, name, weight, descriptors) "
                                   "VALUES ($1, 0, 'Impact', 1, '[\"1\",\"2\",\"3\",\"4\",\"5\"]') RETURNING id",
                                   {round})
                               .one()
                               .i64(0);
    const auto juror = sk::test::user_id(db, kJury);
    db.exec("INSERT INTO award_jurors (round_id, user_id, invited_at) VALUES ($1, $2, 1)", {round, juror});
    std::vector<std::int64_t> candidacies;
    for (int i = 0; i < 3; ++i) {
        const auto s = sk::test::make_school(db, "Kandidaat " + std::to_string(i), std::to_string(740000 + i), "limburg", programme);
        candidacies.push_back(db.exec("INSERT INTO award_candidacies (round_id, organisation_id, pitch, submitted_at, updated_at) "
                                      "VALUES ($1, $2, 'Pitch', 1, 1) RETURNING id",
                                      {round, s})
                                  .one()
                                  .i64(0));
    }
    db.exec("INSERT INTO award_scores (round_id, juror_id, candidacy_id, criterion_id, score, updated_at) VALUES ($1, $2, $3, $4, 4, 1)",
            {round, juror, candidacies[0], criterion});
    db.exec("INSERT INTO award_recusals (round_id, juror_id, candidacy_id, reason, created_at) VALUES ($1, $2, $3, 'Mijn nicht', 1)",
            {round, juror, candidacies[1]});
    const auto rounds = home_of(server, kJury).at("jury").at("rounds").as_array();
    const boost::json::object* mine = nullptr;
    for (const auto& r : rounds)
        if (r.at("programmeId").as_int64() == programme) mine = &r.as_object();
    ASSERT_NE(mine, nullptr);
    EXPECT_EQ(mine->at("candidates").as_int64(), 3);
    EXPECT_EQ(mine->at("scored").as_int64(), 1);
    EXPECT_EQ(mine->at("recused").as_int64(), 1);
    EXPECT_EQ(mine->at("waiting").as_int64(), 1);
    EXPECT_EQ(mine->at("daysLeft").as_int64(), 7);
}

// A coordinator of several schools in several programmes gets one entry per programme and school, each
// with its own state.
TEST(HomeApi, OneEntryPerProgrammeAndSchool) {
    TestServer server;
    auto& db = server.db();
    server.set_now(noon("2026-09-20"));
    const auto organiser_org = sk::test::org_of(db, kOrganiser);
    const auto p1 = sk::test::make_programme(db, organiser_org, "Een", 20, {{"baseline", "2026-09-01", "2026-10-15"}});
    const auto p2 = sk::test::make_programme(db, organiser_org, "Twee", 20, {{"baseline", "2026-09-01", "2026-09-10"}});
    for (const auto p : {p1, p2}) db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {p});
    const auto s1 = sk::test::make_school(db, "Eerste school", "750001", "limburg", p1);
    const auto s2 = sk::test::make_school(db, "Tweede school", "750002", "limburg", p1);
    sk::test::add_participant(db, p2, s2, "school");
    const auto user = sk::store::create_user(db, "multi@school.be", "Multi", "nl", sk::core::hash_password(sk::app::kDemoPassword), 1);
    sk::store::add_membership(db, user, s1, "coordinator", 1);
    sk::store::add_membership(db, user, s2, "team_member", 1);
    const auto m = sk::test::make_measurement(db, p1, s1, "baseline", "open");
    sk::test::set_answer(db, m, "C01", "competent");
    const auto schools = home_of(server, "multi@school.be").at("schools").as_array();
    ASSERT_EQ(schools.size(), 3u);
    std::map<std::pair<std::int64_t, std::int64_t>, boost::json::object> by;
    for (const auto& s : schools) by[{s.at("programmeId").as_int64(), s.at("organisationId").as_int64()}] = s.as_object();
    const auto& one = by[std::pair(p1, s1)];
    const auto& two = by[std::pair(p1, s2)];
    const auto& three = by[std::pair(p2, s2)];
    EXPECT_EQ(one.at("role").as_string(), "coordinator");
    EXPECT_EQ(one.at("nextStep").at("count").as_int64(), 20);
    EXPECT_EQ(two.at("role").as_string(), "team_member");
    EXPECT_EQ(two.at("nextStep").at("count").as_int64(), 21);
    EXPECT_EQ(three.at("nextStep").at("kind").as_string(), "ask_extension");
}

}  // namespace home_api_test
