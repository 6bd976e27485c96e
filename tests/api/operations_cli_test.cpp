// What an operator's tooling reads from the real binary: `stemkompas --version` and the JSON log format
// (serve --log-format json / STEMKOMPAS_LOG_FORMAT) that log collectors parse line by line.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <filesystem>
#include <regex>
#include <sstream>

#include "store/migrations.h"
#include "support/http_client.h"
#include "support/serve_process.h"
#include "support/temp_dir.h"
#include "support/test_db.h"

namespace operations_cli_test {

namespace fs = std::filesystem;

using sk::test::TempDir;

TEST(OperationsCli, VersionNamesTheVersionAndTheSchemaItMigratesTo) {
    const auto out = sk::test::run_cli("--version");
    EXPECT_EQ(out.status, 0) << out.text;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(out.text, m, std::regex(R"(^stemkompas (\d+\.\d+\.\d+) \(schema (\d+)\)\n$)"))) << out.text;
    EXPECT_EQ(std::stoi(m[2].str()), sk::store::embedded_migrations().back().version);
    EXPECT_NE(sk::test::run_cli("--help").text.find("--version"), std::string::npos);
}

TEST(OperationsCli, AnUnknownLogFormatIsRefusedFromTheOptionAndTheVariable) {
    const auto out = sk::test::run_cli("serve --log-format xml");
    EXPECT_NE(out.status, 0);
    EXPECT_NE(out.text.find("--log-format"), std::string::npos) << out.text;
    ::setenv("STEMKOMPAS_LOG_FORMAT", "xml", 1);
    const auto env = sk::test::run_cli("serve");
    ::unsetenv("STEMKOMPAS_LOG_FORMAT");
    EXPECT_NE(env.status, 0);
    EXPECT_NE(env.text.find("xml"), std::string::npos) << env.text;
}

TEST(OperationsCli, JsonLogFormatWritesOneObjectPerLine) {
    sk::test::TestDb db;
    TempDir dir;
    ASSERT_FALSE(dir.path.empty());
    const int port = sk::test::free_loopback_port();
    auto args = sk::test::serve_args(db.url(), port, dir.path);
    for (const char* a : {"--log-format", "json", "--access-log", "true", "--print-demo-logins"}) args.emplace_back(a);
    sk::test::ServeProcess serve(args, dir.path);
    ASSERT_TRUE(serve.wait_until_up(port)) << serve.log();
    sk::test::HttpClient c("http://127.0.0.1:" + std::to_string(port));
    EXPECT_EQ(c.get("/healthz").status, 200);
    // A path with a quote, a backslash, a line break and non-ASCII text: the log must stay one object a line.
    c.get("/%22quoted%5C%0Anew-line%C3%A9/x");
    EXPECT_EQ(serve.stop(), 0);

    const auto log = serve.log();
    std::istringstream lines(log);
    std::string line;
    int count = 0;
    bool started = false, healthz = false, stopped = false, demo = false;
    while (std::getline(lines, line)) {
        ++count;
        boost::json::error_code ec;
        const auto v = boost::json::parse(line, ec);
        ASSERT_FALSE(ec) << "not JSON: " << line;
        ASSERT_TRUE(v.is_object()) << line;
        const auto& o = v.as_object();
        ASSERT_TRUE(o.contains("time") && o.contains("level") && o.contains("message")) << line;
        EXPECT_EQ(o.size(), 3u) << line;
        EXPECT_TRUE(std::regex_match(std::string(o.at("time").as_string()), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"))) << line;
        const std::string level(o.at("level").as_string());
        EXPECT_TRUE(level == "info" || level == "warning") << line;
        const std::string message(o.at("message").as_string());
        started = started || message.starts_with("STEMkompas is running at http://127.0.0.1:" + std::to_string(port));
        demo = demo || message.find("coordinator@demo.stemkompas.be  — ") != std::string::npos;
        healthz = healthz || (message.find(" GET /healthz 200 ") != std::string::npos && level == "info");
        stopped = stopped || message == "stopped";
    }
    EXPECT_GE(count, 4) << log;
    EXPECT_TRUE(started) << log;
    EXPECT_TRUE(demo) << "non-ASCII text (the dash) stays UTF-8: " << log;
    EXPECT_TRUE(healthz) << "the access log line of GET /healthz: " << log;
    EXPECT_TRUE(stopped) << log;
}

}  // namespace operations_cli_test
