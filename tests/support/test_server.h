// An in-process STEMkompas server on a random loopback port, on a fresh database of the backend named
// by SK_TEST_DB, with the real frameworks and a tiny built front-end. Mail is written as .eml files
// into `mail_dir()` unless `smtp_url` is given; call `drain_mail()` to send what is queued.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/app.h"
#include "support/http_client.h"
#include "support/test_db.h"

namespace sk::test {

// The idle limit of sessions in a TestServer unless `configure` sets one: longer than any clock jump.
inline constexpr std::int64_t kNoIdleLimit = 100LL * 365 * 24 * 3600;

struct TestServerOptions {
    std::string smtp_url{};
    bool demo_data = true;
    bool demo_results_school = false;  // the demo's second school with a submitted baseline and surveys
    int threads = 2;
    // SQLite only: fsync every commit and run autosaves through group commit, as `serve` does by default.
    // Off by default here: fsyncs would slow every test down and the durable path has tests of its own.
    bool durable_sqlite = false;
    // Where the server's folder (data/, web/) and, on SQLite, its database file are made; /tmp when empty.
    // A full-disk test puts them on a small filesystem of its own (support/small_filesystem.h).
    std::string temp_folder{};
    // Changes the server's configuration after the test defaults are set (limits, proxies, access log).
    std::function<void(app::Config&)> configure{};
};

class TestServer {
public:
    explicit TestServer(TestServerOptions options = {});
    ~TestServer();

    std::string base_url() const;
    HttpClient client() const { return HttpClient(base_url()); }
    store::Db& db() { return db_.db(); }
    const std::string& db_url() const { return db_.url(); }  // for connections of a test's own threads
    const std::string& data_dir() const { return data_dir_; }
    std::string mail_dir() const { return data_dir_ + "/data/mail"; }
    std::vector<std::string> mail_files() const;  // raw .eml texts, oldest first
    void drain_mail() { app_->drain_mail(); }
    app::App& app() { return *app_; }

    // The server's file store (folder on SQLite, database on PostgreSQL, as `serve` chooses).
    store::FileStore& files() { return app_->files(); }
    // Stores `bytes` as an upload would, named by no row yet; returns the hash.
    std::string put_file(const std::string& bytes);
    bool file_stored(const std::string& sha256);
    std::size_t stored_file_count();
    // The bytes vanish behind the server's back (a hand on the disk or the table), rows still naming them.
    void lose_file(const std::string& sha256);
    // Request handling runs on a frozen clock, so a test never straddles a rate-limit window or an
    // expiry by accident; move it on purpose.
    std::int64_t now() const { return *now_; }
    void set_now(std::int64_t t) { *now_ = t; }

private:
    TestDb db_;
    std::shared_ptr<std::atomic<std::int64_t>> now_;
    std::string data_dir_;
    std::unique_ptr<app::App> app_;
};

}  // namespace sk::test
