#include "core/rate_window.h"

#include <algorithm>

namespace sk::core {

namespace {

// The first elapsed second of a window at which floor(previous × (window − elapsed) / window) ≤ k.
// The term only falls as time passes, and is 0 at elapsed = window, so the answer is in [0, window].
std::int64_t first_elapsed_at_most(std::int64_t previous, std::int64_t window, std::int64_t k) {
    if (previous <= k) return 0;
    // floor(p·(w−e)/w) ≤ k  ⇔  p·(w−e) < (k+1)·w  ⇔  w−e ≤ ((k+1)·w − 1) / p  (integer division).
    return window - ((k + 1) * window - 1) / previous;
}

}  // namespace

std::int64_t window_start(std::int64_t now, std::int64_t window) { return now - now % window; }

WindowCounts shifted_to(const WindowCounts& c, std::int64_t now, std::int64_t window) {
    const std::int64_t start = window_start(now, window);
    if (start <= c.window_start) return c;
    if (start == c.window_start + window) return {start, 0, c.current};
    return {start, 0, 0};
}

std::int64_t sliding_count(const WindowCounts& counts, std::int64_t now, std::int64_t window) {
    const WindowCounts c = shifted_to(counts, now, window);
    const std::int64_t elapsed = std::clamp<std::int64_t>(now - c.window_start, 0, window);
    return c.current + c.previous * (window - elapsed) / window;
}

std::int64_t seconds_until_allowed(const WindowCounts& counts, std::int64_t now, std::int64_t window, std::int64_t max) {
    if (max <= 0) return 2 * window;
    const WindowCounts c = shifted_to(counts, now, window);
    // Within this window: the current hits stay, the previous window's weight runs down.
    if (c.current <= max - 1) {
        const std::int64_t e = first_elapsed_at_most(c.previous, window, max - 1 - c.current);
        if (e < window) return std::max<std::int64_t>(0, c.window_start + e - now);
    }
    // In the next window this window's hits are the ones running down (and nothing is older).
    const std::int64_t e = first_elapsed_at_most(c.current, window, max - 1);
    return c.window_start + window + e - now;
}

}  // namespace sk::core
