// Europe/Brussels wall-clock times as the API speaks them ("YYYY-MM-DDTHH:MM") and unix seconds as they
// are stored. A local time that does not exist (the hour skipped on the last Sunday of March) is refused;
// an ambiguous one (the hour repeated on the last Sunday of October) is read as its first, summer-time
// occurrence. Uses the tz database (date/tz.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sk::core {

enum class LocalTimeProblem { malformed, nonexistent };

struct LocalTimeResult {
    std::optional<std::int64_t> unix_seconds;
    LocalTimeProblem problem = LocalTimeProblem::malformed;  // when unix_seconds is empty
};

LocalTimeResult parse_brussels_local(std::string_view text);
// "YYYY-MM-DDTHH:MM" in Brussels for a unix time (seconds dropped).
std::string format_brussels_local(std::int64_t unix_seconds);
// "YYYYMMDDTHHMMSS" Brussels local (iCalendar DTSTART;TZID=Europe/Brussels).
std::string ical_brussels_local(std::int64_t unix_seconds);
// "YYYYMMDDTHHMMSSZ" UTC (iCalendar DTSTAMP).
std::string ical_utc(std::int64_t unix_seconds);

}  // namespace sk::core
