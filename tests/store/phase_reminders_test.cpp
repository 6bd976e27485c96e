// Phase-closing reminders (jobs/phase_reminders.h): exactly once per school, phase and 7|1 days,
// across runs; only participating schools; never after the phase closed. Table-driven over the
// Brussels calendar day the job runs on.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <thread>

#include "core/brussels_date.h"
#include "jobs/maintenance.h"
#include "jobs/phase_reminders.h"
#include "store/accounts.h"
#include "support/job_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_db.h"

namespace {

// Noon in Brussels (UTC+1 in winter) on a November 2026 day.
std::int64_t noon_nov(int day) { return 1793530800 + static_cast<std::int64_t>(day - 1) * 86400; }  // 2026-11-01 11:00 UTC

struct ReminderWorld {
    sk::test::TestDb tdb;
    std::int64_t programme = 0, school = 0, outsider = 0, extended = 0;
    ReminderWorld() {
        auto& db = tdb.db();
        const auto organiser = sk::store::create_organisation(db, "Organisator", "organiser", 1);
        // baseline closes 2026-11-15; action_plan 2026-11-30.
        programme = sk::test::make_programme(db, organiser, "Herinneringsprogramma", 20,
                                             {{"baseline", "2026-10-01", "2026-11-15"}, {"action_plan", "2026-11-16", "2026-11-30"}});
        school = sk::test::make_school(db, "Deelnemer", "111111", "antwerpen", programme);
        sk::test::make_member(db, school, "coord1@school.be", "coordinator", false);
        sk::test::make_member(db, school, "coord2@school.be", "coordinator", false);
        // Invited but not accepted: not a coordinator yet, so no reminders.
        sk::test::make_member(db, school, "uitgenodigd@school.be", "coordinator", true);
        sk::test::make_member(db, school, "lid@school.be", "team_member", false);
        outsider = sk::test::make_school(db, "Geen deelnemer", "222222", "limburg");
        sk::test::make_member(db, outsider, "coord@outsider.be", "coordinator", false);
        // A school with an extension of the baseline to 2026-11-20.
        extended = sk::test::make_school(db, "Verlengd", "333333", "limburg", programme);
        sk::test::make_member(db, extended, "coord@verlengd.be", "coordinator", false);
        db.exec("INSERT INTO phase_extensions (programme_id, organisation_id, kind, closes_on) VALUES ($1, $2, 'baseline', '2026-11-20')",
                {programme, extended});
    }
    std::vector<std::string> outbox_to(std::int64_t after_id) {
        std::vector<std::string> out;
        for (const auto& r : tdb.db().exec("SELECT to_address FROM outbox WHERE id > $1 ORDER BY id", {after_id}).rows) out.push_back(r.str(0));
        return out;
    }
    std::int64_t last_outbox() { return tdb.db().exec("SELECT COALESCE(MAX(id), 0) FROM outbox").one().i64(0); }
};

TEST(PhaseReminders, ExactlyOnceAtSevenAndOneDaysBefore) {
    ReminderWorld s;
    struct Day {
        int day;                          // November 2026
        std::vector<std::string> to;      // recipients queued by the first run that day
    };
    const std::vector<std::string> school = {"coord1@school.be", "coord2@school.be"};
    const std::vector<Day> days = {
        {1, {}},
        {7, {}},                          // 8 days before the baseline closes
        {8, school},                      // baseline in 7 days
        {9, {}},
        {13, {"coord@verlengd.be"}},      // the extended baseline (11-20) in 7 days
        {14, school},                     // baseline tomorrow
        {15, {}},                         // closing day itself: no reminder
        {16, {}},                         // closed
        {19, {"coord@verlengd.be"}},      // extended baseline tomorrow
        {23, {"coord1@school.be", "coord2@school.be", "coord@verlengd.be"}},  // action plan in 7 days
        {29, {"coord1@school.be", "coord2@school.be", "coord@verlengd.be"}},  // action plan tomorrow
        {30, {}},
        {31 + 8, {}},                     // December: everything closed
    };
    for (const auto& d : days) {
        const auto before = s.last_outbox();
        const int queued = sk::jobs::queue_phase_reminders(s.tdb.db(), noon_nov(d.day), "http://app.test");
        auto to = s.outbox_to(before);
        std::sort(to.begin(), to.end());
        auto expected = d.to;
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(to, expected) << "day " << d.day;
        EXPECT_EQ(queued > 0, !d.to.empty()) << "day " << d.day;
        // A second run the same day (a restart, another process) queues nothing.
        const auto again_before = s.last_outbox();
        EXPECT_EQ(sk::jobs::queue_phase_reminders(s.tdb.db(), noon_nov(d.day) + 3600, "http://app.test"), 0) << "day " << d.day;
        EXPECT_TRUE(s.outbox_to(again_before).empty()) << "day " << d.day;
    }
    // One row per school, phase and reminder.
    EXPECT_EQ(s.tdb.db().exec("SELECT COUNT(*) FROM phase_reminders").one().i64(0), 8);
    EXPECT_EQ(s.tdb.db().exec("SELECT COUNT(*) FROM phase_reminders WHERE organisation_id = $1", {s.outsider}).one().i64(0), 0);
}

TEST(PhaseReminders, AMissedSevenDayReminderGoesLateButNotOnTheLastDay) {
    ReminderWorld s;
    auto& db = s.tdb.db();
    // Down from 8 to 10 November: the baseline's 7-day reminder goes on the 11th (4 days left).
    auto before = s.last_outbox();
    ASSERT_EQ(sk::jobs::queue_phase_reminders(db, noon_nov(11), "http://app.test"), 1);
    EXPECT_EQ(s.outbox_to(before), (std::vector<std::string>{"coord1@school.be", "coord2@school.be"}));
    auto body = db.exec("SELECT body_text FROM outbox WHERE id > $1 ORDER BY id", {before}).rows.at(0).str(0);
    EXPECT_NE(body.find("over 4 dagen"), std::string::npos) << body;
    EXPECT_EQ(db.exec("SELECT days_before FROM phase_reminders WHERE organisation_id = $1", {s.school}).one().i64(0), 7);
    EXPECT_EQ(sk::jobs::queue_phase_reminders(db, noon_nov(12), "http://app.test"), 0);
    // Down from 11 to 18 November: the extended school (closing 11-20) missed its 7-day reminder too,
    // and on the 19th only the 1-day reminder goes — never both at once.
    db.exec("DELETE FROM phase_reminders");
    before = s.last_outbox();
    ASSERT_EQ(sk::jobs::queue_phase_reminders(db, noon_nov(19), "http://app.test"), 1);
    EXPECT_EQ(s.outbox_to(before), (std::vector<std::string>{"coord@verlengd.be"}));
    EXPECT_EQ(db.exec("SELECT days_before FROM phase_reminders").one().i64(0), 1);
}

TEST(PhaseReminders, MailNamesPhaseDateAndLinkInTheCoordinatorsLanguage) {
    ReminderWorld s;
    sk::store::set_language(s.tdb.db(), sk::test::user_id(s.tdb.db(), "coord1@school.be"), "en");
    sk::jobs::queue_phase_reminders(s.tdb.db(), noon_nov(8), "http://app.test");
    auto r = s.tdb.db().exec("SELECT to_address, subject, body_text FROM outbox ORDER BY to_address");
    ASSERT_EQ(r.rows.size(), 2u);
    EXPECT_EQ(r.rows[0].str(1), "Reminder: Baseline measurement closes in 7 days");
    EXPECT_NE(r.rows[0].str(2).find("15/11/2026"), std::string::npos) << r.rows[0].str(2);
    EXPECT_NE(r.rows[0].str(2).find("Herinneringsprogramma"), std::string::npos);
    EXPECT_NE(r.rows[0].str(2).find("http://app.test/programmes/" + std::to_string(s.programme)), std::string::npos);
    EXPECT_EQ(r.rows[1].str(1), "Herinnering: Nulmeting sluit over 7 dagen");
    EXPECT_NE(r.rows[1].str(2).find("Deelnemer heeft ze nog niet ingediend"), std::string::npos) << r.rows[1].str(2);
    // The day before: "tomorrow".
    sk::jobs::queue_phase_reminders(s.tdb.db(), noon_nov(14), "http://app.test");
    EXPECT_EQ(s.tdb.db().exec("SELECT subject FROM outbox WHERE to_address = 'coord1@school.be' ORDER BY id DESC").rows[0].str(0),
              "Reminder: Baseline measurement closes tomorrow");
}

// The measurement phases know whether a school submitted: a submitted baseline gets no reminder, an
// open one (started, answers saved) still does, and the phases without data yet remind everyone.
TEST(PhaseReminders, ASchoolThatSubmittedItsMeasurementGetsNoReminder) {
    ReminderWorld s;
    auto& db = s.tdb.db();
    auto measurement = [&](std::int64_t school, const std::string& status) {
        const auto id = db.exec("INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, "
                                "created_at, updated_at) VALUES ($1, $2, 'baseline', 'eu-stem-school-label', '2024.1', $3, 1, 1) RETURNING id",
                                {s.programme, school, status})
                            .one()
                            .i64(0);
        db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, comment, version, updated_at) "
                "VALUES ($1, 'C01', 'competent', '', 1, 1)",
                {id});
    };
    measurement(s.school, "submitted");
    measurement(s.extended, "open");
    auto before = s.last_outbox();
    EXPECT_EQ(sk::jobs::queue_phase_reminders(db, noon_nov(8), "http://app.test"), 0);  // baseline in 7 days: submitted
    EXPECT_TRUE(s.outbox_to(before).empty());
    before = s.last_outbox();
    // Baseline tomorrow: the submitted school still gets nothing; the open one its (late) 7-day reminder.
    EXPECT_EQ(sk::jobs::queue_phase_reminders(db, noon_nov(14), "http://app.test"), 1);
    EXPECT_EQ(s.outbox_to(before), (std::vector<std::string>{"coord@verlengd.be"}));
    before = s.last_outbox();
    EXPECT_EQ(sk::jobs::queue_phase_reminders(db, noon_nov(19), "http://app.test"), 1);  // extended school: open, so reminded
    EXPECT_EQ(s.outbox_to(before), (std::vector<std::string>{"coord@verlengd.be"}));
    before = s.last_outbox();
    sk::jobs::queue_phase_reminders(db, noon_nov(23), "http://app.test");  // action plan: no data kind yet, everyone
    auto to = s.outbox_to(before);
    std::sort(to.begin(), to.end());
    EXPECT_EQ(to, (std::vector<std::string>{"coord1@school.be", "coord2@school.be", "coord@verlengd.be"}));
}

}  // namespace

// The background maintenance loop queues the reminders too (real clock: a phase closing in 7 days).
TEST(PhaseReminders, TheMaintenanceLoopQueuesThem) {
    ReminderWorld s;
    auto& db = s.tdb.db();
    const auto now = static_cast<std::int64_t>(std::time(nullptr));
    const auto in_seven = sk::core::brussels_date(now + 7 * 86400);
    const auto organiser = sk::store::create_organisation(db, "Organisator nu", "organiser", 1);
    const auto programme = sk::test::make_programme(db, organiser, "Nu-programma", 20, {{"baseline", "2020-01-01", in_seven}});
    const auto school = sk::test::make_school(db, "Nu-school", "444444", "brussel", programme);
    sk::test::make_member(db, school, "nu@school.be", "coordinator", false);
    // A Brussels day that ends within the next seconds would make "7 days" ambiguous; that window is tiny.
    sk::jobs::Maintenance m(s.tdb.url(), "http://app.test", 3600);
    m.start();
    std::int64_t rows = 0;
    for (int i = 0; i < 100 && rows == 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        rows = db.exec("SELECT COUNT(*) FROM outbox WHERE to_address = 'nu@school.be'").one().i64(0);
    }
    m.stop();
    EXPECT_EQ(rows, 1);
    EXPECT_EQ(db.exec("SELECT days_before FROM phase_reminders WHERE organisation_id = $1", {school}).one().i64(0), 7);
}

// Two processes on one database (here: two connections, each in its own thread, released at the same moment
// as two servers' maintenance jobs could be) queue each reminder once between them, run after run. The other
// jobs' versions are in jobs_once_test.cpp.
TEST(PhaseReminders, TwoProcessesQueueEachReminderOnce) {
    ReminderWorld s;
    auto other = sk::store::open(s.tdb.url());
    const std::vector<std::string> school = {"coord1@school.be", "coord2@school.be"};
    const std::vector<std::string> all = {"coord1@school.be", "coord2@school.be", "coord@verlengd.be"};
    struct Day {
        int day;
        std::vector<std::string> to;
        int reminders;  // school × phase
    };
    const std::vector<Day> days = {{8, school, 1}, {13, {"coord@verlengd.be"}, 1}, {14, school, 1},
                                   {19, {"coord@verlengd.be"}, 1}, {23, all, 2}, {29, all, 2}};
    for (const auto& d : days) {
        const auto before = s.last_outbox();
        const auto [queued_a, queued_b] = sk::test::run_at_once(
            s.tdb.db(), *other, [&](sk::store::Db& db) { return sk::jobs::queue_phase_reminders(db, noon_nov(d.day), "http://app.test"); });
        auto to = s.outbox_to(before);
        std::sort(to.begin(), to.end());
        EXPECT_EQ(to, d.to) << "each coordinator once on day " << d.day;
        EXPECT_EQ(queued_a + queued_b, d.reminders) << "day " << d.day;
    }
    EXPECT_EQ(s.tdb.db().exec("SELECT COUNT(*) FROM phase_reminders").one().i64(0), 8);
}
