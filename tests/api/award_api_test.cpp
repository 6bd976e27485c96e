// The award over HTTP on both databases: the organiser sets the round, the rubric and the jury; schools with a
// submitted final measurement submit candidacies; jurors score (never seeing each other's scores before close),
// recuse themselves or are recused automatically by a confirmed mentor match; the organiser follows progress,
// closes, compares raw and normalised rankings and announces the winners (mails). Bad input, conflicts, audit.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "store/evidence.h"
#include "store/evidence_files.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::json;
using sk::test::kCoordinator;
using sk::test::kJury;
using sk::test::kMentor;
using sk::test::kOrganiser;
using sk::test::kTeamMember;
using sk::test::TestServer;

namespace {

constexpr const char* kLimburgCoordinator = "carla@limburg.be";
constexpr const char* kNoFinalCoordinator = "nina@zonder.be";

const std::string kRubric =
    R"({"criteria":[{"name":"Visie","weight":1,"descriptors":["a","b","c","d","e"]},)"
    R"({"name":"Impact","weight":1,"descriptors":["a","b","c","d","e"]},{"name":"Partners","weight":2,"descriptors":["a","b","c","d","e"]}]})";

// A programme of the demo organiser with three schools: Sint-Lucas (the demo school) and Basisschool Limburg with
// a SUBMITTED final measurement, and a school whose final measurement is still open. The clock stands on
// 2026-11-26; the round (when made with `open_round`) runs 2026-11-01..2026-12-15.
struct AwardFixture {
    TestServer server;
    std::int64_t programme = 0, lucas = 0, limburg = 0, nofinal = 0, demotech = 0;
    std::vector<std::int64_t> criteria;

    AwardFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Awardprogramma", 20);
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        lucas = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, lucas, "school");
        limburg = sk::test::make_school(db, "Basisschool Limburg", "565656", "limburg", programme);
        nofinal = sk::test::make_school(db, "School Zonder Eindmeting", "565657", "antwerpen", programme);
        sk::test::make_measurement(db, programme, lucas, "final", "submitted");
        sk::test::make_measurement(db, programme, limburg, "final", "submitted");
        sk::test::make_measurement(db, programme, nofinal, "final", "open");
        for (const auto& [email, org, lang] : {std::tuple{kLimburgCoordinator, limburg, "en"}, std::tuple{kNoFinalCoordinator, nofinal, "nl"}}) {
            const auto uid = sk::store::create_user(db, email, "Coordinator", lang, sk::core::hash_password(sk::app::kDemoPassword), 1);
            sk::store::add_membership(db, uid, org, "coordinator", 1);
        }
        demotech = sk::test::org_id(db, "Demotech NV");
        server.set_now(1795687200);  // 2026-11-26 10:00 UTC
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }
    std::string award(const std::string& rest = "") const { return "/api/programmes/" + std::to_string(programme) + "/award" + rest; }
    std::string candidacy_path(std::int64_t school) const {
        return "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school) + "/candidacy";
    }
    std::string candidate(std::int64_t id, const std::string& rest = "") const { return award("/candidates/" + std::to_string(id) + rest); }
    std::int64_t count(const std::string& sql) { return server.db().exec(sql).one().i64(0); }
    std::string mail_to(const std::string& address, const std::string& needle) {
        server.drain_mail();
        for (auto m : server.mail_files()) {
            for (auto p = m.find("=\r\n"); p != std::string::npos; p = m.find("=\r\n", p)) m.erase(p, 3);
            if (m.find("To: " + address + "\r\n") != std::string::npos && m.find(needle) != std::string::npos) return m;
        }
        return "";
    }

    // The organiser opens the round with the 3-criterion rubric (weights 1, 1, 2) and invites `jurors`.
    void open_round(const std::vector<std::string>& jurors) {
        auto org = as(kOrganiser);
        ASSERT_EQ(org.put(award(), R"({"opensOn":"2026-11-01","closesOn":"2026-12-15","scale":5})").status, 200);
        auto res = org.put(award("/rubric"), kRubric);
        ASSERT_EQ(res.status, 200) << res.body;
        criteria.clear();
        const auto rubric = json(res);
        for (const auto& c : rubric.at("criteria").as_array()) criteria.push_back(c.at("id").as_int64());
        for (const auto& j : jurors) ASSERT_EQ(org.post(award("/jurors"), R"({"email":")" + j + R"(","name":"Jurylid"})").status, 201) << j;
        // Joining needs consent: every juror who can sign in accepts (a new address stays pending).
        for (const auto& j : jurors)
            if (!server.db().exec("SELECT 1 FROM users WHERE email = $1 AND password_hash IS NOT NULL", {j}).empty()) accept_all(j);
    }
    void accept_all(const std::string& email) {
        auto c = as(email);
        const auto mine = json(c.get("/api/me/invitations"));
        for (const auto& i : mine.at("invitations").as_array())
            ASSERT_EQ(c.post("/api/me/invitations/" + std::to_string(i.at("id").as_int64()) + "/accept", "{}").status, 200) << email;
    }
    std::int64_t submit(const std::string& coordinator, std::int64_t school, const std::string& extra = "") {
        auto c = as(coordinator);
        auto res = c.put(candidacy_path(school), R"({"pitch":")" + std::string(80, 'x') + R"(","team":["Ann","Bert"])" + extra + "}");
        EXPECT_EQ(res.status, 201) << res.body;
        return json(res).at("id").as_int64();
    }
    std::string scores_body(int a, int b, int c, const std::string& comment = "") const {
        return R"({"scores":[{"criterionId":)" + std::to_string(criteria[0]) + R"(,"score":)" + std::to_string(a) + R"(,"comment":")" +
               comment + R"("},{"criterionId":)" + std::to_string(criteria[1]) + R"(,"score":)" + std::to_string(b) +
               R"(},{"criterionId":)" + std::to_string(criteria[2]) + R"(,"score":)" + std::to_string(c) + "}]}";
    }
};

TEST(AwardApi, RoundJuryScoresCloseRankAnnounce) {
    AwardFixture f;
    f.open_round({kJury, kMentor, "nieuw.jurylid@example.be"});
    // A new address gets an account without a password and a set-password link; an existing user a link to
    // accept. Nobody is a juror before accepting: the new address is listed as pending, by its address only.
    EXPECT_NE(f.mail_to("nieuw.jurylid@example.be", "set-password#token="), "");
    EXPECT_NE(f.mail_to(kJury, "http://app.test/invitations"), "");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'nieuw.jurylid@example.be' "
                      "AND m.role = 'jury'"),
              0);

    const auto c_lucas = f.submit(kCoordinator, f.lucas);
    const auto c_limburg = f.submit(kLimburgCoordinator, f.limburg);

    auto org = f.as(kOrganiser);
    auto view = json(org.get(f.award()));
    EXPECT_EQ(view.at("role").as_string(), "organiser");
    EXPECT_EQ(view.at("jurors").as_array().size(), 3u);
    EXPECT_EQ(view.at("candidacies").as_array().size(), 2u);
    EXPECT_TRUE(view.at("round").at("acceptingCandidacies").as_bool());
    for (const auto& j : view.at("jurors").as_array()) {
        if (j.at("email").as_string() == kMentor) {
            EXPECT_EQ(j.at("companyId").as_int64(), f.demotech);
            EXPECT_FALSE(j.at("invitationPending").as_bool());
        }
        if (j.at("email").as_string() == "nieuw.jurylid@example.be") {
            EXPECT_TRUE(j.at("invitationPending").as_bool());
            EXPECT_TRUE(j.at("name").is_null());
            EXPECT_TRUE(j.at("userId").is_null());
            EXPECT_GT(j.at("invitationId").as_int64(), 0);
        }
    }

    // The lenient juror gives 5/3, the strict one 2/1: raw totals differ, normalised they agree.
    auto jury = f.as(kJury);
    auto mentor = f.as(kMentor);
    ASSERT_EQ(jury.put(f.candidate(c_lucas, "/scores"), f.scores_body(5, 5, 5, "mild-oordeel")).status, 200);
    ASSERT_EQ(jury.put(f.candidate(c_limburg, "/scores"), f.scores_body(3, 3, 3)).status, 200);
    ASSERT_EQ(mentor.put(f.candidate(c_lucas, "/scores"), f.scores_body(2, 2, 2, "streng-oordeel")).status, 200);
    auto partial = mentor.put(f.candidate(c_limburg, "/scores"), R"({"scores":[{"criterionId":)" + std::to_string(f.criteria[0]) + R"(,"score":1}]})");
    ASSERT_EQ(partial.status, 200) << partial.body;
    EXPECT_EQ(json(partial).at("scores").as_array().size(), 1u);

    // Before close a juror sees only their own scores; the school never sees any.
    auto mine = jury.get(f.candidate(c_lucas));
    ASSERT_EQ(mine.status, 200) << mine.body;
    EXPECT_EQ(json(mine).at("myScores").as_array().size(), 3u);
    EXPECT_TRUE(json(mine).at("allScores").is_null());
    EXPECT_EQ(mine.body.find("streng-oordeel"), std::string::npos);
    EXPECT_EQ(json(jury.get(f.award())).at("role").as_string(), "juror");
    EXPECT_EQ(jury.get(f.award()).body.find("streng-oordeel"), std::string::npos);
    EXPECT_EQ(org.get(f.candidate(c_lucas)).body.find("streng-oordeel"), std::string::npos);
    auto school = f.as(kCoordinator);
    for (const auto& path : {f.candidacy_path(f.lucas), f.award()}) {
        auto res = school.get(path);
        ASSERT_EQ(res.status, 200) << res.body;
        EXPECT_EQ(res.body.find("oordeel"), std::string::npos);
        EXPECT_EQ(res.body.find("core"), std::string::npos) << res.body;  // neither "score" nor "scores"
    }
    EXPECT_EQ(school.get(f.award("/results")).status, 403);
    EXPECT_EQ(jury.get(f.award("/results")).status, 409);

    // Progress: 3 of 3 / 1 of 3 per cell; the jury overview counts complete candidacies.
    auto progress = json(org.get(f.award("/progress")));
    EXPECT_EQ(progress.at("cells").as_array().size(), 4u);  // the two jurors who accepted x two candidacies
    for (const auto& cell : progress.at("cells").as_array()) {
        if (cell.at("candidacyId").as_int64() == c_limburg && cell.at("scored").as_int64() == 1) {
            EXPECT_EQ(cell.at("of").as_int64(), 3);
        }
    }
    auto rounds = json(mentor.get("/api/awards/jury")).at("rounds").as_array();
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].at("candidates").as_int64(), 2);
    EXPECT_EQ(rounds[0].at("scored").as_int64(), 1);
    ASSERT_EQ(mentor.put(f.candidate(c_limburg, "/scores"), f.scores_body(1, 1, 1)).status, 200);

    ASSERT_EQ(org.post(f.award("/close"), "{}").status, 200);
    EXPECT_EQ(jury.put(f.candidate(c_lucas, "/scores"), f.scores_body(1, 1, 1)).status, 409);
    // After close jurors see everyone's scores.
    auto all = json(jury.get(f.candidate(c_lucas)));
    EXPECT_EQ(all.at("allScores").as_array().size(), 6u);
    EXPECT_NE(boost::json::serialize(all).find("streng-oordeel"), std::string::npos);

    auto results = org.get(f.award("/results"));
    ASSERT_EQ(results.status, 200) << results.body;
    const auto r = json(results);
    EXPECT_EQ(r.at("raw").as_array()[0].at("candidacyId").as_int64(), c_lucas);
    EXPECT_DOUBLE_EQ(r.at("raw").as_array()[0].at("score").as_double(), 3.5);
    EXPECT_DOUBLE_EQ(r.at("raw").as_array()[1].at("score").as_double(), 2.0);
    EXPECT_DOUBLE_EQ(r.at("normalised").as_array()[0].at("score").as_double(), 4.0);
    EXPECT_DOUBLE_EQ(r.at("normalised").as_array()[1].at("score").as_double(), 2.0);
    EXPECT_EQ(r.at("normalised").as_array()[1].at("rank").as_int64(), 2);
    EXPECT_EQ(r.at("flagged").as_array().size(), 0u);
    EXPECT_EQ(r.at("perCriterion").as_array().size(), 6u);
    EXPECT_EQ(jury.get(f.award("/results")).status, 200);

    auto announced = org.post(f.award("/announce"), R"({"winners":[)" + std::to_string(c_lucas) + "]}");
    ASSERT_EQ(announced.status, 200) << announced.body;
    EXPECT_EQ(json(announced).at("status").as_string(), "announced");
    EXPECT_EQ(boost::json::serialize(json(announced).at("winners")), "[" + std::to_string(c_lucas) + "]");
    EXPECT_NE(f.mail_to(kCoordinator, "Proficiat"), "");
    EXPECT_NE(f.mail_to(kLimburgCoordinator, "not among them"), "");
    EXPECT_EQ(json(school.get(f.candidacy_path(f.lucas))).at("result").as_string(), "won");
    EXPECT_EQ(json(f.as(kLimburgCoordinator).get(f.candidacy_path(f.limburg))).at("result").as_string(), "not_won");

    for (const auto* action : {"award.round_create", "award.rubric", "award.juror_invite", "award.close", "award.announce"})
        EXPECT_GE(f.count(std::string("SELECT COUNT(*) FROM audit_log WHERE action = '") + action + "'"), 1) << action;
}

TEST(AwardApi, BadInputNamesEveryFieldAndStoresNothing) {
    AwardFixture f;
    auto org = f.as(kOrganiser);
    org.language = "en";
    auto bad_round = org.put(f.award(), R"({"opensOn":"2026-13-01","closesOn":"2026-10-01","scale":7})");
    EXPECT_EQ(bad_round.status, 400);
    EXPECT_NE(bad_round.json_string("/error/fields/opensOn"), "");
    EXPECT_NE(bad_round.json_string("/error/fields/scale"), "");
    auto before = org.put(f.award(), R"({"opensOn":"2026-11-02","closesOn":"2026-11-01","scale":5})");
    EXPECT_EQ(before.json_string("/error/fields/closesOn"), "The closing date cannot be before the opening date.");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM award_rounds"), 1);  // the demo programme's round only
    EXPECT_EQ(org.put(f.award("/rubric"), kRubric).status, 409);  // no round yet

    f.open_round({kJury});
    auto two = org.put(f.award("/rubric"), R"({"criteria":[{"name":"A","weight":1,"descriptors":["a","b","c","d","e"]}]})");
    EXPECT_EQ(two.status, 400);
    EXPECT_NE(two.json_string("/error/fields/criteria"), "");
    auto bad = org.put(f.award("/rubric"), R"({"criteria":[{"name":"","weight":0,"descriptors":["a","b","c","d"]},)"
                                           R"({"name":"B","weight":101,"descriptors":["a","b","c","d",""]},{"name":"C","weight":5,"descriptors":["a","b","c","d","e"]}]})");
    EXPECT_EQ(bad.status, 400);
    for (const auto* field : {"criteria[0].name", "criteria[0].weight", "criteria[0].descriptors", "criteria[1].weight", "criteria[1].descriptors[4]"})
        EXPECT_NE(bad.json_string(std::string("/error/fields/") + field), "") << field << bad.body;
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM award_rubric_criteria WHERE name = 'B'"), 0);

    // Candidacy: every bad field, nothing stored; evidence of another school is refused.
    const auto foreign = sk::store::create_evidence(f.server.db(), {f.limburg, "link", "Andermans bewijs", "", "https://example.be", {}, {}, {}, {}, {}, sk::test::user_id(f.server.db(), kCoordinator)}, 1);
    auto coord = f.as(kCoordinator);
    coord.language = "en";
    auto res = coord.put(f.candidacy_path(f.lucas),
                         R"({"pitch":"te kort","videoUrl":"ftp://x.be/v","team":[],"evidenceIds":[)" + std::to_string(foreign) + "]}");
    EXPECT_EQ(res.status, 400) << res.body;
    EXPECT_EQ(res.json_string("/error/fields/pitch"), "Write a pitch of 50 to 5000 characters.");
    EXPECT_NE(res.json_string("/error/fields/videoUrl"), "");
    EXPECT_NE(res.json_string("/error/fields/team"), "");
    EXPECT_NE(res.json_string("/error/fields/evidenceIds[0]"), "");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM award_candidacies"), 0);
    auto nl = f.as(kCoordinator);
    EXPECT_EQ(nl.put(f.candidacy_path(f.lucas), R"({"pitch":"kort","team":["A"]})").json_string("/error/fields/pitch"),
              "Schrijf een pitch van 50 tot 5000 tekens.");

    const auto c = f.submit(kCoordinator, f.lucas);
    auto jury = f.as(kJury);
    auto scores = jury.put(f.candidate(c, "/scores"), R"({"scores":[{"criterionId":1,"score":3},{"criterionId":)" +
                                                          std::to_string(f.criteria[0]) + R"(,"score":6,"comment":")" +
                                                          std::string(2001, 'c') + R"("}]})");
    EXPECT_EQ(scores.status, 400);
    for (const auto* field : {"scores[0].criterionId", "scores[1].score", "scores[1].comment"})
        EXPECT_NE(scores.json_string(std::string("/error/fields/") + field), "") << field << scores.body;
    EXPECT_EQ(jury.put(f.candidate(c, "/scores"), R"({"scores":[]})").status, 400);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM award_scores"), 0);
    EXPECT_EQ(jury.post(f.candidate(c, "/recusal"), R"({"reason":"kort"})").status, 400);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM award_recusals"), 0);
    EXPECT_EQ(org.post(f.award("/jurors"), R"({"email":"geen-adres","name":""})").status, 400);

    ASSERT_EQ(org.post(f.award("/close"), "{}").status, 200);
    for (const auto& body : std::vector<std::string>{R"({"winners":[]})", R"({"winners":[1,2,3,4]})", R"({"winners":[999999]})",
                             R"({"winners":[)" + std::to_string(c) + "," + std::to_string(c) + "]}"})
        EXPECT_EQ(org.post(f.award("/announce"), body).status, 400) << body;
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM award_candidacies WHERE result IS NOT NULL"), 0);
}

TEST(AwardApi, ConflictsFollowTheRoundsState) {
    AwardFixture f;
    f.open_round({kJury, kMentor});
    auto org = f.as(kOrganiser);
    auto nofinal = f.as(kNoFinalCoordinator);
    auto res = nofinal.put(f.candidacy_path(f.nofinal), R"({"pitch":")" + std::string(80, 'x') + R"(","team":["A"]})");
    EXPECT_EQ(res.status, 409);
    EXPECT_EQ(res.json_string("/error/code"), "final_not_submitted");
    EXPECT_EQ(org.post(f.award("/jurors"), R"({"email":"jury@demo.stemkompas.be","name":"Jan"})").json_string("/error/code"), "already_juror");
    EXPECT_EQ(org.get(f.award("/results")).json_string("/error/code"), "round_open");
    EXPECT_EQ(org.post(f.award("/announce"), R"({"winners":[1]})").json_string("/error/code"), "round_open");

    const auto c = f.submit(kCoordinator, f.lucas);
    auto jury = f.as(kJury);
    ASSERT_EQ(jury.put(f.candidate(c, "/scores"), f.scores_body(4, 4, 4)).status, 200);
    EXPECT_EQ(org.put(f.award("/rubric"), kRubric).json_string("/error/code"), "rubric_locked");
    EXPECT_EQ(org.put(f.award(), R"({"opensOn":"2026-11-01","closesOn":"2026-12-15","scale":10})").json_string("/error/code"), "rubric_locked");
    const auto jury_id = sk::test::user_id(f.server.db(), kJury);
    const auto mentor_id = sk::test::user_id(f.server.db(), kMentor);
    EXPECT_EQ(org.send("DELETE", f.award("/jurors/" + std::to_string(jury_id)), "").json_string("/error/code"), "juror_has_scores");
    EXPECT_EQ(org.send("DELETE", f.award("/jurors/" + std::to_string(mentor_id)), "").status, 204);
    EXPECT_EQ(f.as(kMentor).get(f.award()).status, 403);  // no longer a juror, not a school member

    // After the closing date the school can no longer change or withdraw its candidacy; jurors still score.
    f.server.set_now(1795687200 + 30 * 86400);
    org = f.as(kOrganiser);  // sessions last 14 days
    jury = f.as(kJury);
    auto coord = f.as(kCoordinator);
    EXPECT_EQ(coord.put(f.candidacy_path(f.lucas), R"({"pitch":")" + std::string(80, 'y') + R"(","team":["A"]})").json_string("/error/code"),
              "round_not_accepting");
    EXPECT_EQ(coord.send("DELETE", f.candidacy_path(f.lucas), "").json_string("/error/code"), "round_not_accepting");
    EXPECT_FALSE(json(coord.get(f.candidacy_path(f.lucas))).at("canEdit").as_bool());

    ASSERT_EQ(org.post(f.award("/close"), "{}").status, 200);
    EXPECT_EQ(org.post(f.award("/close"), "{}").json_string("/error/code"), "round_closed");
    EXPECT_EQ(org.put(f.award(), R"({"opensOn":"2026-11-01","closesOn":"2026-12-15","scale":5})").json_string("/error/code"), "round_closed");
    EXPECT_EQ(jury.post(f.candidate(c, "/recusal"), R"({"reason":"Een conflict dat te laat komt."})").json_string("/error/code"), "round_closed");
    ASSERT_EQ(org.post(f.award("/announce"), R"({"winners":[)" + std::to_string(c) + "]}").status, 200);
    EXPECT_EQ(org.post(f.award("/announce"), R"({"winners":[)" + std::to_string(c) + "]}").json_string("/error/code"), "already_announced");
}

TEST(AwardApi, RecusalDeclaredAndAutomaticFromAConfirmedMentorMatch) {
    AwardFixture f;
    f.open_round({kJury, kMentor});
    const auto c_lucas = f.submit(kCoordinator, f.lucas);
    const auto c_limburg = f.submit(kLimburgCoordinator, f.limburg);
    // Demotech (the mentor's company) mentors Limburg in this programme: the mentor is recused from it.
    f.server.db().exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, created_at, updated_at) "
                       "VALUES ($1, $2, $3, 'confirmed', 1, 1)",
                       {f.programme, f.limburg, f.demotech});
    auto mentor = f.as(kMentor);
    const auto mentor_view = json(mentor.get(f.award()));
    for (const auto& c : mentor_view.at("candidates").as_array()) {
        EXPECT_EQ(c.at("recused").as_bool(), c.at("id").as_int64() == c_limburg);
        EXPECT_EQ(c.at("automatic").as_bool(), c.at("id").as_int64() == c_limburg);
    }
    EXPECT_EQ(mentor.get(f.candidate(c_limburg)).json_string("/error/code"), "recused");
    EXPECT_EQ(mentor.put(f.candidate(c_limburg, "/scores"), f.scores_body(1, 1, 1)).status, 403);
    EXPECT_EQ(mentor.post(f.candidate(c_limburg, "/recusal"), R"({"reason":"Wij begeleiden deze school."})").json_string("/error/code"),
              "already_recused");

    // The demo juror declares a conflict with Sint-Lucas.
    auto jury = f.as(kJury);
    ASSERT_EQ(jury.put(f.candidate(c_lucas, "/scores"), f.scores_body(5, 5, 5)).status, 200);
    auto rec = jury.post(f.candidate(c_lucas, "/recusal"), R"({"reason":"Mijn dochter zit op deze school."})");
    ASSERT_EQ(rec.status, 201) << rec.body;
    EXPECT_FALSE(json(rec).at("automatic").as_bool());
    EXPECT_EQ(jury.get(f.candidate(c_lucas)).status, 403);
    EXPECT_EQ(jury.post(f.candidate(c_lucas, "/recusal"), R"({"reason":"Mijn dochter zit op deze school."})").json_string("/error/code"),
              "already_recused");
    ASSERT_EQ(jury.put(f.candidate(c_limburg, "/scores"), f.scores_body(3, 3, 3)).status, 200);
    ASSERT_EQ(mentor.put(f.candidate(c_lucas, "/scores"), f.scores_body(2, 2, 2)).status, 200);

    auto org = f.as(kOrganiser);
    int recused = 0, automatic = 0;
    const auto cells = json(org.get(f.award("/progress")));
    for (const auto& cell : cells.at("cells").as_array()) {
        recused += cell.at("recused").as_bool();
        automatic += cell.at("automatic").as_bool();
    }
    EXPECT_EQ(recused, 2);
    EXPECT_EQ(automatic, 1);

    // Closing stores the automatic recusal: removing the match afterwards changes nothing.
    ASSERT_EQ(org.post(f.award("/close"), "{}").status, 200);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM award_recusals WHERE automatic = 1"), 1);
    f.server.db().exec("DELETE FROM mentor_matches WHERE programme_id = $1", {f.programme});
    const auto r = json(org.get(f.award("/results")));
    // Each candidacy counts one juror: the recused juror's 5s for Sint-Lucas do not count.
    for (const auto& row : r.at("raw").as_array()) {
        EXPECT_EQ(row.at("jurors").as_int64(), 1);
        if (row.at("candidacyId").as_int64() == c_lucas) {
            EXPECT_DOUBLE_EQ(row.at("score").as_double(), 2.0);
        }
    }
    bool marked = false;
    const auto judged = json(org.get(f.candidate(c_lucas)));
    for (const auto& s : judged.at("allScores").as_array())
        if (s.at("score").as_int64() == 5) marked = s.at("recused").as_bool();
    EXPECT_TRUE(marked);
}

TEST(AwardApi, CandidacyWithEvidenceWithdrawAndResubmit) {
    AwardFixture f;
    f.open_round({kJury});
    auto& db = f.server.db();
    const std::string bytes = "%PDF-1.4 award evidence";
    sk::store::NewEvidence e;
    e.organisation_id = f.lucas;
    e.kind = "file";
    e.title = "Projectdossier";
    e.created_by = sk::test::user_id(db, kCoordinator);
    e.file_name = "dossier.pdf";
    e.content_type = "application/pdf";
    e.size = static_cast<std::int64_t>(bytes.size());
    e.sha256 = f.server.put_file(bytes);
    const auto file = sk::store::create_evidence(db, e, 1);
    const auto link = sk::store::create_evidence(db, {f.lucas, "link", "Filmpje", "", "https://example.be/film", {}, {}, {}, {}, {}, sk::test::user_id(f.server.db(), kCoordinator)}, 1);

    auto team = f.as(kTeamMember);
    EXPECT_EQ(team.put(f.candidacy_path(f.lucas), R"({"pitch":")" + std::string(80, 'x') + R"(","team":["A"]})").status, 403);
    const auto c = f.submit(kCoordinator, f.lucas,
                            R"(,"videoUrl":"https://video.example.be/pitch","evidenceIds":[)" + std::to_string(link) + "," + std::to_string(file) + "]");
    auto read = team.get(f.candidacy_path(f.lucas));
    ASSERT_EQ(read.status, 200) << read.body;
    const auto doc = json(read);
    EXPECT_EQ(boost::json::serialize(doc.at("evidenceIds")), "[" + std::to_string(link) + "," + std::to_string(file) + "]");
    EXPECT_TRUE(doc.at("evidence").as_array()[0].at("downloadUrl").is_null());
    EXPECT_EQ(doc.at("evidence").as_array()[1].at("downloadUrl").as_string(), "/api/evidence/" + std::to_string(file) + "/file");
    EXPECT_EQ(doc.at("videoUrl").as_string(), "https://video.example.be/pitch");
    EXPECT_FALSE(doc.at("canEdit").as_bool());  // a team member reads only
    EXPECT_EQ(doc.at("team").as_array().size(), 2u);

    // The juror downloads the attached file through the candidacy, not through the school's library.
    auto jury = f.as(kJury);
    const auto judging = json(jury.get(f.candidate(c)));
    const std::string url(judging.at("candidacy").at("evidence").as_array()[1].at("downloadUrl").as_string());
    EXPECT_EQ(url, f.candidate(c, "/evidence/" + std::to_string(file) + "/file"));
    auto download = jury.get(url);
    EXPECT_EQ(download.status, 200);
    EXPECT_EQ(download.body, bytes);
    EXPECT_EQ(jury.get("/api/evidence/" + std::to_string(file) + "/file").status, 403);
    EXPECT_EQ(jury.get(f.candidate(c, "/evidence/" + std::to_string(link) + "/file")).status, 404);

    auto coord = f.as(kCoordinator);
    EXPECT_EQ(coord.put(f.candidacy_path(f.lucas), R"({"pitch":")" + std::string(90, 'z') + R"(","team":["C"]})").status, 200);
    EXPECT_EQ(json(coord.get(f.candidacy_path(f.lucas))).at("evidence").as_array().size(), 0u);
    EXPECT_EQ(coord.send("DELETE", f.candidacy_path(f.lucas), "").status, 204);
    EXPECT_EQ(json(coord.get(f.candidacy_path(f.lucas))).at("status").as_string(), "withdrawn");
    EXPECT_EQ(jury.get(f.candidate(c)).status, 404);
    EXPECT_EQ(json(jury.get(f.award())).at("candidates").as_array().size(), 0u);
    auto again = coord.put(f.candidacy_path(f.lucas), R"({"pitch":")" + std::string(90, 'z') + R"(","team":["C"]})");
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(json(again).at("id").as_int64(), c);
    EXPECT_EQ(json(again).at("status").as_string(), "submitted");

    // The school's view: its candidacy and whether its final is submitted, never scores.
    const auto view = json(coord.get(f.award()));
    EXPECT_EQ(view.at("role").as_string(), "school");
    EXPECT_TRUE(view.at("schools").as_array()[0].at("finalSubmitted").as_bool());
    EXPECT_TRUE(view.at("schools").as_array()[0].at("canEdit").as_bool());
}

TEST(AwardApi, ChangingTheScaleEmptiesAnUnlockedRubric) {
    AwardFixture f;
    f.open_round({});
    auto org = f.as(kOrganiser);
    auto res = org.put(f.award(), R"({"opensOn":"2026-11-01","closesOn":"2026-12-15","scale":10})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(json(res).at("criteria").as_array().size(), 0u);
    EXPECT_EQ(json(res).at("scale").as_int64(), 10);
    // Descriptors must now number 10.
    EXPECT_EQ(org.put(f.award("/rubric"), kRubric).status, 400);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'award.round_update'"), 1);
}

}  // namespace

namespace {

TEST(AwardApi, ResultsFilesOnceClosed) {
    AwardFixture f;
    f.open_round({kJury});
    const auto c = f.submit(kCoordinator, f.lucas);
    ASSERT_EQ(f.as(kJury).put(f.candidate(c, "/scores"), f.scores_body(4, 3, 5)).status, 200);
    auto org = f.as(kOrganiser);
    EXPECT_EQ(org.get(f.award("/results.pdf")).json_string("/error/code"), "round_open");
    ASSERT_EQ(org.post(f.award("/close"), "{}").status, 200);
    auto pdf = org.get(f.award("/results.pdf?lang=en"));
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
    EXPECT_NE(pdf.header("content-disposition").value_or("").find("award-results-" + std::to_string(f.programme) + ".pdf"), std::string::npos);
    auto xlsx = org.get(f.award("/results.xlsx"));
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
    EXPECT_NE(xlsx.header("content-disposition").value_or("").find("award-resultaten-"), std::string::npos);
    EXPECT_EQ(org.get(f.award("/results.pdf?lang=fr")).status, 400);
    EXPECT_EQ(f.as(kJury).get(f.award("/results.xlsx")).status, 403);
}

}  // namespace
