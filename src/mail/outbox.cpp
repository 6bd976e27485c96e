#include "mail/outbox.h"

#include <sodium.h>

#include <ctime>
#include <stdexcept>

#include "mail/message_format.h"

namespace sk::mail {
namespace {

std::string random_id() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

}  // namespace

std::int64_t enqueue(store::Db& db, const Email& email, std::optional<std::int64_t> organiser_id) {
    // Refuse now, while the caller can still roll back, rather than fail eight times in the worker.
    const std::string to = address_of(email.to);
    const auto now = static_cast<std::int64_t>(std::time(nullptr));
    return db
        .exec("INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, attempts, message_id, organiser_id) "
              "VALUES ($1, $2, $3, $4, $4, 0, $5, $6) RETURNING id",
              {to, email.subject, email.body_text, now, random_id(), store::nullable(organiser_id)})
        .one()
        .i64(0);
}

std::int64_t enqueue_for_programme(store::Db& db, const Email& email, std::int64_t programme_id) {
    const auto organiser = db.exec("SELECT organiser_id FROM programmes WHERE id = $1", {programme_id});
    return enqueue(db, email, organiser.empty() ? std::nullopt : organiser.one().opt_i64(0));
}

std::int64_t enqueue_for_organisation(store::Db& db, const Email& email, std::int64_t organisation_id) {
    const auto tenants = db.exec(
        "SELECT id FROM organisations WHERE id = $1 AND kind = 'organiser' "
        "UNION SELECT p.organiser_id FROM programme_participants pp JOIN programmes p ON p.id = pp.programme_id "
        "WHERE pp.organisation_id = $1",
        {organisation_id});
    return enqueue(db, email, tenants.rows.size() == 1 ? tenants.one().opt_i64(0) : std::nullopt);
}

}  // namespace sk::mail
