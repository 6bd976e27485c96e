// Due work for the background jobs (jobs/*.h), made with the store's own functions, and the checks that
// each piece of it was mailed exactly once. Shared by the tests that run a job on two connections at the
// same moment (tests/store/jobs_once_test.cpp) and the test with two real server processes
// (tests/api/two_servers_jobs_test.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "store/db.h"

namespace sk::test {

// A mail a job should send: to `to`, with `marker` in its subject (no other expected mail to `to` has it).
struct ExpectedMail {
    std::string to;
    std::string marker;
};

// A mail that was queued or sent.
struct SentMail {
    std::string to;
    std::string subject;
};

// Adds a test failure for every expected mail that is not in `sent` exactly once, and for every mail in
// `sent` that was not expected. `context` names the round or run in the messages.
void expect_each_once(const std::vector<SentMail>& sent, const std::vector<ExpectedMail>& expected, const std::string& context);

std::int64_t last_outbox_id(store::Db& db);
std::vector<SentMail> outbox_after(store::Db& db, std::int64_t id);  // the outbox rows after `id`, oldest first

// Runs `job` on connections `a` and `b` at the same moment (two threads released by one latch), as the
// maintenance loops of two server processes would; returns what each run returned. A run that throws
// fails the test with its message and counts 0.
std::pair<int, int> run_at_once(store::Db& a, store::Db& b, const std::function<int(store::Db&)>& job);

// An organiser organisation with `organisers` organisers (who get the overdue "Ask us" alerts), a
// programme of it and a school taking part in it, with a coordinator.
struct JobWorld {
    explicit JobWorld(store::Db& db, int organisers = 2);
    std::int64_t organiser = 0, programme = 0, school = 0;
    std::vector<std::string> organiser_emails;
};

// Each adds due work at unix time `now` and returns the mails its job should queue for it. `tag` keeps the
// names of one call apart from the others' (a round number, "a", "b").

// `sessions` planned sessions starting a day after `now`, each with `participants` new users holding a place.
std::vector<ExpectedMail> add_due_session_reminders(store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag,
                                                    int sessions, int participants);
// `questions` unanswered "Ask us" questions to `w`'s organisers, due a minute before `now`: one alert per
// question to every organiser.
std::vector<ExpectedMail> add_overdue_questions(store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag, int questions);
// `actions` open actions in the school's action plan, due the day before `now`, each owned by a new user.
std::vector<ExpectedMail> add_overdue_actions(store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag, int actions);
// A new programme whose baseline closes 7 days after `now` (Brussels calendar), with a new participating
// school and its coordinator: one phase reminder.
std::vector<ExpectedMail> add_phase_closing_in_7_days(store::Db& db, const JobWorld& w, std::int64_t now, const std::string& tag);

}  // namespace sk::test
