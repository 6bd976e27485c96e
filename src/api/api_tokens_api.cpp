// Personal API tokens (docs/api.md, "API tokens"): an organiser makes them; everyone lists and revokes their own. These
// routes need a browser session: a token cannot make or revoke tokens (app/pipeline.cpp refuses it).
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/json_input.h"
#include "api/paging.h"
#include "core/secrets.h"
#include "store/api_tokens.h"

namespace sk::api {

namespace {

constexpr std::int64_t kDay = 24 * 3600;
// Every token expires: a forgotten script's key does not work for ever.
constexpr std::pair<std::string_view, std::int64_t> kValidities[] = {{"7d", 7}, {"30d", 30}, {"90d", 90}, {"365d", 365}};

void require_organiser(Ctx& ctx) {
    ctx.user();
    if (!is_organiser(ctx)) throw ApiError::forbidden();
}

boost::json::object token_json(const store::ApiToken& t, std::int64_t now) {
    const char* status = t.revoked_at ? "revoked" : t.expires_at <= now ? "expired" : "active";
    return {{"id", t.id},
            {"name", t.name},
            {"scope", t.scope},
            {"status", status},
            {"createdAt", t.created_at},
            {"expiresAt", t.expires_at},
            {"revokedAt", t.revoked_at ? boost::json::value(*t.revoked_at) : nullptr},
            {"lastUsedAt", t.last_used_at ? boost::json::value(*t.last_used_at) : nullptr},
            {"uses", t.uses}};
}

// GET /api/me/api-tokens?page=: the user's tokens, newest first. Anyone signed in: someone who is no longer
// an organiser still sees (and may revoke) the tokens they made, which stopped working with the role.
http::Response list(Ctx& ctx) {
    ctx.user();
    std::map<std::string, FieldError> bad;
    const auto page_number = read_page_number(ctx.req.query, bad);
    if (!bad.empty()) throw ApiError::validation(std::move(bad));
    constexpr std::int64_t kSize = 50;
    std::int64_t total = 0;
    const auto tokens = store::api_tokens_of(ctx.db, ctx.user().id, kSize, (page_number - 1) * kSize, total);
    boost::json::array items;
    for (const auto& t : tokens) items.push_back(token_json(t, ctx.now()));
    return json_response(200, boost::json::serialize(boost::json::object{
                                  {"tokens", std::move(items)}, {"page", page_number}, {"size", kSize}, {"pages", page_count(total, kSize)}, {"total", total}}));
}

// POST /api/me/api-tokens {name, scope: read|write, validity: 7d|30d|90d|365d} -> 201 with the token, shown
// this once.
http::Response create(Ctx& ctx) {
    require_organiser(ctx);
    JsonInput in(ctx.req.body);
    const auto name = in.text("name", {.max = 80});
    const auto scope = in.one_of("scope", {"read", "write"}, "field.token_scope");
    const auto validity = in.one_of("validity", {"7d", "30d", "90d", "365d"}, "field.token_validity");
    in.done();
    std::int64_t days = 0;
    for (const auto& [text, d] : kValidities)
        if (*validity == text) days = d;
    const std::string token = "skt_" + core::random_token();
    const auto now = ctx.now();
    const auto id = store::create_api_token(ctx.db, ctx.user().id, *name, core::token_digest(token), *scope, now, now + days * kDay);
    auto doc = token_json({id, *name, *scope, now, now + days * kDay, std::nullopt, std::nullopt, 0}, now);
    doc["token"] = token;
    return json_response(201, boost::json::serialize(doc));
}

// DELETE /api/me/api-tokens/{id}: revoked at once; the row stays so its uses can still be read.
http::Response revoke(Ctx& ctx) {
    ctx.user();
    if (!store::revoke_api_token(ctx.db, ctx.user().id, id_param(ctx, "id"), ctx.now())) throw ApiError::not_found();
    return http::Response::empty(204);
}

}  // namespace

void add_api_token_routes(ApiRouter& r) {
    r.add("GET", "/api/me/api-tokens", list);
    r.add("POST", "/api/me/api-tokens", create);
    r.add("DELETE", "/api/me/api-tokens/{id}", revoke);
}

}  // namespace sk::api
