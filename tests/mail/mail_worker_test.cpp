#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "jobs/mail_worker.h"
#include "mail/outbox.h"
#include "support/smtp_server.h"
#include "support/test_db.h"

namespace mail_worker_test {

using namespace std::chrono_literals;
using sk::jobs::MailWorker;
using sk::jobs::MailWorkerOptions;
using namespace sk::mail;

namespace {

// Forwards to a sender the test can replace, to fail first and succeed later.
class SwitchableSender : public Sender {
public:
    explicit SwitchableSender(std::shared_ptr<Sender> target) : target_(std::move(target)) {}
    void set(std::shared_ptr<Sender> target) {
        std::lock_guard lock(m_);
        target_ = std::move(target);
    }
    void send(const OutgoingMessage& msg) override {
        std::shared_ptr<Sender> t;
        {
            std::lock_guard lock(m_);
            t = target_;
        }
        t->send(msg);
    }

private:
    std::mutex m_;
    std::shared_ptr<Sender> target_;
};

// Counts deliveries per Message-ID, slowly enough for two workers to overlap.
class RecordingSender : public Sender {
public:
    void send(const OutgoingMessage& msg) override {
        std::this_thread::sleep_for(2ms);
        std::lock_guard lock(m_);
        ++sent[msg.id];
    }
    std::mutex m_;
    std::map<std::string, int> sent;
};

class FailingSender : public Sender {
public:
    void send(const OutgoingMessage&) override {
        ++calls;
        throw SendError("mail server says no");
    }
    std::atomic<int> calls{0};
};

std::int64_t count(sk::store::Db& db, const char* where) {
    return db.exec(std::string("SELECT COUNT(*) FROM outbox WHERE ") + where).one().i64(0);
}

template <class Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout = 10s) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!pred()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(20ms);
    }
    return true;
}

}  // namespace

TEST(MailWorker, SendsQueuedMailExactlyOnce) {
    sk::test::TestDb t;
    sk::test::SmtpServer smtp;
    for (int i = 0; i < 3; ++i) {
        enqueue(t.db(), {"user" + std::to_string(i) + "@school.be", "Bericht " + std::to_string(i) + " – één",
                         "Tekst " + std::to_string(i) + " met €\n"});
    }
    MailWorker worker(t.url(), std::make_shared<SmtpSender>(smtp.url(), "noreply@stemkompas.be"));
    worker.start();
    worker.notify();
    auto mails = smtp.wait_for(3);
    ASSERT_TRUE(eventually([&] { return count(t.db(), "sent_at IS NOT NULL") == 3; }));
    std::this_thread::sleep_for(1200ms);  // a couple more polls must not send anything again
    worker.stop();
    mails = smtp.messages();
    ASSERT_EQ(mails.size(), 3u);
    std::set<std::string> subjects;
    for (const auto& m : mails) subjects.insert(m.subject);
    EXPECT_EQ(subjects, (std::set<std::string>{"Bericht 0 – één", "Bericht 1 – één", "Bericht 2 – één"}));
    EXPECT_EQ(worker.drain_once(), 0);
}

TEST(MailWorker, NotifyWakesItBeforeThePollInterval) {
    sk::test::TestDb t;
    auto sender = std::make_shared<RecordingSender>();
    MailWorkerOptions opts;
    opts.poll_interval = 60s;
    MailWorker worker(t.url(), sender, opts);
    worker.start();
    std::this_thread::sleep_for(100ms);  // let it finish its first (empty) drain and go to sleep
    enqueue(t.db(), {"a@school.be", "s", "b"});
    worker.notify();
    EXPECT_TRUE(eventually([&] { return count(t.db(), "sent_at IS NOT NULL") == 1; }, 5s));
}

TEST(MailWorker, FailuresBackOffAndAreRetriedLater) {
    sk::test::TestDb t;
    sk::test::SmtpServer smtp;
    auto sender = std::make_shared<SwitchableSender>(std::make_shared<SmtpSender>(
        "smtp://127.0.0.1:" + std::to_string(sk::test::closed_port()), "noreply@stemkompas.be"));
    const auto id = enqueue(t.db(), {"ann@school.be", "Later", "Eventually\n"});
    auto state = [&] {
        return t.db().exec("SELECT attempts, next_attempt_at, last_error, sent_at FROM outbox WHERE id = $1", {id}).one();
    };
    // The worker's clock starts at the moment `enqueue` stamped (from the real clock), so a second
    // ticking over between the two cannot make the mail "not due yet".
    const std::int64_t start = state().i64(1);
    std::atomic<std::int64_t> clock{start};
    MailWorkerOptions opts;
    opts.clock = [&] { return clock.load(); };
    MailWorker worker(t.url(), sender, opts);
    EXPECT_EQ(worker.drain_once(), 0);
    EXPECT_EQ(state().i64(0), 1);
    EXPECT_EQ(state().i64(1), start + 60);
    EXPECT_FALSE(state().str(2).empty());
    EXPECT_EQ(worker.drain_once(), 0) << "not due again yet";
    EXPECT_EQ(state().i64(0), 1);

    clock = start + 60;
    EXPECT_EQ(worker.drain_once(), 0);
    EXPECT_EQ(state().i64(0), 2);
    EXPECT_EQ(state().i64(1), start + 60 + 120) << "the delay doubles";

    sender->set(std::make_shared<SmtpSender>(smtp.url(), "noreply@stemkompas.be"));
    clock = start + 179;
    EXPECT_EQ(worker.drain_once(), 0);
    clock = start + 180;
    EXPECT_EQ(worker.drain_once(), 1);
    EXPECT_TRUE(state().is_null(2)) << "last_error cleared";
    EXPECT_EQ(state().i64(3), start + 180);
    EXPECT_EQ(smtp.wait_for(1)[0].body, "Eventually\n");
}

TEST(MailWorker, GivesUpAfterMaxAttempts) {
    sk::test::TestDb t;
    std::atomic<std::int64_t> clock{static_cast<std::int64_t>(std::time(nullptr))};
    auto sender = std::make_shared<FailingSender>();
    MailWorkerOptions opts;
    opts.max_attempts = 3;
    opts.clock = [&] { return clock.load(); };
    MailWorker worker(t.url(), sender, opts);
    enqueue(t.db(), {"ann@school.be", "Never", "x"});
    for (int i = 0; i < 10; ++i) {
        worker.drain_once();
        clock += 24 * 3600;
    }
    EXPECT_EQ(sender->calls, 3);
    EXPECT_EQ(count(t.db(), "attempts = 3 AND sent_at IS NULL AND failed_at IS NOT NULL AND last_error = 'mail server says no'"), 1);
}

TEST(MailWorker, TwoWorkersOnOneDatabaseNeverSendAMessageTwice) {
    sk::test::TestDb t;
    constexpr int kMails = 40;
    for (int i = 0; i < kMails; ++i) enqueue(t.db(), {"u" + std::to_string(i) + "@school.be", "s", "b"});
    auto sender = std::make_shared<RecordingSender>();
    MailWorkerOptions opts;
    opts.poll_interval = 10ms;
    MailWorker a(t.url(), sender, opts);
    MailWorker b(t.url(), sender, opts);
    a.start();
    b.start();
    // A third contender on the test thread.
    MailWorker c(t.url(), sender, opts);
    c.drain_once();
    ASSERT_TRUE(eventually([&] { return count(t.db(), "sent_at IS NOT NULL") == kMails; }));
    a.stop();
    b.stop();
    std::lock_guard lock(sender->m_);
    EXPECT_EQ(sender->sent.size(), static_cast<std::size_t>(kMails));
    for (const auto& [id, n] : sender->sent) EXPECT_EQ(n, 1) << id;
}

TEST(MailWorker, AnUnformattableRowIsNotRetried) {
    sk::test::TestDb t;
    t.db().exec(
        "INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at) "
        "VALUES ('no address', 's', 'b', 0, 0)");
    auto sender = std::make_shared<EmlFileSender>(std::string(::testing::TempDir()) + "/sk-unformattable");
    MailWorker worker(t.url(), sender);
    EXPECT_EQ(worker.drain_once(), 0);
    EXPECT_EQ(count(t.db(), "attempts = 1 AND failed_at IS NOT NULL AND sent_at IS NULL AND last_error LIKE 'not a mail address%'"), 1);
    EXPECT_EQ(worker.drain_once(), 0);
    EXPECT_EQ(count(t.db(), "attempts = 1"), 1) << "a failed row is left alone";
}

}  // namespace mail_worker_test
