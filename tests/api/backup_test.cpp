// `stemkompas backup` and `restore` as an operator runs them, on the real binary: a backup taken while
// eight clients autosave holds every write acknowledged before it started, its manifest verifies, and
// restore refuses what it must (a target with data, a damaged backup, a backup folder that is not empty).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "app/demo.h"
#include "app/file_store_setup.h"
#include "store/evidence_files.h"
#include "store/migrations.h"
#include "support/http_client.h"
#include "support/paths.h"
#include "support/sample_files.h"
#include "support/serve_process.h"
#include "support/team_fixtures.h"
#include "support/temp_dir.h"
#include "support/test_db.h"

namespace backup_test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string shell_arg(const std::string& s) { return "'" + s + "'"; }

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string day(std::int64_t offset_days) {
    const std::time_t t = std::time(nullptr) + offset_days * 86400;
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

using sk::test::TempDir;

// A database (on the backend under test) to restore into, empty: a new SQLite file, or a PostgreSQL test
// database with its schema emptied.
struct EmptyTarget {
    sk::test::TestDb db;
    std::string url;
    explicit EmptyTarget(const std::string& folder) {
        if (db.postgres()) {
            db.db().exec_script("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
            url = db.url();
        } else {
            url = folder + "/restored/stemkompas.db";
        }
    }
};

// Every file of the manifest has its size and SHA-256; the paths listed.
std::vector<std::string> verify_manifest(const fs::path& backup) {
    std::vector<std::string> paths;
    const auto manifest = boost::json::parse(read_file(backup / "manifest.json")).as_object();
    EXPECT_EQ(manifest.at("formatVersion").as_int64(), 1);
    EXPECT_FALSE(manifest.at("createdAt").as_string().empty());
    EXPECT_EQ(manifest.at("schemaVersion").as_int64(), sk::store::embedded_migrations().back().version);
    EXPECT_EQ(manifest.at("binaryVersion").as_string(), sk::test::run_cli("--version").text.substr(11, manifest.at("binaryVersion").as_string().size()))
        << "the version `stemkompas --version` prints";
    EXPECT_EQ(manifest.at("database").as_string(), sk::test::test_backend() == "postgres" ? "postgres" : "sqlite");
    for (const auto& v : manifest.at("files").as_array()) {
        const auto& f = v.as_object();
        const std::string path(f.at("path").as_string());
        const auto bytes = read_file(backup / path);
        EXPECT_EQ(static_cast<std::int64_t>(bytes.size()), f.at("size").as_int64()) << path;
        EXPECT_EQ(sk::store::sha256_hex(bytes), f.at("sha256").as_string()) << path;
        struct stat st {};
        EXPECT_EQ(::stat((backup / path).c_str(), &st), 0) << path;
        EXPECT_EQ(st.st_mode & 077, 0u) << path << " must be owner-only";
        paths.push_back(path);
    }
    return paths;
}

struct Ack {
    long long version;
    std::string comment;
    Clock::time_point at;
};

}  // namespace

TEST(Backup, WhileEightWritersAutosaveHoldsEveryAcknowledgedWriteAndRestores) {
    TempDir tmp;
    ASSERT_FALSE(tmp.path.empty());
    sk::test::TestDb source(sk::test::Seed::demo);
    auto& db = source.db();
    // A baseline open today by the real clock (the server process has no test clock).
    const auto programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Backupprogramma", 20,
                                                    {{"baseline", day(-10), day(30)}});
    db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
    const auto school = sk::test::org_id(db, "Demoschool Sint-Lucas");
    sk::test::add_participant(db, programme, school, "school");

    const std::string data_dir = tmp.path + "/data";
    const int port = sk::test::free_loopback_port();
    sk::test::ServeProcess server(sk::test::serve_args(source.url(), port, data_dir), tmp.path);
    ASSERT_TRUE(server.wait_until_up(port)) << server.log();
    const std::string base = "http://127.0.0.1:" + std::to_string(port);

    sk::test::HttpClient coordinator(base);
    ASSERT_EQ(coordinator.login("coordinator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
    const std::string evidence = "/api/organisations/" + std::to_string(school) + "/evidence/files";
    for (const auto& [bytes, name] : {std::pair{sk::test::sample_pdf(), "plan.pdf"}, std::pair{sk::test::sample_png(), "foto.png"}}) {
        auto up = coordinator.post(evidence, bytes, {{"X-File-Name", name}, {"Content-Type", "application/octet-stream"}});
        ASSERT_EQ(up.status, 201) << up.body;
    }
    auto started = coordinator.post("/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school) +
                                        "/measurements/baseline",
                                    "{}");
    ASSERT_EQ(started.status, 201) << started.body;
    const std::string answers = "/api/measurements/" + std::to_string(started.json_int("/id")) + "/answers/C0";

    constexpr int kWriters = 8;
    std::atomic<bool> stop{false};
    std::vector<std::vector<Ack>> acks(kWriters);
    std::array<std::atomic<int>, kWriters> acked{};  // how many writes each writer has had acknowledged
    std::vector<std::string> errors(kWriters);
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            sk::test::HttpClient c(base);
            if (c.login("coordinator@demo.stemkompas.be", sk::app::kDemoPassword).status != 200) {
                errors[w] = "log-in failed";
                acked[w] = 1 << 30;
                return;
            }
            long long version = 0;
            for (int n = 0; !stop; ++n) {
                const std::string comment = "schrijver " + std::to_string(w) + " stap " + std::to_string(n);
                auto res = c.put(answers + std::to_string(w + 1),
                                 R"({"level":"competent","comment":")" + comment + R"(","version":)" + std::to_string(version) + "}");
                if (res.status != 200) {
                    errors[w] = std::to_string(res.status) + " " + res.body;
                    acked[w] = 1 << 30;  // nothing to wait for
                    return;
                }
                version = res.json_int("/version");
                acks[w].push_back({version, comment, Clock::now()});
                ++acked[w];
            }
        });
    }
    // Waits (up to 60 s) until every writer has at least `n` writes acknowledged.
    auto wait_for_acks = [&](const std::array<int, kWriters>& n) {
        const auto deadline = Clock::now() + std::chrono::seconds(60);
        for (int w = 0; w < kWriters; ++w)
            while (acked[w] < n[w] && Clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    };
    wait_for_acks({5, 5, 5, 5, 5, 5, 5, 5});
    const std::string backup = tmp.path + "/backup";
    const auto backup_started = Clock::now();
    auto made = sk::test::run_cli("backup --db " + shell_arg(source.url()) + " --data-dir " + shell_arg(data_dir) + " --to " + shell_arg(backup));
    std::array<int, kWriters> then{};
    for (int w = 0; w < kWriters; ++w) then[w] = acked[w] + 3;
    wait_for_acks(then);  // and a few more after it, so the backup really ran among writes
    stop = true;
    for (auto& t : writers) t.join();
    ASSERT_EQ(made.status, 0) << made.text;
    for (int w = 0; w < kWriters; ++w) EXPECT_EQ(errors[w], "") << "writer " << w;

    const auto paths = verify_manifest(backup);
    // The uploads are in files/ with the folder store (SQLite's default), in the dump with the database
    // store (PostgreSQL's): `backup` includes them either way.
    int evidence_files = 0;
    for (const auto& p : paths) evidence_files += p.starts_with("files/evidence/");
    EXPECT_EQ(evidence_files, source.postgres() ? 0 : 2);
    EXPECT_EQ(std::find(paths.begin(), paths.end(), "files/feed.key"), paths.end()) << "the key is in the database now";
    EXPECT_EQ(paths.front(), source.postgres() ? "database.pgdump" : "database.sqlite");

    EmptyTarget target(tmp.path);
    const std::string restored_data = tmp.path + "/restored-data";
    auto restored = sk::test::run_cli("restore --from " + shell_arg(backup) + " --db " + shell_arg(target.url) + " --data-dir " + shell_arg(restored_data));
    ASSERT_EQ(restored.status, 0) << restored.text;
    for (const auto& p : paths) {
        if (p.starts_with("files/evidence/")) {
            EXPECT_EQ(read_file(restored_data + "/" + p.substr(6)), read_file(backup + "/" + p)) << p;
        }
    }

    auto check = sk::store::open(target.url);
    const std::string key = "SELECT value FROM shared_settings WHERE name = 'feed_key'";
    EXPECT_EQ(check->exec(key).one().str(0), db.exec(key).one().str(0)) << "calendar URLs keep working after a restore";
    auto files = sk::app::make_file_store(sk::store::default_file_store_kind(target.url), restored_data);
    for (const auto& bytes : {sk::test::sample_pdf(), sk::test::sample_png()})
        EXPECT_EQ(sk::store::read_stored_file(*files, *check, sk::store::sha256_hex(bytes)), bytes);

    // Each writer saves one criterion over and over: the restored answer is at least the last version
    // acknowledged before the backup started, and holds exactly what was sent for that version.
    int before = 0, after = 0;
    for (int w = 0; w < kWriters; ++w) {
        const Ack* last_before = nullptr;
        for (const auto& a : acks[w]) {
            if (a.at < backup_started) last_before = &a, ++before;
            else ++after;
        }
        auto row = check->exec("SELECT version, comment FROM measurement_answers WHERE measurement_id = $1 AND criterion_id = $2",
                               {started.json_int("/id"), "C0" + std::to_string(w + 1)});
        ASSERT_NE(last_before, nullptr) << "writer " << w << " had no write acknowledged before the backup";
        ASSERT_FALSE(row.empty()) << "writer " << w;
        const auto version = row.one().i64(0);
        EXPECT_GE(version, last_before->version) << "writer " << w;
        bool sent = false;
        for (const auto& a : acks[w]) sent = sent || (a.version == version && a.comment == row.one().str(1));
        EXPECT_TRUE(sent) << "writer " << w << ": version " << version << " holds " << row.one().str(1);
    }
    EXPECT_GT(before, kWriters);
    EXPECT_GT(after, 0) << "the writers kept writing during the backup";
    server.stop();
}

TEST(Backup, RestoreRefusesATargetWithDataAndADamagedBackup) {
    TempDir tmp;
    sk::test::TestDb source(sk::test::Seed::demo);
    const std::string data_dir = tmp.path + "/data";
    const auto hash = sk::store::put_evidence_file(data_dir + "/evidence", sk::test::sample_pdf());
    const std::string backup = tmp.path + "/backup";
    auto made = sk::test::run_cli("backup --db " + shell_arg(source.url()) + " --data-dir " + shell_arg(data_dir) + " --to " + shell_arg(backup));
    ASSERT_EQ(made.status, 0) << made.text;

    // A target with data (the source itself; its data dir is not empty either) needs --force.
    auto refused = sk::test::run_cli("restore --from " + shell_arg(backup) + " --db " + shell_arg(source.url()) + " --data-dir " + shell_arg(data_dir));
    EXPECT_EQ(refused.status, 1) << refused.text;
    EXPECT_NE(refused.text.find("--force"), std::string::npos) << refused.text;
    EmptyTarget empty(tmp.path);
    auto data_not_empty = sk::test::run_cli("restore --from " + shell_arg(backup) + " --db " + shell_arg(empty.url) + " --data-dir " + shell_arg(data_dir));
    EXPECT_EQ(data_not_empty.status, 1) << data_not_empty.text;
    EXPECT_NE(data_not_empty.text.find("is not empty"), std::string::npos) << data_not_empty.text;
    auto forced = sk::test::run_cli("restore --from " + shell_arg(backup) + " --db " + shell_arg(source.url()) + " --data-dir " + shell_arg(data_dir) +
                                    " --force");
    EXPECT_EQ(forced.status, 0) << forced.text;

    // One flipped byte in an evidence file: refused with its name, before anything is written.
    const std::string damaged = "files/evidence/" + hash.substr(0, 2) + "/" + hash;
    {
        std::fstream f(backup + "/" + damaged, std::ios::in | std::ios::out | std::ios::binary);
        ASSERT_TRUE(f.good());
        char c = 0;
        f.seekg(5);
        f.get(c);
        f.seekp(5);
        f.put(static_cast<char>(c ^ 1));
    }
    EmptyTarget target(tmp.path);
    const std::string new_data = tmp.path + "/new-data";
    auto bad = sk::test::run_cli("restore --from " + shell_arg(backup) + " --db " + shell_arg(target.url) + " --data-dir " + shell_arg(new_data));
    EXPECT_EQ(bad.status, 1) << bad.text;
    EXPECT_NE(bad.text.find(damaged), std::string::npos) << bad.text;
    EXPECT_NE(bad.text.find("checksum"), std::string::npos) << bad.text;
    EXPECT_FALSE(fs::exists(new_data)) << "nothing is restored from a damaged backup";
    if (!target.db.postgres()) {
        EXPECT_FALSE(fs::exists(target.url));
    } else {
        EXPECT_EQ(target.db.db().exec("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'").one().i64(0), 0);
    }
}

TEST(Backup, RefusesAFolderThatIsNotEmpty) {
    TempDir tmp;
    sk::test::TestDb source;
    const std::string out = tmp.path + "/out";
    fs::create_directories(out);
    { std::ofstream(out + "/keep.txt") << "van iemand anders"; }
    auto refused = sk::test::run_cli("backup --db " + shell_arg(source.url()) + " --data-dir " + shell_arg(tmp.path + "/data") + " --to " + shell_arg(out));
    EXPECT_EQ(refused.status, 1) << refused.text;
    EXPECT_NE(refused.text.find("not empty"), std::string::npos) << refused.text;
    EXPECT_EQ(read_file(out + "/keep.txt"), "van iemand anders");
    EXPECT_FALSE(fs::exists(out + "/manifest.json"));
    // A database password never shows, whatever fails.
    auto unreachable = sk::test::run_cli("backup --db postgresql://ann:geheim-wachtwoord@127.0.0.1:1/none --to " + shell_arg(tmp.path + "/pg"));
    EXPECT_EQ(unreachable.status, 1) << unreachable.text;
    EXPECT_EQ(unreachable.text.find("geheim-wachtwoord"), std::string::npos) << unreachable.text;
    // An empty folder is fine.
    const std::string empty = tmp.path + "/empty";
    fs::create_directories(empty);
    auto made = sk::test::run_cli("backup --db " + shell_arg(source.url()) + " --data-dir " + shell_arg(tmp.path + "/data") + " --to " + shell_arg(empty));
    EXPECT_EQ(made.status, 0) << made.text;
}

}  // namespace backup_test
