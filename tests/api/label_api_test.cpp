// The reviewed label over HTTP on both databases: apply with a snapshot of the answers and their
// evidence, assign a reviewer (audited, mailed), review every criterion, decide with and without an
// override, mails, the certificate PDF (read back by poppler's pdftotext), public verification (valid,
// then expired three years later), showcase consent and listing, the progress board, bad input per
// field, 409s, and re-applying after a decision.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <thread>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "support/file_readers.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::at_ten_utc;
using sk::test::criterion;
using sk::test::criterion_id;
using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::json;
using sk::test::kCoordinator;
using sk::test::kOrganiser;
using sk::test::kReviewer;
using sk::test::kTeamMember;
using sk::test::TestServer;

namespace {

const std::string kFileBytes = "%PDF-1.4\n% a tiny stand-in for a real PDF\n";
// sha256 of kFileBytes (the file store checks the bytes against their name).
const std::string kSha = "591ab321593eae5a7e11a6cbc0e034ffe3d8b37a8d905fafb4310ef77cc2f452";

// A programme of the demo organiser with a label phase, the demo school (submitted baseline, every
// criterion answered, C01 with a file and a link as evidence) and a second school with its own
// coordinator. The clock stands on 2026-11-26.
struct LabelFixture {
    TestServer server;
    std::int64_t programme = 0, school = 0, other_school = 0, baseline = 0, final_open = 0, other_baseline = 0;
    std::int64_t file_evidence = 0, link_evidence = 0;
    std::string base, other_base;

    LabelFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Labelprogramma", 20,
                                             {{"baseline", "2026-09-01", "2026-10-15"}, {"label", "2027-01-01", "2027-03-31"}});
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        other_school = sk::test::make_school(db, "Andere School", "555555", "limburg", programme);
        const auto uid = sk::store::create_user(db, "coord@andere.be", "Andere Coördinator", "nl",
                                                sk::core::hash_password(sk::app::kDemoPassword), 1);
        sk::store::add_membership(db, uid, other_school, "coordinator", 1);
        baseline = sk::test::make_measurement(db, programme, school, "baseline", "submitted");
        for (int i = 1; i <= 21; ++i) sk::test::set_answer(db, baseline, criterion_id(i), i <= 19 ? "competent" : "not_yet", "uitleg " + criterion_id(i));
        final_open = sk::test::make_measurement(db, programme, school, "final", "open");
        other_baseline = sk::test::make_measurement(db, programme, other_school, "baseline", "submitted");
        for (int i = 1; i <= 21; ++i) sk::test::set_answer(db, other_baseline, criterion_id(i), "expert");
        // Evidence as the evidence library stores it: metadata rows, the bytes in the server's file store.
        file_evidence = db.exec("INSERT INTO evidence (organisation_id, kind, title, description, file_name, content_type, size, sha256, "
                                "created_at, updated_at) VALUES ($1, 'file', 'Lessenreeks', 'Drie lessen', 'lessen é.pdf', "
                                "'application/pdf', $2, $3, 1, 1) RETURNING id",
                                {school, static_cast<std::int64_t>(kFileBytes.size()), kSha})
                            .one()
                            .i64(0);
        link_evidence = db.exec("INSERT INTO evidence (organisation_id, kind, title, url, created_at, updated_at) "
                                "VALUES ($1, 'link', 'Website', 'https://school.example/stem', 1, 1) RETURNING id",
                                {school})
                            .one()
                            .i64(0);
        for (auto e : {file_evidence, link_evidence})
            db.exec("INSERT INTO measurement_evidence (measurement_id, criterion_id, evidence_id) VALUES ($1, 'C01', $2)", {baseline, e});
        EXPECT_EQ(server.put_file(kFileBytes), kSha);
        base = "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school) + "/label-applications";
        other_base = "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(other_school) + "/label-applications";
        server.set_now(at_ten_utc("2026-11-26"));
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }
    std::string app_path(long long id) const { return "/api/label-applications/" + std::to_string(id); }
    std::int64_t reviewer_id() { return sk::test::user_id(server.db(), kReviewer); }

    long long apply(HttpClient& coordinator, std::int64_t measurement) {
        auto res = coordinator.post(base, R"({"measurementId":)" + std::to_string(measurement) + "}");
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json_int("/id");
    }
    void assign(HttpClient& organiser, long long id, const std::string& due = "2026-12-20") {
        auto res = organiser.put(app_path(id) + "/reviewer", R"({"reviewerId":)" + std::to_string(reviewer_id()) + R"(,"dueOn":")" + due + "\"}");
        ASSERT_EQ(res.status, 200) << res.body;
    }
    void review_all(HttpClient& reviewer, long long id, const std::string& level) {
        for (int i = 1; i <= 21; ++i) {
            auto res = reviewer.put(app_path(id) + "/reviews/" + criterion_id(i),
                                    R"({"acceptedLevel":")" + level + R"(","feedback":"Feedback )" + criterion_id(i) + "\"}");
            ASSERT_EQ(res.status, 200) << res.body;
        }
    }
    std::string label_status(HttpClient& organiser, std::int64_t org) {
        auto board = organiser.get("/api/programmes/" + std::to_string(programme) + "/progress");
        EXPECT_EQ(board.status, 200) << board.body;
        const auto doc = json(board);
        for (const auto& r : doc.at("rows").as_array())
            if (r.at("organisationId").as_int64() == org) return std::string(r.at("phases").at("label").as_string());
        return "";
    }
    std::string mail_to(const std::string& address, const std::string& needle) {
        server.drain_mail();
        for (auto m : server.mail_files()) {
            // Undo quoted-printable's soft line breaks, so a needle never straddles one.
            for (auto p = m.find("=\r\n"); p != std::string::npos; p = m.find("=\r\n", p)) m.erase(p, 3);
            if (m.find("To: " + address + "\r\n") != std::string::npos && m.find(needle) != std::string::npos) return m;
        }
        return "";
    }
};

}  // namespace

TEST(LabelApi, ApplyAssignReviewDecideCertifyVerifyAndShowcase) {
    LabelFixture f;
    auto coordinator = f.as(kCoordinator);
    auto organiser = f.as(kOrganiser);
    auto reviewer = f.as(kReviewer);
    EXPECT_EQ(f.label_status(organiser, f.school), "not_started");

    // The school's page before applying: the submitted baseline is eligible, the open final is not.
    auto page = coordinator.get(f.base);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_EQ(json(page).at("applications").as_array().size(), 0u);
    ASSERT_EQ(json(page).at("eligible").as_array().size(), 1u);
    EXPECT_EQ(page.json_int("/eligible/0/measurementId"), f.baseline);
    EXPECT_EQ(page.json_string("/eligible/0/kind"), "baseline");
    EXPECT_FALSE(json(page).at_pointer("/showcase/consented").as_bool());

    // Apply: a snapshot of every criterion with its answer and evidence.
    auto applied = coordinator.post(f.base, R"({"measurementId":)" + std::to_string(f.baseline) + "}");
    ASSERT_EQ(applied.status, 201) << applied.body;
    const auto id = applied.json_int("/id");
    auto app = json(applied);
    EXPECT_EQ(app.at("status").as_string(), "submitted");
    EXPECT_EQ(app.at("measurementKind").as_string(), "baseline");
    EXPECT_EQ(app.at("frameworkVersion").as_string(), "2024.1");
    EXPECT_EQ(app.at("submittedByName").as_string(), "Cas Coördinator");
    EXPECT_TRUE(app.at("reviewer").is_null());
    ASSERT_EQ(app.at("criteria").as_array().size(), 21u);
    const auto& c01 = criterion(app, "C01");
    EXPECT_EQ(c01.at("level").as_string(), "competent");
    EXPECT_EQ(c01.at("comment").as_string(), "uitleg C01");
    ASSERT_EQ(c01.at("evidence").as_array().size(), 2u);
    const auto& file = c01.at("evidence").as_array()[0].as_object();
    EXPECT_EQ(file.at("kind").as_string(), "file");
    EXPECT_EQ(file.at("fileName").as_string(), "lessen é.pdf");
    EXPECT_FALSE(file.contains("sha256"));
    const std::string file_url(file.at("fileUrl").as_string());
    EXPECT_EQ(file_url, f.app_path(id) + "/evidence/" + std::to_string(f.file_evidence) + "/file");
    const auto& link = c01.at("evidence").as_array()[1].as_object();
    EXPECT_EQ(link.at("url").as_string(), "https://school.example/stem");
    EXPECT_TRUE(link.at("fileUrl").is_null());
    EXPECT_TRUE(criterion(app, "C02").at("evidence").as_array().empty());
    EXPECT_TRUE(app.at("proposal").is_null());
    EXPECT_FALSE(app.at("canReview").as_bool());
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM label_application_files WHERE application_id = $1", {id}).one().i64(0), 1);
    EXPECT_NE(f.mail_to(kOrganiser, "/organiser/programmes/" + std::to_string(f.programme) + "/label"), "");
    EXPECT_EQ(f.label_status(organiser, f.school), "in_progress");

    // One open application per school and programme.
    auto again = coordinator.post(f.base, R"({"measurementId":)" + std::to_string(f.baseline) + "}");
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json_string("/error/code"), "application_open");
    EXPECT_FALSE(again.json_string("/error/message").empty());

    // The snapshot's file, even after the school removed the evidence row and changed the answer.
    f.server.db().exec("DELETE FROM measurement_evidence WHERE evidence_id = $1", {f.file_evidence});
    f.server.db().exec("DELETE FROM evidence WHERE id = $1", {f.file_evidence});
    f.server.db().exec("UPDATE measurement_answers SET comment = 'later' WHERE measurement_id = $1 AND criterion_id = 'C01'", {f.baseline});
    auto download = coordinator.get(file_url);
    ASSERT_EQ(download.status, 200) << download.body;
    EXPECT_EQ(download.body, kFileBytes);
    EXPECT_EQ(download.header("content-type"), "application/pdf");
    EXPECT_EQ(download.header("content-disposition"), "attachment; filename=\"lessen _.pdf\"; filename*=UTF-8''lessen%20%C3%A9.pdf");
    EXPECT_EQ(download.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(download.header("content-security-policy"), "sandbox");
    EXPECT_EQ(download.header("cache-control"), "private, no-store");
    EXPECT_EQ(coordinator.get(file_url + "?inline=1").header("content-disposition")->rfind("inline;", 0), 0u);
    EXPECT_EQ(coordinator.get(f.app_path(id) + "/evidence/" + std::to_string(f.link_evidence) + "/file").status, 404);
    EXPECT_EQ(criterion(json(coordinator.get(f.app_path(id))), "C01").at("comment").as_string(), "uitleg C01");

    // The organisers' overview; a reviewer not (yet) assigned sees nothing.
    auto overview = organiser.get("/api/programmes/" + std::to_string(f.programme) + "/label-applications");
    ASSERT_EQ(overview.status, 200) << overview.body;
    EXPECT_EQ(overview.json_int("/applications/0/id"), id);
    EXPECT_EQ(overview.json_string("/applications/0/organisationName"), "Demoschool Sint-Lucas");
    EXPECT_EQ(overview.json_int("/reviewers/0/id"), f.reviewer_id());
    EXPECT_EQ(reviewer.get(f.app_path(id)).status, 403);
    EXPECT_EQ(reviewer.get(file_url).status, 403);

    // Assign: bad input per field, nothing stored; then for real (audited, mailed).
    const auto coordinator_id = sk::test::user_id(f.server.db(), kCoordinator);
    auto bad = organiser.put(f.app_path(id) + "/reviewer", R"({"reviewerId":)" + std::to_string(coordinator_id) + R"(,"dueOn":"2026-02-30"})");
    ASSERT_EQ(bad.status, 400) << bad.body;
    EXPECT_FALSE(bad.json_string("/error/fields/reviewerId").empty());
    EXPECT_FALSE(bad.json_string("/error/fields/dueOn").empty());
    auto past = organiser.put(f.app_path(id) + "/reviewer", R"({"reviewerId":)" + std::to_string(f.reviewer_id()) + R"(,"dueOn":"2026-11-25"})");
    EXPECT_EQ(past.status, 400);
    EXPECT_FALSE(past.json_string("/error/fields/dueOn").empty());
    auto missing = organiser.put(f.app_path(id) + "/reviewer", "{}");
    EXPECT_EQ(missing.status, 400);
    EXPECT_FALSE(missing.json_string("/error/fields/reviewerId").empty());
    EXPECT_FALSE(missing.json_string("/error/fields/dueOn").empty());
    EXPECT_EQ(coordinator.put(f.app_path(id) + "/reviewer", R"({"reviewerId":1,"dueOn":"2026-12-20"})").status, 403);
    EXPECT_EQ(f.server.db().exec("SELECT status FROM label_applications WHERE id = $1", {id}).one().str(0), "submitted");
    f.assign(organiser, id, "2027-01-20");
    auto assigned = json(organiser.get(f.app_path(id)));
    EXPECT_EQ(assigned.at("status").as_string(), "in_review");
    EXPECT_EQ(assigned.at("reviewer").at("id").as_int64(), f.reviewer_id());
    EXPECT_EQ(assigned.at("dueOn").as_string(), "2027-01-20");
    EXPECT_TRUE(assigned.at("canAssign").as_bool());
    auto audit = f.server.db().exec("SELECT actor_id, programme_id, object_id, after_json FROM audit_log WHERE action = 'label.assign'");
    ASSERT_EQ(audit.rows.size(), 1u);
    EXPECT_EQ(audit.one().i64(0), sk::test::user_id(f.server.db(), kOrganiser));
    EXPECT_EQ(audit.one().i64(1), f.programme);
    EXPECT_EQ(audit.one().i64(2), id);
    EXPECT_NE(audit.one().str(3).find("2027-01-20"), std::string::npos);
    EXPECT_NE(f.mail_to(kReviewer, "/reviews/" + std::to_string(id)), "");

    // The reviewer's board: due within a week (overdue included) or assigned.
    auto board = reviewer.get("/api/reviews");
    ASSERT_EQ(board.status, 200) << board.body;
    EXPECT_EQ(board.json_int("/assigned/0/applicationId"), id);
    EXPECT_TRUE(json(board).at("due").as_array().empty());
    f.server.set_now(at_ten_utc("2027-01-13"));
    reviewer = f.as(kReviewer);  // sessions last 14 days on the test clock too
    coordinator = f.as(kCoordinator);
    organiser = f.as(kOrganiser);
    EXPECT_EQ(reviewer.get("/api/reviews").json_int("/due/0/applicationId"), id);
    f.server.set_now(at_ten_utc("2027-01-25"));
    EXPECT_EQ(reviewer.get("/api/reviews").json_int("/due/0/applicationId"), id);  // overdue is due too
    EXPECT_EQ(coordinator.get("/api/reviews").status, 403);

    // Reviews: only the assigned reviewer; bad input per field; an unknown criterion does not exist.
    const std::string review_path = f.app_path(id) + "/reviews/C01";
    EXPECT_EQ(coordinator.put(review_path, R"({"acceptedLevel":"expert","feedback":""})").status, 403);
    EXPECT_EQ(organiser.put(review_path, R"({"acceptedLevel":"expert","feedback":""})").status, 403);
    auto bad_review = reviewer.put(review_path, R"({"acceptedLevel":"great","feedback":)" + sk::test::json_quote(std::string(4001, 'x')) + "}");
    ASSERT_EQ(bad_review.status, 400) << bad_review.body;
    EXPECT_FALSE(bad_review.json_string("/error/fields/acceptedLevel").empty());
    EXPECT_FALSE(bad_review.json_string("/error/fields/feedback").empty());
    EXPECT_EQ(reviewer.put(f.app_path(id) + "/reviews/C99", R"({"acceptedLevel":"expert"})").status, 404);
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM label_reviews").one().i64(0), 0);

    // Deciding needs every criterion reviewed: a field per criterion.
    ASSERT_EQ(reviewer.put(review_path, R"({"acceptedLevel":"proficient","feedback":"Sterk bewijs"})").status, 200);
    auto early = reviewer.post(f.app_path(id) + "/decision", R"({"label":"none"})");
    ASSERT_EQ(early.status, 400) << early.body;
    EXPECT_FALSE(early.json_has("/error/fields/C01"));
    EXPECT_FALSE(early.json_string("/error/fields/C02").empty());
    EXPECT_FALSE(early.json_string("/error/fields/C21").empty());
    f.review_all(reviewer, id, "proficient");

    // The school sees no accepted levels, feedback or proposal before the decision; the reviewer does.
    auto school_view = json(coordinator.get(f.app_path(id)));
    EXPECT_TRUE(criterion(school_view, "C01").at("acceptedLevel").is_null());
    EXPECT_EQ(criterion(school_view, "C01").at("feedback").as_string(), "");
    EXPECT_TRUE(school_view.at("proposal").is_null());
    auto reviewer_view = json(reviewer.get(f.app_path(id)));
    EXPECT_EQ(criterion(reviewer_view, "C01").at("acceptedLevel").as_string(), "proficient");
    EXPECT_EQ(reviewer_view.at("proposal").at("label").as_string(), "proficient");
    EXPECT_EQ(reviewer_view.at("proposal").at("next").as_string(), "expert");
    EXPECT_EQ(reviewer_view.at("proposal").at("below").as_array().size(), 21u);
    EXPECT_TRUE(reviewer_view.at("canDecide").as_bool());

    // A label other than the proposal needs a reason of 10..2000 characters.
    auto no_reason = reviewer.post(f.app_path(id) + "/decision", R"({"label":"expert"})");
    ASSERT_EQ(no_reason.status, 400) << no_reason.body;
    EXPECT_NE(no_reason.json_string("/error/fields/overrideReason").find("(Gevorderd)"), std::string::npos);  // the proposal, in Dutch
    EXPECT_EQ(reviewer.post(f.app_path(id) + "/decision", R"({"label":"expert","overrideReason":"te kort"})").status, 400);
    auto bad_label = reviewer.post(f.app_path(id) + "/decision", R"({"label":"gold"})");
    EXPECT_EQ(bad_label.status, 400);
    EXPECT_FALSE(bad_label.json_string("/error/fields/label").empty());
    EXPECT_EQ(coordinator.post(f.app_path(id) + "/decision", R"({"label":"proficient"})").status, 403);
    EXPECT_EQ(f.server.db().exec("SELECT status FROM label_applications WHERE id = $1", {id}).one().str(0), "in_review");

    auto decided = reviewer.post(f.app_path(id) + "/decision",
                                 R"({"label":"expert","overrideReason":"De school toont uitzonderlijk sterk bewijs over alle criteria."})");
    ASSERT_EQ(decided.status, 200) << decided.body;
    auto d = json(decided);
    EXPECT_EQ(d.at("status").as_string(), "decided");
    EXPECT_EQ(d.at("decision").at("label").as_string(), "expert");
    EXPECT_EQ(d.at("decision").at("proposedLabel").as_string(), "proficient");
    EXPECT_EQ(d.at("decision").at("overrideReason").as_string(), "De school toont uitzonderlijk sterk bewijs over alle criteria.");
    EXPECT_EQ(d.at("decision").at("decidedByName").as_string(), "Rita Reviewer");
    EXPECT_EQ(d.at("decision").at("validFrom").as_string(), "2027-01-25");
    EXPECT_EQ(d.at("decision").at("validUntil").as_string(), "2030-01-25");
    const std::string code(d.at("decision").at("certificateCode").as_string());
    EXPECT_EQ(code.size(), 10u);
    EXPECT_EQ(d.at("decision").at("certificateUrl").as_string(), f.app_path(id) + "/certificate.pdf");
    EXPECT_EQ(d.at("decision").at("verifyUrl").as_string(), std::string("http://app.test") + "/verify/" + code);
    EXPECT_FALSE(d.at("canReview").as_bool());
    EXPECT_EQ(f.label_status(organiser, f.school), "submitted");
    auto decide_audit = f.server.db().exec("SELECT after_json FROM audit_log WHERE action = 'label.decide' AND object_id = $1", {id});
    ASSERT_EQ(decide_audit.rows.size(), 1u);
    EXPECT_NE(decide_audit.one().str(0).find(code), std::string::npos);
    EXPECT_NE(f.mail_to(kCoordinator, "/programmes/" + std::to_string(f.programme) + "/schools/" + std::to_string(f.school) + "/label"), "");
    EXPECT_NE(f.mail_to(kCoordinator, "25/01/2030"), "");

    // After the decision nothing changes any more.
    auto late = reviewer.put(review_path, R"({"acceptedLevel":"not_yet","feedback":""})");
    EXPECT_EQ(late.status, 409);
    EXPECT_EQ(late.json_string("/error/code"), "application_decided");
    EXPECT_EQ(reviewer.post(f.app_path(id) + "/decision", R"({"label":"proficient"})").json_string("/error/code"), "application_decided");
    EXPECT_EQ(coordinator.post(f.app_path(id) + "/withdraw", "{}").json_string("/error/code"), "application_decided");
    EXPECT_EQ(organiser.put(f.app_path(id) + "/reviewer", R"({"reviewerId":)" + std::to_string(f.reviewer_id()) + R"(,"dueOn":"2027-12-20"})")
                  .json_string("/error/code"),
              "application_decided");

    // Now the school sees the accepted levels, the feedback and the decision.
    school_view = json(coordinator.get(f.app_path(id)));
    EXPECT_EQ(criterion(school_view, "C01").at("acceptedLevel").as_string(), "proficient");
    EXPECT_EQ(criterion(school_view, "C02").at("feedback").as_string(), "Feedback C02");
    EXPECT_EQ(school_view.at("decision").at("certificateCode").as_string(), code);
    EXPECT_EQ(reviewer.get("/api/reviews").json_int("/done/0/applicationId"), id);
    EXPECT_EQ(reviewer.get("/api/reviews").json_string("/done/0/decidedLabel"), "expert");

    // The certificate, in Dutch and English; no other languages.
    auto pdf_nl = coordinator.get(f.app_path(id) + "/certificate.pdf?lang=nl");
    ASSERT_EQ(pdf_nl.status, 200) << pdf_nl.body;
    EXPECT_EQ(pdf_nl.header("content-type"), "application/pdf");
    const auto nl = sk::test::pdf_text(f.server.data_dir(), pdf_nl.body, "certificaat");
    for (const std::string& s : std::vector<std::string>{"Certificaat STEM-schoollabel", "Demoschool Sint-Lucas", "Expert", "Beslist op 25-01-2027",
                                "Geldig tot 25-01-2030", "Verificatiecode: " + code, "/verify/" + code})
        EXPECT_NE(nl.find(s), std::string::npos) << s << " in " << nl;
    EXPECT_NE(nl.find("Brugge"), std::string::npos) << nl;  // the demo school's municipality
    auto pdf_en = organiser.get(f.app_path(id) + "/certificate.pdf?lang=en");
    ASSERT_EQ(pdf_en.status, 200);
    const auto en = sk::test::pdf_text(f.server.data_dir(), pdf_en.body, "certificate");
    for (const std::string& s : std::vector<std::string>{"STEM School Label certificate", "Decided on 25 January 2027", "Valid until 25 January 2030",
                                "Verification code: " + code})
        EXPECT_NE(en.find(s), std::string::npos) << s << " in " << en;
    EXPECT_EQ(reviewer.get(f.app_path(id) + "/certificate.pdf").status, 200);
    auto bad_lang = coordinator.get(f.app_path(id) + "/certificate.pdf?lang=fr");
    EXPECT_EQ(bad_lang.status, 400);
    EXPECT_FALSE(bad_lang.json_string("/error/fields/lang").empty());

    // Public verification: anyone, as typed; unknown codes are 404.
    auto anonymous = f.server.client();
    auto verified = anonymous.get("/api/public/certificates/" + code);
    ASSERT_EQ(verified.status, 200) << verified.body;
    EXPECT_EQ(verified.json_string("/schoolName"), "Demoschool Sint-Lucas");
    EXPECT_EQ(verified.json_string("/label"), "expert");
    EXPECT_EQ(verified.json_string("/validUntil"), "2030-01-25");
    EXPECT_EQ(verified.json_string("/programmeName"), "Labelprogramma");
    EXPECT_EQ(verified.json_string("/municipality"), "Brugge");
    EXPECT_TRUE(json(verified).at("valid").as_bool());
    std::string typed = code;
    for (auto& ch : typed) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_EQ(anonymous.get("/api/public/certificates/" + typed.substr(0, 5) + "-" + typed.substr(5)).status, 200);
    auto unknown = anonymous.get("/api/public/certificates/AAAAAAAAAA");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json_string("/error/code"), "certificate_not_found");
    EXPECT_EQ(anonymous.get("/api/public/certificates/not-a-code").status, 404);

    // Showcase: only with consent.
    auto public_list = anonymous.get("/api/public/showcase");
    ASSERT_EQ(public_list.status, 200) << public_list.body;
    EXPECT_TRUE(json(public_list).at("schools").as_array().empty());
    EXPECT_EQ(f.as(kTeamMember).put("/api/organisations/" + std::to_string(f.school) + "/showcase", R"({"consented":true})").status, 403);
    auto bad_consent = coordinator.put("/api/organisations/" + std::to_string(f.school) + "/showcase", R"({"consented":"ja"})");
    EXPECT_EQ(bad_consent.status, 400);
    EXPECT_FALSE(bad_consent.json_string("/error/fields/consented").empty());
    auto consent = coordinator.put("/api/organisations/" + std::to_string(f.school) + "/showcase", R"({"consented":true})");
    ASSERT_EQ(consent.status, 200) << consent.body;
    EXPECT_TRUE(json(consent).at("consented").as_bool());
    EXPECT_TRUE(json(coordinator.get(f.base)).at_pointer("/showcase/consented").as_bool());
    public_list = anonymous.get("/api/public/showcase");
    ASSERT_EQ(json(public_list).at("schools").as_array().size(), 1u);
    EXPECT_EQ(public_list.json_string("/schools/0/schoolName"), "Demoschool Sint-Lucas");
    EXPECT_EQ(public_list.json_string("/schools/0/label"), "expert");
    EXPECT_EQ(public_list.json_string("/schools/0/municipality"), "Brugge");
    EXPECT_EQ(public_list.json_string("/schools/0/province"), "west-vlaanderen");
    EXPECT_EQ(public_list.json_string("/schools/0/verifyUrl"), std::string("http://app.test") + "/verify/" + code);
    const auto province = public_list.json_string("/schools/0/province");
    EXPECT_EQ(public_list.json_string("/provinces/0"), province);
    EXPECT_EQ(json(anonymous.get("/api/public/showcase?label=expert&province=" + province)).at("schools").as_array().size(), 1u);
    EXPECT_TRUE(json(anonymous.get("/api/public/showcase?label=competent")).at("schools").as_array().empty());
    auto bad_filter = anonymous.get("/api/public/showcase?label=none&province=nergens");
    EXPECT_EQ(bad_filter.status, 400);
    EXPECT_FALSE(bad_filter.json_string("/error/fields/label").empty());
    EXPECT_FALSE(bad_filter.json_string("/error/fields/province").empty());

    // Three years: valid through the last day, expired the day after (and off the showcase).
    f.server.set_now(at_ten_utc("2030-01-25"));
    EXPECT_TRUE(json(anonymous.get("/api/public/certificates/" + code)).at("valid").as_bool());
    EXPECT_EQ(json(anonymous.get("/api/public/showcase")).at("schools").as_array().size(), 1u);
    f.server.set_now(at_ten_utc("2030-01-26"));
    auto expired = anonymous.get("/api/public/certificates/" + code);
    ASSERT_EQ(expired.status, 200);
    EXPECT_FALSE(json(expired).at("valid").as_bool());
    EXPECT_TRUE(json(anonymous.get("/api/public/showcase")).at("schools").as_array().empty());

    // Withdrawing consent takes the school off.
    f.server.set_now(at_ten_utc("2027-01-26"));
    coordinator = f.as(kCoordinator);
    ASSERT_EQ(coordinator.put("/api/organisations/" + std::to_string(f.school) + "/showcase", R"({"consented":false})").status, 200);
    EXPECT_TRUE(json(anonymous.get("/api/public/showcase")).at("schools").as_array().empty());
}

TEST(LabelApi, ReapplyAfterADecisionWithoutOverrideAndWithdraw) {
    LabelFixture f;
    auto coordinator = f.as(kCoordinator);
    auto organiser = f.as(kOrganiser);
    auto reviewer = f.as(kReviewer);
    const auto first = f.apply(coordinator, f.baseline);
    f.assign(organiser, first);
    f.review_all(reviewer, first, "not_yet");
    auto none = reviewer.post(f.app_path(first) + "/decision", R"({"label":"none"})");
    ASSERT_EQ(none.status, 200) << none.body;
    EXPECT_EQ(none.json_string("/decision/label"), "none");
    EXPECT_TRUE(json(none).at_pointer("/decision/overrideReason").is_null());
    EXPECT_TRUE(json(none).at_pointer("/decision/certificateCode").is_null());
    EXPECT_TRUE(json(none).at_pointer("/decision/verifyUrl").is_null());
    EXPECT_EQ(coordinator.get(f.app_path(first) + "/certificate.pdf").status, 404);
    EXPECT_NE(f.mail_to(kCoordinator, "levert deze keer geen label op"), "");

    // After a decision the school may apply again (the same measurement is fine).
    const auto second = f.apply(coordinator, f.baseline);
    EXPECT_NE(second, first);
    EXPECT_EQ(f.label_status(organiser, f.school), "in_progress");
    auto list = json(coordinator.get(f.base));
    ASSERT_EQ(list.at("applications").as_array().size(), 2u);
    EXPECT_EQ(list.at("applications").as_array()[0].at("id").as_int64(), second);  // newest first

    // Only the coordinator withdraws, only while open.
    EXPECT_EQ(f.as(kTeamMember).post(f.app_path(second) + "/withdraw", "{}").status, 403);
    EXPECT_EQ(organiser.post(f.app_path(second) + "/withdraw", "{}").status, 403);
    auto withdrawn = coordinator.post(f.app_path(second) + "/withdraw", "{}");
    ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
    EXPECT_EQ(withdrawn.json_string("/status"), "withdrawn");
    EXPECT_EQ(coordinator.post(f.app_path(second) + "/withdraw", "{}").json_string("/error/code"), "application_not_open");
    EXPECT_EQ(organiser.put(f.app_path(second) + "/reviewer", R"({"reviewerId":)" + std::to_string(f.reviewer_id()) + R"(,"dueOn":"2027-12-20"})")
                  .json_string("/error/code"),
              "application_not_open");
    EXPECT_EQ(f.label_status(organiser, f.school), "submitted");  // the decided one counts, not the withdrawn one

    // A third, decided as proposed: no reason needed, a certificate.
    const auto third = f.apply(coordinator, f.baseline);
    f.assign(organiser, third);
    f.review_all(reviewer, third, "competent");
    auto competent = reviewer.post(f.app_path(third) + "/decision", R"({"label":"competent","overrideReason":"ook zonder afwijking"})");
    ASSERT_EQ(competent.status, 200) << competent.body;
    EXPECT_EQ(competent.json_string("/decision/proposedLabel"), "competent");
    EXPECT_TRUE(json(competent).at_pointer("/decision/overrideReason").is_null());
    EXPECT_EQ(competent.json_string("/decision/certificateCode").size(), 10u);
}

TEST(LabelApi, BadApplicationsStoreNothing) {
    LabelFixture f;
    auto coordinator = f.as(kCoordinator);
    auto count = [&] { return f.server.db().exec("SELECT COUNT(*) FROM label_applications").one().i64(0); };
    for (const std::string& body : std::vector<std::string>{"{}", R"({"measurementId":"een"})", R"({"measurementId":-3})", R"({"measurementId":null})"}) {
        auto res = coordinator.post(f.base, body);
        EXPECT_EQ(res.status, 400) << body << res.body;
        EXPECT_FALSE(res.json_string("/error/fields/measurementId").empty()) << body;
    }
    // Another school's measurement, or one that does not exist.
    for (const auto m : {f.other_baseline, std::int64_t{999999}}) {
        auto res = coordinator.post(f.base, R"({"measurementId":)" + std::to_string(m) + "}");
        EXPECT_EQ(res.status, 400) << res.body;
        EXPECT_FALSE(res.json_string("/error/fields/measurementId").empty());
    }
    EXPECT_EQ(coordinator.post(f.base, "not json").status, 400);
    auto open = coordinator.post(f.base, R"({"measurementId":)" + std::to_string(f.final_open) + "}");
    EXPECT_EQ(open.status, 409);
    EXPECT_EQ(open.json_string("/error/code"), "measurement_not_submitted");
    auto english = f.as(kCoordinator);
    english.language = "en";
    auto open_en = english.post(f.base, R"({"measurementId":)" + std::to_string(f.final_open) + "}");
    EXPECT_NE(open_en.json_string("/error/message"), open.json_string("/error/message"));
    // Only the coordinator applies, only for their own school.
    EXPECT_EQ(f.as(kTeamMember).post(f.base, R"({"measurementId":)" + std::to_string(f.baseline) + "}").status, 403);
    EXPECT_EQ(f.as(kOrganiser).post(f.base, R"({"measurementId":)" + std::to_string(f.baseline) + "}").status, 403);
    EXPECT_EQ(coordinator.post(f.other_base, R"({"measurementId":)" + std::to_string(f.other_baseline) + "}").status, 403);
    EXPECT_EQ(count(), 0);
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM label_application_files").one().i64(0), 0);
}

TEST(LabelApi, EachSeesOnlyTheirOwn) {
    LabelFixture f;
    auto coordinator = f.as(kCoordinator);
    auto other = f.as("coord@andere.be");
    auto organiser = f.as(kOrganiser);
    const auto mine = f.apply(coordinator, f.baseline);
    auto theirs = other.post(f.other_base, R"({"measurementId":)" + std::to_string(f.other_baseline) + "}");
    ASSERT_EQ(theirs.status, 201) << theirs.body;
    const auto their_id = theirs.json_int("/id");
    // A school never reaches another school's application, list or files.
    EXPECT_EQ(other.get(f.app_path(mine)).status, 403);
    EXPECT_EQ(other.get(f.base).status, 403);
    EXPECT_EQ(other.get(f.app_path(mine) + "/evidence/" + std::to_string(f.file_evidence) + "/file").status, 403);
    EXPECT_EQ(coordinator.get(f.app_path(their_id)).status, 403);
    EXPECT_EQ(other.get(f.app_path(their_id)).status, 200);
    EXPECT_EQ(other.get("/api/programmes/" + std::to_string(f.programme) + "/label-applications").status, 403);
    // The reviewer reaches only the application assigned to them.
    f.assign(organiser, mine);
    auto reviewer = f.as(kReviewer);
    EXPECT_EQ(reviewer.get(f.app_path(mine)).status, 200);
    EXPECT_EQ(reviewer.get(f.app_path(their_id)).status, 403);
    EXPECT_EQ(reviewer.put(f.app_path(their_id) + "/reviews/C01", R"({"acceptedLevel":"expert"})").status, 403);
    auto board = json(reviewer.get("/api/reviews"));
    EXPECT_EQ(board.at("assigned").as_array().size() + board.at("due").as_array().size(), 1u);
    EXPECT_EQ(organiser.get(f.app_path(999999)).status, 404);
    EXPECT_EQ(f.server.client().get(f.app_path(mine)).status, 401);
}

TEST(LabelApi, ConcurrentApplicationsMakeExactlyOne) {
    LabelFixture f;
    std::vector<HttpClient> clients;
    for (int i = 0; i < 4; ++i) clients.push_back(f.as(kCoordinator));
    std::vector<int> statuses(clients.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < clients.size(); ++i)
        threads.emplace_back([&, i] {
            statuses[i] = clients[i].post(f.base, R"({"measurementId":)" + std::to_string(f.baseline) + "}").status;
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 1);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 409), 3);
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM label_applications").one().i64(0), 1);
}

TEST(LabelApi, VerificationIsRateLimitedPerAddress) {
    LabelFixture f;
    auto anonymous = f.server.client();
    // Unknown codes count too: trying codes in bulk is what the limit stops.
    for (int i = 0; i < 60; ++i) ASSERT_EQ(anonymous.get("/api/public/certificates/AAAAAAAAAA").status, 404) << i;
    auto limited = anonymous.get("/api/public/certificates/AAAAAAAAAA");
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.json_string("/error/code"), "rate_limited");
    EXPECT_TRUE(limited.header("retry-after").has_value());
    f.server.set_now(f.server.now() + std::stoll(*limited.header("retry-after")));  // as long as it said
    EXPECT_EQ(anonymous.get("/api/public/certificates/AAAAAAAAAA").status, 404);
}
