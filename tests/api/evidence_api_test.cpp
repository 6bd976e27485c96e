// The evidence library over HTTP: raw-body uploads whose type is decided from the bytes, content-
// addressed storage with dedupe, safe downloads, links, edits, removal (with the measurement links),
// the per-school quota, search and filter, and every bad input answered on its field with nothing
// stored — on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <ctime>
#include <filesystem>

#include "api/api_helpers.h"
#include "api/onboarding_forms.h"
#include "app/demo.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "store/evidence_files.h"
#include "support/sample_files.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::json;
using sk::test::TestServer;
namespace fs = std::filesystem;

namespace {

std::int64_t noon_on(int y, int m, int d) {
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = 12;
    return static_cast<std::int64_t>(timegm(&tm));
}

// The demo school and a second school (with its own coordinator) in a programme of the demo organiser;
// a baseline phase open on the frozen clock (2026-09-15).
struct EvidenceFixture {
    TestServer server;
    std::int64_t programme = 0, school = 0, other_school = 0;

    EvidenceFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Bewijsprogramma", 20,
                                             {{"baseline", "2026-09-01", "2026-10-15"}});
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        other_school = sk::test::make_school(db, "Andere School", "555555", "limburg", programme);
        const auto uid = sk::store::create_user(db, "coord@andere.be", "Andere Coördinator", "nl",
                                                sk::core::hash_password(sk::app::kDemoPassword), 1);
        sk::store::add_membership(db, uid, other_school, "coordinator", 1);
        server.set_now(noon_on(2026, 9, 15));
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }
    HttpClient coordinator() { return as("coordinator@demo.stemkompas.be"); }
    HttpClient team_member() { return as("teamlid@demo.stemkompas.be"); }
    HttpClient organiser() { return as("organisator@demo.stemkompas.be"); }
    HttpClient other_coordinator() { return as("coord@andere.be"); }

    std::string evidence_path(std::int64_t org = 0) { return "/api/organisations/" + std::to_string(org ? org : school) + "/evidence"; }

    HttpResponse upload(HttpClient& c, const std::string& bytes, std::map<std::string, std::string> headers, std::int64_t org = 0) {
        headers.try_emplace("Content-Type", "application/octet-stream");
        return c.post(evidence_path(org) + "/files", bytes, headers);
    }
    std::int64_t rows() { return server.db().exec("SELECT COUNT(*) FROM evidence").one().i64(0); }
    std::int64_t stored_files() { return static_cast<std::int64_t>(server.stored_file_count()); }
};

class EvidenceApi : public ::testing::Test {
protected:
    EvidenceFixture f;
};

TEST_F(EvidenceApi, UploadListAndDownloadAFile) {
    auto c = f.coordinator();
    const auto pdf = sk::test::sample_pdf();
    auto res = f.upload(c, pdf,
                        {{"X-File-Name", "C%3A%5CUsers%5Cann%5CActieplan%202026%20%C3%A9t%C3%A9.pdf"},
                         {"X-Evidence-Description", "Ons%20actieplan%0Avoor%20STEM"},
                         {"X-Evidence-Criteria", "C07, C01"},
                         {"Content-Type", "image/png"}});  // the client's claim does not count
    ASSERT_EQ(res.status, 201) << res.body;
    const auto e = json(res).as_object();
    const auto id = e.at("id").as_int64();
    EXPECT_EQ(e.at("organisationId").as_int64(), f.school);
    EXPECT_EQ(e.at("kind").as_string(), "file");
    EXPECT_EQ(e.at("fileName").as_string(), "Actieplan 2026 \xC3\xA9t\xC3\xA9.pdf");
    EXPECT_EQ(e.at("title").as_string(), "Actieplan 2026 \xC3\xA9t\xC3\xA9");
    EXPECT_EQ(e.at("description").as_string(), "Ons actieplan\nvoor STEM");
    EXPECT_EQ(e.at("contentType").as_string(), "application/pdf");
    EXPECT_EQ(e.at("size").as_int64(), static_cast<std::int64_t>(pdf.size()));
    EXPECT_EQ(boost::json::serialize(e.at("criterionIds")), R"(["C01","C07"])");
    EXPECT_TRUE(e.at("url").is_null());
    EXPECT_EQ(e.at("downloadUrl").as_string(), "/api/evidence/" + std::to_string(id) + "/file");
    EXPECT_EQ(e.at("createdByName").as_string(), f.server.db().exec("SELECT name FROM users WHERE email = 'coordinator@demo.stemkompas.be'").one().str(0));
    EXPECT_EQ(e.at("createdAt").as_int64(), f.server.now());
    EXPECT_EQ(e.at("updatedAt").as_int64(), f.server.now());
    // Stored once, under its hash.
    EXPECT_TRUE(f.server.file_stored(sk::store::sha256_hex(pdf)));

    auto list = c.get(f.evidence_path());
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json_int("/evidence/0/id"), id);
    EXPECT_EQ(list.json_int("/quota/used"), static_cast<long long>(pdf.size()));
    EXPECT_EQ(list.json_int("/quota/limit"), 200LL * 1024 * 1024);

    for (auto reader : {f.coordinator(), f.team_member(), f.organiser()}) {
        auto file = reader.get("/api/evidence/" + std::to_string(id) + "/file");
        ASSERT_EQ(file.status, 200) << file.body;
        EXPECT_EQ(file.body, pdf);
        EXPECT_EQ(file.header("content-type"), "application/pdf");
        EXPECT_EQ(file.header("content-disposition"),
                  "attachment; filename=\"Actieplan 2026 _t_.pdf\"; filename*=UTF-8''Actieplan%202026%20%C3%A9t%C3%A9.pdf");
        EXPECT_EQ(file.header("x-content-type-options"), "nosniff");
        EXPECT_EQ(file.header("content-security-policy"), "sandbox");
        EXPECT_EQ(file.header("cache-control"), "private, no-store");
    }
    auto shown = c.get("/api/evidence/" + std::to_string(id) + "/file?inline=1");
    EXPECT_TRUE(shown.header("content-disposition").value_or("").starts_with("inline; ")) << shown.header("content-disposition").value_or("");

    // A document never opens inline.
    auto docx = f.upload(c, sk::test::sample_docx(), {{"X-File-Name", "verslag.docx"}});
    ASSERT_EQ(docx.status, 201) << docx.body;
    EXPECT_EQ(docx.json_string("/contentType"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    auto doc_file = c.get("/api/evidence/" + std::to_string(docx.json_int("/id")) + "/file?inline=1");
    EXPECT_TRUE(doc_file.header("content-disposition").value_or("").starts_with("attachment; ")) << doc_file.header("content-disposition").value_or("");
    // Newest first.
    EXPECT_EQ(c.get(f.evidence_path()).json_int("/evidence/0/id"), docx.json_int("/id"));
}

TEST_F(EvidenceApi, IdenticalBytesAreStoredOnceAndRemovedWhenNothingNamesThem) {
    auto c = f.coordinator();
    auto other = f.other_coordinator();
    const auto png = sk::test::sample_png();
    auto a = f.upload(c, png, {{"X-File-Name", "foto.png"}});
    auto b = f.upload(other, png, {{"X-File-Name", "zelfde.png"}}, f.other_school);
    auto a2 = f.upload(c, png, {{"X-File-Name", "nog eens.png"}});
    ASSERT_EQ(a.status, 201) << a.body;
    ASSERT_EQ(b.status, 201) << b.body;
    ASSERT_EQ(a2.status, 201) << a2.body;
    EXPECT_EQ(f.rows(), 3);
    EXPECT_EQ(f.stored_files(), 1);
    const auto hash = sk::store::sha256_hex(png);

    EXPECT_EQ(c.send("DELETE", "/api/evidence/" + std::to_string(a.json_int("/id")), "").status, 204);
    EXPECT_EQ(c.send("DELETE", "/api/evidence/" + std::to_string(a2.json_int("/id")), "").status, 204);
    EXPECT_TRUE(f.server.file_stored(hash));  // the other school's row still names it

    // A label application snapshot pins the file beyond its evidence row.
    auto& db = f.server.db();
    const auto m = db.exec("INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, "
                           "created_at, updated_at) VALUES ($1, $2, 'baseline', 'eu-stem-school-label', '2024.1', 'submitted', 1, 1) "
                           "RETURNING id",
                           {f.programme, f.other_school})
                       .one()
                       .i64(0);
    const auto app = db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, "
                             "framework_version, snapshot, submitted_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', '{}', 1) "
                             "RETURNING id",
                             {f.programme, f.other_school, m})
                         .one()
                         .i64(0);
    db.exec("INSERT INTO label_application_files (application_id, evidence_id, sha256) VALUES ($1, $2, $3)",
            {app, b.json_int("/id"), sk::store::sha256_hex(png)});
    EXPECT_EQ(other.send("DELETE", "/api/evidence/" + std::to_string(b.json_int("/id")), "").status, 204);
    EXPECT_TRUE(f.server.file_stored(hash));
    EXPECT_EQ(f.rows(), 0);

    // Once the snapshot goes too, the next removal of that hash collects it.
    db.exec("DELETE FROM label_application_files WHERE application_id = $1", {app});
    auto again = f.upload(c, png, {{"X-File-Name", "foto.png"}});
    ASSERT_EQ(again.status, 201);
    EXPECT_EQ(c.send("DELETE", "/api/evidence/" + std::to_string(again.json_int("/id")), "").status, 204);
    EXPECT_FALSE(f.server.file_stored(hash));
    EXPECT_EQ(f.stored_files(), 0);
}

TEST_F(EvidenceApi, BadUploadsAreRefusedOnTheirFieldWithNothingStored) {
    struct Case {
        std::string name;
        std::string bytes;
        std::map<std::string, std::string> headers;
        int status;
        std::string code;
        std::string field;
    };
    const auto pdf = sk::test::sample_pdf();
    const std::vector<Case> cases = {
        {"no file name", pdf, {}, 400, "validation_failed", "fileName"},
        {"broken escape", pdf, {{"X-File-Name", "plan%2.pdf"}}, 400, "validation_failed", "fileName"},
        {"not utf-8", pdf, {{"X-File-Name", "plan%E9.pdf"}}, 400, "validation_failed", "fileName"},
        {"control character", pdf, {{"X-File-Name", "plan%07.pdf"}}, 400, "validation_failed", "fileName"},
        {"only a folder", pdf, {{"X-File-Name", "map%2F"}}, 400, "validation_failed", "fileName"},
        {"title too long", pdf, {{"X-File-Name", "a.pdf"}, {"X-Evidence-Title", std::string(201, 't')}}, 400, "validation_failed", "title"},
        {"description with NUL", pdf, {{"X-File-Name", "a.pdf"}, {"X-Evidence-Description", "a%00b"}}, 400, "validation_failed", "description"},
        {"unknown criterion", pdf, {{"X-File-Name", "a.pdf"}, {"X-Evidence-Criteria", "C01,C99"}}, 400, "validation_failed", "criterionIds"},
        {"malformed criteria", pdf, {{"X-File-Name", "a.pdf"}, {"X-Evidence-Criteria", "C01;C02"}}, 400, "validation_failed", "criterionIds"},
        {"empty file", "", {{"X-File-Name", "leeg.pdf"}}, 400, "validation_failed", "file"},
        {"executable renamed .pdf", sk::test::sample_exe(), {{"X-File-Name", "rapport.pdf"}, {"Content-Type", "application/pdf"}}, 415,
         "file_type_not_allowed", "file"},
        {"shell script", "#!/bin/sh\necho hi\n", {{"X-File-Name", "plan.pdf"}}, 415, "file_type_not_allowed", "file"},
        {"html", "<html><script>alert(1)</script></html>", {{"X-File-Name", "plan.html"}}, 415, "file_type_not_allowed", "file"},
        {"svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", {{"X-File-Name", "logo.svg"}}, 415,
         "file_type_not_allowed", "file"},
        {"zip", sk::test::make_zip({{"a.txt", "x"}}), {{"X-File-Name", "a.zip"}}, 415, "file_type_not_allowed", "file"},
    };
    auto c = f.coordinator();
    for (const auto& k : cases) {
        for (const std::string lang : {"nl", "en"}) {
            c.language = lang;
            auto res = f.upload(c, k.bytes, k.headers);
            EXPECT_EQ(res.status, k.status) << k.name << ": " << res.body;
            EXPECT_EQ(res.json_string("/error/code"), k.code) << k.name;
            const auto message = res.json_string("/error/fields/" + k.field);
            EXPECT_FALSE(message.empty()) << k.name << ": " << res.body;
            EXPECT_EQ(message.find("field."), std::string::npos) << k.name << ": untranslated " << message;
        }
    }
    EXPECT_EQ(f.rows(), 0);
    EXPECT_EQ(f.stored_files(), 0);
    // Messages differ by language.
    c.language = "en";
    auto en = f.upload(c, sk::test::sample_exe(), {{"X-File-Name", "a.pdf"}});
    c.language = "nl";
    auto nl = f.upload(c, sk::test::sample_exe(), {{"X-File-Name", "a.pdf"}});
    EXPECT_NE(en.json_string("/error/message"), nl.json_string("/error/message"));
}

// Sends only the headers of an upload declaring `length` bytes and reads what comes back.
std::string raw_upload_headers(std::uint16_t port, std::uint64_t length, const std::string& path) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return "";
    }
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    const std::string req = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/pdf\r\nX-File-Name: groot.pdf\r\n"
                            "Content-Length: " + std::to_string(length) + "\r\n\r\n";
    (void)::send(fd, req.data(), req.size(), MSG_NOSIGNAL);
    std::string out;
    char buf[4096];
    for (;;) {
        const auto n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.find("\r\n\r\n") != std::string::npos && out.find("}}") != std::string::npos) break;
    }
    ::close(fd);
    return out;
}

TEST_F(EvidenceApi, OverTwentyMegabytesIsRefusedBeforeTheBodyIsRead) {
    const auto port = static_cast<std::uint16_t>(std::stoi(f.server.base_url().substr(f.server.base_url().rfind(':') + 1)));
    // No body is ever sent: the answer can only come from the declared length.
    const auto answer = raw_upload_headers(port, 20 * 1024 * 1024 + 1, f.evidence_path() + "/files");
    EXPECT_TRUE(answer.starts_with("HTTP/1.1 413")) << answer;
    EXPECT_NE(answer.find("\"file_too_large\""), std::string::npos) << answer;
    EXPECT_NE(answer.find("20 MB"), std::string::npos) << answer;
    // The same length on a JSON route is over its own (smaller) limit.
    const auto json_answer = raw_upload_headers(port, 20 * 1024 * 1024, f.evidence_path() + "/links");
    EXPECT_TRUE(json_answer.starts_with("HTTP/1.1 413")) << json_answer;
    EXPECT_NE(json_answer.find("\"payload_too_large\""), std::string::npos) << json_answer;
    EXPECT_EQ(f.rows(), 0);

    // Over the JSON limit but under the file limit: an upload that is read and stored.
    auto c = f.coordinator();
    const std::string big = sk::test::sample_pdf() + std::string(3 * 1024 * 1024, ' ');
    auto res = f.upload(c, big, {{"X-File-Name", "groot.pdf"}});
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json_int("/size"), static_cast<long long>(big.size()));
}

TEST_F(EvidenceApi, TheQuotaIsTwoHundredMegabytesPerSchool) {
    auto& db = f.server.db();
    // Files that take all but 100 bytes of the quota (their bytes do not matter here).
    db.exec("INSERT INTO evidence (organisation_id, kind, title, description, file_name, content_type, size, sha256, created_at, updated_at) "
            "VALUES ($1, 'file', 'Groot', '', 'groot.pdf', 'application/pdf', $2, $3, 1, 1)",
            {f.school, std::int64_t{200 * 1024 * 1024 - 100}, std::string(64, 'a')});
    auto c = f.coordinator();
    c.language = "en";
    auto fits = f.upload(c, "%PDF-" + std::string(50, 'x'), {{"X-File-Name", "klein.pdf"}});
    EXPECT_EQ(fits.status, 201) << fits.body;
    auto res = f.upload(c, "%PDF-" + std::string(60, 'y'), {{"X-File-Name", "te-veel.pdf"}});
    EXPECT_EQ(res.status, 409) << res.body;
    EXPECT_EQ(res.json_string("/error/code"), "evidence_quota");
    const auto message = res.json_string("/error/message");
    EXPECT_NE(message.find("200.0 MB of 200.0 MB is in use"), std::string::npos) << message;
    EXPECT_NE(message.find("0.0 MB free"), std::string::npos) << message;
    EXPECT_EQ(f.rows(), 2);
    EXPECT_EQ(f.stored_files(), 1);  // the refused file was not left behind
    // Another school has its own quota; a link costs nothing.
    auto other = f.other_coordinator();
    EXPECT_EQ(f.upload(other, "%PDF-" + std::string(60, 'y'), {{"X-File-Name", "ok.pdf"}}, f.other_school).status, 201);
    EXPECT_EQ(c.post(f.evidence_path() + "/links", R"({"title":"Site","url":"https://example.be"})").status, 201);
    EXPECT_EQ(c.get(f.evidence_path()).json_int("/quota/used"), 200LL * 1024 * 1024 - 100 + 55);
}

TEST_F(EvidenceApi, LinksAreHttpUrlsWithATitle) {
    auto c = f.coordinator();
    auto res = c.post(f.evidence_path() + "/links",
                      R"({"title":"  Onze STEM-pagina ","description":"Op de website","url":"https://school.be/stem?x=1","criterionIds":["C02","C02"]})");
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json_string("/kind"), "link");
    EXPECT_EQ(res.json_string("/title"), "Onze STEM-pagina");
    EXPECT_EQ(res.json_string("/url"), "https://school.be/stem?x=1");
    EXPECT_EQ(boost::json::serialize(json(res).at("criterionIds")), R"(["C02"])");
    EXPECT_TRUE(json(res).at("downloadUrl").is_null());
    EXPECT_TRUE(json(res).at("size").is_null());
    EXPECT_EQ(c.get("/api/evidence/" + std::to_string(res.json_int("/id")) + "/file").status, 404);

    struct Case {
        std::string body;
        std::string field;
    };
    const std::vector<Case> cases = {
        {R"j({"title":"x","url":"javascript:alert(1)"})j", "url"},
        {R"({"title":"x","url":"ftp://example.be/file"})", "url"},
        {R"({"title":"x","url":"https://"})", "url"},
        {R"({"title":"x","url":"https://exa mple.be"})", "url"},
        {R"j({"title":"x","url":"data:text/html,<script>alert(1)</script>"})j", "url"},
        {R"({"title":"x"})", "url"},
        {R"({"title":"x","url":"https://example.be/)" + std::string(2000, 'a') + R"("})", "url"},
        {R"({"url":"https://example.be"})", "title"},
        {R"({"title":"   ","url":"https://example.be"})", "title"},
        {R"({"title":")" + std::string(201, 't') + R"(","url":"https://example.be"})", "title"},
        {R"({"title":"x","url":"https://example.be","description":")" + std::string(2001, 'd') + R"("})", "description"},
        {R"({"title":"x","url":"https://example.be","criterionIds":["C99"]})", "criterionIds"},
        {R"({"title":"x","url":"https://example.be","criterionIds":"C01"})", "criterionIds"},
        {R"({"title":"x","url":"https://example.be","criterionIds":[1]})", "criterionIds"},
    };
    for (const auto& k : cases) {
        auto bad = c.post(f.evidence_path() + "/links", k.body);
        EXPECT_EQ(bad.status, 400) << k.body << ": " << bad.body;
        EXPECT_FALSE(bad.json_string("/error/fields/" + k.field).empty()) << k.body << ": " << bad.body;
    }
    EXPECT_EQ(f.rows(), 1);
}

TEST_F(EvidenceApi, EditAndRemove) {
    auto c = f.team_member();
    auto file = f.upload(c, sk::test::sample_pdf(), {{"X-File-Name", "plan.pdf"}, {"X-Evidence-Criteria", "C01"}});
    auto link = c.post(f.evidence_path() + "/links", R"({"title":"Site","url":"https://example.be"})");
    ASSERT_EQ(file.status, 201);
    ASSERT_EQ(link.status, 201);
    const auto file_path = "/api/evidence/" + std::to_string(file.json_int("/id"));
    const auto link_path = "/api/evidence/" + std::to_string(link.json_int("/id"));

    f.server.set_now(f.server.now() + 60);
    auto res = c.send("PATCH", file_path, R"({"title":"Actieplan","description":"Versie 2","criterionIds":["C03","C04"]})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_string("/title"), "Actieplan");
    EXPECT_EQ(res.json_string("/description"), "Versie 2");
    EXPECT_EQ(boost::json::serialize(json(res).at("criterionIds")), R"(["C03","C04"])");
    EXPECT_EQ(res.json_int("/updatedAt"), f.server.now());
    EXPECT_EQ(res.json_string("/fileName"), "plan.pdf");
    // Only what is sent changes.
    res = c.send("PATCH", file_path, R"({"description":""})");
    EXPECT_EQ(res.json_string("/title"), "Actieplan");
    EXPECT_EQ(res.json_string("/description"), "");
    EXPECT_EQ(boost::json::serialize(json(res).at("criterionIds")), R"(["C03","C04"])");
    res = c.send("PATCH", link_path, R"({"url":"http://example.be/nieuw"})");
    EXPECT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_string("/url"), "http://example.be/nieuw");

    for (const auto& [path, body, field] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {file_path, R"({"url":"https://example.be"})", "url"},
             {link_path, R"({"url":"mailto:a@b.be"})", "url"},
             {file_path, R"({"title":""})", "title"},
             {file_path, R"({"criterionIds":["X1"]})", "criterionIds"},
             {file_path, R"({"title":"Goed","criterionIds":["C99"]})", "criterionIds"}}) {
        auto bad = c.send("PATCH", path, body);
        EXPECT_EQ(bad.status, 400) << body << ": " << bad.body;
        EXPECT_FALSE(bad.json_string("/error/fields/" + field).empty()) << body << ": " << bad.body;
    }
    EXPECT_EQ(c.get(file_path + "/file").status, 200);
    EXPECT_EQ(json(f.coordinator().get(f.evidence_path())).at("evidence").as_array().size(), 2u);
    EXPECT_EQ(f.organiser().send("PATCH", file_path, R"({"title":"Nee"})").status, 403);
    EXPECT_EQ(f.organiser().send("DELETE", file_path, "").status, 403);

    EXPECT_EQ(c.send("DELETE", file_path, "").status, 204);
    EXPECT_EQ(c.send("DELETE", file_path, "").status, 404);
    EXPECT_EQ(c.get(file_path + "/file").status, 404);
    EXPECT_EQ(c.send("PATCH", file_path, R"({"title":"x"})").status, 404);
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM evidence_criteria").one().i64(0), 0);
    EXPECT_EQ(f.stored_files(), 0);
}

TEST_F(EvidenceApi, FilterByCriterionAndSearch) {
    auto c = f.coordinator();
    auto a = f.upload(c, sk::test::sample_pdf(), {{"X-File-Name", "Actieplan.pdf"}, {"X-Evidence-Criteria", "C01"}});
    f.server.set_now(f.server.now() + 1);
    auto b = c.post(f.evidence_path() + "/links", R"({"title":"Website","description":"Het STEM-PLAN online","url":"https://x.be","criterionIds":["C02"]})");
    f.server.set_now(f.server.now() + 1);
    auto d = f.upload(c, sk::test::sample_jpeg(), {{"X-File-Name", "foto_100%25.jpg"}, {"X-Evidence-Title", "Foto"}, {"X-Evidence-Criteria", "C01,C02"}});
    ASSERT_EQ(a.status, 201);
    ASSERT_EQ(b.status, 201);
    ASSERT_EQ(d.status, 201) << d.body;
    auto ids = [&](const std::string& query) {
        std::vector<std::int64_t> out;
        auto res = c.get(f.evidence_path() + query);
        EXPECT_EQ(res.status, 200) << query << ": " << res.body;
        const auto body = json(res);
        for (const auto& e : body.at("evidence").as_array()) out.push_back(e.at("id").as_int64());
        return out;
    };
    const auto A = a.json_int("/id"), B = b.json_int("/id"), D = d.json_int("/id");
    EXPECT_EQ(ids(""), (std::vector<std::int64_t>{D, B, A}));
    EXPECT_EQ(ids("?criterion=C01"), (std::vector<std::int64_t>{D, A}));
    EXPECT_EQ(ids("?criterion=C02"), (std::vector<std::int64_t>{D, B}));
    EXPECT_EQ(ids("?criterion=C21"), (std::vector<std::int64_t>{}));
    EXPECT_EQ(c.get(f.evidence_path() + "?criterion=C99").status, 400) << "an unknown criterion is named, not an empty list";
    EXPECT_EQ(ids("?q=plan"), (std::vector<std::int64_t>{B, A}));     // title, description (any case)
    EXPECT_EQ(ids("?q=FOTO_"), (std::vector<std::int64_t>{D}));        // file name; '_' is no wildcard
    EXPECT_EQ(ids("?q=100%25"), (std::vector<std::int64_t>{D}));       // '%' is no wildcard
    EXPECT_EQ(ids("?q=%25"), (std::vector<std::int64_t>{D}));
    EXPECT_EQ(ids("?q=plan&criterion=C02"), (std::vector<std::int64_t>{B}));
    EXPECT_EQ(ids("?q=niets"), (std::vector<std::int64_t>{}));
    EXPECT_EQ(ids("?q=" + std::string(201, 'q')), (std::vector<std::int64_t>{})) << "the search is cut at 200 bytes";
    // Case and accents fold on both databases (sk_fold; SQLite's LOWER() alone would miss these).
    auto e = c.post(f.evidence_path() + "/links", R"({"title":"ÉCOLE ŁÓDŹ","description":"","url":"https://y.be","criterionIds":[]})");
    ASSERT_EQ(e.status, 201) << e.body;
    const auto E = e.json_int("/id");
    EXPECT_EQ(ids("?q=%C3%A9cole%20%C5%82%C3%B3d%C5%BA"), (std::vector<std::int64_t>{E}));  // "école łódź"
    EXPECT_EQ(ids("?q=ecole%20lodz"), (std::vector<std::int64_t>{E})) << "accents fold too";
}

TEST_F(EvidenceApi, SchoolsNeverReachEachOthersEvidence) {
    auto c = f.coordinator();
    auto mine = f.upload(c, sk::test::sample_pdf(), {{"X-File-Name", "plan.pdf"}});
    ASSERT_EQ(mine.status, 201);
    const auto path = "/api/evidence/" + std::to_string(mine.json_int("/id"));
    auto other = f.other_coordinator();
    EXPECT_EQ(other.get(f.evidence_path()).status, 403);
    EXPECT_EQ(other.get(path + "/file").status, 403);
    EXPECT_EQ(other.send("PATCH", path, R"({"title":"x"})").status, 403);
    EXPECT_EQ(other.send("DELETE", path, "").status, 403);
    EXPECT_EQ(f.upload(other, sk::test::sample_pdf(), {{"X-File-Name", "x.pdf"}}).status, 403);
    for (const auto& email : {"mentor@demo.stemkompas.be", "reviewer@demo.stemkompas.be", "jury@demo.stemkompas.be"}) {
        auto u = f.as(email);
        EXPECT_EQ(u.get(f.evidence_path()).status, 403) << email;
        EXPECT_EQ(u.get(path + "/file").status, 403) << email;
    }
    EXPECT_EQ(c.get("/api/evidence/999999/file").status, 404);
    EXPECT_EQ(c.get("/api/organisations/999999/evidence").status, 404);
    EXPECT_EQ(f.server.client().get(path + "/file").status, 401);
    EXPECT_EQ(f.rows(), 1);
}

TEST_F(EvidenceApi, MeasurementAnswersLinkEvidenceOfTheirSchool) {
    auto c = f.coordinator();
    const auto base = "/api/programmes/" + std::to_string(f.programme) + "/schools/" + std::to_string(f.school);
    auto m = c.post(base + "/measurements/baseline", "{}");
    ASSERT_EQ(m.status, 201) << m.body;
    const auto answer = "/api/measurements/" + std::to_string(m.json_int("/id")) + "/answers/C01";
    auto e1 = f.upload(c, sk::test::sample_pdf(), {{"X-File-Name", "plan.pdf"}});
    auto e2 = c.post(f.evidence_path() + "/links", R"({"title":"Site","url":"https://example.be"})");
    auto other = f.other_coordinator();
    auto foreign = f.upload(other, sk::test::sample_png(), {{"X-File-Name", "x.png"}}, f.other_school);
    const std::int64_t id1 = e1.json_int("/id"), id2 = e2.json_int("/id"), idf = foreign.json_int("/id");

    auto res = c.put(answer, R"({"level":"competent","comment":"","version":0,"evidenceIds":[)" + std::to_string(id2) + "," +
                                 std::to_string(id1) + "," + std::to_string(id1) + "]}");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto sorted = "[" + std::to_string(std::min(id1, id2)) + "," + std::to_string(std::max(id1, id2)) + "]";
    EXPECT_EQ(boost::json::serialize(json(res).at("evidenceIds")), sorted);
    // Absent: unchanged.
    res = c.put(answer, R"({"level":"proficient","comment":"x","version":1})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(boost::json::serialize(json(res).at("evidenceIds")), sorted);
    // Evidence of another school, or that does not exist: refused, nothing changes.
    for (const std::string& ids : std::vector<std::string>{std::to_string(idf), std::to_string(id1) + ",999999", std::string("\"x\""), std::string("-1")}) {
        auto bad = c.put(answer, R"({"level":"expert","comment":"","version":2,"evidenceIds":[)" + ids + "]}");
        EXPECT_EQ(bad.status, 400) << ids << ": " << bad.body;
        EXPECT_FALSE(bad.json_string("/error/fields/evidenceIds").empty()) << bad.body;
    }
    auto shown = c.get("/api/measurements/" + std::to_string(m.json_int("/id")));
    const auto shown_json = json(shown);
    const auto& first = shown_json.at("answers").as_array().at(0).as_object();
    EXPECT_EQ(first.at("criterionId").as_string(), "C01");
    EXPECT_EQ(first.at("level").as_string(), "proficient");
    EXPECT_EQ(boost::json::serialize(first.at("evidenceIds")), sorted);

    // Removing evidence removes its links.
    EXPECT_EQ(c.send("DELETE", "/api/evidence/" + std::to_string(id1), "").status, 204);
    shown = c.get("/api/measurements/" + std::to_string(m.json_int("/id")));
    EXPECT_EQ(boost::json::serialize(json(shown).at("answers").as_array().at(0).at("evidenceIds")), "[" + std::to_string(id2) + "]");
    // [] clears.
    res = c.put(answer, R"({"level":"expert","comment":"","version":2,"evidenceIds":[]})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(boost::json::serialize(json(res).at("evidenceIds")), "[]");
}

// The library is paged like every list (docs/api.md, "Paging, sorting and search"): pages of a stable
// order, sort both ways, search, the kind / criterion / key element filters with their counts, one 400
// naming every bad parameter; the quota rides along.
TEST_F(EvidenceApi, TheLibraryIsPagedSortedSearchedAndCounted) {
    auto c = f.coordinator();
    // Five links a second apart, oldest first: titles, criteria (C01..C03 are key element E1, C04 E2).
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"Delta", R"(["C01"])"}, {"alfa", R"(["C01","C04"])"}, {"Charlie", R"([])"}, {"Bravo", R"(["C04"])"}, {"Écho", R"(["C02"])"}};
    std::vector<std::int64_t> made;
    for (const auto& [title, criteria] : rows) {
        f.server.set_now(f.server.now() + 1);
        auto res = c.post(f.evidence_path() + "/links", R"({"title":")" + title + R"(","url":"https://x.be","criterionIds":)" + criteria + "}");
        ASSERT_EQ(res.status, 201) << res.body;
        made.push_back(res.json_int("/id"));
    }
    f.server.set_now(f.server.now() + 1);
    auto file = f.upload(c, sk::test::sample_pdf(), {{"X-File-Name", "verslag.pdf"}, {"X-Evidence-Title", "Foxtrot"}, {"X-Evidence-Criteria", "C03"}});
    ASSERT_EQ(file.status, 201) << file.body;
    made.push_back(file.json_int("/id"));

    auto ids = [&](const std::string& query) {
        std::vector<std::int64_t> out;
        auto res = c.get(f.evidence_path() + query);
        EXPECT_EQ(res.status, 200) << query << ": " << res.body;
        const auto body = json(res);
        for (const auto& e : body.at("evidence").as_array()) out.push_back(e.at("id").as_int64());
        return out;
    };
    const auto& m = made;
    // Newest first by default, in pages of 4: 6 rows, 2 pages, a third page empty.
    auto first = c.get(f.evidence_path() + "?size=4");
    EXPECT_EQ(first.json_int("/total"), 6);
    EXPECT_EQ(first.json_int("/pages"), 2);
    EXPECT_EQ(first.json_int("/size"), 4);
    EXPECT_EQ(first.json_int("/quota/limit"), 200LL << 20);
    EXPECT_GT(first.json_int("/quota/used"), 0);
    EXPECT_EQ(ids("?size=4"), (std::vector<std::int64_t>{m[5], m[4], m[3], m[2]}));
    EXPECT_EQ(ids("?size=4&page=2"), (std::vector<std::int64_t>{m[1], m[0]}));
    EXPECT_EQ(ids("?size=4&page=3"), (std::vector<std::int64_t>{}));
    EXPECT_EQ(ids("?sort=createdAt&size=2&page=2"), (std::vector<std::int64_t>{m[2], m[3]}));
    EXPECT_EQ(ids("?sort=title"), (std::vector<std::int64_t>{m[1], m[3], m[2], m[0], m[4], m[5]})) << "case and accents fold";
    EXPECT_EQ(ids("?sort=-title&size=1"), (std::vector<std::int64_t>{m[5]}));
    // Stable under inserts: on the oldest-first order a new row never moves the earlier pages.
    f.server.set_now(f.server.now() + 1);
    ASSERT_EQ(c.post(f.evidence_path() + "/links", R"({"title":"Golf","url":"https://g.be"})").status, 201);
    EXPECT_EQ(ids("?sort=createdAt&size=2&page=2"), (std::vector<std::int64_t>{m[2], m[3]}));

    EXPECT_EQ(ids("?q=echo"), (std::vector<std::int64_t>{m[4]}));
    EXPECT_EQ(ids("?q=VERSLAG"), (std::vector<std::int64_t>{m[5]})) << "the file name";

    auto e1 = c.get(f.evidence_path() + "?element=E1");
    EXPECT_EQ(ids("?element=E1"), (std::vector<std::int64_t>{m[5], m[4], m[1], m[0]}));
    EXPECT_EQ(e1.json_int("/total"), 4);
    EXPECT_EQ(e1.json_int("/counts/element/E1"), 4) << "the element counts ignore the element filter";
    EXPECT_EQ(e1.json_int("/counts/element/E2"), 2);
    EXPECT_EQ(e1.json_int("/counts/element/E7"), 0);
    EXPECT_EQ(e1.json_int("/counts/criterion/C01"), 2);
    EXPECT_EQ(e1.json_int("/counts/criterion/C04"), 1) << "alfa: E1 through C01, and C04";
    EXPECT_EQ(e1.json_int("/counts/criterion/C21"), 0);
    EXPECT_EQ(e1.json_int("/counts/kind/link"), 3);
    EXPECT_EQ(e1.json_int("/counts/kind/file"), 1);
    auto links = c.get(f.evidence_path() + "?kind=link&criterion=C04");
    EXPECT_EQ(ids("?kind=link&criterion=C04"), (std::vector<std::int64_t>{m[3], m[1]}));
    EXPECT_EQ(links.json_int("/counts/kind/file"), 0);
    EXPECT_EQ(links.json_int("/counts/kind/link"), 2);
    EXPECT_EQ(links.json_int("/counts/criterion/C01"), 2) << "the criterion counts ignore the criterion filter";
    EXPECT_EQ(c.get(f.evidence_path() + "?q=a").json_int("/counts/kind/link"), 4) << "Delta, alfa, Charlie, Bravo";

    // Given rows by id (what a measurement links), never another school's.
    auto theirs = f.other_coordinator().post(f.evidence_path(f.other_school) + "/links", R"({"title":"Elders","url":"https://e.be"})");
    ASSERT_EQ(theirs.status, 201);
    EXPECT_EQ(ids("?ids=" + std::to_string(m[0]) + "," + std::to_string(m[4]) + "," + std::to_string(theirs.json_int("/id"))),
              (std::vector<std::int64_t>{m[4], m[0]}));
    std::string too_many;
    for (int n = 1; n <= 201; ++n) too_many += (n > 1 ? "," : "") + std::to_string(n);
    EXPECT_EQ(c.get(f.evidence_path() + "?ids=" + too_many).status, 400);

    auto bad = c.get(f.evidence_path() + "?page=0&size=500&sort=name&kind=video&criterion=C99&element=E9&ids=1,x");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(sk::test::error_fields(bad), (std::vector<std::string>{"criterion", "element", "ids", "kind", "page", "size", "sort"}));
    // An organiser of the programme reads the same pages; another school's coordinator still gets 403.
    EXPECT_EQ(f.organiser().get(f.evidence_path() + "?size=2").json_int("/total"), 7);
    EXPECT_EQ(f.other_coordinator().get(f.evidence_path() + "?size=2").status, 403);
}

}  // namespace
