// What the real `stemkompas` binary guards (issue 16, point 6), on both databases: the start-up line and
// error messages hide the database password. In-process tests go around main, so these run the binary
// (support/serve_process.h).
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
#include "support/test_db.h"

namespace serve_hardening_test {

namespace fs = std::filesystem;
using sk::test::HttpClient;
using sk::test::run_cli;
using sk::test::serve_args;
using sk::test::ServeProcess;

constexpr const char* kSecret = "s3cret-pw";

// A temporary folder, removed with the object.
struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/sk-serve-XXXXXX";
        if (!mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary folder");
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

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

}  // namespace serve_hardening_test
