// The session waitlist rule (core/waitlist.h): one row per case.
#include <gtest/gtest.h>

#include "core/waitlist.h"

using sk::core::Spot;

namespace {

constexpr Spot R = Spot::registered;
constexpr Spot W = Spot::waitlisted;

TEST(Waitlist, Newcomer) {
    struct Case {
        std::int64_t registered, waitlisted, capacity;
        Spot expected;
    };
    const std::vector<Case> cases = {
        {0, 0, 1, R},   // empty session
        {1, 0, 2, R},   // one place left
        {2, 0, 2, W},   // full
        {3, 0, 2, W},   // over capacity after the organiser lowered it
        {1, 1, 2, W},   // a free place but somebody waits: no jumping the queue
        {0, 0, 0, W},   // no capacity at all
    };
    for (const auto& c : cases)
        EXPECT_EQ(sk::core::place_newcomer(c.registered, c.waitlisted, c.capacity), c.expected)
            << c.registered << "/" << c.waitlisted << "/" << c.capacity;
}

TEST(Waitlist, Promotions) {
    struct Case {
        std::string name;
        std::vector<Spot> queue;
        std::int64_t capacity;
        std::vector<std::size_t> expected;
    };
    const std::vector<Case> cases = {
        {"nobody waits", {R, R}, 3, {}},
        {"full: nobody moves", {R, R, W, W}, 2, {}},
        {"one place frees: the first waiting moves", {R, W, W}, 2, {1}},
        {"capacity raised by two", {R, W, W, W}, 3, {1, 2}},
        {"more places than waiting", {W}, 5, {0}},
        {"queue order, not position of registered ones", {W, R, W}, 3, {0, 2}},
        {"over capacity: nobody demoted, nobody promoted", {R, R, R, W}, 2, {}},
        {"empty", {}, 1, {}},
    };
    for (const auto& c : cases) EXPECT_EQ(sk::core::promotions(c.queue, c.capacity), c.expected) << c.name;
}

TEST(Waitlist, Position) {
    struct Case {
        std::vector<Spot> queue;
        std::size_t index;
        std::int64_t expected;
    };
    const std::vector<Case> cases = {
        {{R, W, W}, 1, 1}, {{R, W, W}, 2, 2}, {{R, W, W}, 0, 0}, {{W, R, W}, 2, 2}, {{R}, 5, 0},
    };
    for (const auto& c : cases) EXPECT_EQ(sk::core::waitlist_position(c.queue, c.index), c.expected) << c.index;
}

}  // namespace
