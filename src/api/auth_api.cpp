// Log in, log out, password reset and the one-time links that set a password (reset and invitation).
#include <boost/json.hpp>

#include "api/context.h"
#include "api/json_input.h"
#include "api/me_json.h"
#include "api/messages.h"
#include "api/rate_limit.h"
#include "api/session_cookie.h"
#include "core/secrets.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/accounts.h"
#include "store/auth_tokens.h"
#include "store/invitations.h"
#include "store/security_log.h"

namespace sk::api {

namespace {

constexpr std::int64_t kAuthWindow = 15 * 60;
// Failed log-ins (api/rate_limit.h); a log-in that succeeds gives its count back.
constexpr RateLimit kLoginsPerAccount{5, kAuthWindow};
constexpr RateLimit kLoginsPerAddress{20, kAuthWindow};
constexpr RateLimit kResetsPerAccount{3, kAuthWindow};
constexpr RateLimit kResetsPerAddress{10, kAuthWindow};
constexpr std::int64_t kResetSeconds = 3600;
constexpr std::size_t kMinPassword = 10;

// Verifying against a fixed hash when the account does not exist keeps the answer time the same, so
// timing does not reveal which e-mail addresses have an account.
const std::string& dummy_hash() {
    static const std::string h = core::hash_password("not-a-real-password-but-just-as-slow");
    return h;
}

// A security event about a log-in for the operator's log (store/security_log.h): the e-mail tried, the
// client address, and the account as the object when it exists.
void write_login_event(Ctx& ctx, const std::string& action, const std::string& email, const std::optional<store::User>& user,
                       boost::json::object detail = {}) {
    detail["email"] = email;
    detail["address"] = ctx.req.remote_address;
    store::write_security_event(ctx.db,
                                {std::nullopt, action, "user", user ? std::optional<std::int64_t>(user->id) : std::nullopt,
                                 boost::json::serialize(detail)},
                                ctx.now());
}

http::Response login(Ctx& ctx) {
    JsonInput in(ctx.req.body);
    auto email = in.email("email");
    auto password = in.text("password", {.required = true, .max = 200, .trim = false});
    in.done();

    // Counted before the password is checked, never after: checking takes ~45 ms, and parallel attempts
    // that were all judged on the count before any of them was added would all get through.
    const auto by_account = count_attempt(ctx, "login:account:" + *email, kLoginsPerAccount);
    const auto by_address = count_attempt(ctx, client_bucket(ctx, "login"), kLoginsPerAddress);
    auto user = store::find_user_by_email(ctx.db, *email);
    if (!by_account.allowed || !by_address.allowed) {
        for (const auto* a : {&by_account, &by_address})
            if (a->first_refused)
                write_login_event(ctx, "security.login_locked", *email, user, {{"limit", a == &by_account ? "account" : "address"}});
        throw too_many_attempts(std::max(by_account.retry_after, by_address.retry_after));
    }

    const bool ok = user && user->password_hash ? core::verify_password(*password, *user->password_hash)
                                                : (core::verify_password(*password, dummy_hash()), false);
    if (!ok) {
        write_login_event(ctx, "security.login_failed", *email, user);
        throw ApiError{401, "invalid_credentials", {}, {}, {}};
    }
    give_back(ctx, by_account);
    give_back(ctx, by_address);
    auto res = json_response(200, me_json(ctx.db, *user, ctx.now()));
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
    if (const auto a = count_attempt(ctx, client_bucket(ctx, "reset"), kResetsPerAddress); !a.allowed) throw too_many_attempts(a.retry_after);
    // Past the per-account limit we answer as usual but send nothing: no mail bombing, no enumeration.
    const bool under_limit = count_attempt(ctx, "reset:account:" + *email, kResetsPerAccount).allowed;
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
    // A new password ends every other way into the account (a reset is often a response to a leak): the
    // other sessions, and any other reset or invitation link still waiting in a mailbox.
    store::delete_sessions_of(ctx.db, found->user.id);
    store::end_password_links_of(ctx.db, found->user.id, now);
    const boost::json::object how{{"how", found->purpose == "invite" ? "invitation" : "reset"}};
    store::write_security_event(ctx.db, {found->user.id, "security.password_changed", "user", found->user.id, boost::json::serialize(how)},
                                now);
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
