// The mail worker against real SMTP servers that fail (tests/support/smtp_server.h), on the worker's own
// clock: each fault counts an attempt with its error and a retry after a growing delay; a 5xx to the
// message fails it at once; the limit fails it for good; "try again" (store/undelivered_mail.h) sends it.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

#include "jobs/mail_worker.h"
#include "mail/fault_reason.h"
#include "mail/outbox.h"
#include "store/undelivered_mail.h"
#include "support/smtp_server.h"
#include "support/test_db.h"

namespace mail_faults_test {

using namespace std::chrono_literals;
using namespace sk::mail;
using sk::jobs::MailWorker;
using sk::jobs::MailWorkerOptions;
using sk::test::SmtpFault;
using sk::test::SmtpServer;

namespace {

struct State {
    std::int64_t attempts = 0;
    std::int64_t next_attempt_at = 0;
    std::string last_error;
    bool failed = false;
    bool sent = false;
};

State state(sk::store::Db& db, std::int64_t id) {
    const auto r = db.exec("SELECT attempts, next_attempt_at, last_error, failed_at, sent_at FROM outbox WHERE id = $1", {id}).one();
    return {r.i64(0), r.i64(1), r.opt_str(2).value_or(""), !r.is_null(3), !r.is_null(4)};
}

SmtpOptions quick() {
    SmtpOptions o;
    o.connect_timeout = 1s;
    o.total_timeout = 1s;
    return o;
}

// One queued message and a worker on a clock the test moves, starting where `enqueue` stamped it.
struct Rig {
    sk::test::TestDb t;
    std::int64_t id = 0;
    std::int64_t start = 0;
    std::atomic<std::int64_t> clock{0};
    std::unique_ptr<MailWorker> worker;

    explicit Rig(const std::string& smtp_url) {
        id = enqueue(t.db(), {"ann@school.be", "Uitnodiging", "Welkom\n"});
        start = state(t.db(), id).next_attempt_at;
        clock = start;
        MailWorkerOptions opts;
        opts.clock = [this] { return clock.load(); };
        worker = std::make_unique<MailWorker>(t.url(), std::make_shared<SmtpSender>(smtp_url, "noreply@stemkompas.be", quick()), opts);
    }
};

}  // namespace

struct TemporaryFault {
    const char* name;
    SmtpFault fault;  // SmtpFault::none: nothing listens at all
    const char* reason;
};

class MailWorkerTemporaryFault : public ::testing::TestWithParam<TemporaryFault> {};

TEST_P(MailWorkerTemporaryFault, CountsAnAttemptAndRetriesLater) {
    const auto& p = GetParam();
    std::unique_ptr<SmtpServer> smtp;
    std::string url = "smtp://127.0.0.1:" + std::to_string(sk::test::closed_port());
    if (p.fault != SmtpFault::none) {
        smtp = std::make_unique<SmtpServer>(sk::test::SmtpServerOptions{.fault = p.fault});
        url = smtp->url();
    }
    Rig rig(url);
    EXPECT_EQ(rig.worker->drain_once(), 0);
    auto s = state(rig.t.db(), rig.id);
    EXPECT_EQ(s.attempts, 1);
    EXPECT_EQ(s.next_attempt_at, rig.start + 60);
    EXPECT_FALSE(s.failed);
    EXPECT_FALSE(s.sent);
    EXPECT_EQ(fault_reason(s.last_error), p.reason) << s.last_error;

    EXPECT_EQ(rig.worker->drain_once(), 0) << "not due again yet";
    EXPECT_EQ(state(rig.t.db(), rig.id).attempts, 1);
    rig.clock = rig.start + 60;
    rig.worker->drain_once();
    s = state(rig.t.db(), rig.id);
    EXPECT_EQ(s.attempts, 2);
    EXPECT_EQ(s.next_attempt_at, rig.start + 60 + 120) << "the delay doubles";
    EXPECT_FALSE(s.failed);
}

INSTANTIATE_TEST_SUITE_P(Faults, MailWorkerTemporaryFault,
                         ::testing::Values(TemporaryFault{"down", SmtpFault::none, "unreachable"},
                                           TemporaryFault{"busy451", SmtpFault::busy_recipient, "busy"},
                                           TemporaryFault{"stalled", SmtpFault::stall, "timeout"},
                                           TemporaryFault{"dropped", SmtpFault::drop, "dropped"}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(MailWorkerFaults, APermanentRefusalFailsAtOnce) {
    for (const auto fault : {SmtpFault::refuse_recipient, SmtpFault::refuse_data}) {
        SmtpServer smtp({.fault = fault});
        Rig rig(smtp.url());
        EXPECT_EQ(rig.worker->drain_once(), 0);
        auto s = state(rig.t.db(), rig.id);
        EXPECT_EQ(s.attempts, 1);
        EXPECT_TRUE(s.failed) << s.last_error;
        EXPECT_EQ(fault_reason(s.last_error), "refused") << s.last_error;
        rig.clock = rig.start + 30 * 86400;
        EXPECT_EQ(rig.worker->drain_once(), 0);
        EXPECT_EQ(state(rig.t.db(), rig.id).attempts, 1) << "a failed message is left alone";
    }
}

TEST(MailWorkerFaults, AfterTheLimitTheMessageIsFailedAndTryAgainSendsIt) {
    // Nothing listens: the cheapest fault to repeat eight times.
    Rig rig("smtp://127.0.0.1:" + std::to_string(sk::test::closed_port()));
    std::vector<std::int64_t> delays;
    for (int i = 0; i < 8; ++i) {
        rig.clock = std::max(rig.clock.load(), state(rig.t.db(), rig.id).next_attempt_at);
        rig.worker->drain_once();
        delays.push_back(state(rig.t.db(), rig.id).next_attempt_at - rig.clock);
    }
    EXPECT_EQ(delays, (std::vector<std::int64_t>{60, 120, 240, 480, 960, 1920, 3840, 7680}));
    auto s = state(rig.t.db(), rig.id);
    EXPECT_EQ(s.attempts, 8);
    EXPECT_TRUE(s.failed);
    const auto failed = sk::store::find_undelivered_mail(rig.t.db(), rig.id);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->status(), "failed");

    // The mail server comes back; the message stays failed until someone asks to try again.
    SmtpServer smtp;
    MailWorkerOptions opts;
    opts.clock = [&] { return rig.clock.load(); };
    MailWorker fixed(rig.t.url(), std::make_shared<SmtpSender>(smtp.url(), "noreply@stemkompas.be", quick()), opts);
    rig.clock += 86400;
    EXPECT_EQ(fixed.drain_once(), 0);
    ASSERT_TRUE(sk::store::retry_undelivered_mail(rig.t.db(), rig.id, rig.clock));
    s = state(rig.t.db(), rig.id);
    EXPECT_EQ(s.attempts, 0);
    EXPECT_FALSE(s.failed);
    EXPECT_EQ(fixed.drain_once(), 1);
    EXPECT_TRUE(state(rig.t.db(), rig.id).sent);
    EXPECT_EQ(smtp.wait_for(1)[0].subject, "Uitnodiging");
    EXPECT_FALSE(sk::store::find_undelivered_mail(rig.t.db(), rig.id));
    EXPECT_FALSE(sk::store::retry_undelivered_mail(rig.t.db(), rig.id, rig.clock)) << "a sent message is not queued again";
}

}  // namespace mail_faults_test
