// Removing a school that leaves (issue 20, point 3): once the programme is over for it and it takes part
// in nothing else, its organiser removes it with all its data and files; a file another school uploaded
// too stays; the other schools keep everything. Refused while the programme runs, while it takes part in
// another programme, and without its name typed to confirm.
#include <gtest/gtest.h>

#include <filesystem>

#include "api/api_helpers.h"
#include "store/evidence.h"
#include "store/evidence_files.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"

namespace school_removal_api_test {

using sk::test::signed_in;
using sk::test::TestServer;

namespace {

std::int64_t evidence_with(TestServer& server, std::int64_t school, std::int64_t by, const std::string& bytes) {
    sk::store::NewEvidence e;
    e.organisation_id = school;
    e.kind = "file";
    e.title = "Bewijs";
    e.file_name = "bewijs.pdf";
    e.content_type = "application/pdf";
    e.size = static_cast<std::int64_t>(bytes.size());
    e.sha256 = server.put_file(bytes);
    e.created_by = by;
    return sk::store::create_evidence(server.db(), e, 1);
}

}  // namespace

TEST(SchoolRemovalApi, AnEndedProgrammesSchoolGoesWithItsDataAndFiles) {
    TestServer server;
    auto& db = server.db();
    const auto organiser_org = sk::test::org_of(db, sk::test::kOrganiser);
    const auto programme = sk::test::make_programme(db, organiser_org, "Afgelopen programma", 20, {{"baseline", "2025-09-01", "2025-10-15"}});
    const auto leaving = sk::test::make_school(db, "Vertrekkende School", "611111", "limburg", programme);
    const auto staying = sk::test::make_school(db, "Blijvende School", "622222", "limburg", programme);
    const auto coordinator = sk::test::make_member(db, leaving, "coord@vertrek.be", "coordinator", false);
    const auto measurement = sk::test::make_measurement(db, programme, leaving, "baseline", "submitted");
    sk::test::set_answer(db, measurement, "C01", "competent", "Ons antwoord");
    const auto survey = sk::test::make_survey(db, programme, leaving, "baseline", "teachers", "LEAVINGX");
    sk::test::add_responses(db, survey, 6, {{"C01", 4}});
    db.exec("INSERT INTO action_plans (programme_id, organisation_id, created_at) VALUES ($1, $2, 1)", {programme, leaving});
    db.exec("INSERT INTO registrations (programme_id, kind, status, organisation_name, identifier, contact_name, contact_email, data, "
            "created_at, organisation_id) VALUES ($1, 'school', 'accepted', 'Vertrekkende School', '611111', 'C', 'c@v.be', '{}', 1, $2)",
            {programme, leaving});
    evidence_with(server, leaving, coordinator, "%PDF-1.4 alleen van de vertrekkende school");
    evidence_with(server, leaving, coordinator, "%PDF-1.4 door beide scholen opgeladen");
    evidence_with(server, staying, coordinator, "%PDF-1.4 door beide scholen opgeladen");
    const auto own_file = sk::store::sha256_hex("%PDF-1.4 alleen van de vertrekkende school");
    const auto shared_file = sk::store::sha256_hex("%PDF-1.4 door beide scholen opgeladen");
    ASSERT_TRUE(server.file_stored(own_file));
    const auto path = "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(leaving);

    auto organiser = signed_in(server, sk::test::kOrganiser);
    auto wrong = organiser.send("DELETE", path, R"({"confirmName":"Een andere school"})", {{"Accept-Language", "en"}});
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(wrong.json_string("/error/fields/confirmName"), "Type the school's name as it is shown here, to confirm.");
    EXPECT_EQ(signed_in(server, sk::test::kCoordinator).send("DELETE", path, R"({"confirmName":"Vertrekkende School"})").status, 403);

    // The name as typed, whatever its case or accents.
    auto removed = organiser.send("DELETE", path, R"({"confirmName":"  vertrekkende school "})");
    ASSERT_EQ(removed.status, 200) << removed.body;
    EXPECT_EQ(removed.json_int("/files"), 2);
    EXPECT_FALSE(server.file_stored(own_file));
    EXPECT_TRUE(server.file_stored(shared_file)) << "the other school's evidence still names it";
    for (const char* sql : {"SELECT COUNT(*) FROM organisations WHERE id = $1", "SELECT COUNT(*) FROM measurements WHERE organisation_id = $1",
                            "SELECT COUNT(*) FROM surveys WHERE organisation_id = $1", "SELECT COUNT(*) FROM evidence WHERE organisation_id = $1",
                            "SELECT COUNT(*) FROM action_plans WHERE organisation_id = $1", "SELECT COUNT(*) FROM memberships WHERE organisation_id = $1",
                            "SELECT COUNT(*) FROM registrations WHERE organisation_id = $1",
                            "SELECT COUNT(*) FROM programme_participants WHERE organisation_id = $1"})
        EXPECT_EQ(db.exec(sql, {leaving}).one().i64(0), 0) << sql;
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.code = 'LEAVINGX'").one().i64(0), 0);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM evidence WHERE organisation_id = $1", {staying}).one().i64(0), 1);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'school.remove'"), 1);
    EXPECT_EQ(organiser.send("DELETE", path, R"({"confirmName":"Vertrekkende School"})").status, 404);
}

TEST(SchoolRemovalApi, NotWhileTheProgrammeRunsNorWhenTheSchoolTakesPartElsewhere) {
    TestServer server;
    auto& db = server.db();
    auto organiser = signed_in(server, sk::test::kOrganiser);
    // The demo programme is running: its baseline is open.
    const auto demo_programme = db.exec("SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'").one().i64(0);
    const auto lucas = sk::test::org_id(db, "Demoschool Sint-Lucas");
    auto running = organiser.send("DELETE", "/api/programmes/" + std::to_string(demo_programme) + "/schools/" + std::to_string(lucas),
                                  R"({"confirmName":"Demoschool Sint-Lucas"})", {{"Accept-Language", "en"}});
    EXPECT_EQ(running.status, 409);
    EXPECT_EQ(running.json_string("/error/code"), "school_removal_programme_running");
    // An ended programme, but the school is also in the running one.
    const auto ended = sk::test::make_programme(db, sk::test::org_of(db, sk::test::kOrganiser), "Oud programma", 20,
                                                {{"baseline", "2025-09-01", "2025-10-15"}});
    sk::test::add_participant(db, ended, lucas, "school");
    auto elsewhere = organiser.send("DELETE", "/api/programmes/" + std::to_string(ended) + "/schools/" + std::to_string(lucas),
                                    R"({"confirmName":"Demoschool Sint-Lucas"})");
    EXPECT_EQ(elsewhere.status, 409);
    EXPECT_EQ(elsewhere.json_string("/error/code"), "school_removal_other_programmes");
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM organisations WHERE id = $1", {lucas}).one().i64(0), 1);
}

}  // namespace school_removal_api_test
