// The private calendar feed: a per-user URL with a secret token, readable without a cookie by any
// calendar app, listing every planned session the user holds a place in. The token is
// HMAC-SHA256(server key, "ical:<user id>:<generation>") so the signed-in user can be shown their URL
// again without storing the token itself: only its SHA-256 is in the database, and the key lives outside
// it (<data_dir>/feed.key). A reset bumps the generation: the old URL stops working at once.
#include <boost/json.hpp>
#include <sodium.h>

#include "api/authz.h"
#include "api/context.h"
#include "api/session_scope.h"
#include "core/ical.h"
#include "core/secrets.h"
#include "store/sessions.h"

namespace sk::api {

namespace {

std::string feed_token(const Services& services, std::int64_t user_id, std::int64_t generation) {
    if (services.feed_key.size() != crypto_auth_hmacsha256_KEYBYTES) throw std::runtime_error("feed key not loaded");
    const std::string message = "ical:" + std::to_string(user_id) + ":" + std::to_string(generation);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                           reinterpret_cast<const unsigned char*>(services.feed_key.data()));
    char out[sodium_base64_ENCODED_LEN(crypto_auth_hmacsha256_BYTES, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(out, sizeof out, mac, sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

http::Response url_response(Ctx& ctx, std::int64_t generation) {
    const auto token = feed_token(ctx.services, ctx.user().id, generation);
    return json_response(200, boost::json::serialize(boost::json::object{{"url", ctx.services.base_url + "/ical/" + token + ".ics"}}));
}

// Writes the feed row for `generation` (insert or replace).
void store_feed(Ctx& ctx, std::int64_t generation) {
    const auto hash = core::token_digest(feed_token(ctx.services, ctx.user().id, generation));
    ctx.db.exec("INSERT INTO ical_feeds (user_id, generation, token_hash, created_at) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (user_id) DO UPDATE SET generation = excluded.generation, token_hash = excluded.token_hash, "
                "created_at = excluded.created_at",
                {ctx.user().id, generation, hash, ctx.now()});
}

// GET /api/me/ical
http::Response get_url(Ctx& ctx) {
    ctx.user();
    auto res = ctx.db.exec("SELECT generation FROM ical_feeds WHERE user_id = $1", {ctx.user().id});
    if (!res.empty()) return url_response(ctx, res.one().i64(0));
    store::Transaction tx(ctx.db);
    store_feed(ctx, 1);
    tx.commit();
    return url_response(ctx, 1);
}

// POST /api/me/ical/reset
http::Response reset(Ctx& ctx) {
    ctx.user();
    std::int64_t generation = 1;
    {
        store::Transaction tx(ctx.db);
        auto res = ctx.db.exec("SELECT generation FROM ical_feeds WHERE user_id = $1", {ctx.user().id});
        if (!res.empty()) generation = res.one().i64(0) + 1;
        store_feed(ctx, generation);
        tx.commit();
    }
    return url_response(ctx, generation);
}

// GET /ical/{token}.ics: no cookie; the token is the only credential.
http::Response feed(Ctx& ctx) {
    std::string token = ctx.req.params.at("token");
    if (!token.ends_with(".ics")) throw ApiError::not_found();
    token.resize(token.size() - 4);
    if (token.empty() || token.size() > 100) throw ApiError::not_found();
    auto owner = ctx.db.exec("SELECT user_id FROM ical_feeds WHERE token_hash = $1", {core::token_digest(token)});
    if (owner.empty()) throw ApiError::not_found();
    const auto user_id = owner.one().i64(0);
    std::vector<core::IcsEvent> events;
    for (const auto& r : ctx.db.exec("SELECT r.session_id FROM session_registrations r JOIN network_sessions s ON s.id = r.session_id "
                                     "WHERE r.user_id = $1 AND r.status = 'registered' AND s.status = 'planned' ORDER BY s.starts_at, s.id",
                                     {user_id})
                             .rows)
        if (auto s = store::find_session(ctx.db, r.i64(0))) events.push_back(ics_event(ctx.services, *s));
    return calendar_response(core::ics_calendar(events, ctx.now(), "STEMkompas"), "stemkompas.ics");
}

}  // namespace

void add_ical_routes(ApiRouter& r) {
    r.add("GET", "/api/me/ical", get_url);
    r.add("POST", "/api/me/ical/reset", reset);
    r.add("GET", "/ical/{token}", feed);
}

}  // namespace sk::api
