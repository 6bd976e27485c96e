// The waitlist rule of a session: registrations are kept in the order people registered (queue order);
// at most `capacity` of them hold a place, the rest wait in that order. The stored status is the truth
// (nobody is demoted when an organiser lowers the capacity); this rule only says where a newcomer goes and
// who moves up when places free. Pure; table-driven tests in tests/unit/waitlist_test.cpp.
#pragma once

#include <cstdint>
#include <vector>

namespace sk::core {

enum class Spot { registered, waitlisted };

// Where a new registration goes: a place while fewer than `capacity` hold one and nobody waits (a
// newcomer never jumps the queue), else the back of the waitlist.
Spot place_newcomer(std::int64_t registered, std::int64_t waitlisted, std::int64_t capacity);

// The active (not cancelled) registrations of a session in queue order, each registered or waitlisted.
// Returns the indexes of the waitlisted entries that move up: the first ones in queue order, as many as
// there are free places (capacity minus registered; none when that is zero or less).
std::vector<std::size_t> promotions(const std::vector<Spot>& queue, std::int64_t capacity);

// The 1-based waitlist position of entry `index` (0 when it is not waitlisted).
std::int64_t waitlist_position(const std::vector<Spot>& queue, std::size_t index);

}  // namespace sk::core
