// The demo's dates follow the day it is loaded (app/demo.h): built on any day, both demo programmes have
// their baseline open with weeks left and the later phases ahead, and the story's dates keep their order
// around that day (Ter Duinen's baseline submitted, one action done and one overdue, survey answers in
// the past, the kick-off next week). On the story's own day the dates are exactly those written.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/demo.h"
#include "app/demo_schools.h"
#include "core/brussels_date.h"
#include "core/local_time.h"
#include "support/test_db.h"

namespace demo_dates_test {

namespace {

using sk::test::Seed;
using sk::test::TestDb;

std::int64_t noon(const std::string& day) { return *sk::core::parse_brussels_local(day + "T12:00").unix_seconds; }

int days(const std::string& from, const std::string& to) { return *sk::core::days_between(from, to); }

std::string phase_day(sk::store::Db& db, const char* programme, const char* kind, const char* column) {
    return db
        .exec(std::string("SELECT ph.") + column + " FROM programme_phases ph JOIN programmes p ON p.id = ph.programme_id "
              "WHERE p.name = $1 AND ph.kind = $2",
              {std::string(programme), std::string(kind)})
        .one()
        .str(0);
}

const char* const kProgrammes[] = {"STEM-traject 2026-2027 (demo)", sk::app::kRegionProgrammeName};

}  // namespace

// One row per day the demo is built on: before, on and after the story's day, across a year end and a
// summer, and on each weekday.
class DemoDates : public testing::TestWithParam<const char*> {};

TEST_P(DemoDates, TheBaselineIsOpenOnTheDayTheDemoIsBuilt) {
    const std::string today = GetParam();
    const auto now = noon(today);
    TestDb t(Seed::migrated);
    auto& db = t.db();
    sk::app::load_demo(db, sk::app::kDemoPassword, true, now);
    sk::app::load_demo_schools(db, 12, sk::app::kDemoPassword, {}, now);

    for (const auto* programme : kProgrammes) {
        SCOPED_TRACE(programme);
        const auto opens = phase_day(db, programme, "baseline", "opens_on");
        const auto closes = phase_day(db, programme, "baseline", "closes_on");
        EXPECT_LE(days(opens, today), 20) << "opened at most three weeks ago: " << opens;
        EXPECT_GE(days(opens, today), 14) << opens;
        EXPECT_GE(days(today, closes), 24) << "some weeks left: " << closes;
        EXPECT_LE(days(today, closes), 30) << closes;
        for (const char* later : {"action_plan", "learning_network", "label", "final", "award"})
            EXPECT_GT(days(today, phase_day(db, programme, later, "opens_on")), 0) << later << " lies ahead";
        // Weekdays kept: the award phase still opens on a Monday, as written (2027-06-14).
        EXPECT_EQ(days("2027-06-14", phase_day(db, programme, "award", "opens_on")) % 7, 0);
    }
    const auto award = db.exec("SELECT r.opens_on FROM award_rounds r JOIN programmes p ON p.id = r.programme_id WHERE p.name = $1",
                               {std::string(kProgrammes[0])});
    EXPECT_EQ(award.one().str(0), phase_day(db, kProgrammes[0], "award", "opens_on"));

    // Ter Duinen's story around today: its baseline submitted, answers given, a plan with past and future.
    EXPECT_EQ(db.exec("SELECT m.status FROM measurements m JOIN organisations o ON o.id = m.organisation_id "
                      "WHERE o.name = 'Demoschool Ter Duinen' AND m.kind = 'baseline'")
                  .one()
                  .str(0),
              "submitted");
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM survey_responses WHERE answered_on > $1", {today}).one().i64(0), 0)
        << "no survey answer dated after today";
    const auto due = [&](const char* status) {
        return db.exec("SELECT MIN(due_on) FROM action_items WHERE status = $1", {std::string(status)}).one().str(0);
    };
    EXPECT_LT(days(due("done"), today), 30);
    EXPECT_GT(days(due("done"), today), 0);
    EXPECT_GT(days(due("doing"), today), 0) << "the action in progress is overdue";
    EXPECT_GT(days(today, due("todo")), 0) << "the actions to do lie ahead";

    // The regional kick-off lies ahead at 14:00 in Brussels, whatever the season.
    const auto kickoff = db.exec("SELECT MIN(starts_at) FROM network_sessions WHERE title LIKE 'Kick-off%'").one().i64(0);
    EXPECT_GT(kickoff, now);
    EXPECT_EQ(sk::core::format_brussels_local(kickoff).substr(10), "T14:00");
}

INSTANTIATE_TEST_SUITE_P(Days, DemoDates,
                         testing::Values("2026-09-15", "2026-12-07", "2027-01-01", "2027-08-03", "2026-09-14", "2025-03-30", "2028-02-29"));

TEST(DemoDatesOnTheStoryDay, AreTheDatesAsWritten) {
    TestDb t(Seed::migrated);
    auto& db = t.db();
    sk::app::load_demo(db, sk::app::kDemoPassword, true, sk::app::demo_story_now());
    EXPECT_EQ(sk::core::brussels_date(sk::app::demo_story_now()), sk::app::kDemoStoryDay);
    EXPECT_EQ(phase_day(db, kProgrammes[0], "baseline", "opens_on"), "2026-09-01");
    EXPECT_EQ(phase_day(db, kProgrammes[0], "baseline", "closes_on"), "2026-10-15");
    EXPECT_EQ(phase_day(db, kProgrammes[0], "award", "closes_on"), "2027-06-25");
    // Up to six days later moves nothing, seven move everything a week; a day earlier, a week back.
    EXPECT_EQ(sk::app::demo_shift_days(noon("2026-09-21")), 0);
    EXPECT_EQ(sk::app::demo_shift_days(noon("2026-09-22")), 7);
    EXPECT_EQ(sk::app::demo_shift_days(noon("2026-09-14")), -7);
    EXPECT_EQ(sk::app::demo_date("2026-10-15", noon("2026-12-07")), "2026-12-31");
}

}  // namespace demo_dates_test
