// `stemkompas copy` on the real binary, as an operator moves an installation: a SQLite database with the demo
// data (and what the demo lacks: evidence metadata, text that must survive byte for byte, a NULL, a gap in
// the ids) copied to PostgreSQL and back to SQLite, every table's row count and checksum equal on all three;
// the copies take new rows (identity sequences continue) and a log-in; a target with data and a source at an
// older schema are refused without changing anything.
//
// The test needs both engines at once, so it runs in the SK_TEST_DB=postgres run only (which `make test`
// runs, with the throwaway cluster); the SQLite run skips it and says why.
#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "app/copy.h"
#include "app/demo.h"
#include "store/accounts.h"
#include "store/evidence.h"
#include "store/evidence_files.h"
#include "store/file_store.h"
#include "support/sample_files.h"
#include "store/migrations.h"
#include "support/file_readers.h"
#include "support/http_client.h"
#include "support/serve_process.h"
#include "support/temp_dir.h"
#include "support/test_db.h"

namespace copy_test {
namespace {

namespace fs = std::filesystem;

#define SKIP_UNLESS_BOTH_ENGINES()                \
    if (sk::test::test_backend() != "postgres") \
    GTEST_SKIP() << "copy needs SQLite and PostgreSQL at once: runs with SK_TEST_DB=postgres (make test)"

constexpr const char* kText = "École \"Ter Zee\" — l'été 🚀\nregel twee\\";
constexpr const char* kPassword = "geheim-wachtwoord";

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// `url` with a password for its user; the test cluster trusts local connections, so it still connects.
std::string with_password(const std::string& url) {
    const auto at = url.find('@', url.find("://") + 3);
    return url.substr(0, at) + ":" + kPassword + url.substr(at);
}

struct Source {
    std::string path;
    std::string data_dir;                   // its data folder, with the evidence file in evidence/
    std::string file;                       // the evidence file's bytes
    std::int64_t deleted_organisation = 0;  // an id the source issued and deleted
};

// A SQLite installation as `stemkompas demo` leaves it, plus a piece of evidence (a file's metadata and two
// criteria; the bytes stay in the data folder), an organisation whose name needs every byte kept, a NULL (the
// evidence's url) and an organisation made and deleted, whose id no copy may hand out again.
Source sqlite_demo(const std::string& folder) {
    Source s{folder + "/source/stemkompas.db", folder + "/source-data", sk::test::sample_pdf()};
    fs::create_directories(folder + "/source");
    auto db = sk::store::open(s.path);
    sk::store::migrate(*db);
    sk::app::load_demo(*db);
    const std::int64_t now = std::time(nullptr);
    const auto school = sk::store::create_organisation(*db, kText, "school", now);
    const auto coordinator = sk::store::find_user_by_email(*db, "coordinator@demo.stemkompas.be")->id;
    sk::store::create_evidence(*db,
                               {.organisation_id = school,
                                .kind = "file",
                                .title = "Lesplan robotica",
                                .description = "",
                                .url = std::nullopt,
                                .file_name = "lesplan.pdf",
                                .content_type = "application/pdf",
                                .size = static_cast<std::int64_t>(s.file.size()),
                                .sha256 = sk::store::put_evidence_file(s.data_dir + "/evidence", s.file),
                                .criterion_ids = {"1.1", "2.3"},
                                .created_by = coordinator},
                               now);
    s.deleted_organisation = sk::store::create_organisation(*db, "Weg", "company", now);
    db->exec("DELETE FROM organisations WHERE id = $1", {s.deleted_organisation});
    // In rollback-journal mode, like the database.sqlite of a backup folder: copy must not switch it to WAL
    // (that rewrites the file's header and would break the backup's checksum).
    db->exec_script("PRAGMA journal_mode=DELETE");
    return s;
}

// A PostgreSQL database of the test cluster with nothing in it, not even the schema.
struct EmptyPostgres {
    sk::test::TestDb db{sk::test::Seed::migrated};
    EmptyPostgres() { db.db().exec_script("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"); }
    std::int64_t tables() {
        const auto sql = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()";
        return db.db().exec(sql).one().i64(0);
    }
};

std::vector<std::string> described(const std::vector<sk::app::TableSum>& sums) {
    std::vector<std::string> out;
    for (const auto& s : sums) out.push_back(s.table + " " + std::to_string(s.rows) + " " + s.checksum);
    return out;
}

std::vector<std::string> sums_of(const std::string& url) { return described(sk::app::table_checksums(*sk::store::open(url))); }

std::int64_t count(sk::store::Db& db, const std::string& table) {
    return db.exec("SELECT COUNT(*) FROM \"" + table + "\"").one().i64(0);
}

TEST(Copy, SqliteToPostgresAndBackKeepsEveryRowAndTakesNewRows) {
    SKIP_UNLESS_BOTH_ENGINES();
    sk::test::TempDir tmp("sk-copy");
    const auto source = sqlite_demo(tmp.path);
    EmptyPostgres pg;
    const std::string back = tmp.path + "/back/stemkompas.db";
    const std::string source_bytes = sk::test::read_file(source.path);

    const auto to_pg = sk::test::run_cli("copy --from " + quoted("sqlite:" + source.path) + " --to " + quoted(with_password(pg.db.url())) +
                                         " --data-dir " + quoted(source.data_dir));
    ASSERT_EQ(to_pg.status, 0) << to_pg.text;
    EXPECT_NE(to_pg.text.find("Moved 1 file(s) into the target database"), std::string::npos) << to_pg.text;
    EXPECT_NE(to_pg.text.find("  users: 8 row(s)\n"), std::string::npos) << to_pg.text;
    EXPECT_NE(to_pg.text.find("  evidence_criteria: 2 row(s)\n"), std::string::npos) << to_pg.text;
    EXPECT_NE(to_pg.text.find("row counts and checksums are equal on both sides"), std::string::npos) << to_pg.text;
    EXPECT_EQ(to_pg.text.find(kPassword), std::string::npos) << to_pg.text;
    EXPECT_NE(to_pg.text.find("postgres:***@"), std::string::npos) << to_pg.text;

    const std::string back_data = tmp.path + "/back-data";
    const auto to_sqlite = sk::test::run_cli("copy --from " + quoted(pg.db.url()) + " --to " + quoted(back) + " --data-dir " +
                                             quoted(tmp.path + "/pg-data") + " --to-data-dir " + quoted(back_data));
    ASSERT_EQ(to_sqlite.status, 0) << to_sqlite.text;
    EXPECT_NE(to_sqlite.text.find("Moved 1 file(s) into the folder " + back_data + "/evidence"), std::string::npos) << to_sqlite.text;

    // The file moved with the rows: into PostgreSQL's database store, and from there into the folder store
    // of the SQLite copy, which keeps no second copy in its database.
    const auto sha = sk::store::sha256_hex(source.file);
    auto pg_files = sk::store::make_database_file_store(tmp.path + "/pg-data/file-cache");
    EXPECT_EQ(sk::store::read_stored_file(*pg_files, pg.db.db(), sha), source.file);
    EXPECT_EQ(sk::test::read_file(sk::store::evidence_file_path(back_data + "/evidence", sha)), source.file);
    EXPECT_TRUE(sk::test::read_file(source.path) == source_bytes) << "the source file was written to";

    // Every table, the same rows on all three, by the command's checksum and by a plain COUNT(*).
    const auto expected = sums_of(source.path);
    ASSERT_GE(expected.size(), 60u);
    // PostgreSQL holds the file's rows besides (stored_files, stored_file_chunks); the others hold none.
    auto without_files = [](std::vector<std::string> sums) {
        std::erase_if(sums, [](const std::string& s) { return s.starts_with("stored_file"); });
        return sums;
    };
    EXPECT_EQ(without_files(sums_of(pg.db.url())), without_files(expected));
    EXPECT_EQ(sums_of(back), expected);
    auto src = sk::store::open(source.path);
    auto pg_copy = pg.db.connect();
    auto back_copy = sk::store::open(back);
    std::int64_t rows = 0;
    for (const auto& t : sk::app::table_checksums(*src)) {
        rows += t.rows;
        EXPECT_EQ(count(*src, t.table), t.rows) << t.table;
        EXPECT_EQ(count(*pg_copy, t.table), t.table.starts_with("stored_file") ? 1 : t.rows) << t.table;
        EXPECT_EQ(count(*back_copy, t.table), t.rows) << t.table;
    }
    EXPECT_GT(rows, 600);

    for (auto* db : {pg_copy.get(), back_copy.get()}) {
        // Triggers keep surveys.response_count; the copy takes the counts as they are, not counted twice.
        EXPECT_EQ(db->exec("SELECT COUNT(*) FROM surveys s WHERE response_count <> "
                           "(SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = s.id)")
                      .one()
                      .i64(0),
                  0);
        EXPECT_GT(db->exec("SELECT SUM(response_count) FROM surveys").one().i64(0), 0);
        EXPECT_TRUE(sk::store::find_organisation_by_name(*db, kText, "school").has_value());
        // New rows get new ids: after every copied one and after the source's deleted one.
        const auto id = sk::store::create_organisation(*db, "Na de kopie", "school", std::time(nullptr));
        EXPECT_GT(id, source.deleted_organisation);
        // Triggers are back: a new response counts.
        const auto survey = db->exec("SELECT id, response_count FROM surveys ORDER BY id LIMIT 1").one();
        db->exec("INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, '2026-12-07')", {survey.i64(0)});
        EXPECT_EQ(db->exec("SELECT response_count FROM surveys WHERE id = $1", {survey.i64(0)}).one().i64(0), survey.i64(1) + 1);
    }

    // The copy serves: a log-in (a new session row) on PostgreSQL.
    const int port = sk::test::free_loopback_port();
    sk::test::ServeProcess server(sk::test::serve_args(pg.db.url(), port, tmp.path + "/data"), tmp.path);
    ASSERT_TRUE(server.wait_until_up(port)) << server.log();
    sk::test::HttpClient coordinator("http://127.0.0.1:" + std::to_string(port));
    EXPECT_EQ(coordinator.login("coordinator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);

    // The checksum sees one changed cell, in that table only.
    const auto before = sk::app::table_checksums(*back_copy);
    back_copy->exec("UPDATE users SET name = name || '.' WHERE id = (SELECT MIN(id) FROM users)");
    const auto after = sk::app::table_checksums(*back_copy);
    ASSERT_EQ(before.size(), after.size());
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_EQ(before[i].checksum == after[i].checksum, before[i].table != "users") << before[i].table;
}

TEST(Copy, RefusesATargetWithDataAndChangesNothing) {
    SKIP_UNLESS_BOTH_ENGINES();
    sk::test::TempDir tmp("sk-copy");
    const auto source = sqlite_demo(tmp.path);
    sk::test::TestDb pg(sk::test::Seed::demo);
    const auto pg_before = sums_of(pg.url());
    const auto sqlite_before = sums_of(source.path);

    const auto into_pg = sk::test::run_cli("copy --from " + quoted(source.path) + " --to " + quoted(with_password(pg.url())));
    EXPECT_NE(into_pg.status, 0);
    EXPECT_NE(into_pg.text.find("the target already holds data"), std::string::npos) << into_pg.text;
    EXPECT_EQ(into_pg.text.find(kPassword), std::string::npos) << into_pg.text;
    EXPECT_EQ(sums_of(pg.url()), pg_before);

    const auto into_sqlite = sk::test::run_cli("copy --from " + quoted(pg.url()) + " --to " + quoted("sqlite://" + source.path));
    EXPECT_NE(into_sqlite.status, 0);
    EXPECT_NE(into_sqlite.text.find("the target already holds data"), std::string::npos) << into_sqlite.text;
    EXPECT_EQ(sums_of(source.path), sqlite_before);

    const auto itself = sk::test::run_cli("copy --from " + quoted(source.path) + " --to " + quoted("sqlite:" + source.path));
    EXPECT_NE(itself.status, 0);
    EXPECT_NE(itself.text.find("the same database"), std::string::npos) << itself.text;
}

TEST(Copy, RefusesASourceAtAnOlderSchemaOrMissing) {
    SKIP_UNLESS_BOTH_ENGINES();
    sk::test::TempDir tmp("sk-copy");
    const std::string old = tmp.path + "/old.db";
    {
        auto db = sk::store::open(old);
        sk::store::migrate(*db);
        db->exec("DELETE FROM schema_migrations WHERE version = $1", {std::int64_t{sk::store::latest_schema_version()}});
    }
    EmptyPostgres pg;
    const auto refused = sk::test::run_cli("copy --from " + quoted(old) + " --to " + quoted(pg.db.url()));
    EXPECT_NE(refused.status, 0);
    EXPECT_NE(refused.text.find("schema version " + std::to_string(sk::store::latest_schema_version() - 1)), std::string::npos)
        << refused.text;
    EXPECT_NE(refused.text.find("stemkompas migrate"), std::string::npos) << refused.text;
    EXPECT_EQ(pg.tables(), 0) << "the target was touched";

    const auto missing = sk::test::run_cli("copy --from " + quoted(tmp.path + "/none.db") + " --to " + quoted(pg.db.url()));
    EXPECT_NE(missing.status, 0);
    EXPECT_NE(missing.text.find("no SQLite database at"), std::string::npos) << missing.text;
    EXPECT_FALSE(fs::exists(tmp.path + "/none.db"));
    EXPECT_EQ(pg.tables(), 0);
}

}  // namespace
}  // namespace copy_test
