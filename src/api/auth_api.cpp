// Log in, log out, password reset and the one-time links that set a password (reset and invitation).
#include <boost/json.hpp>

#include "api/context.h"
#include "api/json_input.h"
#include "api/me_json.h"
#include "api/messages.h"
#include "api/session_cookie.h"
#include "core/secrets.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/accounts.h"
#include "store/auth_tokens.h"
#include "store/invitations.h"

namespace sk::api {

namespace {

constexpr std::int64_t kAuthWindow = 15 * 60;
constexpr std::int64_t kMaxFailuresPerAccount = 5;
constexpr std::int64_t kMaxFailuresPerAddress = 20;
constexpr std::int64_t kMaxResetsPerAccount = 3;
constexpr std::int64_t kMaxResetsPerAddress = 10;
constexpr std::int64_t kResetSeconds = 3600;
constexpr std::size_t kMinPassword = 10;

// Verifying against a fixed hash when the account does not exist keeps the answer time the same, so
// timing does not reveal which e-mail addresses have an account.
const std::string& dummy_hash() {
    static const std::string h = core::hash_password("not-a-real-password-but-just-as-slow");
    return h;
}

http::Response login(Ctx& ctx) {
    JsonInput in(ctx.req.body);
    auto email = in.email("email");
    auto password = in.text("password", {.required = true, .max = 200, .trim = false});
    in.done();

    const std::int64_t now = ctx.now();
    const std::string account_bucket = "login:account:" + *email;
    const std::string address_bucket = "login:address:" + ctx.req.remote_address;
    if (store::rate_limit_count(ctx.db, account_bucket, now, kAuthWindow) >= kMaxFailuresPerAccount ||
        store::rate_limit_count(ctx.db, address_bucket, now, kAuthWindow) >= kMaxFailuresPerAddress) {
        throw ApiError::rate_limited(now, kAuthWindow);
    }

    auto user = store::find_user_by_email(ctx.db, *email);
    const bool ok = user && user->password_hash ? core::verify_password(*password, *user->password_hash)
                                                : (core::verify_password(*password, dummy_hash()), false);
    if (!ok) {
        store::rate_limit_hit(ctx.db, account_bucket, now, kAuthWindow);
        store::rate_limit_hit(ctx.db, address_bucket, now, kAuthWindow);
        throw ApiError{401, "invalid_credentials", {}, {}, {}};
    }
    auto res = json_response(200, me_json(ctx.db, *user));
    start_session(ctx, user->id, res);
    return res;
}

http::Response logout(Ctx& ctx) {
    auto res = http::Response::empty(204);
    end_session(ctx, res);
    return res;
}

http::Response request_reset(Ctx& ctx) {
    JsonInput in(ctx.req.body);
    auto email = in.email("email");
    in.done();

    const std::int64_t now = ctx.now();
    if (store::rate_limit_hit(ctx.db, "reset:address:" + ctx.req.remote_address, now, kAuthWindow) > kMaxResetsPerAddress)
        throw ApiError::rate_limited(now, kAuthWindow);
    // Past the per-account limit we answer as usual but send nothing: no mail bombing, no enumeration.
    const bool under_limit = store::rate_limit_hit(ctx.db, "reset:account:" + *email, now, kAuthWindow) <= kMaxResetsPerAccount;
    auto user = store::find_user_by_email(ctx.db, *email);
    if (user && under_limit) {
        const std::string token = core::random_token();
        const auto lang = core::parse_language(user->language).value_or(core::Language::nl);
        store::Transaction tx(ctx.db);
        store::create_one_time_token(ctx.db, core::token_digest(token), user->id, "reset", now, now + kResetSeconds);
        mail::enqueue(ctx.db, mail::reset_email(lang, user->email, user->name, ctx.services.base_url + "/set-password#token=" + token));
        tx.commit();
        if (ctx.services.wake_mail) ctx.services.wake_mail();
    }
    return json_response(202, "{}");
}

http::Response token_info(Ctx& ctx) {
    auto token = store::find_one_time_token(ctx.db, core::token_digest(ctx.req.param("token")), ctx.now());
    if (!token) throw ApiError{404, "token_invalid", {}, {}, {}};
    boost::json::object doc{{"purpose", token->purpose}, {"email", token->user.email}, {"name", token->user.name}};
    return json_response(200, boost::json::serialize(doc));
}

http::Response set_password(Ctx& ctx) {
    JsonInput in(ctx.req.body);
    auto token = in.text("token", {.required = true, .max = 100});
    auto password = in.password("password", kMinPassword);
    in.done();

    const std::int64_t now = ctx.now();
    const std::string digest = core::token_digest(*token);
    if (!store::find_one_time_token(ctx.db, digest, now)) throw ApiError{404, "token_invalid", {}, {}, {}};
    // Hash outside the transaction: it takes ~45 ms and must not hold the write lock.
    const std::string hash = core::hash_password(*password);

    store::Transaction tx(ctx.db);
    auto found = store::find_one_time_token(ctx.db, digest, now);
    if (!found || !store::consume_one_time_token(ctx.db, found->id, now)) throw ApiError{404, "token_invalid", {}, {}, {}};
    store::set_password_hash(ctx.db, found->user.id, hash);
    // Choosing the password through an invitation link is the consent to join. It accepts every pending
    // invitation of the account, not only the one whose mail held this link: an account without a password
    // exists only because of its invitations, each of which mailed such a link to this same address, so
    // the person following one has been asked by all of them (store/invitations.h).
    if (found->purpose == "invite") store::accept_pending_invitations(ctx.db, found->user.id, now);
    // A new password ends every other session of the account (a reset is often a response to a leak).
    store::delete_sessions_of(ctx.db, found->user.id);
    auto user = *store::find_user(ctx.db, found->user.id);
    auto res = json_response(200, me_json(ctx.db, user, now));
    start_session(ctx, user.id, res);
    tx.commit();
    return res;
}

}  // namespace

void add_auth_routes(ApiRouter& r) {
    r.add("POST", "/api/auth/login", login);
    r.add("POST", "/api/auth/logout", logout);
    r.add("POST", "/api/auth/password-reset", request_reset);
    r.add("GET", "/api/auth/tokens/{token}", token_info);
    r.add("POST", "/api/auth/set-password", set_password);
}

}  // namespace sk::api
