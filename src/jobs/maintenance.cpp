#include "jobs/maintenance.h"

#include <spdlog/spdlog.h>

#include <ctime>

#include "jobs/overdue_actions.h"
#include "jobs/phase_reminders.h"
#include "jobs/question_alerts.h"
#include "jobs/session_reminders.h"
#include "store/auth_tokens.h"
#include "store/batched_delete.h"

namespace sk::jobs {

namespace {
constexpr std::int64_t kKeepTokensSeconds = 30 * 24 * 3600;  // used/expired links stay a month for support questions
constexpr std::int64_t kKeepRateLimitSeconds = 24 * 3600;
}  // namespace

SweepResult sweep(store::Db& db, std::int64_t now) {
    SweepResult r;
    r.sessions = store::delete_expired_sessions(db, now);
    r.tokens = store::delete_in_batches(db, "one_time_tokens", "id", "expires_at <= $1", {now - kKeepTokensSeconds});
    r.rate_limits = store::delete_in_batches(db, "rate_limits", "bucket", "window_start <= $1", {now - kKeepRateLimitSeconds});
    // An expired token can no longer be used, so it has nothing left to prove.
    r.survey_tokens = store::delete_in_batches(db, "survey_tokens", "token_hash", "expires_at <= $1", {now});
    return r;
}

Maintenance::Maintenance(std::string db_url, std::string base_url, int interval_seconds, Retention retention)
    : db_url_(std::move(db_url)), base_url_(std::move(base_url)), interval_(interval_seconds), retention_(retention) {}

Maintenance::~Maintenance() { stop(); }

void Maintenance::start() {
    if (thread_.joinable()) return;
    thread_ = std::thread([this] {
        std::unique_ptr<store::Db> db;
        std::unique_lock lock(mutex_);
        while (!stopping_) {
            lock.unlock();
            try {
                if (!db) db = store::open(db_url_);
                auto r = sweep(*db, std::time(nullptr));
                if (r.sessions + r.tokens + r.rate_limits + r.survey_tokens > 0)
                    spdlog::info("maintenance: removed {} sessions, {} links, {} rate-limit rows, {} survey tokens", r.sessions,
                                 r.tokens, r.rate_limits, r.survey_tokens);
                if (const auto day = std::time(nullptr) / (24 * 3600); day != retention_day_) {
                    const auto k = apply_retention(*db, std::time(nullptr), retention_);
                    retention_day_ = day;
                    spdlog::info("retention: removed {} refused registrations, {} sent mails, {} security events, {} API token uses, "
                                 "{} survey tokens of closed surveys",
                                 k.refused_registrations, k.sent_mail, k.security_events, k.token_uses, k.closed_survey_tokens);
                }
                if (const int n = queue_phase_reminders(*db, std::time(nullptr), base_url_); n > 0)
                    spdlog::info("maintenance: queued {} phase reminders", n);
                if (const int n = queue_question_alerts(*db, std::time(nullptr), base_url_); n > 0)
                    spdlog::info("maintenance: alerted the organisers about {} overdue questions", n);
                if (const int n = queue_session_reminders(*db, std::time(nullptr), base_url_); n > 0)
                    spdlog::info("maintenance: queued {} session reminders", n);
                if (const int n = queue_overdue_actions(*db, std::time(nullptr), base_url_); n > 0)
                    spdlog::info("maintenance: queued {} overdue-action mails", n);
            } catch (const store::DbError& e) {
                // Away: logged once for the process by the database layer; the connection reconnects itself.
                if (e.kind() != store::DbError::Kind::unavailable) {
                    spdlog::warn("maintenance failed: {}", e.what());
                    db.reset();
                }
            } catch (const std::exception& e) {
                spdlog::warn("maintenance failed: {}", e.what());
                db.reset();  // reconnect next time
            }
            lock.lock();
            wake_.wait_for(lock, std::chrono::seconds(interval_), [this] { return stopping_; });
        }
    });
}

void Maintenance::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

}  // namespace sk::jobs
