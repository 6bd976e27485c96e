// Downloads sent from disk (issue 18 point 4): evidence files straight from their stored file, exports
// (XLSX) from a temporary file in the data folder's tmp/ that is gone once the answer is on its way — over
// real HTTP, byte for byte, for HEAD, and for a client that disconnects midway. On SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>

#include "api/api_helpers.h"
#include "store/evidence_files.h"
#include "support/file_readers.h"
#include "support/raw_socket.h"
#include "support/sample_files.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

namespace streamed_downloads_test {

namespace fs = std::filesystem;
using sk::test::HttpClient;
using sk::test::TestServer;
using sk::test::raw_exchange;

// A school in a programme of the demo organiser, with a coordinator's client and an organiser's client.
struct Fixture {
    TestServer server;
    std::int64_t programme = 0, school = 0;

    Fixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, sk::test::kOrganiser), "Downloadprogramma", 20,
                                             {{"baseline", "2026-09-01", "2026-10-15"}});
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        sk::test::make_school(db, "Atheneum Brugge", "222222", "west-vlaanderen", programme);
    }
    std::string tmp_dir() const { return server.data_dir() + "/data/tmp"; }
    // The files in the data folder's tmp/ ("" names when there are none).
    std::vector<std::string> temp_files() const {
        std::vector<std::string> out;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(tmp_dir(), ec)) out.push_back(e.path().filename().string());
        return out;
    }
    std::string progress_xlsx() const { return "/api/programmes/" + std::to_string(programme) + "/progress.xlsx"; }
};

// A PDF of `size` bytes (the type is decided from its first bytes), random after the header so it does
// not compress and takes many of the server's 64 KiB pieces.
std::string big_pdf(std::size_t size) {
    std::string bytes = sk::test::sample_pdf() + "\n%";
    std::mt19937 rng(7);
    while (bytes.size() < size) bytes += static_cast<char>(rng() & 0xFF);
    return bytes;
}

std::string cookie_header(const HttpClient& c) {
    std::string out;
    for (const auto& [k, v] : c.cookies) out += (out.empty() ? "" : "; ") + k + "=" + v;
    return out;
}

std::uint16_t port_of(const TestServer& server) { return sk::test::port_of_url(server.base_url()); }

TEST(StreamedDownloads, AnEvidenceFileComesFromDiskByteForByteAlsoForHeadAndAClientThatLeaves) {
    Fixture f;
    auto c = sk::test::signed_in(f.server, sk::test::kCoordinator);
    const auto pdf = big_pdf(3 * 1024 * 1024 + 12345);  // ~49 pieces of 64 KiB
    auto up = c.post("/api/organisations/" + std::to_string(f.school) + "/evidence/files", pdf,
                     {{"Content-Type", "application/octet-stream"}, {"X-File-Name", "groot.pdf"}});
    ASSERT_EQ(up.status, 201) << up.body;
    const auto path = "/api/evidence/" + std::to_string(up.json_int("/id")) + "/file";

    auto res = c.get(path);
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.body.size(), pdf.size());
    EXPECT_TRUE(res.body == pdf) << "the bytes differ";
    EXPECT_EQ(res.header("content-length"), std::to_string(pdf.size()));
    EXPECT_EQ(res.header("content-disposition"), "attachment; filename=\"groot.pdf\"; filename*=UTF-8''groot.pdf");
    EXPECT_EQ(res.header("cache-control"), "private, no-store");

    // HEAD: the same head, no body.
    const auto head = raw_exchange(port_of(f.server), "HEAD " + path + " HTTP/1.1\r\nHost: t\r\nCookie: " + cookie_header(c) +
                                                          "\r\nConnection: close\r\n\r\n");
    ASSERT_TRUE(head.starts_with("HTTP/1.1 200 OK\r\n")) << head.substr(0, 200);
    EXPECT_NE(head.find("Content-Length: " + std::to_string(pdf.size()) + "\r\n"), std::string::npos) << head;
    EXPECT_TRUE(head.ends_with("\r\n\r\n")) << "a HEAD answer has no body; got " << head.size() << " bytes";

    // A client that reads 100 KB and hangs up: the server gives up on it and serves the next one.
    const auto part = raw_exchange(port_of(f.server), "GET " + path + " HTTP/1.1\r\nHost: t\r\nCookie: " + cookie_header(c) + "\r\n\r\n",
                                   100 * 1024);
    EXPECT_TRUE(part.starts_with("HTTP/1.1 200 OK\r\n"));
    EXPECT_LT(part.size(), pdf.size());
    auto again = c.get(path);
    ASSERT_EQ(again.status, 200);
    EXPECT_TRUE(again.body == pdf);

    // A stored file gone (by hand) is a 404, not a broken answer.
    f.server.lose_file(sk::store::sha256_hex(pdf));
    EXPECT_EQ(c.get(path).status, 404);
}

TEST(StreamedDownloads, AnXlsxExportIsSentFromATemporaryFileThatIsGoneAfterwards) {
    Fixture f;
    auto c = sk::test::signed_in(f.server, sk::test::kOrganiser);
    auto res = c.get(f.progress_xlsx());
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("content-length"), std::to_string(res.body.size()));
    EXPECT_EQ(res.header("content-disposition").value_or("").find("attachment; filename=\""), 0u);
    // A whole zip archive: it starts with a local file header and a real reader opens it.
    EXPECT_TRUE(res.body.starts_with("PK\x03\x04"));
    ASSERT_GT(res.body.size(), 22u);
    EXPECT_EQ(res.body.substr(res.body.size() - 22, 4), std::string("PK\x05\x06", 4)) << "the end of central directory closes the file";
    const auto sheet = sk::test::xlsx_active_sheet(f.server.data_dir(), res.body, "progress.xlsx");
    ASSERT_TRUE(sheet.is_object());
    EXPECT_EQ(sheet.at("rows").as_array().size(), 3u);  // header + 2 schools
    // The temporary file was removed as soon as the server opened it to send.
    EXPECT_TRUE(fs::is_directory(f.tmp_dir()));
    EXPECT_TRUE(f.temp_files().empty()) << f.temp_files().front();

    // HEAD: its length, no body, no file left.
    const auto head = raw_exchange(port_of(f.server), "HEAD " + f.progress_xlsx() + " HTTP/1.1\r\nHost: t\r\nCookie: " + cookie_header(c) +
                                                          "\r\nConnection: close\r\n\r\n");
    ASSERT_TRUE(head.starts_with("HTTP/1.1 200 OK\r\n")) << head.substr(0, 200);
    EXPECT_NE(head.find("Content-Length: "), std::string::npos);
    EXPECT_TRUE(head.ends_with("\r\n\r\n"));
    EXPECT_TRUE(f.temp_files().empty());

    // A client that reads only the head's first bytes and hangs up leaves nothing behind either.
    const auto part = raw_exchange(port_of(f.server), "GET " + f.progress_xlsx() + " HTTP/1.1\r\nHost: t\r\nCookie: " + cookie_header(c) + "\r\n\r\n", 20);
    EXPECT_TRUE(part.starts_with("HTTP/1.1 200"));
    EXPECT_TRUE(f.temp_files().empty());
    EXPECT_EQ(c.get(f.progress_xlsx()).status, 200);
    EXPECT_TRUE(f.temp_files().empty());

    // The CSV and a PDF export take the same way.
    auto csv = c.get("/api/programmes/" + std::to_string(f.programme) + "/progress.csv");
    ASSERT_EQ(csv.status, 200);
    EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF")) << "UTF-8 with a byte-order mark";
    EXPECT_EQ(csv.header("content-length"), std::to_string(csv.body.size()));
    EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 3);  // header + 2 schools
    auto pdf = c.get("/api/programmes/" + std::to_string(f.programme) + "/group-report.pdf?measurement=baseline&lang=nl");
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    EXPECT_TRUE(pdf.body.starts_with("%PDF-"));
    EXPECT_NE(pdf.body.rfind("%%EOF"), std::string::npos);
    EXPECT_TRUE(f.temp_files().empty());
}

}  // namespace streamed_downloads_test
