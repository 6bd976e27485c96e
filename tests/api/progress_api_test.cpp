// The progress board: JSON, search, filter, sort, and the CSV and XLSX exports read back — the XLSX by
// a real spreadsheet reader (openpyxl from Debian's python3-openpyxl).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdio>
#include <fstream>
#include <map>

#include "app/demo.h"
#include "core/csv.h"
#include "support/file_readers.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::TestServer;

namespace {

struct ProgressFixture {
    TestServer server;
    std::int64_t programme = 0;
    std::string base;

    ProgressFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Voortgangsprogramma", 20,
                                             {{"final", "2027-04-01", "2027-05-31"},
                                              {"baseline", "2026-10-01", "2026-11-15"},
                                              {"action_plan", "2026-11-16", "2027-01-31"}});
        sk::test::make_school(db, "Zonnebloem Basisschool", "111111", "antwerpen", programme);
        sk::test::make_school(db, "Atheneum Brugge", "222222", "west-vlaanderen", programme);
        sk::test::make_school(db, "Sint-Jozef; \"Klein\" College", "333333", "antwerpen", programme);
        sk::test::make_school(db, "Niet in dit programma", "444444", "limburg");
        sk::test::add_participant(db, programme, sk::test::org_id(db, "Demotech NV"), "company");
        base = "/api/programmes/" + std::to_string(programme);
    }

    HttpClient organiser() {
        auto c = server.client();
        EXPECT_EQ(c.login("organisator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
        return c;
    }
};

std::vector<std::string> school_names(const sk::test::HttpResponse& res) {
    std::vector<std::string> out;
    const auto doc = boost::json::parse(res.body);
    for (const auto& row : doc.at("rows").as_array()) out.emplace_back(row.at("name").as_string());
    return out;
}

}  // namespace

TEST(ProgressApi, EverySchoolTimesEveryPhaseNotStartedWhileNoPhaseHasData) {
    ProgressFixture f;
    auto c = f.organiser();
    auto res = c.get(f.base + "/progress");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto doc = boost::json::parse(res.body);
    // Phases in trajectory order, not in insertion order.
    EXPECT_EQ(boost::json::serialize(doc.at("phases")), R"(["baseline","action_plan","final"])");
    EXPECT_EQ(school_names(res), (std::vector<std::string>{"Atheneum Brugge", "Sint-Jozef; \"Klein\" College", "Zonnebloem Basisschool"}));
    const auto& row = doc.at("rows").as_array()[0].as_object();
    EXPECT_EQ(row.at("institutionNumber").as_string(), "222222");
    EXPECT_EQ(row.at("province").as_string(), "west-vlaanderen");
    EXPECT_EQ(row.at("organisationId").as_int64(), sk::test::org_id(f.server.db(), "Atheneum Brugge"));
    EXPECT_EQ(boost::json::serialize(row.at("phases")), R"({"baseline":"not_started","action_plan":"not_started","final":"not_started"})");
}

TEST(ProgressApi, SearchFilterAndSort) {
    ProgressFixture f;
    auto c = f.organiser();
    EXPECT_EQ(school_names(c.get(f.base + "/progress?q=ZONNE")), (std::vector<std::string>{"Zonnebloem Basisschool"}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?q=22222")), (std::vector<std::string>{"Atheneum Brugge"}));
    sk::test::make_school(f.server.db(), "École Européenne", "555555", "brussel", f.programme);
    EXPECT_EQ(school_names(c.get(f.base + "/progress?q=%C3%A9cole%20EUROP%C3%89")), (std::vector<std::string>{"École Européenne"}));
    EXPECT_TRUE(school_names(c.get(f.base + "/progress?q=geen-treffer")).empty());
    EXPECT_EQ(school_names(c.get(f.base + "/progress?sort=province")),
              (std::vector<std::string>{"Sint-Jozef; \"Klein\" College", "Zonnebloem Basisschool", "École Européenne", "Atheneum Brugge"}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?phase=baseline&status=not_started")).size(), 4u);
    EXPECT_TRUE(school_names(c.get(f.base + "/progress?phase=baseline&status=overdue")).empty());
    EXPECT_TRUE(school_names(c.get(f.base + "/progress?status=submitted")).empty());

    auto bad = c.get(f.base + "/progress?phase=award&status=done&sort=size&page=0&size=201");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json_string("/error/fields/phase"), "Kies een fase van dit programma.");
    EXPECT_EQ(bad.json_string("/error/fields/status"), "Kies not_started, in_progress, submitted of overdue.");
    EXPECT_EQ(bad.json_string("/error/fields/sort"),
              "Sorteer op een van deze velden: name, province, institutionNumber, progress (met - ervoor voor aflopend).");
    EXPECT_EQ(bad.json_string("/error/fields/page"), "Geef een paginanummer vanaf 1.");
    EXPECT_EQ(bad.json_string("/error/fields/size"), "Kies een paginagrootte van 1 tot 200.");
    c.language = "en";
    EXPECT_EQ(c.get(f.base + "/progress?sort=size").json_string("/error/fields/sort"),
              "Sort by one of these fields: name, province, institutionNumber, progress (with - before it for descending).");
}

TEST(ProgressApi, OnlyItsOrganisers) {
    ProgressFixture f;
    auto& db = f.server.db();
    sk::test::make_other_organiser(db, "olga@andere.be");
    auto other = f.server.client();
    ASSERT_EQ(other.login("olga@andere.be", sk::app::kDemoPassword).status, 200);
    EXPECT_EQ(other.get(f.base + "/progress").status, 404);  // another tenant's programme
    EXPECT_EQ(other.get(f.base + "/progress.csv").status, 404);
    auto coord = f.server.client();
    ASSERT_EQ(coord.login("coordinator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
    EXPECT_EQ(coord.get(f.base + "/progress.xlsx").status, 403);
    HttpClient anon(f.server.base_url());
    EXPECT_EQ(anon.get(f.base + "/progress").status, 401);
    EXPECT_EQ(f.organiser().get("/api/programmes/999999/progress").status, 404);
}

TEST(ProgressApi, CsvIsExcelFriendlyAndReadsBackInTheRequestLanguage) {
    ProgressFixture f;
    auto c = f.organiser();
    auto res = c.get(f.base + "/progress.csv?sort=name");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("content-type").value_or(""), "text/csv; charset=utf-8");
    EXPECT_NE(res.header("content-disposition").value_or("").find("attachment; filename=\"voortgang-"), std::string::npos);
    EXPECT_TRUE(res.body.starts_with("\xEF\xBB\xBF"));
    EXPECT_NE(res.body.find("\r\n"), std::string::npos);
    auto table = sk::core::parse_csv(res.body);
    EXPECT_EQ(table.separator, ';');
    ASSERT_EQ(table.records.size(), 4u);
    EXPECT_EQ(table.records[0].fields,
              (std::vector<std::string>{"School", "Instellingsnummer", "Provincie", "Nulmeting", "Actieplan", "Eindmeting"}));
    EXPECT_EQ(table.records[2].fields,
              (std::vector<std::string>{"Sint-Jozef; \"Klein\" College", "333333", "Antwerpen", "Niet gestart", "Niet gestart",
                                        "Niet gestart"}));
    c.language = "en";
    auto en = sk::core::parse_csv(c.get(f.base + "/progress.csv?q=brugge").body);
    ASSERT_EQ(en.records.size(), 2u);
    EXPECT_EQ(en.records[0].fields[3], "Baseline measurement");
    EXPECT_EQ(en.records[1].fields,
              (std::vector<std::string>{"Atheneum Brugge", "222222", "West Flanders", "Not started", "Not started", "Not started"}));
}

TEST(ProgressApi, XlsxOpensInARealSpreadsheetReader) {
    ProgressFixture f;
    auto c = f.organiser();
    auto res = c.get(f.base + "/progress.xlsx");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("content-type").value_or(""), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_TRUE(res.body.starts_with("PK")) << "an xlsx file is a zip archive";
    const auto doc = sk::test::python_json(
        f.server.data_dir(),
        "import json, sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "ws = wb.active\n"
        "print(json.dumps({'title': ws.title, 'freeze': ws.freeze_panes, 'bold': ws['A1'].font.b,\n"
        "  'width': ws.column_dimensions['A'].width,\n"
        "  'rows': [[c if c is not None else '' for c in r] for r in ws.iter_rows(values_only=True)]}))\n",
        res.body, "progress.xlsx");
    ASSERT_TRUE(doc.is_object());
    EXPECT_EQ(doc.at("title").as_string(), "Voortgang");
    EXPECT_EQ(doc.at("freeze").as_string(), "A2");
    EXPECT_TRUE(doc.at("bold").as_bool());
    EXPECT_GT(doc.at("width").to_number<double>(), 20.0);
    const auto& rows = doc.at("rows").as_array();
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(boost::json::serialize(rows[0]), R"(["School","Instellingsnummer","Provincie","Nulmeting","Actieplan","Eindmeting"])");
    EXPECT_EQ(boost::json::serialize(rows[2]),
              R"(["Sint-Jozef; \"Klein\" College","333333","Antwerpen","Niet gestart","Niet gestart","Niet gestart"])");
    EXPECT_EQ(boost::json::serialize(rows[3]),
              R"(["Zonnebloem Basisschool","111111","Antwerpen","Niet gestart","Niet gestart","Niet gestart"])");
}

// The measurement phases show the real measurement state: started with an answer saved → in_progress,
// submitted → submitted, past the closing date unsubmitted → overdue; started without an answer is
// still not_started.
TEST(ProgressApi, BaselineAndFinalFollowTheSchoolsMeasurements) {
    ProgressFixture f;
    auto& db = f.server.db();
    auto measure = [&](const std::string& school, const std::string& kind, const std::string& status, bool answered) {
        const auto id = db.exec("INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, "
                                "created_at, updated_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', $4, 1, 1) RETURNING id",
                                {f.programme, sk::test::org_id(db, school), kind, status})
                            .one()
                            .i64(0);
        if (answered)
            db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, comment, version, updated_at) "
                    "VALUES ($1, 'C01', NULL, 'eerste notitie', 1, 1)",
                    {id});
    };
    measure("Atheneum Brugge", "baseline", "submitted", true);
    measure("Zonnebloem Basisschool", "baseline", "open", true);
    measure("Sint-Jozef; \"Klein\" College", "baseline", "open", false);
    measure("Atheneum Brugge", "final", "open", true);
    auto c = f.organiser();
    auto phases_of = [&](const sk::test::HttpResponse& res) {
        std::map<std::string, std::string> out;
        const auto doc = boost::json::parse(res.body);
        for (const auto& row : doc.at("rows").as_array())
            out[std::string(row.at("name").as_string())] =
                std::string(row.at("phases").at("baseline").as_string()) + "/" + std::string(row.at("phases").at("final").as_string());
        return out;
    };
    f.server.set_now(1793530800);  // 2026-11-01, the baseline is open
    auto res = c.get(f.base + "/progress");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(phases_of(res), (std::map<std::string, std::string>{{"Atheneum Brugge", "submitted/in_progress"},
                                                                  {"Zonnebloem Basisschool", "in_progress/not_started"},
                                                                  {"Sint-Jozef; \"Klein\" College", "not_started/not_started"}}));
    f.server.set_now(1793530800 + 19 * 86400);  // 2026-11-20, the baseline closed on 11-15
    res = c.get(f.base + "/progress");
    EXPECT_EQ(phases_of(res), (std::map<std::string, std::string>{{"Atheneum Brugge", "submitted/in_progress"},
                                                                  {"Zonnebloem Basisschool", "overdue/not_started"},
                                                                  {"Sint-Jozef; \"Klein\" College", "not_started/not_started"}}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?phase=baseline&status=overdue")), (std::vector<std::string>{"Zonnebloem Basisschool"}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?phase=baseline&status=submitted")), (std::vector<std::string>{"Atheneum Brugge"}));
    // An extension for the overdue school puts it back in progress.
    db.exec("INSERT INTO phase_extensions (programme_id, organisation_id, kind, closes_on) VALUES ($1, $2, 'baseline', '2026-11-30')",
            {f.programme, sk::test::org_id(db, "Zonnebloem Basisschool")});
    EXPECT_EQ(phases_of(c.get(f.base + "/progress"))["Zonnebloem Basisschool"], "in_progress/not_started");
}

// The paging convention (docs/api.md, "Paging, sorting and search") on the board: pages, sorts both ways,
// accent-insensitive search, the status counts, and the programme-wide summary that no filter narrows.
TEST(ProgressPaging, FirstMiddleAndLastPageThenAnEmptyOne) {
    ProgressFixture f;
    sk::test::make_school(f.server.db(), "Eeklo Technisch Instituut", "555555", "oost-vlaanderen", f.programme);
    sk::test::make_school(f.server.db(), "Basisschool Zoë", "666666", "limburg", f.programme);
    auto c = f.organiser();
    const std::vector<std::string> all = {"Atheneum Brugge", "Basisschool Zoë", "Eeklo Technisch Instituut", "Sint-Jozef; \"Klein\" College",
                                          "Zonnebloem Basisschool"};
    auto first = c.get(f.base + "/progress?size=2");
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(school_names(first), (std::vector<std::string>{all[0], all[1]}));
    EXPECT_EQ(first.json_int("/page"), 1);
    EXPECT_EQ(first.json_int("/size"), 2);
    EXPECT_EQ(first.json_int("/pages"), 3);
    EXPECT_EQ(first.json_int("/total"), 5);
    EXPECT_EQ(school_names(c.get(f.base + "/progress?size=2&page=2")), (std::vector<std::string>{all[2], all[3]}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?size=2&page=3")), (std::vector<std::string>{all[4]}));
    auto past = c.get(f.base + "/progress?size=2&page=4");
    ASSERT_EQ(past.status, 200);
    EXPECT_TRUE(school_names(past).empty());
    EXPECT_EQ(past.json_int("/total"), 5);
    EXPECT_EQ(school_names(c.get(f.base + "/progress?size=2&sort=-name")), (std::vector<std::string>{all[4], all[3]}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?size=2&sort=-institutionNumber")),
              (std::vector<std::string>{"Basisschool Zoë", "Eeklo Technisch Instituut"}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?size=1&sort=-province")), (std::vector<std::string>{"Atheneum Brugge"}));
}

TEST(ProgressPaging, SearchIgnoresCaseAndAccents) {
    ProgressFixture f;
    sk::test::make_school(f.server.db(), "Eeklo Technisch Instituut", "555555", "oost-vlaanderen", f.programme);
    sk::test::make_school(f.server.db(), "Basisschool Zoë", "666666", "limburg", f.programme);
    sk::test::make_school(f.server.db(), "Sint-Józef Lyceum", "777777", "limburg", f.programme);
    auto c = f.organiser();
    EXPECT_EQ(school_names(c.get(f.base + "/progress?q=jozef")),
              (std::vector<std::string>{"Sint-Józef Lyceum", "Sint-Jozef; \"Klein\" College"}));  // by folded name
    EXPECT_EQ(school_names(c.get(f.base + "/progress?q=e%C3%A9klo")), (std::vector<std::string>{"Eeklo Technisch Instituut"}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?q=ZOE")), (std::vector<std::string>{"Basisschool Zoë"}));
    EXPECT_EQ(c.get(f.base + "/progress?q=zoe").json_int("/total"), 1);
}

TEST(ProgressPaging, SummaryCoversEverySchoolAndCountsFollowTheFilters) {
    ProgressFixture f;
    auto& db = f.server.db();
    db.exec("INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, created_at, updated_at) "
            "VALUES ($1, $2, 'baseline', 'eu-stem-school-label', '2024.1', 'submitted', 1, 1)",
            {f.programme, sk::test::org_id(db, "Atheneum Brugge")});
    f.server.set_now(1793530800);  // 2026-11-01, the baseline is open
    auto c = f.organiser();
    auto res = c.get(f.base + "/progress?q=zonne&phase=baseline&status=not_started");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(school_names(res), (std::vector<std::string>{"Zonnebloem Basisschool"}));
    const auto doc = boost::json::parse(res.body);
    EXPECT_EQ(boost::json::serialize(doc.at("summary")),
              R"({"schools":3,"phases":{"baseline":{"not_started":2,"in_progress":0,"submitted":1,"overdue":0},)"
              R"("action_plan":{"not_started":3,"in_progress":0,"submitted":0,"overdue":0},)"
              R"("final":{"not_started":3,"in_progress":0,"submitted":0,"overdue":0}}})");
    EXPECT_EQ(boost::json::serialize(doc.at("counts")), R"({"status":{"not_started":1,"in_progress":0,"submitted":0,"overdue":0}})");
    auto all = boost::json::parse(c.get(f.base + "/progress?phase=baseline").body);
    EXPECT_EQ(boost::json::serialize(all.at("counts")), R"({"status":{"not_started":2,"in_progress":0,"submitted":1,"overdue":0}})");
    // The most phases submitted first, then by name.
    EXPECT_EQ(school_names(c.get(f.base + "/progress?sort=-progress&size=1")), (std::vector<std::string>{"Atheneum Brugge"}));
    EXPECT_EQ(school_names(c.get(f.base + "/progress?sort=progress&size=1")), (std::vector<std::string>{"Sint-Jozef; \"Klein\" College"}));
}

// The board is kept per process while the programme's change counter (migration 020) stays the same. Every
// fact it rests on is changed here by plain SQL, as another process or a command would, between two reads
// of a warm cache; each change must show at once. A read with nothing changed is answered from the cache.
TEST(ProgressApi, TheKeptBoardFollowsEveryFactItRestsOn) {
    ProgressFixture f;
    auto& db = f.server.db();
    f.server.set_now(1793530800 + 19 * 86400);  // 2026-11-20: the baseline closed on 11-15
    auto c = f.organiser();
    const auto atheneum = sk::test::org_id(db, "Atheneum Brugge");
    auto row_of = [&](const std::string& name) {
        const auto doc = boost::json::parse(c.get(f.base + "/progress?size=200").body);
        for (const auto& row : doc.at("rows").as_array())
            if (row.at("name").as_string() == name)
                return std::string(row.at("province").as_string()) + " " + std::string(row.at("phases").at("baseline").as_string());
        return std::string("absent");
    };
    auto cache_hits = [&] {
        const std::string name = "stemkompas_programme_cache_hits_total";
        const auto text = c.get("/metrics").body;
        const auto at = text.find("\n" + name + " ");
        EXPECT_NE(at, std::string::npos) << text;
        return at == std::string::npos ? -1 : std::stoll(text.substr(at + name.size() + 2));
    };

    EXPECT_EQ(row_of("Atheneum Brugge"), "west-vlaanderen not_started");
    const auto hits = cache_hits();
    EXPECT_EQ(row_of("Atheneum Brugge"), "west-vlaanderen not_started");
    EXPECT_EQ(cache_hits(), hits + 1);

    db.exec("UPDATE school_profiles SET province = 'limburg' WHERE organisation_id = $1", {atheneum});
    EXPECT_EQ(row_of("Atheneum Brugge"), "limburg not_started");
    db.exec("UPDATE organisations SET name = 'Atheneum Oostende' WHERE id = $1", {atheneum});
    EXPECT_EQ(row_of("Atheneum Brugge"), "absent");
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg not_started");
    const auto measurement = db.exec("INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, "
                                     "created_at, updated_at) VALUES ($1, $2, 'baseline', 'eu-stem-school-label', '2024.1', 'open', 1, 1) "
                                     "RETURNING id",
                                     {f.programme, atheneum})
                                 .one()
                                 .i64(0);
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg not_started");  // started, nothing answered yet
    db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, comment, version, updated_at) VALUES ($1, 'C01', NULL, '', 1, 1)",
            {measurement});
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg overdue");
    db.exec("INSERT INTO phase_extensions (programme_id, organisation_id, kind, closes_on) VALUES ($1, $2, 'baseline', '2026-11-30')",
            {f.programme, atheneum});
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg in_progress");
    db.exec("DELETE FROM phase_extensions WHERE organisation_id = $1", {atheneum});
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg overdue");
    db.exec("UPDATE programme_phases SET closes_on = '2026-12-31' WHERE programme_id = $1 AND kind = 'baseline'", {f.programme});
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg in_progress");
    // Later answers (autosave writes them all day) leave the counter alone: the board comes from the cache.
    const auto before = cache_hits();
    db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, comment, version, updated_at) "
            "VALUES ($1, 'C02', 'expert', '', 1, 1)",
            {measurement});
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg in_progress");
    EXPECT_EQ(cache_hits(), before + 1);
    db.exec("DELETE FROM measurement_answers WHERE measurement_id = $1", {measurement});
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg not_started");
    db.exec("UPDATE measurements SET status = 'submitted' WHERE id = $1", {measurement});
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg submitted");
    db.exec("DELETE FROM measurements WHERE id = $1", {measurement});
    EXPECT_EQ(row_of("Atheneum Oostende"), "limburg not_started");
    db.exec("DELETE FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2", {f.programme, atheneum});
    EXPECT_EQ(row_of("Atheneum Oostende"), "absent");
}
