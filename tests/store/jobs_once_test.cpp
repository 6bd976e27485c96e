// Two processes on one database do each background job's work once between them (issue 17, point 3).
// Here the two processes are two connections, each on its own thread, released at the same moment as
// two servers' maintenance loops could be, for several rounds of fresh due work: every due item gets one
// outbox message per recipient, and the counts the two runs return add up to the number of items. This
// holds however a job splits its work into transactions. The phase reminders' version is in
// phase_reminders_test.cpp, the mail worker's in tests/mail/mail_worker_test.cpp, and two real server
// processes run every job in tests/api/two_servers_jobs_test.cpp.
#include <gtest/gtest.h>

#include <functional>

#include "jobs/overdue_actions.h"
#include "jobs/question_alerts.h"
#include "jobs/session_reminders.h"
#include "support/job_fixtures.h"
#include "support/test_db.h"

namespace {

using sk::test::ExpectedMail;
using sk::test::JobWorld;

constexpr std::int64_t kFirstRound = 1796032800;  // 2026-12-01 10:00 UTC
constexpr int kRounds = 5;

struct DueWork {
    std::vector<ExpectedMail> mails;
    int items = 0;  // what the job counts: reminders, questions, actions
};

// Each round, a day after the one before: `add` makes fresh due work, `job` runs on both connections at
// once, and the outbox must hold exactly the expected mails.
void each_item_once(const std::function<DueWork(sk::store::Db&, const JobWorld&, std::int64_t now, const std::string& tag)>& add,
                    int (*job)(sk::store::Db&, std::int64_t, const std::string&)) {
    sk::test::TestDb t;
    const JobWorld world(t.db());
    auto other = t.connect();
    for (int round = 1; round <= kRounds; ++round) {
        const auto tag = "r" + std::to_string(round);
        const auto now = kFirstRound + (round - 1) * 86400;
        const auto due = add(t.db(), world, now, tag);
        const auto before = sk::test::last_outbox_id(t.db());
        const auto [a, b] = sk::test::run_at_once(t.db(), *other, [&](sk::store::Db& db) { return job(db, now, "http://app.test"); });
        EXPECT_EQ(a + b, due.items) << tag << ": connection A counted " << a << ", B " << b;
        sk::test::expect_each_once(sk::test::outbox_after(t.db(), before), due.mails, tag);
    }
}

}  // namespace

TEST(SessionReminders, TwoProcessesQueueEachReminderOnce) {
    each_item_once(
        [](sk::store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag) {
            auto mails = sk::test::add_due_session_reminders(db, w, now, tag, 4, 3);
            const int items = static_cast<int>(mails.size());  // one reminder per place held
            return DueWork{std::move(mails), items};
        },
        sk::jobs::queue_session_reminders);
}

TEST(QuestionAlerts, TwoProcessesAlertEachQuestionOnce) {
    each_item_once(
        [](sk::store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag) {
            constexpr int kQuestions = 8;
            return DueWork{sk::test::add_overdue_questions(db, w, now, tag, kQuestions), kQuestions};  // a mail per organiser each
        },
        sk::jobs::queue_question_alerts);
}

TEST(OverdueActions, TwoProcessesMailEachActionOnce) {
    each_item_once(
        [](sk::store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag) {
            constexpr int kActions = 12;
            return DueWork{sk::test::add_overdue_actions(db, w, now, tag, kActions), kActions};
        },
        sk::jobs::queue_overdue_actions);
}
