// Self-assessment measurements over HTTP: start, read, autosave with versions (two writers, nothing
// lost), submit, lock, reopen with a reason and a mail, phase dates with a school's own extension, and
// every bad input answered per field with nothing half stored.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdlib>
#include <ctime>
#include <thread>
#include <vector>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::json;
using sk::test::TestServer;

namespace {

// Noon UTC on `date` ('YYYY-MM-DD'): the same calendar day in Brussels.
std::int64_t noon(const std::string& date) { return sk::test::at_utc_hour(date, 12); }

// A programme of the demo organiser with the demo school and a second school (its own coordinator can
// sign in) taking part; baseline 2026-09-01..2026-10-15, final 2027-05-17..2027-06-11. The clock stands
// on 2026-09-15.
struct MeasurementFixture {
    TestServer server;
    std::int64_t programme = 0, school = 0, other_school = 0;
    std::string school_base, other_base;

    explicit MeasurementFixture(sk::test::TestServerOptions options = {}) : server(std::move(options)) {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Meetprogramma", 20,
                                             {{"baseline", "2026-09-01", "2026-10-15"}, {"final", "2027-05-17", "2027-06-11"}});
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        other_school = sk::test::make_school(db, "Andere School", "555555", "limburg", programme);
        const auto uid = sk::store::create_user(db, "coord@andere.be", "Andere Coördinator", "nl",
                                                sk::core::hash_password(sk::app::kDemoPassword), 1);
        sk::store::add_membership(db, uid, other_school, "coordinator", 1);
        school_base = "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school);
        other_base = "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(other_school);
        server.set_now(noon("2026-09-15"));
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }
    HttpClient coordinator() { return as("coordinator@demo.stemkompas.be"); }
    HttpClient team_member() { return as("teamlid@demo.stemkompas.be"); }
    HttpClient organiser() { return as("organisator@demo.stemkompas.be"); }

    // Starts the school's baseline as its coordinator; the measurement id.
    std::int64_t start(const std::string& base = "", const std::string& who = "coordinator@demo.stemkompas.be") {
        auto c = as(who);
        auto res = c.post((base.empty() ? school_base : base) + "/measurements/baseline", "{}");
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json_int("/id");
    }
    std::int64_t answer_rows(std::int64_t measurement) {
        return server.db().exec("SELECT COUNT(*) FROM measurement_answers WHERE measurement_id = $1", {measurement}).one().i64(0);
    }
};

std::string answer_path(std::int64_t id, const std::string& criterion) {
    return "/api/measurements/" + std::to_string(id) + "/answers/" + criterion;
}

std::string answer_body(const std::string& level, const std::string& comment, long long version) {
    return R"({"level":)" + (level.empty() ? std::string("null") : "\"" + level + "\"") + R"(,"comment":)" +
           sk::test::json_quote(comment) + R"(,"version":)" + std::to_string(version) + "}";
}

}  // namespace

TEST(MeasurementsApi, StartPinsTheFrameworkListsEveryCriterionAndAutosaves) {
    MeasurementFixture f;
    auto coordinator = f.coordinator();
    auto list = coordinator.get(f.school_base + "/measurements");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json_string("/measurements/0/kind"), "baseline");
    EXPECT_EQ(list.json_string("/measurements/0/status"), "not_started");
    EXPECT_TRUE(json(list).at_pointer("/measurements/0/id").is_null());
    EXPECT_EQ(list.json_string("/measurements/1/kind"), "final");
    EXPECT_EQ(list.json_string("/measurements/1/opensOn"), "2027-05-17");
    EXPECT_EQ(list.json_int("/measurements/0/total"), 21);

    auto started = coordinator.post(f.school_base + "/measurements/baseline", "{}");
    ASSERT_EQ(started.status, 201) << started.body;
    const auto id = started.json_int("/id");
    EXPECT_EQ(started.json_string("/frameworkId"), "eu-stem-school-label");
    EXPECT_EQ(started.json_string("/frameworkVersion"), "2024.1");
    EXPECT_EQ(started.json_string("/status"), "open");
    EXPECT_EQ(started.json_string("/organisationName"), "Demoschool Sint-Lucas");
    EXPECT_EQ(started.json_string("/opensOn"), "2026-09-01");
    EXPECT_EQ(started.json_string("/closesOn"), "2026-10-15");
    EXPECT_TRUE(json(started).at_pointer("/editable").as_bool());
    EXPECT_TRUE(json(started).at_pointer("/canSubmit").as_bool());
    EXPECT_FALSE(json(started).at_pointer("/canReopen").as_bool());
    const auto started_doc = json(started);
    const auto& answers = started_doc.at("answers").as_array();
    ASSERT_EQ(answers.size(), 21u);
    EXPECT_EQ(answers[0].at("criterionId").as_string(), "C01");  // framework order
    EXPECT_EQ(answers[20].at("criterionId").as_string(), "C21");
    EXPECT_EQ(answers[0].at("version").as_int64(), 0);
    EXPECT_TRUE(answers[0].at("level").is_null());
    EXPECT_EQ(started.json_int("/progress/answered"), 0);
    EXPECT_EQ(started.json_int("/progress/total"), 21);
    // The programme's framework pin does not follow a later change of the programme.
    f.server.db().exec("UPDATE programmes SET framework_version = '2099.1' WHERE id = $1", {f.programme});

    // Starting again gives the same one.
    auto again = f.team_member().post(f.school_base + "/measurements/baseline", "{}");
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.json_int("/id"), id);
    EXPECT_EQ(again.json_string("/frameworkVersion"), "2024.1");
    EXPECT_FALSE(json(again).at_pointer("/canSubmit").as_bool());  // a team member edits but does not submit
    EXPECT_TRUE(json(again).at_pointer("/editable").as_bool());

    auto team = f.team_member();
    auto saved = team.put(answer_path(id, "C02"), answer_body("competent", "We hebben een STEM-visie.", 0));
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json_string("/criterionId"), "C02");
    EXPECT_EQ(saved.json_string("/level"), "competent");
    EXPECT_EQ(saved.json_string("/comment"), "We hebben een STEM-visie.");
    EXPECT_EQ(saved.json_int("/version"), 1);
    EXPECT_EQ(saved.json_int("/updatedAt"), f.server.now());
    EXPECT_FALSE(saved.json_string("/updatedByName").empty());
    // A comment without a level is kept too (not "answered").
    auto comment_only = team.put(answer_path(id, "C03"), answer_body("", "nog bespreken", 0));
    ASSERT_EQ(comment_only.status, 200) << comment_only.body;
    auto next = team.put(answer_path(id, "C02"), answer_body("proficient", "We hebben een STEM-visie.", 1));
    ASSERT_EQ(next.status, 200) << next.body;
    EXPECT_EQ(next.json_int("/version"), 2);

    auto shown = f.organiser().get("/api/measurements/" + std::to_string(id));
    ASSERT_EQ(shown.status, 200) << shown.body;
    EXPECT_EQ(shown.json_string("/answers/1/level"), "proficient");
    EXPECT_EQ(shown.json_int("/answers/1/version"), 2);
    EXPECT_EQ(shown.json_string("/answers/2/comment"), "nog bespreken");
    EXPECT_EQ(shown.json_int("/progress/answered"), 1);
    EXPECT_EQ(shown.json_string("/progress/elements/0/elementId"), "E1");
    EXPECT_FALSE(json(shown).at_pointer("/editable").as_bool());  // organisers read, schools edit
    list = coordinator.get(f.school_base + "/measurements");
    EXPECT_EQ(list.json_int("/measurements/0/id"), id);
    EXPECT_EQ(list.json_string("/measurements/0/status"), "open");
    EXPECT_EQ(list.json_int("/measurements/0/answered"), 1);
    EXPECT_EQ(list.json_string("/measurements/1/status"), "not_started");
}

TEST(MeasurementsApi, TheLaterOfTwoWritersGetsAConflictWithTheCurrentAnswerAndNothingIsLost) {
    MeasurementFixture f;
    const auto id = f.start();
    auto ann = f.coordinator();
    auto bert = f.team_member();
    // Both read version 0 of C05; Ann saves first.
    auto first = ann.put(answer_path(id, "C05"), answer_body("expert", "Ann's tekst", 0));
    ASSERT_EQ(first.status, 200) << first.body;
    auto late = bert.put(answer_path(id, "C05"), answer_body("not_yet", "Bert's tekst", 0));
    ASSERT_EQ(late.status, 409) << late.body;
    EXPECT_EQ(late.json_string("/error/code"), "edit_conflict");
    EXPECT_FALSE(late.json_string("/error/message").empty());
    EXPECT_EQ(late.json_string("/error/current/criterionId"), "C05");
    EXPECT_EQ(late.json_string("/error/current/level"), "expert");
    EXPECT_EQ(late.json_string("/error/current/comment"), "Ann's tekst");
    EXPECT_EQ(late.json_int("/error/current/version"), 1);
    EXPECT_TRUE(late.json_has("/error/fields"));
    // Ann's answer stands.
    auto shown = bert.get("/api/measurements/" + std::to_string(id));
    EXPECT_EQ(shown.json_string("/answers/4/comment"), "Ann's tekst");
    // Bert merges on the version he now knows; Ann's next write on her old version conflicts in turn.
    auto merged = bert.put(answer_path(id, "C05"), answer_body("expert", "Ann's tekst + Bert's tekst", 1));
    ASSERT_EQ(merged.status, 200) << merged.body;
    EXPECT_EQ(merged.json_int("/version"), 2);
    auto stale = ann.put(answer_path(id, "C05"), answer_body("competent", "Ann opnieuw", 1));
    ASSERT_EQ(stale.status, 409);
    EXPECT_EQ(stale.json_string("/error/current/comment"), "Ann's tekst + Bert's tekst");
    EXPECT_EQ(stale.json_int("/error/current/version"), 2);
    // A version from the future for a never-written criterion: conflict with the untouched answer.
    auto future = ann.put(answer_path(id, "C06"), answer_body("competent", "", 7));
    ASSERT_EQ(future.status, 409);
    EXPECT_EQ(future.json_int("/error/current/version"), 0);
    EXPECT_EQ(f.answer_rows(id), 1);
    EXPECT_EQ(f.server.db().exec("SELECT comment FROM measurement_answers WHERE measurement_id = $1", {id}).one().str(0),
              "Ann's tekst + Bert's tekst");
}

// Really at the same time: writers that all read version 0 race; exactly one wins, every other one gets
// the winner's answer back, and the stored answer is the winner's.
static void race_on_one_answer(MeasurementFixture& f) {
    const auto id = f.start();
    constexpr int kWriters = 6;
    std::vector<HttpClient> clients;
    for (int i = 0; i < kWriters; ++i) clients.push_back(i % 2 ? f.team_member() : f.coordinator());
    std::vector<HttpResponse> results(kWriters);
    std::vector<std::thread> threads;
    for (int i = 0; i < kWriters; ++i)
        threads.emplace_back([&, i] { results[i] = clients[i].put(answer_path(id, "C07"), answer_body("competent", "schrijver " + std::to_string(i), 0)); });
    for (auto& t : threads) t.join();
    int won = -1, conflicts = 0;
    for (int i = 0; i < kWriters; ++i) {
        if (results[i].status == 200) {
            EXPECT_EQ(won, -1) << "two writers won";
            won = i;
        } else {
            EXPECT_EQ(results[i].status, 409) << results[i].body;
            ++conflicts;
        }
    }
    ASSERT_GE(won, 0);
    EXPECT_EQ(conflicts, kWriters - 1);
    for (int i = 0; i < kWriters; ++i)
        if (i != won) {
            EXPECT_EQ(results[i].json_string("/error/current/comment"), "schrijver " + std::to_string(won));
        }
    auto stored = f.server.db().exec("SELECT comment, version FROM measurement_answers WHERE measurement_id = $1", {id});
    ASSERT_EQ(stored.rows.size(), 1u);
    EXPECT_EQ(stored.one().str(0), "schrijver " + std::to_string(won));
    EXPECT_EQ(stored.one().i64(1), 1);
    // Writers on different answers at the same time all succeed.
    threads.clear();
    for (int i = 0; i < kWriters; ++i)
        threads.emplace_back([&, i] { results[i] = clients[i].put(answer_path(id, "C1" + std::to_string(i)), answer_body("expert", "", 0)); });
    for (auto& t : threads) t.join();
    for (const auto& r : results) EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(f.answer_rows(id), 1 + kWriters);
}

TEST(MeasurementsApi, ConcurrentWritersOnOneVersionExactlyOneWins) {
    MeasurementFixture f;
    race_on_one_answer(f);
}

// Durable SQLite (every commit fsynced) runs autosaves through group commit: the same guarantees hold,
// and a write on a submitted measurement is refused there too. (On PostgreSQL the setting changes nothing.)
TEST(MeasurementsApi, DurableModeWithGroupCommitKeepsEveryGuarantee) {
    MeasurementFixture f(sk::test::TestServerOptions{.durable_sqlite = true});
    EXPECT_EQ(sk::store::sqlite_sync(), sk::store::SqliteSync::full);
    race_on_one_answer(f);
    const auto id = f.server.db().exec("SELECT id FROM measurements").one().i64(0);
    auto c = f.coordinator();
    auto next = c.put(answer_path(id, "C07"), answer_body("proficient", "verder", 1));
    ASSERT_EQ(next.status, 200) << next.body;
    EXPECT_EQ(next.json_int("/version"), 2);
    EXPECT_EQ(c.put(answer_path(id, "C07"), answer_body("expert", "oud", 1)).json_string("/error/code"), "edit_conflict");
    f.server.db().exec("UPDATE measurements SET status = 'submitted' WHERE id = $1", {id});
    EXPECT_EQ(c.put(answer_path(id, "C07"), answer_body("expert", "te laat", 2)).json_string("/error/code"), "measurement_locked");
    EXPECT_EQ(f.server.db().exec("SELECT comment FROM measurement_answers WHERE measurement_id = $1 AND criterion_id = 'C07'", {id})
                  .one()
                  .str(0),
              "verder");
    // Its reads run on the writer's connection, with the same answers in the same order: who first
    // (another school's coordinator is refused even with a bad body), then the criterion, then the body.
    f.server.db().exec("UPDATE measurements SET status = 'open' WHERE id = $1", {id});
    auto stranger = f.as("coord@andere.be");
    EXPECT_EQ(stranger.put(answer_path(id, "C07"), R"({"level":"perfect"})").status, 403);
    EXPECT_EQ(c.put(answer_path(id, "C99"), answer_body("expert", "", 0)).status, 404);
    auto bad = c.put(answer_path(id, "C08"), R"({"level":"perfect","version":-1})");
    EXPECT_EQ(bad.status, 400) << bad.body;
    EXPECT_FALSE(bad.json_string("/error/fields/level").empty());
    EXPECT_FALSE(bad.json_string("/error/fields/version").empty());
    f.server.set_now(noon("2026-10-16"));
    EXPECT_EQ(f.coordinator().put(answer_path(id, "C08"), answer_body("expert", "", 0)).json_string("/error/code"), "phase_closed");
    EXPECT_TRUE(f.server.db().exec("SELECT 1 FROM measurement_answers WHERE measurement_id = $1 AND criterion_id = 'C08'", {id}).empty());
}

TEST(MeasurementsApi, SubmitNeedsEveryLevelLocksAndAnOrganiserReopensWithAReason) {
    MeasurementFixture f;
    const auto id = f.start();
    const std::string path = "/api/measurements/" + std::to_string(id);
    auto coordinator = f.coordinator();
    auto team = f.team_member();
    auto organiser = f.organiser();
    ASSERT_EQ(coordinator.put(answer_path(id, "C01"), answer_body("competent", "", 0)).status, 200);
    ASSERT_EQ(coordinator.put(answer_path(id, "C02"), answer_body("", "alleen commentaar", 0)).status, 200);
    auto incomplete = coordinator.post(path + "/submit", "{}");
    ASSERT_EQ(incomplete.status, 400) << incomplete.body;
    EXPECT_EQ(incomplete.json_string("/error/code"), "validation_failed");
    EXPECT_EQ(json(incomplete).at_pointer("/error/fields").as_object().size(), 20u);
    EXPECT_FALSE(incomplete.json_has("/error/fields/C01"));
    EXPECT_FALSE(incomplete.json_string("/error/fields/C02").empty());
    EXPECT_FALSE(incomplete.json_string("/error/fields/C21").empty());
    EXPECT_EQ(f.server.db().exec("SELECT status FROM measurements WHERE id = $1", {id}).one().str(0), "open");  // nothing half stored

    for (int i = 2; i <= 21; ++i) {
        const std::string c = (i < 10 ? "C0" : "C") + std::to_string(i);
        ASSERT_EQ(team.put(answer_path(id, c), answer_body("proficient", "", i == 2 ? 1 : 0)).status, 200) << c;
    }
    EXPECT_EQ(team.post(path + "/submit", "{}").status, 403);       // a team member does not submit
    EXPECT_EQ(organiser.post(path + "/submit", "{}").status, 403);  // nor does an organiser
    auto submitted = coordinator.post(path + "/submit", "{}");
    ASSERT_EQ(submitted.status, 200) << submitted.body;
    EXPECT_EQ(submitted.json_string("/status"), "submitted");
    EXPECT_EQ(submitted.json_int("/submittedAt"), f.server.now());
    EXPECT_FALSE(submitted.json_string("/submittedByName").empty());
    EXPECT_FALSE(json(submitted).at_pointer("/editable").as_bool());
    EXPECT_FALSE(json(submitted).at_pointer("/canSubmit").as_bool());

    auto locked = team.put(answer_path(id, "C01"), answer_body("expert", "", 1));
    ASSERT_EQ(locked.status, 409);
    EXPECT_EQ(locked.json_string("/error/code"), "measurement_locked");
    EXPECT_EQ(coordinator.post(path + "/submit", "{}").json_string("/error/code"), "measurement_locked");
    EXPECT_EQ(f.server.db().exec("SELECT level FROM measurement_answers WHERE measurement_id = $1 AND criterion_id = 'C01'", {id}).one().str(0),
              "competent");

    EXPECT_EQ(coordinator.post(path + "/reopen", R"({"reason":"Graag C04 herbekijken."})").status, 403);
    EXPECT_TRUE(json(organiser.get(path)).at_pointer("/canReopen").as_bool());
    auto no_reason = organiser.post(path + "/reopen", R"({"reason":"  "})");
    ASSERT_EQ(no_reason.status, 400);
    EXPECT_FALSE(no_reason.json_string("/error/fields/reason").empty());
    auto too_long = organiser.post(path + "/reopen", R"({"reason":")" + std::string(1001, 'x') + R"("})");
    ASSERT_EQ(too_long.status, 400);
    EXPECT_FALSE(too_long.json_string("/error/fields/reason").empty());
    EXPECT_EQ(f.server.db().exec("SELECT status FROM measurements WHERE id = $1", {id}).one().str(0), "submitted");

    auto reopened = organiser.post(path + "/reopen", R"({"reason":"Graag C04 herbekijken."})");
    ASSERT_EQ(reopened.status, 200) << reopened.body;
    EXPECT_EQ(reopened.json_string("/status"), "open");
    EXPECT_EQ(reopened.json_string("/reopenReason"), "Graag C04 herbekijken.");
    EXPECT_EQ(organiser.post(path + "/reopen", R"({"reason":"nog eens"})").json_string("/error/code"), "measurement_not_submitted");
    // The school sees the reason and may edit again.
    auto seen = coordinator.get(path);
    EXPECT_EQ(seen.json_string("/reopenReason"), "Graag C04 herbekijken.");
    EXPECT_TRUE(json(seen).at_pointer("/editable").as_bool());
    EXPECT_TRUE(json(seen).at_pointer("/canSubmit").as_bool());
    EXPECT_EQ(team.put(answer_path(id, "C04"), answer_body("expert", "herbekeken", 1)).status, 200);
    // Audit and mail.
    auto audit = f.server.db().exec("SELECT actor_id, programme_id, object_id, before_json, after_json FROM audit_log "
                                    "WHERE action = 'measurement.reopen'");
    ASSERT_EQ(audit.rows.size(), 1u);
    EXPECT_EQ(audit.one().i64(0), sk::test::user_id(f.server.db(), "organisator@demo.stemkompas.be"));
    EXPECT_EQ(audit.one().i64(1), f.programme);
    EXPECT_EQ(audit.one().i64(2), id);
    EXPECT_NE(audit.one().str(3).find("submitted"), std::string::npos);
    EXPECT_NE(audit.one().str(4).find("Graag C04 herbekijken."), std::string::npos);
    f.server.drain_mail();
    bool mailed = false;
    for (const auto& m : f.server.mail_files())
        if (m.find("coordinator@demo.stemkompas.be") != std::string::npos && m.find("Graag C04 herbekijken.") != std::string::npos &&
            m.find("/measurements/baseline") != std::string::npos)
            mailed = true;
    EXPECT_TRUE(mailed);
}

TEST(MeasurementsApi, PhaseDatesHoldAndAnExtensionLetsOneSchoolContinue) {
    MeasurementFixture f;
    auto coordinator = f.coordinator();
    f.server.set_now(noon("2026-08-31"));
    auto early = coordinator.post(f.school_base + "/measurements/baseline", "{}");
    ASSERT_EQ(early.status, 409) << early.body;
    EXPECT_EQ(early.json_string("/error/code"), "phase_not_open");
    EXPECT_NE(early.json_string("/error/message").find("2026-09-01"), std::string::npos);
    EXPECT_EQ(coordinator.post(f.school_base + "/measurements/final", "{}").json_string("/error/code"), "phase_not_open");
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM measurements").one().i64(0), 0);

    f.server.set_now(noon("2026-09-01"));  // the opening day counts
    const auto id = f.start();
    const auto other = f.start(f.other_base, "coord@andere.be");
    f.server.set_now(noon("2026-10-15"));  // so does the closing day
    coordinator = f.coordinator();         // sessions last 14 days on the test clock too
    ASSERT_EQ(coordinator.put(answer_path(id, "C01"), answer_body("competent", "", 0)).status, 200);

    f.server.set_now(noon("2026-10-16"));
    auto closed = coordinator.put(answer_path(id, "C01"), answer_body("expert", "", 1));
    ASSERT_EQ(closed.status, 409);
    EXPECT_EQ(closed.json_string("/error/code"), "phase_closed");
    EXPECT_FALSE(json(coordinator.get("/api/measurements/" + std::to_string(id))).at_pointer("/editable").as_bool());
    EXPECT_EQ(coordinator.post("/api/measurements/" + std::to_string(id) + "/submit", "{}").json_string("/error/code"), "phase_closed");

    auto organiser = f.organiser();
    const std::string ext = f.school_base + "/extensions/baseline";
    auto before_phase = organiser.put(ext, R"({"closesOn":"2026-10-14"})");
    ASSERT_EQ(before_phase.status, 400);
    EXPECT_FALSE(before_phase.json_string("/error/fields/closesOn").empty());
    EXPECT_EQ(organiser.put(ext, R"({"closesOn":"2026-13-01"})").status, 400);
    EXPECT_EQ(organiser.put(ext, R"({})").status, 400);
    EXPECT_EQ(organiser.put(f.school_base + "/extensions/award", R"({"closesOn":"2026-10-31"})").status, 404);  // not a phase here
    auto extended = organiser.put(ext, R"({"closesOn":"2026-10-31"})");
    ASSERT_EQ(extended.status, 200) << extended.body;
    EXPECT_EQ(extended.json_string("/kind"), "baseline");
    EXPECT_EQ(extended.json_string("/closesOn"), "2026-10-31");

    // This school continues; the other school stays closed.
    auto continued = coordinator.put(answer_path(id, "C01"), answer_body("expert", "", 1));
    ASSERT_EQ(continued.status, 200) << continued.body;
    auto shown = coordinator.get("/api/measurements/" + std::to_string(id));
    EXPECT_EQ(shown.json_string("/closesOn"), "2026-10-31");
    EXPECT_TRUE(json(shown).at_pointer("/editable").as_bool());
    EXPECT_EQ(coordinator.get(f.school_base + "/measurements").json_string("/measurements/0/closesOn"), "2026-10-31");
    auto andere = f.as("coord@andere.be");
    EXPECT_EQ(andere.put(answer_path(other, "C01"), answer_body("expert", "", 0)).json_string("/error/code"), "phase_closed");

    ASSERT_EQ(organiser.send("DELETE", ext, "").status, 204);
    EXPECT_EQ(organiser.send("DELETE", ext, "").status, 404);
    EXPECT_EQ(coordinator.put(answer_path(id, "C01"), answer_body("competent", "", 2)).json_string("/error/code"), "phase_closed");
    auto audit = f.server.db().exec("SELECT action FROM audit_log WHERE action LIKE 'phase.%' ORDER BY id");
    ASSERT_EQ(audit.rows.size(), 2u);
    EXPECT_EQ(audit.rows[0].str(0), "phase.extend");
    EXPECT_EQ(audit.rows[1].str(0), "phase.extension_remove");
}

TEST(MeasurementsApi, BadInputIsNamedPerFieldAndNothingIsStored) {
    MeasurementFixture f;
    const auto id = f.start();
    auto c = f.coordinator();
    struct Case {
        std::string body;
        std::string field;  // "" : not a field error
        int status;
        std::string code;
    };
    const std::vector<Case> cases = {
        {R"({"level":"great","comment":"","version":0})", "level", 400, "validation_failed"},
        {R"({"level":3,"comment":"","version":0})", "level", 400, "validation_failed"},
        {R"({"level":"competent","comment":")" + std::string(4001, 'a') + R"(","version":0})", "comment", 400, "validation_failed"},
        {R"({"level":"competent","comment":42,"version":0})", "comment", 400, "validation_failed"},
        {R"({"level":"competent","comment":""})", "version", 400, "validation_failed"},
        {R"({"level":"competent","comment":"","version":-1})", "version", 400, "validation_failed"},
        {R"({"level":"competent","comment":"","version":"1"})", "version", 400, "validation_failed"},
        {R"({"level":"competent","comment":"","version":1.5})", "version", 400, "validation_failed"},
        {R"({"level":"competent","comment":"","version":0,"evidenceIds":[1]})", "evidenceIds", 400, "validation_failed"},
        {R"({"level":"competent","comment":"","version":0,"evidenceIds":"1"})", "evidenceIds", 400, "validation_failed"},
        {R"({"level":"competent","comment":"","version":0)", "", 400, "malformed_json"},
        {R"([1,2])", "", 400, "malformed_json"},
    };
    for (const auto& k : cases) {
        auto res = c.put(answer_path(id, "C01"), k.body);
        EXPECT_EQ(res.status, k.status) << k.body << " -> " << res.body;
        EXPECT_EQ(res.json_string("/error/code"), k.code) << k.body;
        if (!k.field.empty()) {
            EXPECT_FALSE(res.json_string("/error/fields/" + k.field).empty()) << k.body << " -> " << res.body;
        }
    }
    // Every bad field at once, in English.
    c.language = "en";
    auto all = c.put(answer_path(id, "C01"), R"({"level":"great","comment":")" + std::string(4001, 'a') + R"(","version":-3})");
    ASSERT_EQ(all.status, 400);
    EXPECT_EQ(all.json_string("/error/fields/level"), "Choose a level: not_yet, competent, proficient or expert (or null to leave it empty).");
    EXPECT_EQ(all.json_string("/error/fields/comment"), "Use at most 4000 characters.");
    EXPECT_EQ(all.json_string("/error/fields/version"), "Send the version of the answer you read, as a whole number from 0.");
    c.language = "nl";
    // A comment of exactly 4000 characters is fine (counted in characters, not bytes).
    std::string long_comment;
    for (int i = 0; i < 4000; ++i) long_comment += "é";
    // Unknown criterion, unknown measurement, bad kind.
    EXPECT_EQ(c.put(answer_path(id, "C99"), answer_body("competent", "", 0)).status, 404);
    EXPECT_EQ(c.put(answer_path(999999, "C01"), answer_body("competent", "", 0)).status, 404);
    EXPECT_EQ(c.put("/api/measurements/abc/answers/C01", answer_body("competent", "", 0)).status, 404);
    EXPECT_EQ(c.post(f.school_base + "/measurements/midterm", "{}").status, 404);
    EXPECT_EQ(f.answer_rows(id), 0);  // nothing half stored
    auto ok = c.put(answer_path(id, "C01"), answer_body("competent", long_comment, 0));
    ASSERT_EQ(ok.status, 200) << ok.body;
    EXPECT_EQ(f.answer_rows(id), 1);
}

TEST(MeasurementsApi, ASchoolOnlyReachesItsOwnMeasurements) {
    MeasurementFixture f;
    const auto own = f.start();
    const auto other = f.start(f.other_base, "coord@andere.be");
    auto c = f.coordinator();
    EXPECT_EQ(c.get("/api/measurements/" + std::to_string(other)).status, 403);
    EXPECT_EQ(c.put(answer_path(other, "C01"), answer_body("expert", "", 0)).status, 403);
    EXPECT_EQ(c.post("/api/measurements/" + std::to_string(other) + "/submit", "{}").status, 403);
    EXPECT_EQ(c.get(f.other_base + "/measurements").status, 403);
    EXPECT_EQ(c.post(f.other_base + "/measurements/final", "{}").status, 403);
    EXPECT_EQ(f.answer_rows(other), 0);
    // A school that left the programme no longer reaches its measurement either.
    f.server.db().exec("DELETE FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2", {f.programme, f.school});
    EXPECT_EQ(c.get("/api/measurements/" + std::to_string(own)).status, 403);
    // Another organiser organisation's organiser: another tenant's objects do not exist for them.
    sk::test::make_other_organiser(f.server.db(), "olga@andere.be");
    auto olga = f.as("olga@andere.be");
    EXPECT_EQ(olga.get("/api/measurements/" + std::to_string(other)).status, 404);
    EXPECT_EQ(olga.post("/api/measurements/" + std::to_string(other) + "/reopen", R"({"reason":"x"})").status, 404);
    EXPECT_EQ(olga.put(f.other_base + "/extensions/baseline", R"({"closesOn":"2026-12-01"})").status, 404);
}
