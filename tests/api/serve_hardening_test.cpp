// What the real `stemkompas` binary guards (issue 16, point 6), on both databases: the start-up line and
// error messages hide the database password, every file and folder it creates is owner-only (main's
// umask), and `serve` refuses a port another process listens on. In-process tests go around main, so
// these run the binary (support/serve_process.h).
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <thread>

#include "app/demo.h"
#include "support/http_client.h"
#include "support/serve_process.h"
#include "support/temp_dir.h"
#include "support/test_db.h"

namespace serve_hardening_test {

namespace fs = std::filesystem;
using sk::test::HttpClient;
using sk::test::run_cli;
using sk::test::serve_args;
using sk::test::ServeProcess;

constexpr const char* kSecret = "s3cret-pw";

// A temporary folder, removed with the object.
using sk::test::TempDir;

// The test database's URL with kSecret as its password: the throwaway cluster trusts every local
// connection, so it still connects. The second value is what the start-up line must show instead.
std::pair<std::string, std::string> with_password(const std::string& url) {
    const auto authority = url.find("://") + 3;
    const auto at = url.find('@', authority);
    const auto colon = url.find(':', authority);
    if (at != std::string::npos && (colon == std::string::npos || colon > at)) {
        return {url.substr(0, at) + ":" + kSecret + url.substr(at), url.substr(0, at) + ":***" + url.substr(at)};
    }
    const char* sep = url.find('?') == std::string::npos ? "?" : "&";
    return {url + sep + "password=" + kSecret, url + sep + "password=***"};
}

TEST(ServeHardening, TheStartUpLineHidesTheDatabasePassword) {
    sk::test::TestDb db;
    TempDir dir;
    const auto [url, shown] = db.postgres() ? with_password(db.url()) : std::pair{db.url(), db.url()};
    const int port = sk::test::free_loopback_port();
    ServeProcess serve(serve_args(url, port, dir.path + "/data"), dir.path);
    ASSERT_TRUE(serve.wait_until_up(port)) << serve.log();
    EXPECT_EQ(serve.stop(), 0);
    const auto log = serve.log();
    EXPECT_NE(log.find("(database: " + shown + ")"), std::string::npos) << log;
    EXPECT_EQ(log.find(kSecret), std::string::npos) << log;
}

TEST(ServeHardening, DatabaseErrorsHideThePassword) {
    TempDir dir;
    const struct {
        std::string url;
        std::string shown;  // part of the message, with the password hidden
    } rows[] = {
        // libpq quotes a malformed URI whole
        {"postgresql://ann:s3cret-pw@[::1/none", "postgresql://ann:***@[::1/none"},
        // ... and a bad percent-escape of the query's password
        {"postgresql://127.0.0.1:1/none?password=s3cret-pw%zz", "\"***\""},
        {"postgresql://ann:s3cret-pw@127.0.0.1:1/none", "cannot connect to PostgreSQL"},
    };
    for (const auto& row : rows) {
        for (const std::string command : {"migrate", "demo"}) {
            auto out = run_cli(command + " --db '" + row.url + "'");
            EXPECT_EQ(out.status, 1) << command << " " << row.url;
            EXPECT_NE(out.text.find("error: "), std::string::npos) << out.text;
            EXPECT_NE(out.text.find(row.shown), std::string::npos) << out.text;
            EXPECT_EQ(out.text.find(kSecret), std::string::npos) << out.text;
        }
        ServeProcess serve(serve_args(row.url, sk::test::free_loopback_port(), dir.path + "/data"), dir.path);
        EXPECT_EQ(serve.wait_for_exit(60), 1) << serve.log();
        EXPECT_NE(serve.log().find(row.shown), std::string::npos) << serve.log();
        EXPECT_EQ(serve.log().find(kSecret), std::string::npos) << serve.log();
    }
}

// Every file and folder under the data folder, with its permission bits.
std::map<std::string, unsigned> modes_under(const std::string& root) {
    std::map<std::string, unsigned> out;
    struct stat st {};
    if (::stat(root.c_str(), &st) == 0) out["."] = st.st_mode & 07777;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        if (::lstat(e.path().c_str(), &st) == 0) out[fs::relative(e.path(), root).string()] = st.st_mode & 07777;
    }
    return out;
}

bool any_ends_with(const std::map<std::string, unsigned>& files, const std::string& end) {
    for (const auto& [name, mode] : files)
        if (name.ends_with(end)) return true;
    return false;
}

// The SQLite database (and its -wal and -shm), an uploaded file and a mail file, in a data folder
// that does not exist yet: `demo` creates the database, `serve` the rest. Both run with umask 022.
TEST(ServeHardening, EveryFileTheServerCreatesIsOwnerOnly) {
    TempDir dir;
    const std::string data = dir.path + "/data";
    const std::string db = data + "/db/stemkompas.db";
    auto demo = run_cli("demo --db '" + db + "'");
    ASSERT_EQ(demo.status, 0) << demo.text;
    const int port = sk::test::free_loopback_port();
    ServeProcess serve(serve_args(db, port, data), dir.path);
    ASSERT_TRUE(serve.wait_until_up(port)) << serve.log();

    HttpClient organiser("http://127.0.0.1:" + std::to_string(port));
    ASSERT_EQ(organiser.login("organisator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
    auto resource = organiser.post("/api/resources", R"({"kind":"playbook","title":"Playbook","published":true})");
    ASSERT_EQ(resource.status, 201) << resource.body;
    auto file = organiser.put("/api/resources/" + std::to_string(resource.json_int("/id")) + "/file", "%PDF-1.4\n% playbook\n",
                              {{"X-File-Name", "playbook.pdf"}});
    ASSERT_EQ(file.status, 200) << file.body;
    HttpClient visitor("http://127.0.0.1:" + std::to_string(port));
    visitor.get("/api/me");
    EXPECT_EQ(visitor.post("/api/auth/password-reset", R"({"email":"coordinator@demo.stemkompas.be"})").status, 202);
    std::map<std::string, unsigned> files;
    for (int i = 0; i < 300 && !any_ends_with(files, ".eml"); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        files = modes_under(data);
    }

    // Looked at while the server runs, so the -wal and -shm files are there too.
    for (const char* expected : {"db/stemkompas.db", "db/stemkompas.db-wal", "db/stemkompas.db-shm", ".eml"})
        EXPECT_TRUE(any_ends_with(files, expected)) << expected << " is missing";
    EXPECT_TRUE(any_ends_with(files, "evidence")) << "the uploaded file's folder is missing";
    for (const auto& [name, mode] : files) {
        const bool folder = fs::is_directory(fs::path(data) / name);
        EXPECT_EQ(mode, folder ? 0700u : 0600u) << name << " has mode " << std::oct << mode;
    }
    EXPECT_EQ(serve.stop(), 0);
}

TEST(ServeHardening, ASecondServerOnTheSamePortRefusesToStart) {
    sk::test::TestDb db;
    TempDir dir;
    const int port = sk::test::free_loopback_port();
    ServeProcess first(serve_args(db.url(), port, dir.path + "/first"), dir.path);
    ASSERT_TRUE(first.wait_until_up(port)) << first.log();

    // Another database, as a forgotten second installation would have.
    ServeProcess second(serve_args(dir.path + "/second/stemkompas.db", port, dir.path + "/second"), dir.path);
    const auto code = second.wait_for_exit(60);
    ASSERT_TRUE(code.has_value()) << "the second server kept running:\n" << second.log();
    EXPECT_EQ(*code, 1);
    EXPECT_NE(second.log().find("error: 127.0.0.1:" + std::to_string(port) + " is already in use by another process"),
              std::string::npos)
        << second.log();
    EXPECT_EQ(second.log().find("is running at"), std::string::npos) << second.log();

    HttpClient c("http://127.0.0.1:" + std::to_string(port));
    for (int i = 0; i < 10; ++i) EXPECT_EQ(c.get("/healthz").status, 200) << "the first server still serves alone";
    EXPECT_EQ(first.stop(), 0);
}

// A listener of some other program, as the kernel sees it: with SO_REUSEPORT (which the kernel alone would
// let us join, being the same user) and without.
TEST(ServeHardening, AForeignListenerOnThePortIsRefused) {
    sk::test::TestDb db;
    TempDir dir;
    for (const bool reuse_port : {false, true}) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (reuse_port) ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
        ASSERT_EQ(::listen(fd, 8), 0);
        socklen_t len = sizeof a;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
        const int port = ntohs(a.sin_port);

        ServeProcess serve(serve_args(db.url(), port, dir.path + "/data"), dir.path);
        const auto code = serve.wait_for_exit(60);
        ::close(fd);
        ASSERT_TRUE(code.has_value()) << "serve started beside a listener " << (reuse_port ? "with" : "without")
                                      << " SO_REUSEPORT:\n" << serve.log();
        EXPECT_EQ(*code, 1);
        EXPECT_NE(serve.log().find("error: 127.0.0.1:" + std::to_string(port) + " is already in use by another process"),
                  std::string::npos)
            << serve.log();
    }
}

}  // namespace serve_hardening_test
