// Personal API tokens (migration 024): an organiser's key for scripts, read-only or read-write, expiring
// and revocable. Only the token's SHA-256 is stored (core::token_digest), as for sessions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/auth_tokens.h"
#include "store/db.h"

namespace sk::store {

struct ApiToken {
    std::int64_t id = 0;
    std::string name;
    std::string scope;  // "read" or "write"
    std::int64_t created_at = 0;
    std::int64_t expires_at = 0;
    std::optional<std::int64_t> revoked_at;
    std::optional<std::int64_t> last_used_at;
    std::int64_t uses = 0;
};

std::int64_t create_api_token(Db& db, std::int64_t user_id, const std::string& name, const std::string& token_digest, const std::string& scope,
                              std::int64_t now, std::int64_t expires_at);

// The user's tokens, newest first, a page at a time; `total` gets how many there are.
std::vector<ApiToken> api_tokens_of(Db& db, std::int64_t user_id, std::int64_t limit, std::int64_t offset, std::int64_t& total);

// Revokes the user's token; false when it is not theirs or already revoked.
bool revoke_api_token(Db& db, std::int64_t user_id, std::int64_t token_id, std::int64_t now);
// Revokes every token of the user (erasure, a removed organiser role).
void revoke_api_tokens_of(Db& db, std::int64_t user_id, std::int64_t now);

// Who a token speaks for: known, not revoked, not expired, of a user who is not erased and still an
// organiser somewhere. `session_id` of the user stays 0: there is no session.
struct TokenUser {
    std::int64_t token_id = 0;
    std::string scope;
    SessionUser user;
};
std::optional<TokenUser> find_api_token_user(Db& db, const std::string& token_digest, std::int64_t now);

// One request made with a token: its route pattern (never the ids in the path) and the answer's status.
void record_api_token_use(Db& db, std::int64_t token_id, std::int64_t now, const std::string& method, const std::string& route, int status,
                          const std::string& client_address);

}  // namespace sk::store
