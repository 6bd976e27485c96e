// SQLite under a background job of region size: the phase-reminder job queues reminders for 10,000
// schools while coordinators sign in and autosave. Before issue 17 the job wrote one fsynced
// transaction per school and a log-in waiting for the writer failed with "database is locked" after
// 5 s; now the job writes in bounded batches and writers take turns (store/sqlite_writer_turns.h).
// The test asserts that every request is served; the latencies it prints are figures for the issue
// note, not assertions (timings on a shared CI machine are not deterministic).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "api_helpers.h"
#include "jobs/phase_reminders.h"
#include "support/team_fixtures.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Timings {
    std::vector<double> ms;
    std::vector<int> failures;  // statuses other than the expected one
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void print(const char* what, const Timings& t) {
    std::printf("[ figures  ] %s: %zu requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", what, t.ms.size(), percentile(t.ms, 0.5),
                percentile(t.ms, 0.99), percentile(t.ms, 1.0));
}

// `n` schools in `programme`, each with one coordinator, in one transaction (bare rows: the job reads
// nothing else).
void add_schools(sk::store::Db& db, std::int64_t programme, int n) {
    sk::store::Transaction tx(db);
    for (int i = 0; i < n; ++i) {
        const auto org = db.exec("INSERT INTO organisations (name, kind, created_at) VALUES ($1, 'school', 1) RETURNING id",
                                 {"School " + std::to_string(i)})
                             .one()
                             .i64(0);
        const auto user = db.exec("INSERT INTO users (email, name, language, created_at) VALUES ($1, $2, 'nl', 1) RETURNING id",
                                  {"coordinator" + std::to_string(i) + "@region.test", "Coördinator " + std::to_string(i)})
                              .one()
                              .i64(0);
        db.exec("INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, 'coordinator', 1)", {user, org});
        sk::test::add_participant(db, programme, org, "school");
    }
    tx.commit();
}

}  // namespace

TEST(SqliteWriters, RemindersForTenThousandSchoolsLeaveEveryLogInAndAutosaveServed) {
    if (sk::test::test_backend() != "sqlite") GTEST_SKIP() << "a SQLite property; PostgreSQL has row locks, not one writer";
    constexpr int kSchools = 10000;
    // Durable commits and group commit, as `serve` runs by default.
    sk::test::TestServer server({.threads = 4, .durable_sqlite = true});
    auto& db = server.db();
    const auto now = sk::test::at_utc_hour("2026-09-15", 12);
    server.set_now(now);
    const auto programme = sk::test::make_programme(db, sk::test::org_of(db, sk::test::kOrganiser), "Regio", 500,
                                                    {{"baseline", "2026-09-01", "2026-09-18"}});
    db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
    add_schools(db, programme, kSchools);
    const auto demo_school = sk::test::org_id(db, "Demoschool Sint-Lucas");
    sk::test::add_participant(db, programme, demo_school, "school");

    auto coordinator = sk::test::signed_in(server, sk::test::kCoordinator);
    const auto started = coordinator.post(
        "/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(demo_school) + "/measurements/baseline", "{}");
    ASSERT_EQ(started.status, 201) << started.body;
    const auto measurement = started.json_int("/id");

    std::atomic<bool> job_done{false};
    int queued = 0;
    double job_seconds = 0;
    std::thread job([&] {
        auto job_db = sk::store::open(server.db_url());
        const auto t0 = Clock::now();
        queued = sk::jobs::queue_phase_reminders(*job_db, now, "http://app.test");
        job_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        job_done = true;
    });

    // Two people signing in over and over, two autosaving answers, until the job is done.
    std::vector<Timings> logins(2), autosaves(2);
    std::vector<std::thread> clients;
    for (int i = 0; i < 2; ++i) {
        clients.emplace_back([&, i] {
            const std::string email = i == 0 ? sk::test::kCoordinator : sk::test::kTeamMember;
            while (!job_done) {
                auto c = server.client();
                const auto t0 = Clock::now();
                const auto res = c.login(email, sk::app::kDemoPassword);
                logins[i].ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (res.status != 200) logins[i].failures.push_back(res.status);
            }
        });
        clients.emplace_back([&, i] {
            auto c = sk::test::signed_in(server, sk::test::kCoordinator);
            const auto path = "/api/measurements/" + std::to_string(measurement) + "/answers/" + sk::test::criterion_id(i + 1);
            long long version = 0;
            while (!job_done) {
                const auto body = R"({"level":"competent","comment":"v)" + std::to_string(version) + R"(","version":)" +
                                  std::to_string(version) + "}";
                const auto t0 = Clock::now();
                const auto res = c.put(path, body);
                autosaves[i].ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (res.status == 200) ++version;
                else autosaves[i].failures.push_back(res.status);
            }
        });
    }
    job.join();
    for (auto& t : clients) t.join();

    EXPECT_EQ(queued, kSchools + 1);  // the demo school has not submitted either
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM phase_reminders"), kSchools + 1);
    Timings login_all, autosave_all;
    for (auto* group : {&logins, &autosaves})
        for (auto& t : *group) {
            auto& all = group == &logins ? login_all : autosave_all;
            all.ms.insert(all.ms.end(), t.ms.begin(), t.ms.end());
            all.failures.insert(all.failures.end(), t.failures.begin(), t.failures.end());
        }
    EXPECT_TRUE(login_all.failures.empty()) << login_all.failures.size() << " log-ins failed, the first with " << login_all.failures.front();
    EXPECT_TRUE(autosave_all.failures.empty()) << autosave_all.failures.size() << " autosaves failed, the first with "
                                               << autosave_all.failures.front();
    EXPECT_GT(login_all.ms.size(), 0u);
    EXPECT_GT(autosave_all.ms.size(), 0u);
    std::printf("[ figures  ] phase reminders for %d schools: %.1f s\n", kSchools + 1, job_seconds);
    print("log-ins during the job", login_all);
    print("autosaves during the job", autosave_all);
}

// Another process (the command line, a backup tool) holding the SQLite writer past the busy timeout is
// the one wait a turn cannot shorten: the request answers 503 "busy" with Retry-After and stores
// nothing, and works again once the writer is free.
TEST(SqliteWriters, AWriterHeldByAnotherProcessGivesA503BusyAndNothingStored) {
    if (sk::test::test_backend() != "sqlite") GTEST_SKIP() << "a SQLite property; PostgreSQL has row locks, not one writer";
    sk::test::TestServer server;
    auto coordinator = sk::test::signed_in(server, sk::test::kCoordinator);
    // Holds the write lock (the busy timeout is 5 s) until the test creates the file `release`.
    const std::string release = server.data_dir() + "/release";
    const std::string cmd = "python3 -c \"import os, sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
                            "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); "
                            "[time.sleep(0.05) for _ in range(600) if not os.path.exists(sys.argv[2])]\" '" +
                            server.db_url() + "' '" + release + "'";
    FILE* holder = popen(cmd.c_str(), "r");
    ASSERT_NE(holder, nullptr);
    std::array<char, 16> line{};
    ASSERT_NE(fgets(line.data(), line.size(), holder), nullptr);
    ASSERT_EQ(std::string(line.data()), "held\n");

    const auto res = coordinator.put("/api/me/language", R"({"language":"en"})");
    EXPECT_EQ(res.status, 503) << res.body;
    EXPECT_EQ(res.json_string("/error/code"), "busy");
    EXPECT_EQ(res.json_string("/error/message"), sk::test::nl("error.busy"));
    EXPECT_EQ(res.header("retry-after"), "2");
    std::fclose(std::fopen(release.c_str(), "w"));
    pclose(holder);  // waits for the holder to end

    const auto language = [&] {
        return server.db().exec("SELECT language FROM users WHERE email = $1", {std::string(sk::test::kCoordinator)}).one().str(0);
    };
    EXPECT_EQ(language(), "nl");
    EXPECT_EQ(coordinator.put("/api/me/language", R"({"language":"en"})").status, 200);
    EXPECT_EQ(language(), "en");
}
