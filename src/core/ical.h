// iCalendar (RFC 5545) text for sessions: one VCALENDAR with a VTIMEZONE for Europe/Brussels (its EU
// daylight-saving rules as RRULEs) and a VEVENT per session, times as Brussels local time with TZID.
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; TEXT values escape
// backslash, ';', ',' and newlines. Pure; tests in tests/unit/ical_test.cpp, and the API tests parse the
// output with python3-icalendar.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sk::core {

struct IcsEvent {
    std::string uid;          // stable, e.g. "session-12@stemkompas"
    std::int64_t starts_at = 0;
    std::int64_t ends_at = 0;
    std::string summary;
    std::string description;
    std::string location;
    std::string url;
    bool cancelled = false;
};

// The whole calendar; `stamp` is the DTSTAMP of every event (unix seconds), `name` the X-WR-CALNAME.
std::string ics_calendar(const std::vector<IcsEvent>& events, std::int64_t stamp, std::string_view name);

// Building blocks, exposed for their tests.
std::string ics_escape_text(std::string_view text);
// One content line folded to at most 75 octets per physical line, each ending in CRLF.
std::string ics_fold_line(std::string_view line);

}  // namespace sk::core
