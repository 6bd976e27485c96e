#include "store/api_tokens.h"

namespace sk::store {

std::int64_t create_api_token(Db& db, std::int64_t user_id, const std::string& name, const std::string& token_digest, const std::string& scope,
                              std::int64_t now, std::int64_t expires_at) {
    return db.exec("INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) "
                   "RETURNING id",
                   {user_id, name, token_digest, scope, now, expires_at})
        .one()
        .i64(0);
}

std::vector<ApiToken> api_tokens_of(Db& db, std::int64_t user_id, std::int64_t limit, std::int64_t offset, std::int64_t& total) {
    total = db.exec("SELECT COUNT(*) FROM api_tokens WHERE user_id = $1", {user_id}).one().i64(0);
    std::vector<ApiToken> out;
    for (const auto& r : db.exec("SELECT t.id, t.name, t.scope, t.created_at, t.expires_at, t.revoked_at, t.last_used_at, "
                                 "(SELECT COUNT(*) FROM api_token_uses u WHERE u.token_id = t.id) "
                                 "FROM api_tokens t WHERE t.user_id = $1 ORDER BY t.created_at DESC, t.id DESC LIMIT $2 OFFSET $3",
                                 {user_id, limit, offset})
                             .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), r.i64(3), r.i64(4), r.opt_i64(5), r.opt_i64(6), r.i64(7)});
    return out;
}

bool revoke_api_token(Db& db, std::int64_t user_id, std::int64_t token_id, std::int64_t now) {
    return db.exec("UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL", {token_id, user_id, now})
               .affected == 1;
}

void revoke_api_tokens_of(Db& db, std::int64_t user_id, std::int64_t now) {
    db.exec("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL", {user_id, now});
}

std::optional<TokenUser> find_api_token_user(Db& db, const std::string& token_digest, std::int64_t now) {
    auto r = db.exec("SELECT t.id, t.scope, u.id, u.email, u.name, u.language, t.expires_at FROM api_tokens t JOIN users u ON u.id = t.user_id "
                     "WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND u.erased_at IS NULL "
                     "AND EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                     "WHERE m.user_id = u.id AND m.role = 'organiser' AND o.kind = 'organiser')",
                     {token_digest, now});
    if (r.empty()) return std::nullopt;
    const auto& row = r.one();
    return TokenUser{row.i64(0), row.str(1), SessionUser{0, row.i64(6), now, User{row.i64(2), row.str(3), row.str(4), row.str(5), std::nullopt}}};
}

void record_api_token_use(Db& db, std::int64_t token_id, std::int64_t now, const std::string& method, const std::string& route, int status,
                          const std::string& client_address) {
    db.exec("INSERT INTO api_token_uses (token_id, used_at, method, route, status, client_address) VALUES ($1, $2, $3, $4, $5, $6)",
            {token_id, now, method, route, static_cast<std::int64_t>(status), client_address});
    db.exec("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1", {token_id, now});
}

}  // namespace sk::store
