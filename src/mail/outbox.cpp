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

std::int64_t enqueue(store::Db& db, const Email& email) {
    // Refuse now, while the caller can still roll back, rather than fail eight times in the worker.
    const std::string to = address_of(email.to);
    const auto now = static_cast<std::int64_t>(std::time(nullptr));
    return db
        .exec("INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, attempts, message_id) "
              "VALUES ($1, $2, $3, $4, $4, 0, $5) RETURNING id",
              {to, email.subject, email.body_text, now, random_id()})
        .one()
        .i64(0);
}

}  // namespace sk::mail
