// The programme's group report: figures, who sees what (an organiser sees names, a school never sees
// another school's name — in the JSON, the PDF or the XLSX), the privacy threshold, the projection kept
// by submit/reopen, and bad input. PDFs are read back with poppler's pdftotext, XLSX with openpyxl.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdio>
#include <fstream>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "store/measurements.h"
#include "support/file_readers.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::criterion_id;
using sk::test::HttpClient;
using sk::test::run_command;
using sk::test::TestServer;

namespace {

// Other schools' names: none of them may ever reach a school's view.
constexpr const char* kAlfa = "Alfa Atheneum";
constexpr const char* kBeta = "Beta Basisschool";
constexpr const char* kGamma = "Gamma Instituut";

struct GroupReportFixture {
    TestServer server;
    std::int64_t programme = 0;
    std::int64_t demo = 0;  // the demo coordinator's school
    std::int64_t alfa = 0, beta = 0, gamma = 0;

    GroupReportFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Groepsprogramma");
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        demo = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, demo, "school");
        alfa = sk::test::make_school(db, kAlfa, "610001", "antwerpen", programme);
        beta = sk::test::make_school(db, kBeta, "610002", "limburg", programme);
        gamma = sk::test::make_school(db, kGamma, "610003", "limburg", programme);  // never submits
    }

    // A submitted measurement with every criterion at `level`, except the listed ones.
    std::int64_t submitted(std::int64_t school, const std::string& kind, const std::string& level,
                           const std::map<std::string, std::string>& except = {}) {
        auto& db = server.db();
        const auto m = sk::test::make_measurement(db, programme, school, kind, "submitted");
        for (int i = 1; i <= 21; ++i) {
            const auto id = criterion_id(i);
            const auto it = except.find(id);
            sk::test::set_answer(db, m, id, it == except.end() ? level : it->second);
        }
        return m;
    }

    std::string path(const std::string& suffix = "") const { return "/api/programmes/" + std::to_string(programme) + "/group-report" + suffix; }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200);
        return c;
    }
    HttpClient organiser() { return as("organisator@demo.stemkompas.be"); }
    HttpClient coordinator() { return as("coordinator@demo.stemkompas.be"); }

    // Three submitted baselines: Alfa (C01 not_yet, rest competent), Beta (C01 competent, C02 expert, rest
    // proficient), the demo school (all proficient, C03 unanswered).
    void three_baselines() {
        submitted(alfa, "baseline", "competent", {{"C01", "not_yet"}});
        submitted(beta, "baseline", "proficient", {{"C01", "competent"}, {"C02", "expert"}});
        submitted(demo, "baseline", "proficient", {{"C03", ""}});
    }
};

std::string pdf_text(GroupReportFixture& f, const std::string& body, const std::string& name) {
    const std::string path = f.server.data_dir() + "/" + name + ".pdf";
    std::ofstream(path, std::ios::binary) << body;
    const std::string raw = run_command("pdftotext -enc UTF-8 " + path + " - 2>&1");
    std::string out;
    for (char c : raw) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

// Every sheet of the workbook: {"sheets": [{"title", "rows"}]}.
boost::json::value xlsx_sheets(GroupReportFixture& f, const std::string& body, const std::string& name) {
    const std::string path = f.server.data_dir() + "/" + name + ".xlsx";
    std::ofstream(path, std::ios::binary) << body;
    const std::string script =
        "import json, sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "print(json.dumps({'sheets': [{'title': ws.title, 'rows': [[c if c is not None else '' for c in r] for r in "
        "ws.iter_rows(values_only=True)]} for ws in wb.worksheets]}))\n";
    const std::string script_path = f.server.data_dir() + "/read_sheets.py";
    std::ofstream(script_path) << script;
    const auto out = run_command("/usr/bin/python3 " + script_path + " " + path + " 2>&1");
    boost::system::error_code ec;
    auto doc = boost::json::parse(out, ec);
    EXPECT_FALSE(ec) << out;
    return doc;
}

const boost::json::object& by_id(const boost::json::value& list, const char* key, const std::string& id) {
    for (const auto& c : list.as_array())
        if (c.at(key).as_string() == id) return c.as_object();
    throw std::runtime_error("no " + id);
}

}  // namespace

TEST(GroupReportApi, OrganiserSeesTheFiguresAndEverySchoolByName) {
    GroupReportFixture f;
    f.three_baselines();
    auto res = f.organiser().get(f.path("?measurement=baseline"));
    ASSERT_EQ(res.status, 200) << res.body;
    const auto doc = boost::json::parse(res.body);
    EXPECT_EQ(doc.at("measurement").as_string(), "baseline");
    EXPECT_EQ(doc.at("participation").at("schools").as_int64(), 4);
    EXPECT_EQ(doc.at("participation").at("submitted").as_int64(), 3);
    EXPECT_FALSE(doc.at("suppressed").as_bool());
    EXPECT_TRUE(doc.at("own").is_null());

    const auto& c01 = by_id(doc.at("criteria"), "criterionId", "C01");
    EXPECT_EQ(c01.at("counts").at("not_yet").as_int64(), 1);
    EXPECT_EQ(c01.at("counts").at("competent").as_int64(), 1);
    EXPECT_EQ(c01.at("counts").at("proficient").as_int64(), 1);
    EXPECT_EQ(c01.at("median").as_string(), "competent");
    EXPECT_EQ(c01.at("spread").as_int64(), 2);
    EXPECT_TRUE(c01.at("ownLevel").is_null());
    const auto& c03 = by_id(doc.at("criteria"), "criterionId", "C03");
    EXPECT_EQ(c03.at("answered").as_int64(), 2);  // the demo school left it unanswered
    EXPECT_EQ(c03.at("median").as_string(), "competent");  // lower median of competent, proficient

    // Focus points: C01 has the lowest median (competent) and the widest spread among those.
    const auto& focus = doc.at("focusPoints").as_array();
    ASSERT_EQ(focus.size(), 5u);
    EXPECT_EQ(focus[0].at("criterionId").as_string(), "C01");
    EXPECT_EQ(focus[0].at("spread").as_int64(), 2);

    // Estimates (17 criteria at the level, none more than 1 below): Alfa competent (C01 not_yet is 1 below),
    // Beta proficient, the demo school competent (C03 unanswered counts as not_yet: 2 below proficient).
    const auto& estimated = doc.at("labels").at("estimated");
    EXPECT_EQ(estimated.at("competent").as_int64(), 2);
    EXPECT_EQ(estimated.at("proficient").as_int64(), 1);

    EXPECT_FALSE(doc.as_object().contains("schools"));
    EXPECT_EQ(doc.at("schoolTable").as_string(), f.path("/schools?measurement=baseline"));
    auto table = f.organiser().get(f.path("/schools?measurement=baseline"));
    ASSERT_EQ(table.status, 200) << table.body;
    const auto table_doc = boost::json::parse(table.body);
    const auto& schools = table_doc.at("schools").as_array();
    ASSERT_EQ(schools.size(), 4u);
    EXPECT_EQ(schools[0].at("name").as_string(), kAlfa);  // by name
    EXPECT_EQ(schools[0].at("levels").at("C01").as_string(), "not_yet");
    EXPECT_EQ(schools[0].at("estimate").as_string(), "competent");
    const auto& gamma = schools[3];  // after "Demoschool Sint-Lucas"
    EXPECT_EQ(gamma.at("name").as_string(), kGamma);
    EXPECT_FALSE(gamma.at("submitted").as_bool());
    EXPECT_TRUE(gamma.at("estimate").is_null());
    EXPECT_TRUE(gamma.at("levels").at("C01").is_null());
}

TEST(GroupReportApi, ASchoolSeesTheAggregatesAndWhereItStandsButNoOtherSchool) {
    GroupReportFixture f;
    f.three_baselines();
    auto c = f.coordinator();
    auto res = c.get(f.path("?measurement=baseline"));
    ASSERT_EQ(res.status, 200) << res.body;
    const auto doc = boost::json::parse(res.body);
    EXPECT_FALSE(doc.as_object().contains("schools"));
    EXPECT_FALSE(doc.as_object().contains("schoolTable"));
    EXPECT_EQ(c.get(f.path("/schools?measurement=baseline")).status, 403);
    for (const char* name : {kAlfa, kBeta, kGamma}) EXPECT_EQ(res.body.find(name), std::string::npos) << name;
    for (auto id : {f.alfa, f.beta, f.gamma}) EXPECT_EQ(res.body.find("\"organisationId\":" + std::to_string(id)), std::string::npos);
    EXPECT_EQ(doc.at("own").at("organisationId").as_int64(), f.demo);
    EXPECT_TRUE(doc.at("own").at("submitted").as_bool());
    EXPECT_EQ(doc.at("own").at("estimate").as_string(), "competent");
    const auto& c01 = by_id(doc.at("criteria"), "criterionId", "C01");
    EXPECT_EQ(c01.at("ownLevel").as_string(), "proficient");
    EXPECT_EQ(c01.at("median").as_string(), "competent");
    EXPECT_TRUE(by_id(doc.at("criteria"), "criterionId", "C03").at("ownLevel").is_null());
    EXPECT_EQ(doc.at("participation").at("submitted").as_int64(), 3);

    // The files say the same: no other school's name in the PDF or in any sheet of the XLSX.
    auto pdf = c.get(f.path(".pdf?measurement=baseline&lang=en"));
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    const auto text = pdf_text(f, pdf.body, "school");
    EXPECT_NE(text.find("Group report"), std::string::npos) << text;
    EXPECT_NE(text.find("Where you stand"), std::string::npos) << text;
    for (const char* name : {kAlfa, kBeta, kGamma}) EXPECT_EQ(text.find(name), std::string::npos) << name;
    auto xlsx = c.get(f.path(".xlsx?measurement=baseline&lang=nl"));
    ASSERT_EQ(xlsx.status, 200) << xlsx.body;
    const auto sheets = xlsx_sheets(f, xlsx.body, "school");
    const auto all = boost::json::serialize(sheets);
    for (const char* name : {kAlfa, kBeta, kGamma}) EXPECT_EQ(all.find(name), std::string::npos) << name;
    std::vector<std::string> titles;
    for (const auto& s : sheets.at("sheets").as_array()) titles.emplace_back(s.at("title").as_string());
    EXPECT_EQ(titles, (std::vector<std::string>{"Deelname", "Criteria", "Sleutelelementen", "Aandachtspunten", "Labels", "Vooruitgang"}));
}

TEST(GroupReportApi, OrganiserFilesCarryTheChartsFiguresAndSchoolNames) {
    GroupReportFixture f;
    f.three_baselines();
    auto o = f.organiser();
    auto pdf = o.get(f.path(".pdf?measurement=baseline&lang=nl"));
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    EXPECT_EQ(*pdf.header("content-type"), "application/pdf");
    EXPECT_NE(pdf.header("content-disposition")->find("groepsrapport-nulmeting-" + std::to_string(f.programme) + ".pdf"), std::string::npos);
    const auto text = pdf_text(f, pdf.body, "organiser");
    for (const char* expected : {"Groepsrapport", "Groepsprogramma", "Niveaus per criterium", "Gemiddeld niveau per sleutelelement",
                                 "Aandachtspunten", "Vooruitgang", kAlfa, kBeta, kGamma, "niet ingediend"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
    EXPECT_EQ(text.find("Waar sta je?"), std::string::npos);

    auto xlsx = o.get(f.path(".xlsx?measurement=baseline&lang=en"));
    ASSERT_EQ(xlsx.status, 200) << xlsx.body;
    EXPECT_NE(xlsx.header("content-disposition")->find("group-report-baseline-"), std::string::npos);
    const auto sheets = xlsx_sheets(f, xlsx.body, "organiser").at("sheets").as_array();
    ASSERT_EQ(sheets.size(), 7u);
    EXPECT_EQ(sheets[6].at("title").as_string(), "Schools");
    const auto& rows = sheets[6].at("rows").as_array();
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].at(0).as_string(), "School");
    EXPECT_EQ(rows[1].at(0).as_string(), kAlfa);
    EXPECT_EQ(rows[1].at(1).as_string(), "Not yet");  // C01 as the framework's level name
    // Criteria sheet: C01 counts as numbers.
    EXPECT_EQ(sheets[1].at("title").as_string(), "Criteria");
    const auto& c01 = sheets[1].at("rows").at(1).as_array();
    EXPECT_NE(std::string(c01.at(0).as_string()).find("C01"), std::string::npos);
    EXPECT_EQ(c01.at(2).to_number<double>(), 1.0);
}

// A region's report stays a report: past 100 schools the PDF names no school and points to the XLSX,
// which keeps a row for every school.
TEST(GroupReportApi, ALargeProgrammesPdfLeavesTheSchoolListToTheSpreadsheet) {
    GroupReportFixture f;
    f.three_baselines();
    for (int i = 0; i < 97; ++i)  // 101 schools with the demo school and Alfa, Beta, Gamma
        sk::test::make_school(f.server.db(), "Regioschool " + std::to_string(i), std::to_string(620000 + i), "limburg", f.programme);
    auto o = f.organiser();
    const auto text = pdf_text(f, o.get(f.path(".pdf?measurement=baseline&lang=nl")).body, "large");
    EXPECT_NE(text.find("De lijst van de 101 scholen met hun labelinschatting staat in het rekenblad (XLSX)"), std::string::npos) << text;
    EXPECT_EQ(text.find("Regioschool"), std::string::npos);
    EXPECT_EQ(text.find(kGamma), std::string::npos);
    EXPECT_NE(text.find("Niveaus per criterium"), std::string::npos);  // the figures are all there

    const auto en = pdf_text(f, o.get(f.path(".pdf?measurement=baseline&lang=en")).body, "large-en");
    EXPECT_NE(en.find("The list of the 101 schools with their label estimate is in the spreadsheet (XLSX)"), std::string::npos) << en;

    const auto sheets = xlsx_sheets(f, o.get(f.path(".xlsx?measurement=baseline&lang=en")).body, "large").at("sheets").as_array();
    EXPECT_EQ(sheets.back().at("rows").as_array().size(), 102u);  // a header and every school
}

TEST(GroupReportApi, FewerThanThreeSubmittedSchoolsShowASchoolOnlyParticipation) {
    GroupReportFixture f;
    f.submitted(f.alfa, "baseline", "competent");
    f.submitted(f.demo, "baseline", "proficient");
    auto c = f.coordinator();
    auto res = c.get(f.path("?measurement=baseline"));
    ASSERT_EQ(res.status, 200) << res.body;
    auto doc = boost::json::parse(res.body);
    EXPECT_TRUE(doc.at("suppressed").as_bool());
    EXPECT_TRUE(doc.at("criteria").as_array().empty());
    EXPECT_TRUE(doc.at("elements").as_array().empty());
    EXPECT_TRUE(doc.at("focusPoints").as_array().empty());
    EXPECT_TRUE(doc.at("progress").as_array().empty());
    EXPECT_EQ(doc.at("labels").at("estimated").at("competent").as_int64(), 0);
    EXPECT_EQ(doc.at("participation").at("submitted").as_int64(), 2);
    EXPECT_EQ(doc.at("own").at("estimate").as_string(), "proficient");
    const auto text = pdf_text(f, c.get(f.path(".pdf?measurement=baseline&lang=en")).body, "suppressed");
    EXPECT_NE(text.find("Fewer than 3 schools"), std::string::npos) << text;
    EXPECT_EQ(text.find("Levels per criterion"), std::string::npos) << text;
    EXPECT_EQ(xlsx_sheets(f, c.get(f.path(".xlsx?measurement=baseline")).body, "suppressed").at("sheets").as_array().size(), 1u);

    // The organiser always sees everything.
    doc = boost::json::parse(f.organiser().get(f.path("?measurement=baseline")).body);
    EXPECT_FALSE(doc.at("suppressed").as_bool());
    EXPECT_EQ(by_id(doc.at("criteria"), "criterionId", "C05").at("answered").as_int64(), 2);

    // A third school lifts it.
    f.submitted(f.beta, "baseline", "expert");
    doc = boost::json::parse(c.get(f.path("?measurement=baseline")).body);
    EXPECT_FALSE(doc.at("suppressed").as_bool());
    EXPECT_EQ(doc.at("criteria").as_array().size(), 21u);
}

TEST(GroupReportApi, ProgressComparesSchoolsWithBothMeasurementsAndLabelsCountTheNewestDecision) {
    GroupReportFixture f;
    f.three_baselines();
    f.submitted(f.alfa, "final", "proficient");                     // C01 not_yet -> proficient, others competent -> proficient
    f.submitted(f.beta, "final", "proficient", {{"C01", "not_yet"}});  // C01 competent -> not_yet
    f.submitted(f.gamma, "final", "expert");                         // no baseline: not compared
    auto& db = f.server.db();
    const auto m = db.exec("SELECT id FROM measurements WHERE organisation_id = $1 AND kind = 'baseline'", {f.alfa}).one().i64(0);
    for (const auto& [label, at] : std::vector<std::pair<std::string, std::int64_t>>{{"competent", 100}, {"proficient", 200}})
        db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, framework_version, status, "
                "snapshot, submitted_at, decided_label, proposed_label, decided_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', "
                "'decided', '{}', 1, $4, $4, $5)",
                {f.programme, f.alfa, m, label, at});
    auto res = f.organiser().get(f.path("?measurement=final"));
    ASSERT_EQ(res.status, 200) << res.body;
    const auto doc = boost::json::parse(res.body);
    const auto& c01 = by_id(doc.at("progress"), "criterionId", "C01");
    EXPECT_EQ(c01.at("compared").as_int64(), 2);
    EXPECT_EQ(c01.at("improved").as_int64(), 1);
    EXPECT_DOUBLE_EQ(c01.at("meanChange").to_number<double>(), 0.5);  // (+2 - 1) / 2
    const auto& c02 = by_id(doc.at("progress"), "criterionId", "C02");
    EXPECT_EQ(c02.at("compared").as_int64(), 2);
    EXPECT_EQ(c02.at("improved").as_int64(), 1);
    EXPECT_DOUBLE_EQ(c02.at("meanChange").to_number<double>(), 0.0);  // +1 (Alfa) and -1 (Beta)
    EXPECT_EQ(doc.at("labels").at("decided").at("proficient").as_int64(), 1);
    EXPECT_EQ(doc.at("labels").at("decided").at("competent").as_int64(), 0);
    EXPECT_EQ(doc.at("participation").at("submitted").as_int64(), 3);
}

TEST(GroupReportApi, SubmitWritesTheProjectionAndReopenTakesTheSchoolOut) {
    GroupReportFixture f;
    f.three_baselines();
    auto& db = f.server.db();
    // Alfa's final through the store's submit: the projection row is written in that step.
    const auto m = sk::test::make_measurement(db, f.programme, f.alfa, "final", "open");
    for (int i = 1; i <= 21; ++i) sk::test::set_answer(db, m, criterion_id(i), i == 1 ? "expert" : "competent");
    ASSERT_TRUE(sk::store::mark_submitted(db, m, sk::test::user_id(db, "coordinator@demo.stemkompas.be"), 10));
    EXPECT_EQ(db.exec("SELECT levels FROM measurement_levels WHERE measurement_id = $1", {m}).one().str(0).substr(0, 11), "C01=3;C02=1");
    auto o = f.organiser();
    auto doc = boost::json::parse(o.get(f.path("?measurement=final")).body);
    EXPECT_EQ(doc.at("participation").at("submitted").as_int64(), 1);
    EXPECT_EQ(by_id(doc.at("criteria"), "criterionId", "C01").at("counts").at("expert").as_int64(), 1);
    // The projection is what is read: the stored text wins over the answer rows (they cannot differ in
    // the product, as answers of a submitted measurement are locked).
    db.exec("UPDATE measurement_levels SET levels = 'C01=0' WHERE measurement_id = $1", {m});
    doc = boost::json::parse(o.get(f.path("?measurement=final")).body);
    EXPECT_EQ(by_id(doc.at("criteria"), "criterionId", "C01").at("counts").at("not_yet").as_int64(), 1);
    EXPECT_EQ(by_id(doc.at("criteria"), "criterionId", "C02").at("answered").as_int64(), 0);

    ASSERT_TRUE(sk::store::mark_reopened(db, m, "Graag herbekijken.", 20));
    EXPECT_TRUE(db.exec("SELECT 1 FROM measurement_levels WHERE measurement_id = $1", {m}).empty());
    doc = boost::json::parse(o.get(f.path("?measurement=final")).body);
    EXPECT_EQ(doc.at("participation").at("submitted").as_int64(), 0);
    EXPECT_TRUE(by_id(doc.at("criteria"), "criterionId", "C01").at("median").is_null());
}

TEST(GroupReportApi, BadInputAndStrangers) {
    GroupReportFixture f;
    f.three_baselines();
    auto o = f.organiser();
    auto res = o.get(f.path());
    EXPECT_EQ(res.status, 400);
    EXPECT_FALSE(res.json_string("/error/fields/measurement").empty()) << res.body;
    res = o.get(f.path("?measurement=halfway"), {{"Accept-Language", "en"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/fields/measurement"), "Choose the baseline or the final measurement.");
    res = o.get(f.path(".pdf?measurement=baseline&lang=fr"), {{"Accept-Language", "nl"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/fields/lang"), "Kies Nederlands (nl) of Engels (en).");
    res = o.get(f.path(".xlsx?lang=de"));
    EXPECT_EQ(res.status, 400);
    EXPECT_FALSE(res.json_string("/error/fields/lang").empty());
    EXPECT_FALSE(res.json_string("/error/fields/measurement").empty());
    EXPECT_EQ(o.get("/api/programmes/999999/group-report?measurement=baseline").status, 404);
    EXPECT_EQ(o.get("/api/programmes/abc/group-report?measurement=baseline").status, 404);

    // Strangers learn nothing, not even that their query was wrong.
    EXPECT_EQ(f.server.client().get(f.path("?measurement=baseline")).status, 401);
    for (const char* who : {"mentor@demo.stemkompas.be", "reviewer@demo.stemkompas.be", "jury@demo.stemkompas.be"}) {
        auto c = f.as(who);
        EXPECT_EQ(c.get(f.path("?measurement=baseline")).status, 403) << who;
        EXPECT_EQ(c.get(f.path(".pdf?lang=fr")).status, 403) << who;
    }
    // A school that does not take part in this programme.
    auto& db = f.server.db();
    db.exec("DELETE FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2", {f.programme, f.demo});
    EXPECT_EQ(f.coordinator().get(f.path("?measurement=baseline")).status, 403);
}

// The organisers' per-school table, paged (docs/api.md, "Paging, sorting and search"): pages, sorts both ways,
// search ignoring case and accents, filters with their counts, and every bad parameter named in one 400.
TEST(GroupReportSchools, PagesSortsSearchesAndFilters) {
    GroupReportFixture f;
    f.three_baselines();
    sk::test::make_school(f.server.db(), "Sint-Józef Zoë", "610004", "limburg", f.programme);
    auto c = f.organiser();
    const auto names = [&](const std::string& query) {
        auto res = c.get(f.path("/schools?measurement=baseline" + query));
        EXPECT_EQ(res.status, 200) << res.body;
        std::vector<std::string> out;
        const auto doc = boost::json::parse(res.body);
        for (const auto& s : doc.at("schools").as_array()) out.emplace_back(s.at("name").as_string());
        return out;
    };
    EXPECT_EQ(names("&size=2"), (std::vector<std::string>{kAlfa, kBeta}));
    EXPECT_EQ(names("&size=2&page=2"), (std::vector<std::string>{"Demoschool Sint-Lucas", kGamma}));
    EXPECT_EQ(names("&size=2&page=3"), (std::vector<std::string>{"Sint-Józef Zoë"}));
    EXPECT_TRUE(names("&size=2&page=4").empty());
    auto first = c.get(f.path("/schools?measurement=baseline&size=2"));
    EXPECT_EQ(first.json_int("/total"), 5);
    EXPECT_EQ(first.json_int("/pages"), 3);
    EXPECT_EQ(names("&size=1&sort=-name"), (std::vector<std::string>{"Sint-Józef Zoë"}));
    // Estimate: not submitted first (by name), then competent (Alfa, the demo school), proficient (Beta).
    EXPECT_EQ(names("&sort=estimate"), (std::vector<std::string>{kGamma, "Sint-Józef Zoë", kAlfa, "Demoschool Sint-Lucas", kBeta}));
    EXPECT_EQ(names("&sort=-estimate&size=1"), (std::vector<std::string>{kBeta}));
    EXPECT_EQ(names("&q=JOZEF%20zoe"), (std::vector<std::string>{"Sint-Józef Zoë"}));
    EXPECT_EQ(names("&q=z%C3%B6e"), (std::vector<std::string>{"Sint-Józef Zoë"}));
    EXPECT_EQ(names("&submitted=no"), (std::vector<std::string>{kGamma, "Sint-Józef Zoë"}));
    EXPECT_EQ(names("&estimate=competent"), (std::vector<std::string>{kAlfa, "Demoschool Sint-Lucas"}));
    auto counted = c.get(f.path("/schools?measurement=baseline&submitted=yes"));
    EXPECT_EQ(boost::json::serialize(boost::json::parse(counted.body).at("counts")),
              R"({"submitted":{"no":2,"yes":3},"estimate":{"competent":2,"expert":0,"none":0,"notSubmitted":0,"proficient":1}})");

    auto bad = c.get(f.path("/schools?measurement=baseline&page=0&size=0&sort=level&submitted=maybe&estimate=gold"));
    EXPECT_EQ(bad.status, 400);
    for (const char* field : {"page", "size", "sort", "submitted", "estimate"})
        EXPECT_FALSE(bad.json_string(std::string("/error/fields/") + field).empty()) << field;
    EXPECT_EQ(bad.json_string("/error/fields/estimate"), "Kies notSubmitted, none, competent, proficient of expert.");
    EXPECT_EQ(c.get(f.path("/schools")).status, 400);  // the measurement is required
}

// The report's figures are kept per process while the programme's change counter stays the same
// (migration 020): label decisions, names and schools leaving, changed by plain SQL as another process
// would, show on the next read of a warm report.
TEST(GroupReportApi, TheKeptReportFollowsLabelsNamesAndSchoolsLeaving) {
    GroupReportFixture f;
    f.three_baselines();
    auto& db = f.server.db();
    auto o = f.organiser();
    auto report = [&] { return boost::json::parse(o.get(f.path("?measurement=baseline")).body); };
    auto names = [&] {
        std::vector<std::string> out;
        const auto doc = boost::json::parse(o.get(f.path("/schools?measurement=baseline")).body);
        for (const auto& s : doc.at("schools").as_array()) out.emplace_back(s.at("name").as_string());
        return out;
    };
    EXPECT_EQ(report().at("labels").at("decided").at("competent").as_int64(), 0);
    const auto before = names();
    EXPECT_EQ(report().at("participation").at("schools").as_int64(), 4);

    const auto m = db.exec("SELECT id FROM measurements WHERE organisation_id = $1 AND kind = 'baseline'", {f.alfa}).one().i64(0);
    db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, framework_version, status, "
            "snapshot, submitted_at, decided_label, proposed_label, decided_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', "
            "'decided', '{}', 1, 'competent', 'competent', 5)",
            {f.programme, f.alfa, m});
    EXPECT_EQ(report().at("labels").at("decided").at("competent").as_int64(), 1);
    db.exec("UPDATE label_applications SET decided_label = 'expert' WHERE organisation_id = $1", {f.alfa});
    EXPECT_EQ(report().at("labels").at("decided").at("competent").as_int64(), 0);
    EXPECT_EQ(report().at("labels").at("decided").at("expert").as_int64(), 1);

    db.exec("UPDATE organisations SET name = 'Omega Atheneum' WHERE id = $1", {f.alfa});
    auto after = names();
    EXPECT_NE(after, before);
    EXPECT_NE(std::find(after.begin(), after.end(), "Omega Atheneum"), after.end());
    db.exec("DELETE FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2", {f.programme, f.gamma});
    EXPECT_EQ(report().at("participation").at("schools").as_int64(), 3);
    EXPECT_EQ(names().size(), 3u);
}
