#include "api/rate_limit.h"

#include <algorithm>

#include "core/rate_window.h"
#include "store/rate_limits.h"

namespace sk::api {

Attempt count_attempt(Ctx& ctx, const std::string& bucket, RateLimit limit) {
    const std::int64_t now = ctx.now();
    const auto counts = store::rate_limit_add(ctx.db, bucket, now, limit.window_seconds);
    const std::int64_t count = core::sliding_count(counts, now, limit.window_seconds);
    Attempt a{bucket, limit, counts.window_start};
    a.allowed = count <= limit.max;
    a.first_refused = count == limit.max + 1;
    if (!a.allowed) a.retry_after = std::max<std::int64_t>(1, core::seconds_until_allowed(counts, now, limit.window_seconds, limit.max));
    return a;
}

void give_back(Ctx& ctx, const Attempt& attempt) {
    store::rate_limit_remove(ctx.db, attempt.bucket, attempt.window_start, attempt.limit.window_seconds);
}

ApiError too_many_attempts(std::int64_t retry_after_seconds) {
    ApiError e{429, "rate_limited", {}, {{"minutes", std::to_string((retry_after_seconds + 59) / 60)}}, {}};
    e.headers.emplace_back("Retry-After", std::to_string(retry_after_seconds));
    return e;
}

std::string client_bucket(const Ctx& ctx, std::string_view what) {
    return std::string(what) + ":address:" + ctx.req.remote_address;
}

void limit_per_client_hour(Ctx& ctx, std::string_view what, std::int64_t per_hour) {
    const auto attempt = count_attempt(ctx, client_bucket(ctx, what), {per_hour, 3600});
    if (!attempt.allowed) throw too_many_attempts(attempt.retry_after);
}

}  // namespace sk::api
