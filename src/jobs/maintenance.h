// Housekeeping that keeps the account tables small: expired sessions, one-time links that are used or
// long expired, and rate-limit windows that have passed. Runs in the background every few minutes;
// `sweep` is the whole job, callable on its own (tests, cron-like use). The same loop queues the
// phase-closing reminders (jobs/phase_reminders.h), the overdue "Ask us" alerts (jobs/question_alerts.h),
// the overdue-action mails (jobs/overdue_actions.h) and the session reminders (jobs/session_reminders.h),
// whose links point to `base_url`, and once a day applies the retention periods (jobs/retention.h).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "jobs/retention.h"
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
    explicit Maintenance(std::string db_url, std::string base_url = "", int interval_seconds = 600, Retention retention = {});
    ~Maintenance();
    void start();
    void stop();

private:
    std::string db_url_;
    std::string base_url_;
    int interval_;
    Retention retention_;
    std::int64_t retention_day_ = -1;  // the UTC day the retention periods were last applied
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace sk::jobs
