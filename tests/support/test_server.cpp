#include "support/test_server.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/paths.h"


namespace sk::test {

extern int lsan_suppressions_linked;  // lsan_suppressions.cpp

namespace fs = std::filesystem;

namespace {
Seed seed_of(const TestServerOptions& o) {
    if (!o.demo_data) return Seed::migrated;
    return o.demo_results_school ? Seed::demo_with_results : Seed::demo;
}
}  // namespace

TestServer::TestServer(TestServerOptions options) : db_(seed_of(options), options.temp_folder) {
    lsan_suppressions_linked = 1;
    std::string tmpl = (options.temp_folder.empty() ? std::string("/tmp") : options.temp_folder) + "/sk-server-XXXXXX";
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary folder");
    data_dir_ = tmpl;
    // A stand-in for web/dist: an index page, the survey page and one hashed asset, enough to test static serving
    // without depending on a front-end build.
    fs::create_directories(data_dir_ + "/web/assets");
    std::ofstream(data_dir_ + "/web/index.html") << "<!doctype html><html lang=\"nl\"><head><title>STEMkompas</title></head>"
                                                     "<body><div id=\"root\"></div></body></html>";
    std::ofstream(data_dir_ + "/web/survey.html") << "<!doctype html><html lang=\"nl\"><head><title>STEMkompas</title></head>"
                                                      "<body><div id=\"root\" data-page=\"survey\"></div></body></html>";
    std::string js = "console.log('STEMkompas');\n";
    for (int i = 0; i < 50; ++i) js += "export const line" + std::to_string(i) + " = 'some repeated text to compress';\n";
    std::ofstream(data_dir_ + "/web/assets/app-abc123.js") << js;
    fs::create_directories(data_dir_ + "/web/.vite");
    std::ofstream(data_dir_ + "/web/.vite/manifest.json") << R"({"index.html":{"file":"assets/app-abc123.js"}})";

    app::Config config;
    config.db_url = db_.url();
    config.port = 0;
    config.threads = options.threads;
    config.data_dir = data_dir_ + "/data";
    config.web_dir = data_dir_ + "/web";
    config.frameworks_dir = std::string(SK_SOURCE_DIR) + "/data/frameworks";
    config.smtp_url = options.smtp_url;
    config.access_log = false;
    config.sqlite_sync_full = options.durable_sqlite;
    config.mail_worker = false;
    config.base_url = "http://app.test";
    now_ = std::make_shared<std::atomic<std::int64_t>>(static_cast<std::int64_t>(std::time(nullptr)));
    config.clock = [now = now_] { return now->load(); };  // links in mail; tests only read them
    // Tests move the frozen clock on by days with a session open, as if its user had stayed active: no idle
    // limit here. The idle limits have tests of their own (api/session_security_test.cpp) that set them.
    config.idle_timeout_staff = config.idle_timeout = kNoIdleLimit;
    if (options.configure) options.configure(config);
    app_ = std::make_unique<app::App>(config);
    app_->start();
}

TestServer::~TestServer() {
    app_->stop();
    app_.reset();
    store::set_sqlite_sync(store::SqliteSync::normal);  // the App set it process-wide
    std::error_code ec;
    fs::remove_all(data_dir_, ec);
}

std::string TestServer::base_url() const { return "http://127.0.0.1:" + std::to_string(app_->port()); }

std::string TestServer::put_file(const std::string& bytes) { return files().add(db(), bytes, [](const std::string&) {}); }

bool TestServer::file_stored(const std::string& sha256) {
    const auto all = files().hashes(db());
    return std::find(all.begin(), all.end(), sha256) != all.end();
}

std::size_t TestServer::stored_file_count() { return files().hashes(db()).size(); }

void TestServer::lose_file(const std::string& sha256) {
    db().exec("DELETE FROM stored_file_chunks WHERE sha256 = $1", {sha256});
    db().exec("DELETE FROM stored_files WHERE sha256 = $1", {sha256});
    for (const char* folder : {"/data/evidence/", "/data/file-cache/"}) std::filesystem::remove(data_dir_ + folder + sha256.substr(0, 2) + "/" + sha256);
}

std::vector<std::string> TestServer::mail_files() const {
    std::vector<fs::path> paths;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(mail_dir(), ec))
        if (e.path().extension() == ".eml") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end(), [](const fs::path& a, const fs::path& b) {
        return fs::last_write_time(a) < fs::last_write_time(b) || (fs::last_write_time(a) == fs::last_write_time(b) && a < b);
    });
    std::vector<std::string> out;
    for (const auto& p : paths) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        out.push_back(s.str());
    }
    return out;
}

}  // namespace sk::test
