// `stemkompas demo --schools N` (app/demo_schools.h) on a 60-school programme: the counts it reports are
// the rows the stores read back, the distribution has what the browser specs and benchmarks count on
// (every label state, surveys on both sides of the threshold, coordinators who sign in), and two runs
// make the same programme.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <stdexcept>

#include "app/demo.h"
#include "app/demo_schools.h"
#include "core/framework_set.h"
#include "core/label_rule.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "store/award.h"
#include "store/label.h"
#include "store/programmes.h"
#include "store/registrations.h"
#include "store/sessions.h"
#include "store/surveys.h"
#include "support/paths.h"
#include "support/test_db.h"

namespace demo_schools_test {

namespace {

using sk::test::Seed;
using sk::test::TestDb;
namespace store = sk::store;

constexpr int kSchools = 60;

std::int64_t count(store::Db& db, const std::string& sql, std::int64_t programme) { return db.exec(sql, {programme}).one().i64(0); }

// What a run made that two runs must agree on: names, addresses, codes.
std::vector<std::string> names_of(store::Db& db, std::int64_t programme) {
    std::vector<std::string> out;
    for (const auto& r : db.exec("SELECT o.name, sp.institution_number, sp.province, sp.street FROM programme_participants pp "
                                 "JOIN organisations o ON o.id = pp.organisation_id LEFT JOIN school_profiles sp ON sp.organisation_id = o.id "
                                 "WHERE pp.programme_id = $1 ORDER BY o.id",
                                 {programme})
                             .rows)
        out.push_back(r.str(0) + "|" + r.opt_str(1).value_or("") + "|" + r.opt_str(2).value_or("") + "|" + r.opt_str(3).value_or(""));
    for (const auto& r : db.exec("SELECT u.email, u.name FROM users u WHERE u.email LIKE '%@regio.demo.stemkompas.be' ORDER BY u.id").rows)
        out.push_back(r.str(0) + "|" + r.str(1));
    for (const auto& r : db.exec("SELECT code FROM surveys WHERE programme_id = $1 ORDER BY id", {programme}).rows) out.push_back(r.str(0));
    for (const auto& r : db.exec("SELECT COALESCE(certificate_code, status) FROM label_applications WHERE programme_id = $1 ORDER BY id", {programme}).rows)
        out.push_back(r.str(0));
    return out;
}

}  // namespace

TEST(DemoSchools, CountsAreTheRowsOfTheProgramme) {
    TestDb t(Seed::demo);
    auto& db = t.db();
    const auto c = sk::app::load_demo_schools(db, kSchools);
    ASSERT_TRUE(c.created);
    const auto p = c.programme_id;
    const auto programme = store::find_programme(db, p);
    ASSERT_TRUE(programme);
    EXPECT_EQ(programme->fields.name, sk::app::kRegionProgrammeName);
    EXPECT_EQ(programme->organiser_id, store::find_organisation_by_name(db, sk::app::kDemoOrganiserName, "organiser")->id)
        << "the demo organiser runs it, so organisator@ sees it";

    EXPECT_EQ(c.schools, kSchools);
    EXPECT_EQ(store::count_participants(db, p, "school"), kSchools);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM school_profiles sp JOIN programme_participants pp ON pp.organisation_id = sp.organisation_id "
                        "WHERE pp.programme_id = $1",
                    p),
              kSchools);
    // The registrations per status, as the review queue counts them (one row fetched).
    const auto schools = store::page_registrations(db, {p, "", "school", ""}, {" ORDER BY id", 1, 0}).by_status;
    EXPECT_EQ(schools.at("accepted"), kSchools);
    EXPECT_EQ(schools.at("pending"), c.registrations_pending);
    EXPECT_EQ(schools.at("refused"), c.registrations_refused);
    EXPECT_EQ(c.registrations_pending, kSchools / 20);
    EXPECT_EQ(c.registrations_refused, kSchools / 50);

    EXPECT_EQ(c.companies, kSchools / 10);
    EXPECT_EQ(store::count_participants(db, p, "company"), c.companies);
    EXPECT_EQ(store::page_registrations(db, {p, "accepted", "mentor", ""}, {" ORDER BY id", 1, 0}).total, c.companies);
    EXPECT_EQ(count(db, "SELECT COALESCE(SUM(cp.capacity), 0) FROM company_profiles cp JOIN programme_participants pp "
                        "ON pp.organisation_id = cp.organisation_id WHERE pp.programme_id = $1",
                    p),
              c.capacity);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM memberships m JOIN programme_participants pp ON pp.organisation_id = m.organisation_id "
                        "WHERE pp.programme_id = $1 AND m.role = 'coordinator'",
                    p),
              kSchools);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM memberships m JOIN programme_participants pp ON pp.organisation_id = m.organisation_id "
                        "WHERE pp.programme_id = $1 AND m.role = 'team_member'",
                    p),
              c.team_members);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM memberships m JOIN programme_participants pp ON pp.organisation_id = m.organisation_id "
                        "WHERE pp.programme_id = $1 AND m.role = 'mentor'",
                    p),
              c.mentors);

    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM measurements WHERE programme_id = $1 AND kind = 'baseline' AND status = 'submitted'", p),
              c.baselines_submitted);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM measurements WHERE programme_id = $1 AND kind = 'baseline' AND status = 'open'", p), c.baselines_open);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM measurements WHERE programme_id = $1 AND kind = 'final' AND status = 'submitted'", p),
              c.finals_submitted);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM measurement_levels WHERE programme_id = $1", p), c.baselines_submitted + c.finals_submitted)
        << "submitted as the API submits: with the group report's projection";
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM measurement_answers a JOIN measurements m ON m.id = a.measurement_id "
                        "WHERE m.programme_id = $1 AND m.status = 'submitted'",
                    p),
              21 * (c.baselines_submitted + c.finals_submitted));

    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM surveys WHERE programme_id = $1", p), c.surveys);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.programme_id = $1", p),
              c.survey_responses);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM evidence e JOIN programme_participants pp ON pp.organisation_id = e.organisation_id "
                        "WHERE pp.programme_id = $1",
                    p),
              c.evidence);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM mentor_matches WHERE programme_id = $1 AND status = 'confirmed'", p), c.matches_confirmed);

    std::map<std::string, int> states;
    for (const auto& a : store::label_programme_applications(db, p)) ++states[a.status];
    EXPECT_EQ(states, c.label_applications);

    const auto sessions = store::programme_sessions(db, p);
    EXPECT_EQ(sessions.size(), std::size_t(c.sessions));
    int registered = 0, waitlisted = 0;
    for (const auto& s : sessions) {
        registered += static_cast<int>(s.registered);
        waitlisted += static_cast<int>(s.waitlisted);
        EXPECT_LE(s.registered, s.capacity) << s.title;
        if (s.waitlisted > 0) {
            EXPECT_EQ(s.registered, s.capacity) << s.title << ": a waitlist only when full";
        }
    }
    EXPECT_EQ(registered + waitlisted, c.session_registrations);
    EXPECT_EQ(waitlisted, c.session_waitlisted);

    const auto round = store::award_find_round(db, p);
    ASSERT_TRUE(round);
    const auto candidacies = store::award_candidacies(db, round->id);
    EXPECT_EQ(candidacies.size(), std::size_t(c.candidacies));
    EXPECT_EQ(std::count_if(candidacies.begin(), candidacies.end(), [](const auto& x) { return x.status == "withdrawn"; }), c.candidacies_withdrawn);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM questions WHERE organiser_id = $1 AND email LIKE '%@regio.demo.stemkompas.be'", programme->organiser_id),
              c.questions);

    // Every kind of thing is there at 60 schools already.
    for (const int n : {c.team_members, c.baselines_submitted, c.baselines_open, c.finals_submitted, c.surveys, c.evidence, c.matches_confirmed,
                        c.sessions, c.session_registrations, c.candidacies, c.questions})
        EXPECT_GT(n, 0);
    const auto text = sk::app::describe(c);
    EXPECT_NE(text.find("schools: 60"), std::string::npos) << text;
}

TEST(DemoSchools, DistributionAsTheBrowserSpecsAndBenchmarksNeedIt) {
    TestDb t(Seed::demo);
    auto& db = t.db();
    const auto c = sk::app::load_demo_schools(db, kSchools);
    const auto p = c.programme_id;

    // Shares as documented in demo_schools.cpp, within what 60 schools can show.
    EXPECT_GE(c.baselines_submitted, kSchools * 70 / 100);
    EXPECT_LE(c.baselines_submitted, kSchools * 92 / 100);
    EXPECT_GE(c.finals_submitted, kSchools * 15 / 100);
    EXPECT_LE(c.finals_submitted, kSchools * 45 / 100);
    EXPECT_GE(c.matches_confirmed, kSchools * 30 / 100);
    EXPECT_LE(c.matches_confirmed, c.capacity);

    // Every state of a label application.
    for (const char* state : {"submitted", "in_review", "decided", "withdrawn"}) EXPECT_GT(c.label_applications.count(state), 0u) << state;
    for (const auto& a : store::label_programme_applications(db, p)) {
        if (a.status == "in_review") {
            EXPECT_TRUE(a.reviewer_id && a.due_on) << a.id;
        }
        if (a.status != "decided") continue;
        ASSERT_TRUE(a.decided_label && a.proposed_label && a.valid_until) << a.id;
        EXPECT_EQ(*a.decided_label, *a.proposed_label) << "the reviewer follows the rule, so no override reason is needed";
        EXPECT_EQ(a.certificate_code.has_value(), *a.decided_label != "none") << a.id;
        EXPECT_EQ(store::label_reviews(db, a.id).size(), 21u);
    }

    // Surveys on both sides of the privacy threshold of 5.
    int shown = 0, hidden = 0;
    for (const auto& r : db.exec("SELECT response_count FROM surveys WHERE programme_id = $1", {p}).rows) (r.i64(0) >= 5 ? shown : hidden)++;
    EXPECT_GT(shown, 0);
    EXPECT_GT(hidden, 0);
    EXPECT_EQ(shown, c.surveys_shown);

    // A generated coordinator signs in with the demo password (the log-in's own check), in a school of the programme.
    const auto user = store::find_user_by_email(db, sk::app::demo_coordinator_email(17));
    ASSERT_TRUE(user && user->password_hash);
    EXPECT_TRUE(sk::core::verify_password(sk::app::kDemoPassword, *user->password_hash));
    EXPECT_FALSE(sk::core::verify_password("not-the-password", *user->password_hash));
    const auto programmes = store::programmes_of_user(db, user->id);
    ASSERT_EQ(programmes.size(), 1u);
    EXPECT_EQ(programmes[0].id, p);
    EXPECT_EQ(programmes[0].role, "coordinator");
    const auto mentor = store::find_user_by_email(db, sk::app::demo_mentor_email(c.mentors));
    ASSERT_TRUE(mentor && mentor->password_hash);
    EXPECT_EQ(*mentor->password_hash, *user->password_hash) << "one hash for every generated account";

    // Institution numbers: 6 digits, unique, never the small demo's; schools in all five Flemish provinces.
    std::set<std::string> numbers, provinces;
    for (const auto& r : db.exec("SELECT sp.institution_number, sp.province FROM school_profiles sp JOIN programme_participants pp "
                                 "ON pp.organisation_id = sp.organisation_id WHERE pp.programme_id = $1",
                                 {p})
                             .rows) {
        EXPECT_TRUE(std::regex_match(r.str(0), std::regex("[0-9]{6}"))) << r.str(0);
        numbers.insert(r.str(0));
        provinces.insert(r.str(1));
    }
    EXPECT_EQ(numbers.size(), std::size_t(kSchools));
    EXPECT_EQ(numbers.count("123456") + numbers.count("654321"), 0u);
    EXPECT_EQ(provinces, (std::set<std::string>{"antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen"}));

    // No company mentors more schools than it has places for.
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM (SELECT m.company_id FROM mentor_matches m JOIN company_profiles cp ON cp.organisation_id = m.company_id "
                        "WHERE m.programme_id = $1 GROUP BY m.company_id, cp.capacity HAVING COUNT(*) > cp.capacity) x",
                    p),
              0);

    // The label rule used for the decisions is the framework's.
    const auto loaded = sk::core::load_frameworks_dir(std::string(sk::test::kSourceDir) + "/data/frameworks");
    ASSERT_FALSE(loaded.frameworks.empty());
    const auto& fw = loaded.frameworks.front();
    EXPECT_EQ(fw.id, sk::app::kDemoFrameworkId);
    EXPECT_EQ(fw.version, sk::app::kDemoFrameworkVersion);
    EXPECT_EQ(fw.criteria.size(), 21u);
    EXPECT_EQ(fw.label_rule.min_criteria_at_level, sk::core::LabelRule{}.min_criteria_at_level);
    EXPECT_EQ(fw.label_rule.max_levels_below, sk::core::LabelRule{}.max_levels_below);
}

TEST(DemoSchools, TwoRunsMakeTheSameProgramme) {
    TestDb first(Seed::demo), second(Seed::demo);
    const auto a = sk::app::load_demo_schools(first.db(), kSchools);
    const auto b = sk::app::load_demo_schools(second.db(), kSchools);
    const auto names = names_of(first.db(), a.programme_id);
    EXPECT_EQ(names, names_of(second.db(), b.programme_id));
    EXPECT_GT(names.size(), std::size_t(2 * kSchools));
    EXPECT_EQ(a.label_applications, b.label_applications);
    EXPECT_EQ(a.survey_responses, b.survey_responses);
}

TEST(DemoSchools, RefusesASizeOutsideTheCapAndASecondSize) {
    TestDb t(Seed::demo);
    auto& db = t.db();
    EXPECT_THROW(sk::app::load_demo_schools(db, 0), std::invalid_argument);
    EXPECT_THROW(sk::app::load_demo_schools(db, sk::app::kDemoSchoolsMax + 1), std::invalid_argument);
    const auto made = sk::app::load_demo_schools(db, 5);
    EXPECT_TRUE(made.created);
    const auto again = sk::app::load_demo_schools(db, 5);
    EXPECT_FALSE(again.created) << "running it again changes nothing";
    EXPECT_EQ(again.programme_id, made.programme_id);
    EXPECT_EQ(store::count_participants(db, made.programme_id, "school"), 5);
    EXPECT_THROW(sk::app::load_demo_schools(db, 6), std::invalid_argument);

    TestDb empty(Seed::migrated);
    EXPECT_THROW(sk::app::load_demo_schools(empty.db(), 5), std::runtime_error) << "the small demo comes first";
}

}  // namespace demo_schools_test
