// Self-assessment results: the JSON, the school report PDF (read back as text by poppler's pdftotext)
// and the answers XLSX (read back by openpyxl), with the survey privacy threshold (4 responses: the
// group is nowhere; 5: it is everywhere) and who may see what.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/file_readers.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::criterion;
using sk::test::HttpClient;
using sk::test::TestServer;

namespace {

constexpr const char* kComment = "Wij werken met <b>niveaus</b> & keuzes, ook in het café";

struct ResultsFixture {
    TestServer server;
    std::int64_t programme = 0;
    std::int64_t school = 0;       // École Sint-Jozef: organiser-only
    std::int64_t demo_school = 0;  // the demo coordinator's school, also taking part
    std::int64_t baseline = 0;
    std::int64_t teachers = 0;

    ResultsFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Resultatenprogramma");
        school = sk::test::make_school(db, "École Sint-Jozef", "555555", "antwerpen", programme);
        demo_school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, demo_school, "school");
        baseline = sk::test::make_measurement(db, programme, school, "baseline");
        sk::test::set_answer(db, baseline, "C01", "proficient", kComment);
        sk::test::set_answer(db, baseline, "C02", "competent");
        sk::test::set_answer(db, baseline, "C03", "");  // touched, no level
        sk::test::set_answer(db, baseline, "C04", "expert");
        teachers = sk::test::make_survey(db, programme, school, "baseline", "teachers", "ABCDEFGH");
        // A final-measurement survey of the same school must never count for the baseline.
        const auto other = sk::test::make_survey(db, programme, school, "final", "students", "JKMNPQRS");
        sk::test::add_responses(db, other, 6, {{"C01", 1}});
    }

    void responses(int n) { sk::test::add_responses(server.db(), teachers, n, {{"C01", 5}, {"C02", std::nullopt}, {"C04", 1}}); }

    std::string base(std::int64_t org) const {
        return "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(org);
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200);
        return c;
    }
    HttpClient organiser() { return as("organisator@demo.stemkompas.be"); }
};

}  // namespace

TEST(ResultsApi, FourResponsesLeaveTheGroupOutEverywhere) {
    ResultsFixture f;
    f.responses(4);
    auto res = f.organiser().get(f.base(f.school) + "/results?kind=baseline");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto doc = boost::json::parse(res.body);
    EXPECT_EQ(doc.at("kind").as_string(), "baseline");
    EXPECT_EQ(doc.at("measurementStatus").as_string(), "open");
    EXPECT_EQ(doc.at("frameworkId").as_string(), "eu-stem-school-label");
    EXPECT_EQ(doc.at("frameworkVersion").as_string(), "2024.1");
    EXPECT_EQ(boost::json::serialize(doc.at("groups")), R"([{"group":"teachers","responses":4,"counted":0,"shown":false}])");
    EXPECT_EQ(doc.at("criteria").as_array().size(), 21u);
    EXPECT_EQ(doc.at("elements").as_array().size(), 7u);
    for (const auto& e : doc.at("elements").as_array()) EXPECT_TRUE(e.at("groups").as_object().empty()) << e;
    for (const auto& c : doc.at("criteria").as_array()) {
        EXPECT_TRUE(c.at("groups").as_object().empty()) << c;
        EXPECT_TRUE(c.at("divergence").is_null()) << c;
    }
    EXPECT_TRUE(doc.at("divergent").as_array().empty());
    EXPECT_EQ(res.body.find("teachers\":{"), std::string::npos);
    EXPECT_EQ(boost::json::serialize(doc.at("elements").as_array()[0]),
              R"({"elementId":"E1","name":"Onderwijsmethode","self":5E1,"groups":{}})");
    EXPECT_TRUE(doc.at("comparison").is_null());
}

TEST(ResultsApi, FiveResponsesShowTheGroupWithScoresDivergenceAndLabel) {
    ResultsFixture f;
    f.responses(5);
    auto c = f.organiser();
    auto res = c.get(f.base(f.school) + "/results?kind=baseline", {{"Accept-Language", "en"}});
    ASSERT_EQ(res.status, 200) << res.body;
    const auto doc = boost::json::parse(res.body);
    EXPECT_EQ(boost::json::serialize(doc.at("groups")), R"([{"group":"teachers","responses":5,"counted":5,"shown":true}])");
    EXPECT_EQ(boost::json::serialize(doc.at("elements").as_array()[0]),
              R"({"elementId":"E1","name":"Instruction","self":5E1,"groups":{"teachers":1E2}})");
    EXPECT_EQ(boost::json::serialize(criterion(doc, "C01")),
              R"({"criterionId":"C01","elementId":"E1","name":"Personalised learning","level":"proficient","comment":")" +
                  std::string(kComment) + R"(","groups":{"teachers":{"mean":5E0,"scores":5,"dontKnow":0,"responses":5}},"divergence":3.33E1})");
    // Only "don't know": fewer than five scores, so nothing about C02, not even the count of "don't know";
    // no second source, so no divergence.
    EXPECT_EQ(boost::json::serialize(criterion(doc, "C02").at("groups")), "{}");
    EXPECT_TRUE(criterion(doc, "C02").at("divergence").is_null());
    EXPECT_TRUE(criterion(doc, "C03").at("level").is_null());
    EXPECT_EQ(boost::json::serialize(doc.at("divergent")),
              R"([{"criterionId":"C04","spread":1E2,"highest":{"source":"self","value":1E2},"lowest":{"source":"teachers","value":0E0}},)"
              R"({"criterionId":"C01","spread":3.33E1,"highest":{"source":"teachers","value":1E2},"lowest":{"source":"self","value":6.67E1}}])");
    const auto& label = doc.at("label");
    EXPECT_EQ(label.at("label").as_string(), "none");
    EXPECT_EQ(label.at("next").as_string(), "competent");
    EXPECT_EQ(label.at("atOrAboveNext").as_int64(), 3);
    EXPECT_EQ(label.at("needed").as_int64(), 17);
    EXPECT_EQ(label.at("missing").as_int64(), 14);
    EXPECT_EQ(label.at("blockers").as_array().size(), 18u);
    EXPECT_EQ(boost::json::serialize(label.at("blockers").as_array()[0]), R"({"criterionId":"C03","level":"not_yet","gap":1,"tooFar":false})");
}

TEST(ResultsApi, ComparisonWhenBothMeasurementsHaveAnswers) {
    ResultsFixture f;
    auto& db = f.server.db();
    const auto base = sk::test::make_measurement(db, f.programme, f.demo_school, "baseline", "submitted");
    const auto fin = sk::test::make_measurement(db, f.programme, f.demo_school, "final");
    auto coordinator = f.as("coordinator@demo.stemkompas.be");
    // A final measurement without answers: nothing to compare yet.
    for (int i = 1; i <= 21; ++i) {
        char id[8];
        std::snprintf(id, sizeof id, "C%02d", i);
        sk::test::set_answer(db, base, id, "competent");
    }
    auto res = coordinator.get(f.base(f.demo_school) + "/results?kind=final");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_TRUE(boost::json::parse(res.body).at("comparison").is_null());
    for (int i = 1; i <= 21; ++i) {
        char id[8];
        std::snprintf(id, sizeof id, "C%02d", i);
        sk::test::set_answer(db, fin, id, i == 5 ? "expert" : "proficient");
    }
    res = coordinator.get(f.base(f.demo_school) + "/results?kind=final");
    ASSERT_EQ(res.status, 200) << res.body;
    auto doc = boost::json::parse(res.body);
    EXPECT_EQ(boost::json::serialize(doc.at("label")),
              R"({"label":"proficient","next":"expert","atOrAboveNext":1,"needed":17,"missing":16,"blockers":[)"
              R"({"criterionId":"C01","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C02","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C03","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C04","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C06","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C07","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C08","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C09","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C10","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C11","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C12","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C13","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C14","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C15","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C16","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C17","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C18","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C19","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C20","level":"proficient","gap":1,"tooFar":false},)"
              R"({"criterionId":"C21","level":"proficient","gap":1,"tooFar":false}]})");
    const auto& cmp = doc.at("comparison");
    EXPECT_EQ(boost::json::serialize(cmp.at("criteria").as_array()[0]), R"({"criterionId":"C01","baseline":1E0,"final":2E0,"change":1E0})");
    EXPECT_EQ(boost::json::serialize(cmp.at("criteria").as_array()[4]), R"({"criterionId":"C05","baseline":1E0,"final":3E0,"change":2E0})");
    EXPECT_EQ(boost::json::serialize(cmp.at("elements").as_array()[0]), R"({"elementId":"E1","baseline":3.33E1,"final":6.67E1,"change":3.33E1})");
    // The baseline's view carries the same comparison, and its own label.
    res = coordinator.get(f.base(f.demo_school) + "/results?kind=baseline");
    doc = boost::json::parse(res.body);
    EXPECT_EQ(doc.at("measurementStatus").as_string(), "submitted");
    EXPECT_EQ(doc.at("label").at("label").as_string(), "competent");
    EXPECT_EQ(boost::json::serialize(doc.at("comparison").at("criteria").as_array()[4]),
              R"({"criterionId":"C05","baseline":1E0,"final":3E0,"change":2E0})");
    // The final report shows the comparison.
    res = coordinator.get(f.base(f.demo_school) + "/report.pdf?kind=final&lang=nl");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto text = sk::test::pdf_text(f.server.data_dir(), res.body, "final");
    EXPECT_NE(text.find("Nulmeting en eindmeting"), std::string::npos) << text;
    EXPECT_NE(text.find("Op basis van deze zelfevaluatie is het geschatte label: Proficient."), std::string::npos) << text;
}

TEST(ResultsApi, BadInputUnknownAndUnstarted) {
    ResultsFixture f;
    auto c = f.organiser();
    const auto base = f.base(f.school);
    for (const std::string path : {"/results", "/report.pdf", "/answers.xlsx"}) {
        auto res = c.get(base + path);
        EXPECT_EQ(res.status, 400) << path;
        EXPECT_EQ(boost::json::parse(res.body).at("error").at("fields").at("kind").as_string(), "Vul dit veld in.") << res.body;
        res = c.get(base + path + "?kind=midterm", {{"Accept-Language", "en"}});
        EXPECT_EQ(res.status, 400) << path;
        EXPECT_EQ(boost::json::parse(res.body).at("error").at("fields").at("kind").as_string(),
                  "Choose the baseline or the final measurement.")
            << res.body;
        // Not started.
        res = c.get(base + path + "?kind=final");
        EXPECT_EQ(res.status, 404) << path;
        EXPECT_EQ(boost::json::parse(res.body).at("error").at("code").as_string(), "results_not_started") << res.body;
        // Unknown programme, a school that does not take part, a non-number id.
        EXPECT_EQ(c.get("/api/programmes/999999/schools/" + std::to_string(f.school) + path + "?kind=baseline").status, 404);
        EXPECT_EQ(c.get(f.base(sk::test::make_school(f.server.db(), "Buiten " + path, "9" + std::to_string(path.size()), "limburg")) + path +
                        "?kind=baseline")
                      .status,
                  404);
        EXPECT_EQ(c.get("/api/programmes/x/schools/1" + path + "?kind=baseline").status, 404);
    }
    auto res = c.get(base + "/report.pdf?kind=baseline&lang=fr", {{"Accept-Language", "en"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(boost::json::parse(res.body).at("error").at("fields").at("lang").as_string(), "Choose Dutch (nl) or English (en).") << res.body;
}

TEST(ResultsApi, OnlyTheSchoolAndItsProgrammeOrganisers) {
    ResultsFixture f;
    auto& db = f.server.db();
    sk::test::make_measurement(db, f.programme, f.demo_school, "baseline");
    const std::string own = f.base(f.demo_school) + "/results?kind=baseline";
    const std::string other = f.base(f.school) + "/results?kind=baseline";
    EXPECT_EQ(f.as("coordinator@demo.stemkompas.be").get(own).status, 200);
    EXPECT_EQ(f.as("teamlid@demo.stemkompas.be").get(own).status, 200);
    EXPECT_EQ(f.as("coordinator@demo.stemkompas.be").get(other).status, 403);
    EXPECT_EQ(f.as("teamlid@demo.stemkompas.be").get(f.base(f.school) + "/report.pdf?kind=baseline").status, 403);
    EXPECT_EQ(f.as("mentor@demo.stemkompas.be").get(own).status, 403);
    EXPECT_EQ(f.as("jury@demo.stemkompas.be").get(own).status, 403);
    EXPECT_EQ(f.server.client().get(own).status, 401);
    // Another organiser organisation's staff: not this programme's organisers.
    sk::test::make_other_organiser(db, "olga@andere.be");
    EXPECT_EQ(f.as("olga@andere.be").get(other).status, 404);  // another tenant: does not exist for them
    // A member of a school that left the programme (no participant row) sees nothing of it.
    db.exec("DELETE FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2", {f.programme, f.demo_school});
    EXPECT_EQ(f.as("coordinator@demo.stemkompas.be").get(own).status, 403);
}

TEST(ResultsApi, ReportPdfInDutchAndEnglishShowsRealText) {
    ResultsFixture f;
    f.responses(4);
    auto c = f.organiser();
    auto res = c.get(f.base(f.school) + "/report.pdf?kind=baseline&lang=nl");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("content-type").value_or(""), "application/pdf");
    EXPECT_NE(res.header("content-disposition").value_or("").find("attachment; filename=\"resultaten-nulmeting-"), std::string::npos);
    ASSERT_TRUE(res.body.starts_with("%PDF-"));
    auto text = sk::test::pdf_text(f.server.data_dir(), res.body, "nl4");
    EXPECT_NE(text.find("Schoolrapport zelfevaluatie"), std::string::npos) << text;
    EXPECT_NE(text.find("École Sint-Jozef"), std::string::npos);
    EXPECT_NE(text.find("Resultatenprogramma"), std::string::npos);
    EXPECT_NE(text.find("Nulmeting"), std::string::npos);
    EXPECT_NE(text.find("Europees STEM School Label, versie 2024.1"), std::string::npos) << text;
    for (const char* element : {"Onderwijsmethode", "Implementatie van het leerplan", "Evaluatie", "Schoolinfrastructuur"})
        EXPECT_NE(text.find(element), std::string::npos) << element;
    // The descriptor of the chosen level (C01 proficient), and the comment exactly as typed (no markup).
    EXPECT_NE(text.find("In de meeste STEM-vakken kiezen leerlingen uit opdrachten"), std::string::npos) << text;
    EXPECT_NE(text.find(kComment), std::string::npos) << text;
    EXPECT_NE(text.find("Op basis van deze zelfevaluatie is het geschatte label: nog geen label."), std::string::npos) << text;
    EXPECT_NE(text.find("Voor het niveau Competent moeten minstens 17 criteria op dat niveau of hoger staan; nu zijn dat er 3. "
                        "Er ontbreken nog 14 criteria."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Er is nog geen vragenlijst met minstens 5 antwoorden"), std::string::npos) << text;
    EXPECT_EQ(text.find("Leraren"), std::string::npos) << "a group of 4 is not in the report";

    f.responses(1);
    res = c.get(f.base(f.school) + "/report.pdf?kind=baseline&lang=nl");
    ASSERT_EQ(res.status, 200);
    text = sk::test::pdf_text(f.server.data_dir(), res.body, "nl5");
    EXPECT_NE(text.find("Leraren: 5 antwoorden"), std::string::npos) << text;
    EXPECT_NE(text.find("Leraren: gemiddelde 5,0 op 5 (5 scores, 0 weet niet)"), std::string::npos) << text;
    EXPECT_NE(text.find("Grootste verschillen tussen zelfevaluatie en vragenlijsten"), std::string::npos) << text;

    res = c.get(f.base(f.school) + "/report.pdf?kind=baseline&lang=en");
    ASSERT_EQ(res.status, 200);
    EXPECT_NE(res.header("content-disposition").value_or("").find("attachment; filename=\"results-baseline-"), std::string::npos);
    text = sk::test::pdf_text(f.server.data_dir(), res.body, "en5");
    EXPECT_NE(text.find("School report: self-assessment"), std::string::npos) << text;
    EXPECT_NE(text.find("École Sint-Jozef"), std::string::npos);
    EXPECT_NE(text.find("Baseline measurement"), std::string::npos);
    for (const char* element : {"Instruction", "Curriculum implementation", "School infrastructure"})
        EXPECT_NE(text.find(element), std::string::npos) << element;
    EXPECT_NE(text.find("Based on this self-assessment, the estimated label is: no label yet."), std::string::npos) << text;
    EXPECT_NE(text.find("Teachers: 5 responses"), std::string::npos) << text;
    EXPECT_NE(text.find(kComment), std::string::npos);
}

TEST(ResultsApi, AnswersXlsxReadsBackWithAShownGroupOnly) {
    ResultsFixture f;
    f.responses(4);
    auto c = f.organiser();
    auto res = c.get(f.base(f.school) + "/answers.xlsx?kind=baseline");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("content-type").value_or(""), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_NE(res.header("content-disposition").value_or("").find("attachment; filename=\"resultaten-nulmeting-"), std::string::npos);
    auto doc = sk::test::xlsx_active_sheet(f.server.data_dir(), res.body, "answers.xlsx");
    EXPECT_EQ(doc.at("title").as_string(), "Antwoorden");
    auto rows = doc.at("rows").as_array();
    ASSERT_EQ(rows.size(), 22u);
    EXPECT_EQ(boost::json::serialize(rows[0]), R"(["Criterium","Sleutelelement","Niveau","Beschrijving van het niveau","Toelichting"])");

    f.responses(1);
    res = c.get(f.base(f.school) + "/answers.xlsx?kind=baseline", {{"Accept-Language", "en"}});
    ASSERT_EQ(res.status, 200);
    doc = sk::test::xlsx_active_sheet(f.server.data_dir(), res.body, "answers.xlsx");
    rows = doc.at("rows").as_array();
    ASSERT_EQ(rows.size(), 22u);
    EXPECT_EQ(boost::json::serialize(rows[0]),
              R"x(["Criterion","Key element","Level","Description of the level","Comment","Teachers (mean of 5)"])x");
    const auto& c01 = rows[1].as_array();
    EXPECT_EQ(c01[0].as_string(), "1. Personalised learning");
    EXPECT_EQ(c01[1].as_string(), "1. Instruction");
    EXPECT_EQ(c01[2].as_string(), "Proficient");
    EXPECT_TRUE(c01[3].as_string().starts_with("In most STEM subjects")) << c01[3];
    EXPECT_EQ(c01[4].as_string(), kComment);
    EXPECT_EQ(c01[5].to_number<double>(), 5.0);
    EXPECT_EQ(boost::json::serialize(rows[2].as_array()[5]), R"("")") << "only don't know: no mean";
    EXPECT_EQ(boost::json::serialize(rows[3]), R"x(["3. Inquiry-based science education (IBSE)","1. Instruction","","","",""])x");
}

TEST(ResultsApi, ReportPdfFlowsALongCommentOverPagesWithoutLosingText) {
    ResultsFixture f;
    auto c = f.organiser();
    auto res = c.get(f.base(f.school) + "/report.pdf?kind=baseline&lang=nl");
    ASSERT_EQ(res.status, 200);
    const std::string short_path = f.server.data_dir() + "/short.pdf";
    std::ofstream(short_path, std::ios::binary) << res.body;
    const auto pages_of = [&](const std::string& path) {
        const auto info = sk::test::run_command("pdfinfo " + path);
        const auto at = info.find("Pages:");
        return at == std::string::npos ? -1 : std::atoi(info.c_str() + at + 6);
    };
    const int short_pages = pages_of(short_path);
    ASSERT_GT(short_pages, 2);

    // The longest comment the editor allows (4000 characters), ending in a marker.
    std::string comment;
    while (comment.size() < 3990) comment += "leerlingen ";
    comment.resize(3990);
    comment += " SLOTWOORD";
    f.server.db().exec("UPDATE measurement_answers SET comment = $1 WHERE criterion_id = 'C02'", {comment});
    res = c.get(f.base(f.school) + "/report.pdf?kind=baseline&lang=nl");
    ASSERT_EQ(res.status, 200);
    const std::string long_path = f.server.data_dir() + "/long.pdf";
    std::ofstream(long_path, std::ios::binary) << res.body;
    EXPECT_GT(pages_of(long_path), short_pages);
    const auto text = sk::test::pdf_text(f.server.data_dir(), res.body, "long");
    EXPECT_NE(text.find("SLOTWOORD"), std::string::npos);
    EXPECT_NE(text.find("pagina " + std::to_string(pages_of(long_path))), std::string::npos) << "every page has its footer";
}

// `make run` shows results at once: the demo's second school has a submitted baseline, teachers and pupils
// above the privacy threshold and three leaders below it, and a label estimate with something to explain.
TEST(ResultsApi, TheDemoResultsSchoolShowsItsResultsAtOnce) {
    sk::test::TestServer server(sk::test::TestServerOptions{.demo_results_school = true});
    auto& db = server.db();
    const auto programme = db.exec("SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'").one().i64(0);
    const auto school = sk::test::org_id(db, "Demoschool Ter Duinen");
    auto c = server.client();
    ASSERT_EQ(c.login("duinen@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
    const std::string base = "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school);
    auto list = c.get(base + "/measurements");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json_string("/measurements/0/status"), "submitted");
    EXPECT_EQ(list.json_int("/measurements/0/answered"), 21);
    auto res = c.get(base + "/results?kind=baseline");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto doc = boost::json::parse(res.body);
    EXPECT_EQ(boost::json::serialize(doc.at("groups")),
              R"([{"group":"leaders","responses":3,"counted":0,"shown":false},{"group":"teachers","responses":9,"counted":5,"shown":true},)"
              R"({"group":"students","responses":14,"counted":10,"shown":true}])");
    EXPECT_EQ(doc.at("elements").as_array()[0].at("groups").as_object().size(), 2u);  // teachers and students only
    const auto& label = doc.at("label");
    EXPECT_EQ(label.at("label").as_string(), "competent");
    EXPECT_EQ(label.at("next").as_string(), "proficient");
    EXPECT_EQ(label.at("missing").as_int64(), 1);
    EXPECT_EQ(boost::json::serialize(label.at("blockers").as_array()[1]), R"({"criterionId":"C07","level":"not_yet","gap":2,"tooFar":true})");
    // The first demo school is left fresh for the browser tests to fill in.
    EXPECT_TRUE(db.exec("SELECT 1 FROM measurements m JOIN organisations o ON o.id = m.organisation_id WHERE o.name = 'Demoschool Sint-Lucas'")
                    .empty());
}

// The survey privacy rules (core/survey_stats.h; the properties in tests/unit/survey_privacy_test.cpp)
// as the JSON, the PDF and the XLSX show them. C05: four "don't know" and one score in the first five
// responses, so a mean would be that one colleague's score: shown nowhere, not even the "don't know"s.
// Responses six to nine change nothing anywhere; the tenth completes a block and C05 then rests on five.
TEST(ResultsApi, SurveyFiguresRestOnFiveScoresAndMoveOnlyByBlocksOfFive) {
    ResultsFixture f;
    auto& db = f.server.db();
    for (int i = 0; i < 4; ++i) sk::test::add_responses(db, f.teachers, 1, {{"C01", 4}, {"C05", std::nullopt}});
    sk::test::add_responses(db, f.teachers, 1, {{"C01", 2}, {"C05", 1}});
    auto c = f.organiser();
    const auto look = [&] {
        auto res = c.get(f.base(f.school) + "/results?kind=baseline", {{"Accept-Language", "en"}});
        EXPECT_EQ(res.status, 200) << res.body;
        return boost::json::parse(res.body).as_object();
    };
    const auto pdf = [&](const std::string& name) {
        auto res = c.get(f.base(f.school) + "/report.pdf?kind=baseline&lang=en");
        EXPECT_EQ(res.status, 200);
        return sk::test::pdf_text(f.server.data_dir(), res.body, name);
    };
    const auto xlsx_c05 = [&](const std::string& name) {
        auto res = c.get(f.base(f.school) + "/answers.xlsx?kind=baseline", {{"Accept-Language", "en"}});
        EXPECT_EQ(res.status, 200);
        const auto rows = sk::test::xlsx_active_sheet(f.server.data_dir(), res.body, name).at("rows").as_array();
        return boost::json::serialize(rows[5].as_array()[5]);
    };

    auto five = look();
    EXPECT_EQ(boost::json::serialize(criterion(five, "C01").at("groups")),
              R"({"teachers":{"mean":3.6E0,"scores":5,"dontKnow":0,"responses":5}})");
    EXPECT_EQ(boost::json::serialize(criterion(five, "C05").at("groups")), "{}");
    EXPECT_TRUE(criterion(five, "C05").at("divergence").is_null());
    EXPECT_EQ(xlsx_c05("five.xlsx"), R"("")");
    auto text = pdf("five");
    EXPECT_NE(text.find("Teachers: mean 3.6 of 5 (5 scores, 0 don't know)"), std::string::npos) << text;
    EXPECT_EQ(text.find("4 don't know"), std::string::npos) << text;
    EXPECT_EQ(text.find("mean 1.0"), std::string::npos) << text;

    // Four more, each a score for C05: before the tenth, nothing a second look shows has moved.
    for (int i = 0; i < 4; ++i) {
        sk::test::add_responses(db, f.teachers, 1, {{"C01", 1}, {"C05", 5}});
        auto again = look();
        EXPECT_EQ(again.at("groups").as_array()[0].at("responses").as_int64(), 6 + i);
        EXPECT_EQ(again.at("groups").as_array()[0].at("counted").as_int64(), 5);
        for (const char* part : {"elements", "criteria", "divergent"})
            EXPECT_EQ(boost::json::serialize(again.at(part)), boost::json::serialize(five.at(part))) << part << " after " << 6 + i;
    }
    EXPECT_EQ(xlsx_c05("nine.xlsx"), R"("")");
    // The whole report is the same as after five, but for the line with the count.
    auto nine = pdf("nine");
    const std::string count_line = "Teachers: 9 responses, of which the first 5 count";
    ASSERT_NE(nine.find(count_line), std::string::npos) << nine;
    EXPECT_EQ(nine.replace(nine.find(count_line), count_line.size(), "Teachers: 5 responses"), text);

    // The tenth completes the block: C01 over ten, C05 over its first five scores (1, 5, 5, 5, 5).
    sk::test::add_responses(db, f.teachers, 1, {{"C01", 1}, {"C05", 5}});
    auto ten = look();
    EXPECT_EQ(boost::json::serialize(criterion(ten, "C01").at("groups")),
              R"({"teachers":{"mean":2.3E0,"scores":10,"dontKnow":0,"responses":10}})");
    EXPECT_EQ(boost::json::serialize(criterion(ten, "C05").at("groups")),
              R"({"teachers":{"mean":4.2E0,"scores":5,"dontKnow":4,"responses":9}})");
    EXPECT_EQ(xlsx_c05("ten.xlsx"), "4.2E0");
    EXPECT_NE(pdf("ten").find("Teachers: mean 4.2 of 5 (5 scores, 4 don't know)"), std::string::npos);
}
