// Internal to src/core: the Europe/Brussels zone and the strict 'YYYY-MM-DD' reader shared by
// brussels_date, local_time and working_days, so every date rule reads days and the zone alike.
#pragma once

#include <date/date.h>
#include <date/tz.h>

#include <optional>
#include <string_view>

namespace sk::core {

// Looked up once in the tz database; never null (locate_zone throws at first use if it is missing).
const date::time_zone* brussels_zone();
// A real calendar day written exactly 'YYYY-MM-DD'; nullopt otherwise.
std::optional<date::sys_days> parse_iso_day(std::string_view s);

}  // namespace sk::core
