// Sessions, one-time links (password reset, invitation) and rate-limit counters. Only SHA-256 digests
// of tokens are stored (see core/secrets.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/accounts.h"
#include "store/db.h"

namespace sk::store {

struct SessionUser {
    std::int64_t session_id = 0;
    std::int64_t expires_at = 0;
    std::int64_t last_seen_at = 0;
    User user;
};

void create_session(Db& db, const std::string& token_digest, std::int64_t user_id, std::int64_t now, std::int64_t expires_at);
// The session and its user when the token is known and not expired.
std::optional<SessionUser> find_session(Db& db, const std::string& token_digest, std::int64_t now);
void touch_session(Db& db, std::int64_t session_id, std::int64_t now);
void delete_session(Db& db, const std::string& token_digest);
void delete_sessions_of(Db& db, std::int64_t user_id);
std::int64_t delete_expired_sessions(Db& db, std::int64_t now);

struct OneTimeToken {
    std::int64_t id = 0;
    std::string purpose;  // reset | invite
    User user;
};

// How long an invitation link stays valid: seven days, as the invitation mails say.
inline constexpr std::int64_t kInvitationSeconds = 7 * 24 * 3600;
void create_one_time_token(Db& db, const std::string& token_digest, std::int64_t user_id, const std::string& purpose,
                           std::int64_t now, std::int64_t expires_at);
// An unused, unexpired token.
std::optional<OneTimeToken> find_one_time_token(Db& db, const std::string& token_digest, std::int64_t now);
// Marks it used; false when someone else used it first (two tabs, a replay).
bool consume_one_time_token(Db& db, std::int64_t token_id, std::int64_t now);

// Adds a hit to `bucket` in the fixed window that contains `now`; returns the hits in that window.
std::int64_t rate_limit_hit(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds);
// The hits in the current window without adding one.
std::int64_t rate_limit_count(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds);

}  // namespace sk::store
