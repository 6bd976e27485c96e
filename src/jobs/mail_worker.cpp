#include "jobs/mail_worker.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <ctime>
#include <vector>

namespace sk::jobs {

MailWorker::MailWorker(const std::string& db_url, std::shared_ptr<mail::Sender> sender, MailWorkerOptions options)
    : db_(store::open(db_url)), sender_(std::move(sender)), options_(std::move(options)) {
    if (!sender_) throw std::invalid_argument("MailWorker needs a sender");
    // A zero delay would make a failing message due again within the same drain.
    options_.first_retry_delay = std::max(options_.first_retry_delay, std::chrono::seconds(1));
}

MailWorker::~MailWorker() { stop(); }

void MailWorker::start() {
    std::lock_guard lock(wake_mutex_);
    if (thread_.joinable() || stopping_) return;
    thread_ = std::thread([this] { run(); });
}

void MailWorker::notify() {
    {
        std::lock_guard lock(wake_mutex_);
        woken_ = true;
    }
    wake_.notify_one();
}

void MailWorker::stop() {
    {
        std::lock_guard lock(wake_mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

std::int64_t MailWorker::now() const {
    return options_.clock ? options_.clock() : static_cast<std::int64_t>(std::time(nullptr));
}

void MailWorker::run() {
    for (;;) {
        {
            std::unique_lock lock(wake_mutex_);
            if (stopping_) return;
            woken_ = false;
        }
        try {
            drain_once();
        } catch (const store::DbError& e) {
            // Away: the database layer logs that once for the process; the next poll tries again.
            if (e.kind() != store::DbError::Kind::unavailable) spdlog::error("mail worker: {}", e.what());
        } catch (const std::exception& e) {
            spdlog::error("mail worker: {}", e.what());
        }
        std::unique_lock lock(wake_mutex_);
        wake_.wait_for(lock, options_.poll_interval, [this] { return stopping_ || woken_; });
    }
}

int MailWorker::drain_once() {
    std::lock_guard work(work_mutex_);
    int delivered = 0;
    const std::int64_t t = now();
    for (;;) {
        const auto due = db_->exec(
            "SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND attempts < $1 AND next_attempt_at <= $2 "
            "ORDER BY next_attempt_at, id LIMIT $3",
            {std::int64_t{options_.max_attempts}, t, std::int64_t{options_.batch_size}});
        if (due.empty()) return delivered;
        for (const auto& row : due.rows) {
            {
                std::lock_guard lock(wake_mutex_);
                if (stopping_) return delivered;
            }
            if (deliver(row.i64(0), t)) ++delivered;
        }
    }
}

// Claims, sends and records one row; false when another worker had it or the delivery failed.
bool MailWorker::deliver(std::int64_t id, std::int64_t t) {
    const auto lease_until = t + static_cast<std::int64_t>(options_.lease.count());
    const auto claimed = db_->exec(
        "UPDATE outbox SET next_attempt_at = $2 "
        "WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL AND attempts < $4 AND next_attempt_at <= $3 "
        "RETURNING to_address, subject, body_text, created_at, attempts, message_id",
        {id, lease_until, t, std::int64_t{options_.max_attempts}});
    if (claimed.empty()) return false;
    const auto& row = claimed.one();

    mail::OutgoingMessage msg;
    msg.to = row.str(0);
    msg.subject = row.str(1);
    msg.body_text = row.str(2);
    msg.date = row.i64(3);
    const auto attempts = row.i64(4);
    // Rows queued before migration 002 have no Message-ID yet; this one is stable all the same.
    msg.id = row.opt_str(5).value_or("outbox-" + std::to_string(id) + "-" + std::to_string(msg.date));

    try {
        sender_->send(msg);
    } catch (const std::exception& e) {
        // A message that cannot be written (a bad address stored by other code) never will be, and a
        // server's 5xx to the message itself is its final word (mail/sender.h): no retries for either.
        const auto* refused = dynamic_cast<const mail::SendError*>(&e);
        const bool hopeless = dynamic_cast<const mail::MessageError*>(&e) != nullptr || (refused && refused->permanent());
        const auto failures = attempts + 1;
        const bool failed = hopeless || failures >= options_.max_attempts;
        const auto shift = std::min<std::int64_t>(failures - 1, 30);
        const auto delay = std::min<std::int64_t>(options_.first_retry_delay.count() << shift,
                                                  options_.max_retry_delay.count());
        db_->exec("UPDATE outbox SET attempts = $2, last_error = $3, next_attempt_at = $4, failed_at = $5 WHERE id = $1",
                  {id, failures, std::string(e.what()), t + delay, failed ? store::Value{t} : store::Value{store::Null{}}});
        if (failed) {
            spdlog::error("mail {} to {}: failed after {} attempt(s): {}", id, msg.to, failures, e.what());
        } else {
            spdlog::warn("mail {} to {}: attempt {} failed, retrying in {} s: {}", id, msg.to, failures, delay,
                         e.what());
        }
        return false;
    }
    db_->exec("UPDATE outbox SET sent_at = $2, last_error = NULL WHERE id = $1", {id, now()});
    return true;
}

}  // namespace sk::jobs
