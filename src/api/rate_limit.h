// The one rate-limit mechanism of the API: log-in (per account and per address), public registrations
// and "Ask us" questions (per client address, `serve --registration-limit N` and `--question-limit N`
// per hour). Counted in the database (store/rate_limits.h), so every process shares them, over a sliding
// window (core/rate_window.h).
//
// An attempt is counted BEFORE it is judged, in one atomic statement, and only then is it allowed or
// refused: parallel requests each see their own hit, so N at once can never get more than the limit
// through. Refused attempts count too, so hammering keeps a limit closed. The client address is the
// real client behind a trusted proxy (core/client_address.h; the pipeline sets it).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "api/context.h"

namespace sk::api {

struct RateLimit {
    std::int64_t max = 0;             // hits allowed ...
    std::int64_t window_seconds = 0;  // ... in any span of this many seconds
};

struct Attempt {
    std::string bucket;
    RateLimit limit;
    std::int64_t window_start = 0;  // of the window the hit went into (to give it back)
    bool allowed = false;
    // The attempt that closed the limit: the one before it was still allowed. One a lock rather than one
    // per refused attempt, so a flood of refused attempts cannot flood a log.
    bool first_refused = false;
    std::int64_t retry_after = 0;  // seconds, when refused
};

// Counts one attempt in `bucket` and says whether it is within `limit`.
Attempt count_attempt(Ctx& ctx, const std::string& bucket, RateLimit limit);
// Takes an allowed attempt back: a log-in that succeeded is not a failure.
void give_back(Ctx& ctx, const Attempt& attempt);
// 429 with Retry-After (seconds) and the message in whole minutes.
ApiError too_many_attempts(std::int64_t retry_after_seconds);

// The bucket of `what` ("login", "registration", "question") for the request's client address.
std::string client_bucket(const Ctx& ctx, std::string_view what);
// Counts one `what` of the client and throws 429 past `per_hour`: the public forms.
void limit_per_client_hour(Ctx& ctx, std::string_view what, std::int64_t per_hour);

}  // namespace sk::api
