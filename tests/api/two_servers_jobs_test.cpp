// Two real `stemkompas serve` processes on one PostgreSQL database do every background job's work once
// (issue 17, point 3): with their maintenance loops running every second and both mail workers delivering
// to one SMTP server, each due phase reminder, session reminder, overdue-question alert and overdue-action
// mail arrives at the SMTP server exactly once. Some work is due before the servers start; more arrives in
// waves while both run, at every point of their loops' cycles, so each loop takes some of it and the two
// meet the same work now and then. (The jobs on two connections started at the very same moment, every
// time: tests/store/jobs_once_test.cpp.)
//
// PostgreSQL only: two processes on one SQLite file is not a supported deployment (README, "PostgreSQL":
// SQLite suits one server process), so the SQLite run skips this test with that reason; the PostgreSQL run
// always runs it.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <thread>

#include "support/job_fixtures.h"
#include "support/serve_process.h"
#include "support/smtp_server.h"
#include "support/test_db.h"

namespace two_servers_jobs_test {

using sk::test::ExpectedMail;

// A few pieces of every job's work, due now (the servers run on the real clock).
void add_every_kind(sk::store::Db& db, const sk::test::JobWorld& w, const std::string& tag, std::vector<ExpectedMail>& expected) {
    const auto now = static_cast<std::int64_t>(std::time(nullptr));
    for (auto mails : {sk::test::add_phase_closing_in_7_days(db, w, now, tag), sk::test::add_due_session_reminders(db, w, now, tag, 2, 2),
                       sk::test::add_overdue_questions(db, w, now, tag, 2), sk::test::add_overdue_actions(db, w, now, tag, 3)})
        expected.insert(expected.end(), mails.begin(), mails.end());
}

TEST(TwoServers, EveryJobsMailArrivesOnceAtTheSmtpServer) {
    if (sk::test::test_backend() != "postgres")
        GTEST_SKIP() << "two server processes share a PostgreSQL database; one SQLite file serves one process only";
    sk::test::TestDb t;
    auto& db = t.db();
    sk::test::SmtpServer smtp;
    const sk::test::JobWorld world(db);
    std::vector<ExpectedMail> expected;
    add_every_kind(db, world, "start", expected);

    char tmpl[] = "/tmp/sk-two-servers-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    const std::string dir = tmpl;  // one data folder for both, as docs/operations.md asks
    auto args = [&](int port) {
        auto a = sk::test::serve_args(t.url(), port, dir);
        a.insert(a.end(), {"--smtp", smtp.url(), "--maintenance-interval", "1", "--access-log", "false"});
        return a;
    };
    const int port_one = sk::test::free_loopback_port();
    sk::test::ServeProcess one(args(port_one), dir);
    // The second starts once the first is up: two processes starting at the same instant (they agree on one
    // feed key, tests/store/shared_settings_test.cpp) is not what this test is about.
    ASSERT_TRUE(one.wait_until_up(port_one)) << one.log();
    const int port_two = sk::test::free_loopback_port();
    sk::test::ServeProcess two(args(port_two), dir);
    ASSERT_TRUE(two.wait_until_up(port_two)) << two.log();

    // Waves closer together than the loops' interval.
    for (int wave = 1; wave <= 8; ++wave) {
        add_every_kind(db, world, "w" + std::to_string(wave), expected);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
    // Both processes run until the outbox is drained.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    auto drained = [&] {
        const auto r = db.exec("SELECT COUNT(*), COUNT(sent_at) FROM outbox").one();
        return r.i64(0) >= static_cast<std::int64_t>(expected.size()) && r.i64(1) == r.i64(0);
    };
    while (!drained() && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    // A delivery in flight finishes before a server exits, so a second copy would be at the SMTP server now.
    EXPECT_EQ(one.stop(), 0) << one.log();
    EXPECT_EQ(two.stop(), 0) << two.log();

    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM outbox").one().i64(0), static_cast<std::int64_t>(expected.size()));
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").one().i64(0), 0);
    std::vector<sk::test::SentMail> received;
    for (const auto& m : smtp.messages()) received.push_back({m.to, m.subject});
    sk::test::expect_each_once(received, expected, "at the SMTP server");
    std::filesystem::remove_all(dir);
}

}  // namespace two_servers_jobs_test
