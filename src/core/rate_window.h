// The sliding-window rule behind every rate limit (log-in, registration, "Ask us", ...). Pure, no I/O;
// the counters live in the database (store/rate_limits.h).
//
// Each bucket keeps two counters: the hits of the current fixed window and of the one before it. The
// count at a moment is the current window's hits plus the previous window's hits weighted by the part of
// that window still inside the last `window` seconds:
//
//     count = current + floor(previous × (window − elapsed) / window)
//
// (elapsed: seconds since the current window began). A fixed window lets a client spend the limit at the
// end of one window and again at the start of the next (twice the limit in a few seconds); this
// approximation does not, and costs one short row per bucket instead of a row per hit. It assumes the
// previous window's hits were spread evenly, so it can be off by part of a hit; the floor errs on the
// lenient side by less than one.
#pragma once

#include <cstdint>

namespace sk::core {

struct WindowCounts {
    std::int64_t window_start = 0;  // unix seconds, a multiple of the window length
    std::int64_t current = 0;       // hits since window_start
    std::int64_t previous = 0;      // hits in the window before it
};

// The start of the fixed window that contains `now`.
std::int64_t window_start(std::int64_t now, std::int64_t window);

// `counts` as seen from the window that contains `now` (later than or equal to counts.window_start):
// one window on, the current hits become the previous ones; two or more on, both are zero.
WindowCounts shifted_to(const WindowCounts& counts, std::int64_t now, std::int64_t window);

// The sliding count at `now` (see above).
std::int64_t sliding_count(const WindowCounts& counts, std::int64_t now, std::int64_t window);

// Seconds from `now` until one more hit would be within `max` (sliding count ≤ max − 1), if nothing
// else is counted meanwhile; 0 when it already is. Never more than two windows.
std::int64_t seconds_until_allowed(const WindowCounts& counts, std::int64_t now, std::int64_t window, std::int64_t max);

}  // namespace sk::core
