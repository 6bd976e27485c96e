// The e-mail outbox: mail is a row in the `outbox` table, written in the same transaction as the
// change it announces, so a mail goes out if and only if that change commits. The mail worker
// (jobs/mail_worker.h) delivers the rows; call its `notify()` after commit to send without delay.
#pragma once

#include <cstdint>
#include <optional>
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
// `organiser_id`: the tenant (organiser organisation) on whose behalf it is sent, whose organisers see
// it when it cannot be delivered (store/undelivered_mail.h); without one only the operator does.
std::int64_t enqueue(store::Db& db, const Email& email, std::optional<std::int64_t> organiser_id = std::nullopt);
// As enqueue, on behalf of the organiser organisation that runs programme `programme_id`.
std::int64_t enqueue_for_programme(store::Db& db, const Email& email, std::int64_t programme_id);
// As enqueue, on behalf of the tenant of organisation `organisation_id`: itself when it is an organiser
// organisation, else the one organiser whose programmes it takes part in; none when there are several
// (no tenant may see what another's school receives).
std::int64_t enqueue_for_organisation(store::Db& db, const Email& email, std::int64_t organisation_id);

}  // namespace sk::mail
