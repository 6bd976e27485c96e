// Housekeeping that keeps the account tables small: expired sessions, one-time links that are used or
// long expired, and rate-limit windows that have passed. Runs in the background every few minutes;
// `sweep` is the whole job, callable on its own (tests, cron-like use). The same loop queues the
// phase-closing reminders (jobs/phase_reminders.h) and the overdue-action mails (jobs/overdue_actions.h),
// whose links point to `base_url`.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "store/db.h"

namespace sk::jobs {

struct SweepResult {
    std::int64_t sessions = 0;
    std::int64_t tokens = 0;
    std::int64_t rate_limits = 0;
    std::int64_t survey_tokens = 0;  // expired questionnaire tokens (used or not)
};

SweepResult sweep(store::Db& db, std::int64_t now);

class Maintenance {
public:
    explicit Maintenance(std::string db_url, std::string base_url = "", int interval_seconds = 600);
    ~Maintenance();
    void start();
    void stop();

private:
    std::string db_url_;
    std::string base_url_;
    int interval_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace sk::jobs
