#include "core/waitlist.h"

#include <algorithm>

namespace sk::core {

Spot place_newcomer(std::int64_t registered, std::int64_t waitlisted, std::int64_t capacity) {
    return registered < capacity && waitlisted == 0 ? Spot::registered : Spot::waitlisted;
}

std::vector<std::size_t> promotions(const std::vector<Spot>& queue, std::int64_t capacity) {
    const auto registered = std::count(queue.begin(), queue.end(), Spot::registered);
    std::int64_t free = capacity - static_cast<std::int64_t>(registered);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < queue.size() && free > 0; ++i)
        if (queue[i] == Spot::waitlisted) {
            out.push_back(i);
            --free;
        }
    return out;
}

std::int64_t waitlist_position(const std::vector<Spot>& queue, std::size_t index) {
    if (index >= queue.size() || queue[index] != Spot::waitlisted) return 0;
    std::int64_t pos = 0;
    for (std::size_t i = 0; i <= index; ++i)
        if (queue[i] == Spot::waitlisted) ++pos;
    return pos;
}

}  // namespace sk::core
