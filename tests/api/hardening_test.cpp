// Small holes closed (issue 16, point 6), over real HTTP on both databases: anonymous requests with
// made-up methods cannot grow /metrics, and a public registration cannot plant a live formula in the
// organiser's progress.csv. The binary's own guards (start-up line, file modes, port in use) are in
// serve_hardening_test.cpp.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "api/api_helpers.h"
#include "api/onboarding_forms.h"
#include "core/csv.h"
#include "support/file_readers.h"
#include "support/test_server.h"

namespace hardening_test {

using sk::test::body;
using sk::test::HttpClient;
using sk::test::kOrganiser;
using sk::test::school_form;
using sk::test::signed_in;
using sk::test::TestServer;
using sk::test::visitor;

// The lines of the request counter whose method label is `method`.
std::vector<std::string> series_of(const std::string& metrics, const std::string& method) {
    std::vector<std::string> out;
    std::istringstream in(metrics);
    for (std::string line; std::getline(in, line);)
        if (line.starts_with("stemkompas_http_requests_total{method=\"" + method + "\"")) out.push_back(line);
    return out;
}

TEST(Hardening, MadeUpMethodsShareOneOtherSeries) {
    TestServer server({.demo_data = false});
    HttpClient c(server.base_url());
    for (int i = 0; i < 50; ++i) {
        const auto res = c.send("XMETHOD" + std::to_string(i), "/api/me", "");
        EXPECT_EQ(res.status, 405) << "a known path refuses an unknown method";
    }
    const auto metrics = c.get("/metrics").body;
    EXPECT_EQ(metrics.find("XMETHOD"), std::string::npos) << "no method string of a client becomes a label";
    const auto other = series_of(metrics, "other");
    ASSERT_EQ(other.size(), 1u) << metrics;
    EXPECT_EQ(other[0], R"m(stemkompas_http_requests_total{method="other",route="(unmatched)",status="405"} 50)m");

    // Unknown paths, known or not, with any method, are one route label: never the raw path.
    for (int i = 0; i < 20; ++i) {
        c.get("/api/no-such-thing-" + std::to_string(i));
        c.send("XMETHOD", "/random-" + std::to_string(i), "");
        c.send("get", "/api/me", "");  // methods are case-sensitive: not GET
    }
    const auto after = c.get("/metrics").body;
    EXPECT_EQ(after.find("no-such-thing"), std::string::npos);
    EXPECT_EQ(after.find("random-"), std::string::npos);
    const auto others = series_of(after, "other");
    EXPECT_EQ(others, (std::vector<std::string>{
                          R"m(stemkompas_http_requests_total{method="other",route="(unmatched)",status="404"} 20)m",
                          R"m(stemkompas_http_requests_total{method="other",route="(unmatched)",status="405"} 70)m"}));
    const std::regex route_label(R"m(route="([^"]*)")m");
    for (std::sregex_iterator it(after.begin(), after.end(), route_label), end; it != end; ++it) {
        const std::string route = (*it)[1];
        EXPECT_TRUE(route == "(unmatched)" || route == "(static)" || route.starts_with("/")) << route;
        EXPECT_EQ(route.find("random"), std::string::npos) << route;
    }
}

TEST(Hardening, AFormulaForASchoolNameReachesProgressCsvAsText) {
    TestServer server;
    auto organiser = signed_in(server, kOrganiser);
    auto programme = organiser.post("/api/programmes", body(sk::test::programme_form("Formuletraject")));
    ASSERT_EQ(programme.status, 201) << programme.body;
    const std::string base = "/api/programmes/" + std::to_string(programme.json_int("/id"));

    const std::string evil = R"m(=HYPERLINK("http://evil","x"))m";
    auto form = school_form("765432", "eve@evil.be");
    form["schoolName"] = evil;
    auto anonymous = visitor(server);
    auto reg = anonymous.post(base + "/school-registrations", body(form));
    ASSERT_EQ(reg.status, 201) << reg.body;
    ASSERT_EQ(organiser.post("/api/registrations/" + std::to_string(reg.json_int("/id")) + "/accept", "{}").status, 200);

    auto csv = organiser.get(base + "/progress.csv");
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_NE(csv.body.find(R"m("'=HYPERLINK(""http://evil"",""x"")")m"), std::string::npos) << csv.body;
    EXPECT_EQ(csv.body.find("\"=HYPERLINK"), std::string::npos) << "no cell starts with the formula";
    const auto table = sk::core::parse_csv(csv.body);
    ASSERT_EQ(table.records.size(), 2u) << csv.body;
    EXPECT_EQ(table.records[1].fields.at(0), "'" + evil);
    EXPECT_EQ(table.records[1].fields.at(1), "765432");

    // The JSON board and the XLSX keep the name as it was typed: only the CSV needs the quote, since the
    // XLSX holds every user text in a string cell (render/xlsx.cpp), which a spreadsheet never runs.
    auto board = organiser.get(base + "/progress");
    EXPECT_NE(board.body.find(sk::test::json_quote(evil)), std::string::npos) << board.body;
    auto xlsx = organiser.get(base + "/progress.xlsx");
    ASSERT_EQ(xlsx.status, 200);
    const auto cell = sk::test::python_json(server.data_dir(),
                                            "import json, sys, openpyxl\n"
                                            "c = openpyxl.load_workbook(sys.argv[1]).active['A2']\n"
                                            "print(json.dumps({'type': c.data_type, 'value': c.value}))\n",
                                            xlsx.body, "progress.xlsx");
    ASSERT_TRUE(cell.is_object());
    EXPECT_EQ(cell.at("type").as_string(), "s") << "a string cell, not a formula ('f')";
    EXPECT_EQ(cell.at("value").as_string(), evil);
}

}  // namespace hardening_test
