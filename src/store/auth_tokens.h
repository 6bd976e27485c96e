// Sessions and one-time links (password reset, invitation). Only SHA-256 digests of tokens are stored
// (see core/secrets.h). The rate-limit counters, once here, are store/rate_limits.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/accounts.h"
#include "store/db.h"
#include "store/rate_limits.h"

namespace sk::store {

struct SessionUser {
    std::int64_t session_id = 0;
    std::int64_t expires_at = 0;
    std::int64_t last_seen_at = 0;
    User user;
};

// `idle_seconds`: the session ends when no request touched it for longer (see has_staff_role). It is
// stored with the session, so the lookup on every request needs no join to decide it.
void create_session(Db& db, const std::string& token_digest, std::int64_t user_id, std::int64_t now, std::int64_t expires_at,
                    std::int64_t idle_seconds);
// The session and its user when the token is known, not expired and not idle for longer than its limit.
// Idle is measured from last_seen_at, which the pipeline moves at most every 5 minutes, so a session may
// end up to 5 minutes before its limit after the last request: harmless against limits of hours.
std::optional<SessionUser> find_session(Db& db, const std::string& token_digest, std::int64_t now);
void touch_session(Db& db, std::int64_t session_id, std::int64_t now);
void delete_session(Db& db, const std::string& token_digest);
void delete_sessions_of(Db& db, std::int64_t user_id);
// Sessions past their absolute or idle limit.
std::int64_t delete_expired_sessions(Db& db, std::int64_t now);
// Whether the user is an operator or holds a staff role (organiser, reviewer, jury) anywhere: their sessions
// get the shorter idle limit, since they reach other people's data.
bool has_staff_role(Db& db, std::int64_t user_id);

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
// Marks every unused link of the user that could set their password (reset, invite) used: once a
// password is set, an older link in a mailbox must not set another one. Returns how many.
std::int64_t end_password_links_of(Db& db, std::int64_t user_id, std::int64_t now);

}  // namespace sk::store
