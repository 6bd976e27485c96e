// The e-mail outbox: mail is a row in the `outbox` table, written in the same transaction as the
// change it announces, so a mail goes out if and only if that change commits. The mail worker
// (jobs/mail_worker.h) delivers the rows; call its `notify()` after commit to send without delay.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace sk::mail {

// One plain-text message to one recipient; all text UTF-8.
struct Email {
    std::string to;         // "ann@school.be"
    std::string subject;
    std::string body_text;
};

// Queues `email` for delivery now and returns its outbox id. Does not begin or commit a
// transaction: run it inside the caller's. Throws MessageError for an unusable address.
std::int64_t enqueue(store::Db& db, const Email& email);

}  // namespace sk::mail
