#include "store/auth_tokens.h"

#include "store/batched_delete.h"

namespace sk::store {

void create_session(Db& db, const std::string& token_digest, std::int64_t user_id, std::int64_t now, std::int64_t expires_at,
                    std::int64_t idle_seconds) {
    db.exec("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, idle_seconds) "
            "VALUES ($1, $2, $3, $4, $3, $5)",
            {token_digest, user_id, now, expires_at, idle_seconds});
}

std::optional<SessionUser> find_session(Db& db, const std::string& token_digest, std::int64_t now) {
    auto r = db.exec(
        "SELECT s.id, s.expires_at, s.last_seen_at, u.id, u.email, u.name, u.language, u.password_hash "
        "FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at >= $2 - s.idle_seconds",
        {token_digest, now});
    if (r.empty()) return std::nullopt;
    const auto& row = r.one();
    return SessionUser{row.i64(0), row.i64(1), row.i64(2), User{row.i64(3), row.str(4), row.str(5), row.str(6), row.opt_str(7)}};
}

void touch_session(Db& db, std::int64_t session_id, std::int64_t now) {
    db.exec("UPDATE sessions SET last_seen_at = $1 WHERE id = $2", {now, session_id});
}

void delete_session(Db& db, const std::string& token_digest) { db.exec("DELETE FROM sessions WHERE token_hash = $1", {token_digest}); }

void delete_sessions_of(Db& db, std::int64_t user_id) { db.exec("DELETE FROM sessions WHERE user_id = $1", {user_id}); }

std::int64_t delete_expired_sessions(Db& db, std::int64_t now) {
    return delete_in_batches(db, "sessions", "id", "expires_at <= $1 OR last_seen_at < $1 - idle_seconds", {now});
}

bool has_staff_role(Db& db, std::int64_t user_id) {
    return !db.exec("SELECT 1 FROM users u WHERE u.id = $1 AND (u.is_operator = 1 OR EXISTS (SELECT 1 FROM memberships m "
                    "WHERE m.user_id = u.id AND m.role IN ('organiser', 'reviewer', 'jury')))",
                    {user_id})
                .empty();
}

void create_one_time_token(Db& db, const std::string& token_digest, std::int64_t user_id, const std::string& purpose,
                           std::int64_t now, std::int64_t expires_at) {
    db.exec("INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            {token_digest, user_id, purpose, now, expires_at});
}

std::optional<OneTimeToken> find_one_time_token(Db& db, const std::string& token_digest, std::int64_t now) {
    auto r = db.exec(
        "SELECT t.id, t.purpose, u.id, u.email, u.name, u.language, u.password_hash FROM one_time_tokens t "
        "JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2",
        {token_digest, now});
    if (r.empty()) return std::nullopt;
    const auto& row = r.one();
    return OneTimeToken{row.i64(0), row.str(1), User{row.i64(2), row.str(3), row.str(4), row.str(5), row.opt_str(6)}};
}

bool consume_one_time_token(Db& db, std::int64_t token_id, std::int64_t now) {
    return db.exec("UPDATE one_time_tokens SET used_at = $1 WHERE id = $2 AND used_at IS NULL", {now, token_id}).affected == 1;
}

std::int64_t end_password_links_of(Db& db, std::int64_t user_id, std::int64_t now) {
    return db
        .exec("UPDATE one_time_tokens SET used_at = $1 WHERE user_id = $2 AND purpose IN ('reset', 'invite') AND used_at IS NULL",
              {now, user_id})
        .affected;
}

}  // namespace sk::store
