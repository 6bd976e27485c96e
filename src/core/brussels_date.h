// Calendar days in Europe/Brussels, the clock every programme date is read on ('YYYY-MM-DD').
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sk::core {

// The Brussels calendar date at unix time `unix_seconds` (DST handled by the tz database).
std::string brussels_date(std::int64_t unix_seconds);
// Days from `from` to `to` (negative when `to` is earlier); nullopt when either is not a valid date.
std::optional<int> days_between(std::string_view from, std::string_view to);
// True for a real 'YYYY-MM-DD' date.
bool valid_date(std::string_view s);
// `day` moved by `days` (negative: earlier); nullopt when `day` is not a valid date.
std::optional<std::string> add_days(std::string_view day, int days);

}  // namespace sk::core
