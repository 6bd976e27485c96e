// The resources library and the public playbook request over HTTP on both databases: organisers create
// (bad input per field, nothing stored), visibility of drafts and of another programme's resources,
// search and filters (q, element, criterion, kind; bad values 400), file upload and download; a visitor
// requests the playbook (consent, honeypot, rate limit), the organiser approves, the mailed link downloads
// the newest published playbook file, re-approving retires the old link, and the link expires after 14 days.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::json;
using sk::test::kCoordinator;
using sk::test::kMentor;
using sk::test::kOrganiser;
using sk::test::signed_in;
using sk::test::TestServer;

namespace {

const std::string kPlaybookPdf = "%PDF-1.4\n% playbook\n";

std::vector<std::string> titles(const HttpResponse& res) {
    std::vector<std::string> out;
    const auto doc = json(res);
    for (const auto& r : doc.at("resources").as_array()) out.emplace_back(r.at("title").as_string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string mail_link(TestServer& server, const std::string& to) {
    server.drain_mail();
    std::string link;
    for (auto m : server.mail_files()) {
        for (auto p = m.find("=\r\n"); p != std::string::npos; p = m.find("=\r\n", p)) m.erase(p, 3);
        if (m.find("To: " + to + "\r\n") == std::string::npos) continue;
        const auto p = m.find("http://app.test/api/public/playbook/");
        if (p == std::string::npos) continue;
        const auto end = m.find_first_of("\r\n ", p);
        link = m.substr(p + std::string("http://app.test").size(), end - p - std::string("http://app.test").size());
    }
    return link;
}

}  // namespace

TEST(ResourcesApi, CreateFilterSearchAndVisibility) {
    TestServer server;
    auto& db = server.db();
    const auto organiser_org = sk::test::org_of(db, kOrganiser);
    const auto programme = sk::test::make_programme(db, organiser_org, "Bronnenprogramma");
    sk::test::add_participant(db, programme, sk::test::org_id(db, "Demoschool Sint-Lucas"), "school");
    const auto foreign = sk::test::make_programme(db, organiser_org, "Ander programma");
    auto organiser = signed_in(server, kOrganiser);

    auto bad = organiser.post("/api/resources", R"j({"kind":"poster","title":"","url":"javascript:alert(1)","elementIds":["E99"],)j"
                                                R"("criterionIds":["C99"],"programmeId":999999,"published":"ja"})");
    ASSERT_EQ(bad.status, 400) << bad.body;
    for (const auto* field : {"kind", "title", "url", "elementIds", "criterionIds", "programmeId", "published"})
        EXPECT_FALSE(bad.json_string(std::string("/error/fields/") + field).empty()) << field << " " << bad.body;
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM resources").one().i64(0), 0);

    auto add = [&](const std::string& body) {
        auto res = organiser.post("/api/resources", body);
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json_int("/id");
    };
    add(R"({"kind":"best_practice","title":"Robotica in de klas","description":"Een lessenreeks over robots","url":"https://example.be/robots",)"
        R"("elementIds":["E1"],"criterionIds":["C01","C02"],"published":true})");
    add(R"({"kind":"session_report","title":"Verslag netwerkdag","programmeId":)" + std::to_string(programme) +
        R"(,"elementIds":["E2"],"criterionIds":["C05"],"published":true})");
    add(R"({"kind":"other","title":"Concept 100% klaar_niet","published":false})");
    add(R"({"kind":"other","title":"Voor een ander programma","programmeId":)" + std::to_string(foreign) + R"(,"published":true})");
    const auto playbook = add(R"({"kind":"playbook","title":"Playbook","published":true})");

    // Organisers see everything; a coordinator the published global ones and those of their programme.
    EXPECT_EQ(titles(organiser.get("/api/resources")).size(), 5u);
    auto coordinator = signed_in(server, kCoordinator);
    EXPECT_EQ(titles(coordinator.get("/api/resources")),
              (std::vector<std::string>{"Playbook", "Robotica in de klas", "Verslag netwerkdag"}));
    auto mentor = signed_in(server, kMentor);  // the company is in neither programme
    EXPECT_EQ(titles(mentor.get("/api/resources")), (std::vector<std::string>{"Playbook", "Robotica in de klas"}));
    EXPECT_EQ(server.client().get("/api/resources").status, 401);

    EXPECT_EQ(titles(coordinator.get("/api/resources?q=ROBOT")), (std::vector<std::string>{"Robotica in de klas"}));
    EXPECT_EQ(titles(coordinator.get("/api/resources?q=lessenreeks")), (std::vector<std::string>{"Robotica in de klas"}));
    EXPECT_EQ(titles(organiser.get("/api/resources?q=100%25")), (std::vector<std::string>{"Concept 100% klaar_niet"}));
    EXPECT_EQ(titles(organiser.get("/api/resources?q=0%25_k")).size(), 0u);  // "%" and "_" are plain characters
    EXPECT_EQ(titles(coordinator.get("/api/resources?element=E2")), (std::vector<std::string>{"Verslag netwerkdag"}));
    EXPECT_EQ(titles(coordinator.get("/api/resources?criterion=C02")), (std::vector<std::string>{"Robotica in de klas"}));
    EXPECT_EQ(titles(coordinator.get("/api/resources?kind=playbook")), (std::vector<std::string>{"Playbook"}));
    EXPECT_EQ(titles(coordinator.get("/api/resources?kind=best_practice&element=E1&criterion=C01")),
              (std::vector<std::string>{"Robotica in de klas"}));
    for (const auto* q : {"element=E99", "criterion=X", "kind=poster", "programme=abc"}) {
        auto res = coordinator.get(std::string("/api/resources?") + q);
        EXPECT_EQ(res.status, 400) << q;
    }

    // Edit, file upload and download; coordinators cannot write.
    const auto path = "/api/resources/" + std::to_string(playbook);
    EXPECT_EQ(coordinator.send("PATCH", path, R"({"title":"x"})").status, 403);
    EXPECT_EQ(organiser.send("PATCH", path, R"({"title":""})").status, 400);
    auto patched = organiser.send("PATCH", path, R"({"description":"Het STEM-playbook","criterionIds":["C03"]})");
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(patched.json_string("/title"), "Playbook");
    EXPECT_EQ(patched.json_string("/criterionIds/0"), "C03");
    EXPECT_EQ(organiser.put(path + "/file", "MZ\x90\x00", {{"X-File-Name", "virus.pdf"}}).status, 415);
    auto up = organiser.put(path + "/file", kPlaybookPdf, {{"X-File-Name", "playbook.pdf"}});
    ASSERT_EQ(up.status, 200) << up.body;
    EXPECT_EQ(up.json_string("/downloadUrl"), path + "/file");
    auto file = coordinator.get(path + "/file");
    ASSERT_EQ(file.status, 200);
    EXPECT_EQ(file.body, kPlaybookPdf);
    EXPECT_EQ(coordinator.send("DELETE", path, "").status, 403);
    EXPECT_EQ(organiser.send("DELETE", path, "").status, 204);
    EXPECT_EQ(coordinator.get(path + "/file").status, 404);
}

TEST(ResourcesApi, PlaybookRequestApprovalAndExpiringLink) {
    TestServer server;
    auto& db = server.db();
    auto organiser = signed_in(server, kOrganiser);
    server.set_now(1796130000);  // 2026-12-01
    auto pb = organiser.post("/api/resources", R"({"kind":"playbook","title":"Playbook","published":true})");
    ASSERT_EQ(pb.status, 201);
    ASSERT_EQ(organiser.put("/api/resources/" + std::to_string(pb.json_int("/id")) + "/file", kPlaybookPdf, {{"X-File-Name", "playbook.pdf"}}).status, 200);

    auto visitor = server.client();
    visitor.get("/api/me");  // picks up the CSRF cookie, as the web app does
    auto bad = visitor.post("/api/public/playbook-requests", R"({"name":"","email":"geen-adres","organisation":"","consent":false})");
    ASSERT_EQ(bad.status, 400);
    for (const auto* field : {"name", "email", "organisation", "consent"})
        EXPECT_FALSE(bad.json_string(std::string("/error/fields/") + field).empty()) << field;
    const std::string body = R"({"name":"Pia Peeters","email":"pia@example.be","organisation":"Scholengroep Noord","consent":true})";
    ASSERT_EQ(visitor.post("/api/public/playbook-requests", body).status, 202);
    // A filled honeypot is thanked and dropped.
    ASSERT_EQ(visitor.post("/api/public/playbook-requests", R"({"name":"Bot","email":"bot@example.be","organisation":"Bot","consent":true,"website":"x"})").status, 202);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM playbook_requests").one().i64(0), 1);

    EXPECT_EQ(signed_in(server, kCoordinator).get("/api/playbook-requests").status, 403);
    auto list = organiser.get("/api/playbook-requests");
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.json_string("/requests/0/status"), "pending");
    const auto id = list.json_int("/requests/0/id");

    auto approved = organiser.post("/api/playbook-requests/" + std::to_string(id) + "/approve", "{}");
    ASSERT_EQ(approved.status, 200) << approved.body;
    EXPECT_EQ(approved.json_string("/status"), "approved");
    EXPECT_EQ(approved.json_int("/expiresAt"), 1796130000 + 14 * 86400);
    const auto link = mail_link(server, "pia@example.be");
    ASSERT_FALSE(link.empty());
    auto download = server.client().get(link);
    ASSERT_EQ(download.status, 200) << download.body;
    EXPECT_EQ(download.body, kPlaybookPdf);
    EXPECT_NE(download.header("content-disposition").value_or("").find("playbook.pdf"), std::string::npos);

    // Approving again mails a new link; the old one stops working.
    ASSERT_EQ(organiser.post("/api/playbook-requests/" + std::to_string(id) + "/approve", "{}").status, 200);
    const auto second = mail_link(server, "pia@example.be");
    ASSERT_NE(second, link);
    EXPECT_EQ(server.client().get(link).status, 404);
    EXPECT_EQ(server.client().get(second).status, 200);
    EXPECT_EQ(organiser.post("/api/playbook-requests/999999/approve", "{}").status, 404);
    server.set_now(1796130000 + 14 * 86400);
    EXPECT_EQ(server.client().get(second).json_string("/error/code"), "token_invalid");

    // The per-address limit: 10 an hour.
    db.exec("DELETE FROM rate_limits");
    int last = 0;
    for (int i = 0; i < 11; ++i) last = visitor.post("/api/public/playbook-requests", body).status;
    EXPECT_EQ(last, 429);
}
