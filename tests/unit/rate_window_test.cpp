// The sliding-window rule of the rate limits (core/rate_window.h): one row per case, and the closed-form
// waiting time checked against stepping through every second.
#include <gtest/gtest.h>

#include "core/rate_window.h"

namespace rate_window_test {

namespace {

using sk::core::WindowCounts;

constexpr std::int64_t kW = 900;      // the log-in window: 15 minutes
constexpr std::int64_t kT0 = 900000;  // a window start

TEST(RateWindow, WindowStartIsTheFixedWindowHoldingNow) {
    EXPECT_EQ(sk::core::window_start(kT0, kW), kT0);
    EXPECT_EQ(sk::core::window_start(kT0 + 899, kW), kT0);
    EXPECT_EQ(sk::core::window_start(kT0 + 900, kW), kT0 + kW);
}

TEST(RateWindow, SlidingCount) {
    struct Row {
        const char* name;
        WindowCounts counts;
        std::int64_t now;
        std::int64_t expected;
    };
    const std::vector<Row> rows = {
        {"empty", {kT0, 0, 0}, kT0 + 10, 0},
        {"current only", {kT0, 4, 0}, kT0 + 10, 4},
        {"previous fully weighted at the window start", {kT0, 1, 6}, kT0, 7},
        {"previous weighted by what is left (6 x 600/900 = 4)", {kT0, 1, 6}, kT0 + 300, 5},
        {"floor: 6 x 1/900 rounds down to 0", {kT0, 2, 6}, kT0 + 899, 2},
        {"one window on: current becomes previous", {kT0, 6, 3}, kT0 + kW + 450, 3},
        {"two windows on: nothing left", {kT0, 6, 3}, kT0 + 2 * kW, 0},
        {"far later", {kT0, 50, 50}, kT0 + 100 * kW, 0},
        {"a stale clock before the stored window counts the stored window", {kT0, 3, 2}, kT0 - 5, 5},
    };
    for (const auto& r : rows) EXPECT_EQ(sk::core::sliding_count(r.counts, r.now, kW), r.expected) << r.name;
}

// The fixed window's weakness, gone: a burst at the end of a window and another at the start of the next.
TEST(RateWindow, ABurstAcrossTheBoundaryStillCountsTheFirstBurst) {
    const WindowCounts after_first_burst{kT0, 5, 0};
    EXPECT_EQ(sk::core::sliding_count(after_first_burst, kT0 + kW + 1, kW), 4);  // 5 × 899/900 → 4: one more, not five
    EXPECT_EQ(sk::core::sliding_count(after_first_burst, kT0 + kW + 181, kW), 3);
    EXPECT_EQ(sk::core::sliding_count(after_first_burst, kT0 + kW + 180, kW), 4);
    EXPECT_EQ(sk::core::sliding_count(after_first_burst, kT0 + kW + 720, kW), 1);
}

TEST(RateWindow, SecondsUntilAllowed) {
    struct Row {
        const char* name;
        WindowCounts counts;
        std::int64_t now;
        std::int64_t max;
        std::int64_t expected;
    };
    const std::vector<Row> rows = {
        {"under the limit", {kT0, 3, 0}, kT0 + 10, 5, 0},
        {"at the limit: one second into the next window (the floor)", {kT0, 5, 0}, kT0 + 100, 5, 801},
        {"the previous window's weight runs down within this one", {kT0, 2, 6}, kT0 + 10, 5, 441},
        {"over the limit by refused hits: the next window and more", {kT0, 12, 0}, kT0, 5, 900 + 526},
        {"a limit of one", {kT0, 1, 0}, kT0 + 899, 1, 1 + 1},
        {"zero allows nothing for two windows", {kT0, 0, 0}, kT0, 0, 2 * kW},
    };
    for (const auto& r : rows) EXPECT_EQ(sk::core::seconds_until_allowed(r.counts, r.now, kW, r.max), r.expected) << r.name;
}

// The closed form against the definition: the first second at which the count is below the limit.
TEST(RateWindow, SecondsUntilAllowedAgreesWithSteppingThroughTime) {
    constexpr std::int64_t w = 60;
    for (std::int64_t max = 1; max <= 6; ++max)
        for (std::int64_t current = 0; current <= 14; ++current)
            for (std::int64_t previous = 0; previous <= 14; ++previous)
                for (std::int64_t elapsed = 0; elapsed < w; elapsed += 7) {
                    const WindowCounts c{kT0, current, previous};
                    const std::int64_t now = kT0 + elapsed;
                    std::int64_t t = 0;
                    while (sk::core::sliding_count(c, now + t, w) > max - 1) ++t;
                    ASSERT_EQ(sk::core::seconds_until_allowed(c, now, w, max), t)
                        << "max " << max << " current " << current << " previous " << previous << " elapsed " << elapsed;
                }
}

}  // namespace

}  // namespace rate_window_test
