// Delivers the e-mail outbox (mail/outbox.h) from a background thread.
//
// The worker owns its own database connection and polls for due, unsent rows (every 0.5 s by
// default, or at once after `notify()`). Each row is claimed before it is sent: a conditional UPDATE
// moves its `next_attempt_at` to a lease in the future, and only the process whose UPDATE changed the
// row sends it. So several server processes on one PostgreSQL never send a message twice while they
// run. (A process that dies between sending and recording leaves the row to be sent again when the
// lease ends: delivery is at least once, and the retry carries the same Message-ID.)
//
// A failed delivery counts an attempt, records `last_error` and is retried after an exponential
// back-off (1 min, 2 min, 4 min, ... up to 6 h). The row is marked failed (`failed_at`) and left alone
// after `max_attempts` failures, and at once when retrying cannot help: the server refused the message
// itself with a 5xx (mail::SendError::permanent) or it cannot be formatted at all (mail::MessageError,
// e.g. a malformed address). Organisers see failed rows and may queue them again (mail/undelivered.h).
// Delivery never runs on a request's thread: a request only queues (mail/outbox.h).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "mail/sender.h"
#include "store/db.h"

namespace sk::jobs {

struct MailWorkerOptions {
    std::chrono::milliseconds poll_interval{500};
    int max_attempts = 8;
    std::chrono::seconds first_retry_delay{60};  // doubles with each failure
    std::chrono::seconds max_retry_delay{6 * 3600};
    std::chrono::seconds lease{600};             // must outlast one delivery, SMTP timeouts included
    int batch_size = 20;
    std::function<std::int64_t()> clock;         // unix seconds; the system clock when empty (tests set it)
};

class MailWorker {
public:
    // Opens its own connection to `db_url` (store::open). Does not start the thread.
    MailWorker(const std::string& db_url, std::shared_ptr<mail::Sender> sender, MailWorkerOptions options = {});
    ~MailWorker();  // stop()
    MailWorker(const MailWorker&) = delete;
    MailWorker& operator=(const MailWorker&) = delete;

    void start();   // starts the background thread; once
    void notify();  // look at the outbox now instead of at the next poll
    void stop();    // lets the message in progress finish, then joins; safe to call twice

    // Sends everything due now on the calling thread and returns how many messages were delivered.
    // Safe to call while the thread runs (they take turns).
    int drain_once();

private:
    void run();
    std::int64_t now() const;
    bool deliver(std::int64_t id, std::int64_t now);

    std::unique_ptr<store::Db> db_;
    std::shared_ptr<mail::Sender> sender_;
    MailWorkerOptions options_;

    std::mutex work_mutex_;  // one drain at a time: the connection is not thread-safe
    std::mutex wake_mutex_;
    std::condition_variable wake_;
    bool woken_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace sk::jobs
