// Two machines (issue 22): two real `stemkompas serve` processes with data folders of their own on one
// PostgreSQL, as behind a load balancer. Whatever one stores, the other serves: uploaded files byte for
// byte, calendar-feed URLs, a label snapshot's pinned files; a removal through one takes the bytes away
// only when no row still names them.
//
// PostgreSQL only: two processes on one SQLite file is not a supported deployment (README, "PostgreSQL");
// the SQLite run skips this test with that reason.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "api_helpers.h"
#include "app/demo.h"
#include "store/evidence_files.h"
#include "support/results_fixtures.h"
#include "support/sample_files.h"
#include "support/serve_process.h"
#include "support/team_fixtures.h"
#include "support/temp_dir.h"
#include "support/test_db.h"

namespace {

using sk::test::HttpClient;

// A PDF over two of the database store's 1 MiB chunks, random after the header.
std::string three_megabyte_pdf() {
    std::string bytes = sk::test::sample_pdf() + "\n%";
    std::mt19937 rng(22);
    while (bytes.size() < 3 * 1024 * 1024 + 5) bytes += static_cast<char>(rng() & 0xFF);
    return bytes;
}

HttpClient signed_in_at(int port, const std::string& email) {
    HttpClient c("http://127.0.0.1:" + std::to_string(port));
    EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
    return c;
}

// The same session on the other server: sessions live in the database.
HttpClient same_session_at(int port, const HttpClient& signed_in) {
    HttpClient c("http://127.0.0.1:" + std::to_string(port));
    c.cookies = signed_in.cookies;
    return c;
}

}  // namespace

TEST(TwoMachines, FilesKeysAndRemovalsFollowTheDatabase) {
    if (sk::test::test_backend() != "postgres")
        GTEST_SKIP() << "two server processes share a PostgreSQL database; SQLite suits one process (README)";
    sk::test::TestDb t(sk::test::Seed::demo);
    auto& db = t.db();
    sk::test::TempDir one_dir("sk-machine-one"), two_dir("sk-machine-two");
    const int port_one = sk::test::free_loopback_port();
    sk::test::ServeProcess one(sk::test::serve_args(t.url(), port_one, one_dir.path), one_dir.path);
    ASSERT_TRUE(one.wait_until_up(port_one)) << one.log();
    const int port_two = sk::test::free_loopback_port();
    sk::test::ServeProcess two(sk::test::serve_args(t.url(), port_two, two_dir.path), two_dir.path);
    ASSERT_TRUE(two.wait_until_up(port_two)) << two.log();

    const auto school = sk::test::org_id(db, "Demoschool Sint-Lucas");
    auto at_one = signed_in_at(port_one, sk::test::kCoordinator);
    auto at_two = same_session_at(port_two, at_one);

    // Uploaded through one, downloaded byte for byte through the other (which has no copy yet).
    const auto pdf = three_megabyte_pdf();
    auto up = at_one.post("/api/organisations/" + std::to_string(school) + "/evidence/files", pdf,
                          {{"Content-Type", "application/octet-stream"}, {"X-File-Name", "schoolplan.pdf"}});
    ASSERT_EQ(up.status, 201) << up.body;
    const auto evidence = up.json_int("/id");
    const std::string download = "/api/evidence/" + std::to_string(evidence) + "/file";
    auto got = at_two.get(download);
    ASSERT_EQ(got.status, 200) << got.body.substr(0, 300);
    EXPECT_TRUE(got.body == pdf) << "server two sent " << got.body.size() << " of " << pdf.size() << " bytes";
    EXPECT_TRUE(at_one.get(download).body == pdf);

    // One calendar URL, whichever server shows it (each names itself as host here, having no --base-url),
    // and it works on both.
    auto feed_path_of = [](const sk::test::HttpResponse& res) {
        const auto url = res.json_string("/url");
        return url.substr(url.find("/ical/"));
    };
    auto url_one = at_one.get("/api/me/ical");
    auto url_two = at_two.get("/api/me/ical");
    ASSERT_EQ(url_one.status, 200) << url_one.body;
    const auto feed_path = feed_path_of(url_one);
    EXPECT_EQ(feed_path_of(url_two), feed_path);
    for (int port : {port_one, port_two}) EXPECT_EQ(HttpClient("http://127.0.0.1:" + std::to_string(port)).get(feed_path).status, 200) << port;

    // A label snapshot pins the file: removing the evidence through two keeps the bytes for the snapshot.
    const auto programme = db.exec("SELECT programme_id FROM programme_participants WHERE organisation_id = $1 ORDER BY programme_id", {school}).one().i64(0);
    const auto measurement = sk::test::make_measurement(db, programme, school, "final", "submitted");
    const auto sha = sk::store::sha256_hex(pdf);
    const std::string snapshot = R"({"criteria":[{"criterionId":"C01","level":"competent","comment":"","evidence":[{"id":)" +
                                 std::to_string(evidence) + R"(,"kind":"file","title":"Plan","description":"","url":null,)"
                                 R"("fileName":"schoolplan.pdf","contentType":"application/pdf","size":1,"sha256":")" + sha + R"("}]}]})";
    const auto application = db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, "
                                      "framework_version, snapshot, submitted_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', $4, 1) "
                                      "RETURNING id",
                                      {programme, school, measurement, snapshot})
                                 .one()
                                 .i64(0);
    db.exec("INSERT INTO label_application_files (application_id, evidence_id, sha256) VALUES ($1, $2, $3)", {application, evidence, sha});
    EXPECT_EQ(at_two.send("DELETE", "/api/evidence/" + std::to_string(evidence), "").status, 204);
    EXPECT_EQ(at_one.get(download).status, 404) << "the evidence is gone";
    const std::string pinned = "/api/label-applications/" + std::to_string(application) + "/evidence/" + std::to_string(evidence) + "/file";
    for (auto* c : {&at_one, &at_two}) {
        auto res = c->get(pinned);
        ASSERT_EQ(res.status, 200) << res.body.substr(0, 300);
        EXPECT_TRUE(res.body == pdf);
    }

    // Without the snapshot, the next removal through one takes the bytes away for both servers.
    auto again = at_two.post("/api/organisations/" + std::to_string(school) + "/evidence/files", pdf,
                             {{"Content-Type", "application/octet-stream"}, {"X-File-Name", "opnieuw.pdf"}});
    ASSERT_EQ(again.status, 201) << again.body;
    db.exec("DELETE FROM label_application_files WHERE application_id = $1", {application});
    EXPECT_EQ(at_one.send("DELETE", "/api/evidence/" + std::to_string(again.json_int("/id")), "").status, 204);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM stored_files WHERE sha256 = $1", {sha}).one().i64(0), 0);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM stored_file_chunks WHERE sha256 = $1", {sha}).one().i64(0), 0);
    for (auto* c : {&at_one, &at_two}) EXPECT_EQ(c->get(pinned).status, 404);
    EXPECT_EQ(one.stop(), 0) << one.log();
    EXPECT_EQ(two.stop(), 0) << two.log();
}

// An installation upgrading to the database store (PostgreSQL before issue 22 kept files in each data
// folder): at start a server moves the files its folder holds into the database, and keeps the
// calendar-feed key of its old feed.key, so links and calendar subscriptions people have keep working.
TEST(TwoMachines, AnUpgradeMovesTheFolderFilesAndTheFeedKeyIntoTheDatabase) {
    if (sk::test::test_backend() != "postgres") GTEST_SKIP() << "the database store is PostgreSQL's default";
    sk::test::TestDb t(sk::test::Seed::demo);
    auto& db = t.db();
    sk::test::TempDir dir("sk-upgrade-files");
    const std::string data = dir.path + "/data";
    const auto school = sk::test::org_id(db, "Demoschool Sint-Lucas");
    const auto pdf = three_megabyte_pdf();
    const auto sha = sk::store::put_evidence_file(data + "/evidence", pdf);
    const auto evidence = db.exec("INSERT INTO evidence (organisation_id, kind, title, description, file_name, content_type, size, sha256, "
                                  "created_at, updated_at) VALUES ($1, 'file', 'Plan', '', 'plan.pdf', 'application/pdf', $2, $3, 1, 1) "
                                  "RETURNING id",
                                  {school, static_cast<std::int64_t>(pdf.size()), sha})
                              .one()
                              .i64(0);
    const std::string old_key = "0123456789abcdef0123456789abcdef";
    { std::ofstream(data + "/feed.key", std::ios::binary) << old_key; }

    const int port = sk::test::free_loopback_port();
    sk::test::ServeProcess server(sk::test::serve_args(t.url(), port, data), dir.path);
    ASSERT_TRUE(server.wait_until_up(port)) << server.log();
    EXPECT_NE(server.log().find("moved 1 file(s) from " + data + "/evidence into the database"), std::string::npos) << server.log();
    EXPECT_EQ(db.exec("SELECT size FROM stored_files WHERE sha256 = $1", {sha}).one().i64(0), static_cast<std::int64_t>(pdf.size()));
    EXPECT_EQ(db.exec("SELECT value FROM shared_settings WHERE name = 'feed_key'").one().str(0),
              "30313233343536373839616263646566"
              "30313233343536373839616263646566");

    // Served from the database: the folder's copy is gone, the download is whole.
    std::filesystem::remove_all(data + "/evidence");
    auto c = signed_in_at(port, sk::test::kCoordinator);
    auto got = c.get("/api/evidence/" + std::to_string(evidence) + "/file");
    ASSERT_EQ(got.status, 200);
    EXPECT_TRUE(got.body == pdf);
    EXPECT_EQ(server.stop(), 0) << server.log();
}
