// Signing in and out: the session cookie and the CSRF cookie.
//
// sk_session: HttpOnly, SameSite=Lax, Path=/, Secure over TLS; the value is a random token of which
//             only the SHA-256 is stored. Lives 14 days; a new one at every log-in (no fixation). Ends
//             sooner after 2 hours without a request for staff roles, 8 hours for others (configurable).
// sk_csrf:    SameSite=Strict, readable by the page, which echoes it in X-CSRF-Token on every
//             mutating request (double submit). Rotated at log-in.
#pragma once

#include <cstdint>
#include <string>

#include "api/context.h"

namespace sk::api {

inline constexpr const char* kSessionCookie = "sk_session";
inline constexpr const char* kCsrfCookie = "sk_csrf";
inline constexpr const char* kCsrfHeader = "x-csrf-token";
inline constexpr std::int64_t kSessionSeconds = 14 * 24 * 3600;

// Creates a session for `user_id` and sets both cookies on `res`. Ends the request's old session.
void start_session(Ctx& ctx, std::int64_t user_id, http::Response& res);
void end_session(Ctx& ctx, http::Response& res);
std::string csrf_cookie(const std::string& value, bool tls);

}  // namespace sk::api
