#include "api/session_cookie.h"

#include "core/secrets.h"

namespace sk::api {

namespace {
std::string session_cookie(const std::string& value, std::int64_t max_age, bool tls) {
    return std::string(kSessionCookie) + "=" + value + "; Path=/; Max-Age=" + std::to_string(max_age) + "; HttpOnly; SameSite=Lax" +
           (tls ? "; Secure" : "");
}
}  // namespace

std::string csrf_cookie(const std::string& value, bool tls) {
    return std::string(kCsrfCookie) + "=" + value + "; Path=/; SameSite=Strict" + (tls ? "; Secure" : "");
}

void start_session(Ctx& ctx, std::int64_t user_id, http::Response& res) {
    if (auto old = ctx.req.cookie(kSessionCookie)) store::delete_session(ctx.db, core::token_digest(*old));
    const std::string token = core::random_token();
    const std::int64_t now = ctx.now();
    // Decided once here rather than on every request: a role gained or lost takes effect at the next log-in.
    const std::int64_t idle = store::has_staff_role(ctx.db, user_id) ? ctx.services.idle_timeout_staff : ctx.services.idle_timeout;
    store::create_session(ctx.db, core::token_digest(token), user_id, now, now + kSessionSeconds, idle);
    res.headers.emplace_back("Set-Cookie", session_cookie(token, kSessionSeconds, ctx.services.tls));
    res.headers.emplace_back("Set-Cookie", csrf_cookie(core::random_token(), ctx.services.tls));
}

void end_session(Ctx& ctx, http::Response& res) {
    if (auto old = ctx.req.cookie(kSessionCookie)) store::delete_session(ctx.db, core::token_digest(*old));
    res.headers.emplace_back("Set-Cookie", session_cookie("", 0, ctx.services.tls));
}

}  // namespace sk::api
