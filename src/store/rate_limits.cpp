#include "store/rate_limits.h"

namespace sk::store {

core::WindowCounts rate_limit_add(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds) {
    const std::int64_t start = core::window_start(now, window_seconds);
    // The right-hand sides all read the row as it was. A stored window later than ours (a request that
    // read the clock a moment before another, or a process whose clock is behind) keeps its window and
    // takes the hit, so a hit is never lost and a window never moves back.
    const auto row = db.exec(
                           "INSERT INTO rate_limits (bucket, window_start, hits, previous_hits) VALUES ($1, $2, 1, 0) "
                           "ON CONFLICT (bucket) DO UPDATE SET "
                           "previous_hits = CASE WHEN rate_limits.window_start >= excluded.window_start THEN rate_limits.previous_hits "
                           "WHEN rate_limits.window_start = excluded.window_start - $3 THEN rate_limits.hits ELSE 0 END, "
                           "hits = CASE WHEN rate_limits.window_start >= excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END, "
                           "window_start = CASE WHEN rate_limits.window_start >= excluded.window_start THEN rate_limits.window_start "
                           "ELSE excluded.window_start END "
                           "RETURNING window_start, hits, previous_hits",
                           {bucket, start, window_seconds})
                         .one();
    return {row.i64(0), row.i64(1), row.i64(2)};
}

core::WindowCounts rate_limit_read(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds) {
    auto r = db.exec("SELECT window_start, hits, previous_hits FROM rate_limits WHERE bucket = $1", {bucket});
    if (r.empty()) return {core::window_start(now, window_seconds), 0, 0};
    const auto& row = r.one();
    return core::shifted_to({row.i64(0), row.i64(1), row.i64(2)}, now, window_seconds);
}

void rate_limit_remove(Db& db, const std::string& bucket, std::int64_t window_start, std::int64_t window_seconds) {
    db.exec("UPDATE rate_limits SET "
            "hits = CASE WHEN window_start = $2 AND hits > 0 THEN hits - 1 ELSE hits END, "
            "previous_hits = CASE WHEN window_start - $3 = $2 AND previous_hits > 0 THEN previous_hits - 1 ELSE previous_hits END "
            "WHERE bucket = $1",
            {bucket, window_start, window_seconds});
}

std::int64_t rate_limit_hit(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds) {
    return core::sliding_count(rate_limit_add(db, bucket, now, window_seconds), now, window_seconds);
}

std::int64_t rate_limit_count(Db& db, const std::string& bucket, std::int64_t now, std::int64_t window_seconds) {
    return core::sliding_count(rate_limit_read(db, bucket, now, window_seconds), now, window_seconds);
}

}  // namespace sk::store
