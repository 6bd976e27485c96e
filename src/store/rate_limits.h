// Rate-limit counters shared by every server process: one row per bucket ("login:account:ann@x.be",
// "registration:address:203.0.113.7", ...) with the hits of the current and the previous fixed window.
// The sliding count over them is core/rate_window.h; the limits themselves are api/rate_limit.h.
#pragma once

#include <cstdint>
#include <string>

#include "core/rate_window.h"
#include "store/db.h"

namespace sk::store {

// Adds a hit to `bucket` at `now` and returns the counts including it, in one statement: parallel
// requests each see their own hit counted, so they can never all slip in under the same count.
core::WindowCounts rate_limit_add(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds);
// The counts without adding a hit.
core::WindowCounts rate_limit_read(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds);
// Takes back one hit added in the window that starts at `window_start` (it may be the previous window by now).
void rate_limit_remove(Db& db, const std::string& bucket, std::int64_t window_start, std::int64_t window_seconds);

// The sliding count after adding a hit, and without adding one (for limits that need no more than a number).
std::int64_t rate_limit_hit(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds);
std::int64_t rate_limit_count(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds);

}  // namespace sk::store
