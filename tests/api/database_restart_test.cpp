// Operations (issue 17): the server survives its PostgreSQL being restarted and killed. The real binary
// runs against a cluster of this test's own (the shared test cluster serves suites running alongside)
// while two clients keep sending requests. While the database is away every answer is a quick 503 with
// Retry-After, never a 500 and never a hang; once it is back, /healthz is 200 within 5 s and no request
// fails; and the log says once that the database went away and once that it came back.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "api/api_helpers.h"
#include "support/own_pg_cluster.h"
#include "support/serve_process.h"
#include "support/test_db.h"

namespace database_restart_test {

using Clock = std::chrono::steady_clock;
using sk::test::HttpClient;

struct Observed {
    std::mutex mutex;
    std::map<int, int> statuses;  // status -> count
    double slowest_seconds = 0;
    int without_retry_after = 0;  // 503s missing the header
};

// Keeps sending GET /healthz and GET /api/me with a signed-in client until told to stop.
void keep_asking(HttpClient c, std::atomic<bool>& stop, Observed& seen) {
    bool me = false;
    while (!stop) {
        const auto t0 = Clock::now();
        int status = 0;
        bool retry_after = true;
        try {
            auto res = c.get(me ? "/api/me" : "/healthz");
            status = res.status;
            if (!me && status == 503) retry_after = true;  // /healthz says "unavailable" in its body
            else if (status == 503) retry_after = res.header("retry-after").has_value();
        } catch (const std::exception&) {
            status = -1;  // no answer at all
        }
        me = !me;
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        std::lock_guard lock(seen.mutex);
        ++seen.statuses[status];
        seen.slowest_seconds = std::max(seen.slowest_seconds, seconds);
        if (!retry_after) ++seen.without_retry_after;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

// Seconds until /healthz answers 200 (gives up after 15 s).
double seconds_until_healthy(const std::string& base) {
    HttpClient c(base);
    const auto t0 = Clock::now();
    while (std::chrono::duration<double>(Clock::now() - t0).count() < 15) {
        try {
            if (c.get("/healthz").status == 200) break;
        } catch (const std::exception&) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// After the database is back: a run of requests of every kind all succeed.
void expect_all_served(const std::string& base) {
    HttpClient c(base);
    ASSERT_EQ(c.login(sk::test::kCoordinator, sk::app::kDemoPassword).status, 200);
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(c.get("/api/me").status, 200);
        EXPECT_EQ(c.get("/api/programmes").status, 200);
    }
}

int count_lines(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

TEST(DatabaseRestart, RequestsGet503WhileAwayAndAllSucceedOnceBack) {
    // Its own cluster, whatever SK_TEST_DB says: the SQLite suite runs it too, so the PostgreSQL path of
    // every build is exercised.
    sk::test::OwnPgCluster pg;
    sk::test::CliResult made = sk::test::run_cli("demo --db '" + pg.url() + "'");
    ASSERT_EQ(made.status, 0) << made.text;
    char tmpl[] = "/tmp/sk-restart-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    const std::string dir = tmpl;
    const int port = sk::test::free_loopback_port();
    const std::string base = "http://127.0.0.1:" + std::to_string(port);
    sk::test::ServeProcess server(sk::test::serve_args(pg.url(), port, dir), dir);
    ASSERT_TRUE(server.wait_until_up(port)) << server.log();

    for (const std::string how : {"restart", "kill -9"}) {
        SCOPED_TRACE(how);
        Observed seen;
        std::atomic<bool> stop{false};
        // Signed in before the database goes away (a log-in during the outage is a 503 like any other).
        HttpClient first(base), second(base);
        ASSERT_EQ(first.login(sk::test::kCoordinator, sk::app::kDemoPassword).status, 200);
        ASSERT_EQ(second.login(sk::test::kCoordinator, sk::app::kDemoPassword).status, 200);
        std::thread a(keep_asking, first, std::ref(stop), std::ref(seen));
        std::thread b(keep_asking, second, std::ref(stop), std::ref(seen));
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        if (how == "restart") {
            pg.stop();
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // away long enough to be seen
            pg.start();
        } else {
            pg.kill9();
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            pg.start();
        }
        const double back_after = seconds_until_healthy(base);
        stop = true;
        a.join();
        b.join();
        EXPECT_LE(back_after, 5.0) << "/healthz must be 200 within 5 s of the database's return";
        std::lock_guard lock(seen.mutex);
        EXPECT_GT(seen.statuses[503], 0) << "the outage was seen";
        for (const auto& [status, n] : seen.statuses)
            EXPECT_TRUE(status == 200 || status == 503) << n << " answers with status " << status;
        EXPECT_EQ(seen.without_retry_after, 0);
        EXPECT_LT(seen.slowest_seconds, 3.0) << "an answer while away must be quick, never a hang";
        expect_all_served(base);
    }
    server.stop();
    const std::string log = server.log();
    EXPECT_EQ(count_lines(log, "database unreachable"), 2) << log;
    EXPECT_EQ(count_lines(log, "database reachable again"), 2) << log;
    EXPECT_EQ(count_lines(log, "mail worker:"), 0) << log;
    EXPECT_EQ(count_lines(log, "maintenance failed"), 0) << log;
    std::filesystem::remove_all(dir);
}

}  // namespace database_restart_test
