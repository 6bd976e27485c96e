// A full disk (issue 21 point 2): an evidence upload, a session attachment, a database commit and an
// export answer 507 storage_full in nl and en, leave no file (temporary or whole) and no row, reads go on,
// and the same writes work once there is room again — on SQLite and PostgreSQL.
//
// The server's data folder, and on SQLite its database file, live on a small tmpfs of the test's own
// (support/small_filesystem.h). PostgreSQL's cluster is not put on it: a PostgreSQL whose WAL cannot be
// written stops (PANIC), which is no answer to test. A tablespace on the small filesystem holds the one
// table whose growth the test needs to meet a full disk (session_attachments), so PostgreSQL's own
// "could not extend file" (SQLSTATE 53100) comes back through the API as it would in production.
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "api/api_helpers.h"
#include "support/captured_log.h"
#include "support/sample_files.h"
#include "support/small_filesystem.h"
#include "support/small_tablespace.h"
#include "support/team_fixtures.h"
#include "support/test_db.h"
#include "support/test_server.h"

namespace full_disk_test {

namespace fs = std::filesystem;
using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::SmallFilesystem;
using sk::test::SmallTablespace;
using sk::test::TestServer;

const std::string kAttachment = "%PDF-1.4\n% the slides of a session\n";  // well under a 4 KiB page
constexpr std::size_t kOnePage = 4096;

bool on_postgres() { return sk::test::test_backend() == "postgres"; }

// Everything the process logs while it lives: the operator's line about the full disk.
using sk::test::CapturedLog;

// A school with its coordinator and a programme of the demo organiser with a network session, on a server
// whose data folder (and SQLite file) is on an 8 MiB filesystem that the test fills. Files go to the
// folder store unless `file_store` says otherwise (the database store's own case is the last test).
struct Fixture {
    explicit Fixture(std::string file_store = "folder")
        : server{{.temp_folder = disk.path(), .configure = [file_store](sk::app::Config& c) { c.file_store = file_store; }}} {
        setUp();
    }

    CapturedLog log;
    SmallFilesystem disk{8 * 1024, on_postgres() ? "postgres" : ""};
    SmallTablespace tablespace{disk};
    TestServer server;
    std::int64_t programme = 0, school = 0;
    HttpClient coordinator{server.client()}, organiser{server.client()};
    std::string session;

    void setUp() {
        std::cout << "[ full disk ] " << disk.how() << std::endl;
        ::testing::Test::RecordProperty("full_disk", disk.how());
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, sk::test::kOrganiser), "Opslagprogramma", 20,
                                             {{"learning_network", "2026-09-01", "2027-06-30"}});
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        server.set_now(sk::test::at_ten_utc("2026-12-05"));
        coordinator = sk::test::signed_in(server, sk::test::kCoordinator);
        organiser = sk::test::signed_in(server, sk::test::kOrganiser);
        const auto res = organiser.post("/api/programmes/" + std::to_string(programme) + "/sessions",
                                        R"({"type":"inspiration","title":"Opslag","description":"","startsAt":"2026-12-10T14:00",)"
                                        R"("endsAt":"2026-12-10T16:30","venueName":"Zaal A","address":"Kerkstraat 1, 8000 Brugge","capacity":10})");
        EXPECT_EQ(res.status, 201) << res.body;
        session = "/api/sessions/" + std::to_string(res.json_int("/id"));
    }

    std::string evidence() const { return "/api/organisations/" + std::to_string(school) + "/evidence"; }
    HttpResponse upload_evidence(const std::map<std::string, std::string>& extra = {}) {
        std::map<std::string, std::string> headers{{"X-File-Name", "plan.pdf"}, {"Content-Type", "application/octet-stream"}};
        headers.insert(extra.begin(), extra.end());
        return coordinator.post(evidence() + "/files", sk::test::sample_pdf(), headers);
    }
    HttpResponse add_link() { return coordinator.post(evidence() + "/links", R"({"title":"Onze STEM-pagina","url":"https://school.be/stem"})"); }
    HttpResponse upload_attachment() { return organiser.post(session + "/attachments", kAttachment, {{"X-File-Name", "slides.pdf"}}); }
    std::string progress_xlsx() const { return "/api/programmes/" + std::to_string(programme) + "/progress.xlsx"; }

    // Regular files under the data folder's `sub` folder, temporary ones included.
    std::int64_t files_in(const std::string& sub) const {
        std::int64_t n = 0;
        std::error_code ec;
        for (const auto& e : fs::recursive_directory_iterator(server.data_dir() + "/data/" + sub, ec))
            if (e.is_regular_file()) ++n;
        return n;
    }
    std::int64_t evidence_total() { return json_of(coordinator.get(evidence())).at("total").as_int64(); }
    std::size_t attachments() { return json_of(organiser.get(session)).at("attachments").as_array().size(); }

    static boost::json::value json_of(const HttpResponse& res) {
        EXPECT_EQ(res.status, 200) << res.body;
        return sk::test::json(res);
    }
};

void expect_storage_full(const HttpResponse& res, sk::core::Language lang = sk::core::Language::nl) {
    EXPECT_EQ(res.status, 507) << res.body;
    EXPECT_EQ(res.json_string("/error/code"), "storage_full") << res.body;
    EXPECT_EQ(res.json_string("/error/message"), sk::api::message(lang, "error.storage_full")) << res.body;
}

TEST(FullDisk, EveryWriteAnswers507KeepsNothingReadsGoOnAndWritesWorkAgainWithRoom) {
    Fixture f;
    const auto evidence_before = f.evidence_total();
    f.disk.fill();

    expect_storage_full(f.upload_evidence());
    expect_storage_full(f.upload_evidence({{"Accept-Language", "en"}}), sk::core::Language::en);
    expect_storage_full(f.upload_attachment());
    // The export's temporary file in the data folder's tmp/ meets the full disk too.
    expect_storage_full(f.organiser.get(f.progress_xlsx()));
    // A write of rows alone: on SQLite its commit appends to the WAL on the full disk. PostgreSQL puts a
    // row in a page its table already has (the evidence table is not on the small filesystem); the next
    // test makes a PostgreSQL commit meet the full disk.
    if (!on_postgres()) expect_storage_full(f.add_link());

    EXPECT_EQ(f.files_in("evidence"), 0) << "no file and no temporary file";
    EXPECT_EQ(f.files_in("tmp"), 0);
    EXPECT_EQ(f.evidence_total(), evidence_before);
    EXPECT_EQ(f.attachments(), 0u);
    EXPECT_EQ(f.organiser.get("/api/programmes/" + std::to_string(f.programme) + "/sessions").status, 200);
    const auto log = f.log.text();
    EXPECT_NE(log.find("the disk is full: cannot write"), std::string::npos) << log;

    f.disk.make_room();
    const auto up = f.upload_evidence();
    EXPECT_EQ(up.status, 201) << up.body;
    EXPECT_EQ(f.upload_attachment().status, 201);
    EXPECT_EQ(f.add_link().status, 201);
    EXPECT_EQ(f.organiser.get(f.progress_xlsx()).status, 200);
    EXPECT_EQ(f.files_in("evidence"), 2);  // the evidence file and the attachment
    EXPECT_EQ(f.evidence_total(), evidence_before + 2);
    EXPECT_EQ(f.attachments(), 1u);
}

TEST(FullDisk, AFileThatFitsIsRemovedAgainWhenTheDatabaseCommitMeetsTheFullDisk) {
    Fixture f;
    if (on_postgres()) {
        if (!f.disk.mounted())
            GTEST_SKIP() << "PostgreSQL is another process: " << f.disk.how() << " of this process cannot fill its disk";
        // An empty table has no page yet: its first row makes PostgreSQL extend the file by 8 KiB.
        f.server.db().exec_script("ALTER TABLE session_attachments SET TABLESPACE " + f.tablespace.name());
        ASSERT_EQ(f.server.db().exec("SELECT COUNT(*) FROM session_attachments").one().i64(0), 0);
    }
    // Room for the attachment's one page and no more: the file is written, the commit is refused.
    f.disk.fill(kOnePage);

    expect_storage_full(f.upload_attachment());
    const auto log = f.log.text();
    EXPECT_NE(log.find(on_postgres() ? "the disk is full: postgres [53100]" : "the disk is full: sqlite:"), std::string::npos)
        << "the database refused, after the file was written\n" << log;
    EXPECT_EQ(f.files_in("evidence"), 0) << "the file written for the row that was not committed is gone";
    EXPECT_EQ(f.attachments(), 0u);
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM session_attachments").one().i64(0), 0);

    f.disk.make_room();
    EXPECT_EQ(f.upload_attachment().status, 201);
    EXPECT_EQ(f.files_in("evidence"), 1);
    EXPECT_EQ(f.attachments(), 1u);
}

// The database store on PostgreSQL: the chunks' table is on the full disk, so the file's bytes and its
// row are refused together, and nothing of either is kept.
TEST(FullDisk, TheDatabaseStoreRefusesTheFileAndItsRowTogether) {
    if (!on_postgres()) GTEST_SKIP() << "the database store's own disk is PostgreSQL's; on SQLite the first test covers it";
    Fixture f("database");
    if (!f.disk.mounted()) GTEST_SKIP() << "PostgreSQL is another process: " << f.disk.how() << " of this process cannot fill its disk";
    f.server.db().exec_script("ALTER TABLE stored_file_chunks SET TABLESPACE " + f.tablespace.name());
    const auto evidence_before = f.evidence_total();
    f.disk.fill();

    expect_storage_full(f.upload_evidence());
    EXPECT_NE(f.log.text().find("the disk is full: postgres [53100]"), std::string::npos) << f.log.text();
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM stored_files").one().i64(0), 0);
    EXPECT_EQ(f.evidence_total(), evidence_before);

    f.disk.make_room();
    const auto up = f.upload_evidence();
    ASSERT_EQ(up.status, 201) << up.body;
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM stored_files").one().i64(0), 1);

    // Downloading is a read: with no room for the local copy on this machine's full disk, the file still
    // comes, from memory, and no half-written copy is left.
    f.disk.fill();
    const auto back = f.coordinator.get("/api/evidence/" + std::to_string(up.json_int("/id")) + "/file");
    EXPECT_EQ(back.status, 200) << back.body.substr(0, 200);
    EXPECT_TRUE(back.body == sk::test::sample_pdf());
    EXPECT_EQ(f.files_in("file-cache"), 0);
    EXPECT_NE(f.log.text().find("sent from memory"), std::string::npos);
    f.disk.make_room();
    EXPECT_TRUE(f.coordinator.get("/api/evidence/" + std::to_string(up.json_int("/id")) + "/file").body == sk::test::sample_pdf());
    EXPECT_EQ(f.files_in("file-cache"), 1) << "with room again, the local copy is made";
}

}  // namespace full_disk_test
